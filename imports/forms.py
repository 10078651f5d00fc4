"""The upload form and the column-mapping form of an import."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from deviations.filters import UnitChoiceField
from imports import legacy
from imports.models import ImportJob
from qms.models import OrganisationUnit

NO_COLUMN = ""


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Fil"),
        help_text=_("CSV (UTF-8 eller Windows-1252, semikolon eller komma) eller Excel (.xlsx)."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,.xlsx"}),
    )

    def __init__(self, *args, kind: str, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        if kind == ImportJob.Kind.ORGANISATION:
            self.fields["place_under"] = UnitChoiceField(
                label=_("Placera filens översta enheter under"),
                queryset=OrganisationUnit.objects.visible_to(user).active(),
                required=False,
                empty_label=_("– där de ligger nu –"),
                help_text=_(
                    "Till exempel koncernen, om filen kommer från kommunens HR-system och "
                    "kommunen ska ligga under koncernen. Utan val ligger befintliga enheter kvar "
                    "där de är och nya hamnar högst upp."
                ),
            )
        else:
            self.fields["source"] = forms.CharField(
                label=_("Källa"),
                max_length=100,
                required=False,
                help_text=ImportJob._meta.get_field("source").help_text,
            )


class MappingForm(forms.Form):
    """One choice of column per field; one status per status word of the file."""

    source = forms.CharField(
        label=_("Källa"),
        max_length=100,
        help_text=ImportJob._meta.get_field("source").help_text,
    )

    def __init__(self, *args, job: ImportJob, **kwargs):
        super().__init__(*args, **kwargs)
        self.job = job
        fields = job.mapping.get("fields", {})
        column_choices = [(NO_COLUMN, _("– ingen kolumn –"))] + [(n, n) for n in job.header]
        values = job.mapping.get("values", {})
        self.column_fields = []
        for field in legacy.fields_for(job.kind):
            name = f"column_{field.key}"
            self.fields[name] = forms.ChoiceField(
                label=field.label,
                choices=column_choices,
                required=field.required,
                initial=fields.get(field.key, NO_COLUMN),
                help_text=field.help_text,
            )
            self.column_fields.append(name)
        statuses = legacy.STATUS_CHOICES[job.kind]
        self.fields["default_status"] = forms.ChoiceField(
            label=_("Status för rader utan status"),
            choices=statuses,
            initial=job.mapping.get("default_status") or legacy.DEFAULT_STATUS[job.kind],
            help_text=_("Används när ingen statuskolumn är vald eller cellen är tom."),
        )
        self.status_words = self._status_words(values)
        saved = job.mapping.get("status_values", {})
        self.status_fields = []
        for index, word in enumerate(self.status_words):
            name = f"status_{index}"
            self.fields[name] = forms.ChoiceField(
                label=word,
                choices=[("", _("– välj status –")), *statuses],
                required=False,
                initial=saved.get(word) or legacy.guess_status(job.kind, word) or "",
            )
            self.status_fields.append(name)
        self.fields["source"].initial = job.source
        self.samples = {
            f"column_{field.key}": values.get(fields.get(field.key, ""), [])[:5]
            for field in legacy.fields_for(job.kind)
        }

    def _status_words(self, values: dict) -> list[str]:
        """The words of the status column: from the first rows, and all that a check saw."""
        column = self.job.mapping.get("fields", {}).get("status")
        words = list(values.get(column, [])) if column else []
        for word in self.job.summary.get("status_values", {}):
            if word not in words:
                words.append(word)
        return words[: legacy.MAX_STATUS_VALUES]

    def column_rows(self) -> list[tuple[forms.BoundField, list[str]]]:
        """Each column choice with a few of the file's values in the column chosen so far."""
        return [(self[name], self.samples[name]) for name in self.column_fields]

    def status_rows(self) -> list[forms.BoundField]:
        return [self[name] for name in self.status_fields]

    def clean(self):
        cleaned = super().clean()
        chosen = [cleaned.get(name) for name in self.column_fields if cleaned.get(name)]
        if len(chosen) != len(set(chosen)):
            raise forms.ValidationError(_("Samma kolumn är vald för två fält."))
        return cleaned

    def columns(self) -> dict[str, str]:
        return {
            name.removeprefix("column_"): self.cleaned_data[name]
            for name in self.column_fields
            if self.cleaned_data.get(name)
        }

    def status_values(self) -> dict[str, str]:
        return {
            word: self.cleaned_data[name]
            for word, name in zip(self.status_words, self.status_fields, strict=True)
            if self.cleaned_data.get(name)
        }
