from __future__ import annotations

import datetime
import functools

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from deviations.models import (
    CASE_HANDLER_ROLES,
    Action,
    Category,
    Deviation,
    DeviationTally,
    Requirement,
    SavedFilter,
    Supplier,
)
from deviations.pagination import AFTER, BEFORE
from deviations.statistics import first_of_month
from qms.forms import DateField, DateTimeField
from qms.models import Membership, OrganisationUnit, Role, User, subtree_q
from qms.pickers import PersonPickerField, PickerMixin, PickerSelect, UnitPickerField, first_then
from qms.uploads import checked_upload
from qms.versions import VersionedForm


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each is checked by content and size."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if self.required and not files:  # FileField's own check sees one file, not a list
            raise ValidationError(self.error_messages["required"], code="required")
        cleaned = [super(MultipleFileField, self).clean(f, initial) for f in files]
        errors = []
        for upload in cleaned:
            try:
                checked_upload(upload)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return cleaned


class CategoryChoices(forms.models.ModelChoiceIterator):
    """A category field's options from one plain read of (id, name, main category's name): no
    model objects, and no server-side cursor (ModelChoiceIterator's .iterator() reads through a
    DECLARE … CURSOR, a round trip and a millisecond more). The same options as
    ModelChoiceIterator gives, labelled as str(category); building some sixty Category objects
    (each with its main category) was a millisecond of a handler's case page (issue 12)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for pk, name, parent_name in self.queryset.values_list("pk", "name", "parent__name"):
            yield (pk, Category.full_name(name, parent_name))


class CategoryChoiceField(forms.ModelChoiceField):
    """A category; what it accepts is still its queryset (ModelChoiceField.to_python)."""

    iterator = CategoryChoices


def category_choices() -> forms.ModelChoiceField:
    return CategoryChoiceField(
        label=_("Kategori"),
        queryset=Category.objects.filter(is_active=True).select_related("parent"),
        required=False,
        empty_label=_("Ingen kategori vald"),
    )


# How far back the cases of the reporter's part of the organisation order the category groups.
CATEGORY_RELEVANCE_MONTHS = 12


class CategorySelect(forms.Select):
    """Options carry whether their category asks for the IA-systemet number (app.js shows that
    field only then; without JavaScript it is always shown)."""

    def __init__(self, *args, asking_ia=frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.asking_ia = asking_ia  # the ids (as text) of the categories that ask

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value != "" and str(value) in self.asking_ia:
            option["attrs"]["data-asks-ia"] = "true"
        return option


class GroupedCategories:
    """The category choices grouped under their main category, the groups used most in the
    reporter's part of the organisation (the unit's parent and below) over the last year first,
    then the rest alphabetically. One query for the categories, one for the counts.

    Read when the options are first shown, not when the form is made: a report that is filed
    never shows them, and reading them cost its POST two queries and a tenth of its time
    (issue 12). The field still accepts what its queryset holds."""

    def __init__(self, queryset, unit: OrganisationUnit | None):
        self.queryset = queryset
        self.unit = unit

    def __call__(self) -> list:
        return self._read[0]

    def __contains__(self, pk: str) -> bool:
        """Whether the category (its id as text) asks for the IA-systemet number."""
        return pk in self._read[1]

    @functools.cached_property
    def _read(self) -> tuple[list, frozenset]:
        # Plain values, not model objects (a category and its main category each), as
        # CategoryChoices reads them.
        categories = list(
            self.queryset.order_by("name").values_list(
                "pk", "name", "parent_id", "parent__name", "asks_ia_number"
            )
        )
        usage = self._usage()
        groups: dict[int, tuple[str, list]] = {}
        for pk, name, parent_id, parent_name, _asks in categories:
            if parent_id is None:
                groups.setdefault(pk, (name, []))[1].insert(
                    0, (pk, _("%(name)s (allmänt)") % {"name": name})
                )
            else:
                groups.setdefault(parent_id, (parent_name, []))[1].append((pk, name))
        ordered = sorted(groups.items(), key=lambda item: (-usage.get(item[0], 0), item[1][0]))
        choices = [("", _("Välj kategori (valfritt)"))] + [
            (name, options) for _pk, (name, options) in ordered
        ]
        return choices, frozenset(str(pk) for pk, *_rest, asks in categories if asks)

    def _usage(self) -> dict[int | None, int]:
        usage: dict[int | None, int] = {}
        unit = self.unit
        if unit is None:
            return usage
        # The parent's subtree (treebeard paths: the parent's path is the unit's minus one step),
        # from its tallies (deviations.tallies): the last twelve months per category, a few
        # hundred rows however many cases the area has (a kommun-wide coordinator's is a
        # year of the whole kommun).
        area_path = unit.path[: -unit.steplen] or unit.path
        since = first_of_month(timezone.localdate(), CATEGORY_RELEVANCE_MONTHS - 1)
        rows = (
            DeviationTally.objects.filter(
                unit__path=area_path, subtree=True, kind="new", month__gte=since
            )
            .exclude(category=None)
            .values("category__parent_id", "category_id")
            .annotate(n=models.Sum("count"))
            .order_by()
        )
        for row in rows:
            group = row["category__parent_id"] or row["category_id"]
            usage[group] = usage.get(group, 0) + row["n"]
        return usage


def grouped_categories(field: forms.ModelChoiceField, unit: OrganisationUnit | None) -> None:
    """Give `field` (with a CategorySelect) the grouped choices of GroupedCategories, read when
    they are first shown."""
    grouped = GroupedCategories(field.queryset, unit)
    field.choices = grouped
    field.widget.asking_ia = grouped


class ReportForm(forms.ModelForm):
    """What a member of staff fills in: quick, with the unit preselected."""

    attachments = MultipleFileField(
        label=_("Bilagor"),
        # app.js shows the chosen photos as thumbnails before the report is sent.
        widget=MultipleFileInput(attrs={"data-previews": ""}),
        help_text=_(
            "Valfritt. PDF, bilder, Office-dokument eller text, högst %(size)s MB per fil."
        ),
    )

    class Meta:
        model = Deviation
        fields = [
            "unit",
            "title",
            "description",
            "occurred_at",
            "location",
            "immediate_action",
            "category",
            "ia_case_number",
            "is_confidential",
        ]
        labels = {
            "title": _("Kort rubrik"),
            "is_confidential": _("Innehåller känsliga personuppgifter (sekretessmarkera)"),
        }
        help_texts = {
            "description": _("Beskriv vad som hände. Skriv inte personnummer."),
            "immediate_action": _("Vad gjordes direkt för att rätta till eller begränsa?"),
            "ia_case_number": _("Om händelsen också är anmäld i IA-systemet."),
            "location": _("Till exempel rum, avdelning eller adress."),
        }
        field_classes = {"occurred_at": DateTimeField, "unit": UnitPickerField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "immediate_action": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user: User, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        paths = user.membership_paths()
        units = OrganisationUnit.objects.active().filter(subtree_q(paths)).order_by("path")
        self.fields["unit"].queryset = units
        self.fields["unit"].label = _("Var hände det? (enhet)")
        # A coordinator of a kommunkoncern may report on thousands of units: the top of the
        # tree and the chosen unit are shown, a search finds the rest (qms.pickers).
        self.fields["unit"].widget.picker = "rapport-enhet"
        self.fields["category"] = category_choices()
        self.fields["category"].widget = CategorySelect()
        self.fields["category"].help_text = _(
            "Välj om du vet. Chefen kan ändra. Det som ofta gäller din verksamhet står först."
        )
        primary = user.primary_membership
        grouped_categories(self.fields["category"], primary.unit if primary else None)
        self.fields["ia_case_number"].help_text = _(
            "Bara för tillbud och olyckor som också är anmälda i IA-systemet."
        )
        self.fields["attachments"].help_text = self.fields["attachments"].help_text % {
            "size": settings.MAX_UPLOAD_SIZE // (1024 * 1024)
        }
        if not self.is_bound:
            primary = user.primary_membership
            if primary is not None:
                self.initial.setdefault("unit", primary.unit_id)
            self.initial.setdefault(
                "occurred_at", timezone.localtime().replace(second=0, microsecond=0)
            )
        self.fields["occurred_at"].widget.attrs["max"] = timezone.localtime().strftime(
            "%Y-%m-%dT%H:%M"
        )

    def clean_occurred_at(self):
        occurred_at = self.cleaned_data["occurred_at"]
        if occurred_at and occurred_at > timezone.now() + timezone.timedelta(minutes=5):
            raise ValidationError(_("Tidpunkten kan inte ligga i framtiden."))
        return occurred_at


def ancestors_q(unit: OrganisationUnit, field: str) -> Q:
    """`field` (a unit) is `unit` or one of the units above it (from the tree path, no query)."""
    return Q(**{f"{field}__path__in": unit.ancestor_paths()})


class RequirementPickerField(PickerMixin, forms.ModelChoiceField):
    """Requirements, searchable by title and reference; those owned by the case's unit or a
    unit above it (its förvaltning's routines, the kommun's policies) come first."""

    label_fields = ("title", "reference", "kind")

    def __init__(self, *args, unit: OrganisationUnit | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.first = ancestors_q(unit, "owner_unit") if unit is not None else None

    def preferred(self, queryset):
        return first_then(queryset, self.first, "kind", "title")

    def search(self, queryset, text: str):
        for word in text.split()[:4]:
            queryset = queryset.filter(Q(title__icontains=word) | Q(reference__icontains=word))
        return self.preferred(queryset)

    def label_from_instance(self, requirement) -> str:
        if requirement.reference:
            return f"{requirement.title} ({requirement.reference})"
        return requirement.title


class AssessmentForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = Deviation
        fields = [
            "category",
            "requirement",
            "probability",
            "consequence",
            "ia_case_number",
            "supplier",
            "is_confidential",
        ]
        widgets = {
            "probability": forms.Select(
                choices=[("", "–")]
                + [
                    (n, f"{n} – {label}")
                    for n, label in enumerate(
                        [_("Osannolik"), _("Möjlig"), _("Sannolik"), _("Mycket sannolik")], start=1
                    )
                ]
            ),
            "consequence": forms.Select(
                choices=[("", "–")]
                + [
                    (n, f"{n} – {label}")
                    for n, label in enumerate(
                        [_("Försumbar"), _("Lindrig"), _("Allvarlig"), _("Katastrofal")], start=1
                    )
                ]
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"] = category_choices()
        unit = self.instance.unit if self.instance and self.instance.unit_id else None
        self.fields["requirement"] = RequirementPickerField(
            label=self.fields["requirement"].label,
            help_text=self.fields["requirement"].help_text,
            queryset=Requirement.objects.filter(is_active=True),
            required=False,
            unit=unit,
            empty_label=_("Inget krav valt"),
            widget=PickerSelect(
                picker="avvikelse-krav", params={"avvikelse": str(self.instance.pk or "")}
            ),
        )
        # Inactive suppliers stay selectable on the cases already tagged to them.
        current = self.instance.supplier_id if self.instance else None
        self.fields["supplier"].queryset = Supplier.objects.filter(
            Q(is_active=True) | Q(pk=current)
        )
        self.fields["supplier"].empty_label = _("Ingen leverantör vald")


class AssignForm(VersionedForm, forms.Form):
    investigator = PersonPickerField(
        label=_("Utredare"), queryset=User.objects.none(), empty_label=_("Välj person")
    )
    version_fields = {"investigator": "investigator"}

    def __init__(self, *args, deviation: Deviation, **kwargs):
        super().__init__(*args, record=deviation, **kwargs)
        widget = self.fields["investigator"].widget
        widget.picker, widget.params = "utredare", {"avvikelse": deviation.pk}
        # People who work in the unit or lead it: members of the unit, chefs/coordinators above.
        # One subquery of memberships, not a union of two joins of people, memberships and
        # units: building that queryset and its SQL cost a handler's case page 2 ms (issue 12).
        paths = deviation.unit.ancestor_paths()  # from the unit's path: no query
        roles = Membership.objects.filter(
            Q(unit__path__in=paths, role__in=CASE_HANDLER_ROLES)
            | Q(unit__path__startswith=deviation.unit.path, role=Role.STAFF)
        )
        self.fields["investigator"].queryset = User.objects.filter(
            is_active=True, pk__in=roles.values("user_id")
        ).order_by("last_name", "first_name")


class CauseAnalysisForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = Deviation
        fields = ["cause_groups", "cause_analysis"]
        widgets = {"cause_analysis": forms.Textarea(attrs={"rows": 7})}
        help_texts = {
            "cause_analysis": _(
                "Fråga ”varför?” tills grundorsaken är hittad, ofta fem gånger. En rad per svar."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cause_groups"] = forms.MultipleChoiceField(
            label=_("Orsaksgrupper"),
            choices=Deviation.CauseGroup.choices,
            widget=forms.CheckboxSelectMultiple,
        )
        self.fields["cause_analysis"].required = True


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Skäl"), widget=forms.Textarea(attrs={"rows": 3}))


class EvaluationForm(forms.Form):
    evaluation = forms.CharField(
        label=_("Utvärdering av effekt"),
        help_text=_("Fick åtgärderna avsedd effekt? Hur vet ni det?"),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    effect_check_on = DateField(
        label=_("Följ upp effekten senast"),
        help_text=_(
            "När ska ni kontrollera att effekten håller i sig? Du får en påminnelse den dagen."
        ),
    )

    def clean_effect_check_on(self):
        day = self.cleaned_data["effect_check_on"]
        if day < timezone.localdate():
            raise ValidationError(_("Datumet har redan passerat."))
        return day


class EffectCheckForm(forms.Form):
    result = forms.CharField(
        label=_("Uppföljning av effekt"),
        help_text=_("Håller effekten i sig? Vad visar uppföljningen?"),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Ny kommentar"), widget=forms.Textarea(attrs={"rows": 3}))


class UploadForm(forms.Form):
    attachments = MultipleFileField(label=_("Lägg till bilagor"), required=True)


class ActionForm(forms.ModelForm):
    class Meta:
        model = Action
        fields = ["kind", "title", "description", "owner", "unit", "due_date"]
        field_classes = {
            "due_date": DateField,
            "owner": PersonPickerField,
            "unit": UnitPickerField,
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, unit: OrganisationUnit, **kwargs):
        super().__init__(*args, **kwargs)
        organisation = unit.organisation() or unit
        self.fields["unit"].queryset = OrganisationUnit.objects.active().subtree_of(organisation)
        # A semi-join, not a join with DISTINCT: the picker orders and cuts the first 100 of
        # 6,000 people without sorting every wide row for DISTINCT first (issue 12: 45 → ms).
        self.fields["owner"].queryset = User.objects.filter(
            is_active=True,
            pk__in=Membership.objects.filter(unit__path__startswith=organisation.path).values(
                "user_id"
            ),
        ).order_by("last_name", "first_name")
        # The people of the case's own unit first; a search finds the rest (qms.pickers).
        self.fields["owner"].first = Q(
            pk__in=Membership.objects.filter(unit__path__startswith=unit.path).values("user_id")
        )
        for name, picker in (("owner", "atgard-ansvarig"), ("unit", "atgard-enhet")):
            widget = self.fields[name].widget
            widget.picker, widget.params = picker, {"enhet": unit.pk}
        if not self.is_bound:
            self.initial.setdefault("unit", unit.pk)

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        if due_date and due_date < timezone.localdate():
            raise ValidationError(_("Datumet har redan passerat."))
        return due_date


class ActionResultForm(forms.Form):
    result = forms.CharField(label=_("Vad gjordes?"), widget=forms.Textarea(attrs={"rows": 3}))


class ActionVerifyForm(forms.Form):
    effectiveness_check = forms.CharField(
        label=_("Effektkontroll"),
        help_text=_("Hur kontrollerades att åtgärden fungerar?"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RequirementForm(VersionedForm, forms.ModelForm):
    url = forms.URLField(label=_("Länk"), required=False, assume_scheme="https", max_length=200)

    class Meta:
        model = Requirement
        fields = [
            "title",
            "kind",
            "reference",
            "description",
            "owner_unit",
            "url",
            "document",
            "review_date",
            "is_active",
        ]
        field_classes = {"review_date": DateField}

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_unit"].queryset = OrganisationUnit.objects.visible_to(user).active()

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document and hasattr(document, "content_type"):  # a new upload
            checked_upload(document)
        return document


class CategoryForm(VersionedForm, forms.ModelForm):
    reason = forms.CharField(
        label=_("Motivering till ändrad sekretessmarkering"),
        help_text=_(
            "Krävs när sekretessmarkeringen ändras. Beslutet loggas. Det gäller avvikelser som "
            "rapporteras från nu; redan rapporterade behåller sin sekretessmarkering."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )

    class Meta:
        model = Category
        fields = [
            "name",
            "parent",
            "description",
            "is_sensitive",
            "asks_ia_number",
            "is_health_care",
            "is_active",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parents = Category.objects.filter(parent__isnull=True)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        if not self.instance.pk:
            del self.fields["reason"]  # a new category has no earlier setting to change


class SupplierForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = Supplier
        fields = ["name", "organisation_number", "delivers", "contact", "is_active"]


class SavedFilterForm(forms.ModelForm):
    """Save a list's current filter (its query string, without the page) under a name."""

    class Meta:
        model = SavedFilter
        fields = ["name", "list", "query"]
        labels = {"name": _("Namn på filtret")}
        widgets = {"list": forms.HiddenInput, "query": forms.HiddenInput}

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.user = user
        self.fields["name"].widget.attrs.update({"maxlength": 60, "autocomplete": "off"})

    def clean_query(self) -> str:
        query = QueryDict(self.cleaned_data["query"], mutable=True)
        for key in (AFTER, BEFORE, "format", "csrfmiddlewaretoken"):
            query.pop(key, None)
        return query.urlencode()

    def clean(self):
        cleaned = super().clean()
        name, list_key = cleaned.get("name", "").strip(), cleaned.get("list")
        mine = SavedFilter.objects.filter(user=self.instance.user, list=list_key)
        if name and mine.filter(name__iexact=name).exists():
            self.add_error(
                "name",
                _("Du har redan ett filter med det namnet här. Välj ett annat namn."),
            )
        elif mine.count() >= SavedFilter.MAX_PER_LIST:
            raise ValidationError(
                _("Du kan spara högst %(count)s filter per lista. Ta bort ett först."),
                params={"count": SavedFilter.MAX_PER_LIST},
            )
        cleaned["name"] = name
        return cleaned

    def validate_unique(self):  # checked in clean() with a message that says what to do
        pass


def ticked_actions(data) -> dict[int, list[str]]:
    """The actions ticked in the register: id -> what the page showed of it (owner id, due
    date). Each tick box's value is `action id:owner id:due date` (`12:7:2030-01-31`)."""
    ticked: dict[int, list[str]] = {}
    for value in data.getlist("valda") if data else []:
        pk, *shown = value.split(":")
        if pk.isdigit():
            ticked[int(pk)] = shown
    return ticked


def possible_owners(user: User):
    """The people an action in the register can be given to, or filtered by: the active
    people in the user's scope."""
    return User.objects.visible_to(user).filter(is_active=True)


class ActionReassignForm(forms.Form):
    """A new owner for the actions ticked in the register. Each tick carries the owner shown
    on the page, so a change made meanwhile is not overwritten."""

    owner = PersonPickerField(
        label=_("Ny ansvarig"), queryset=User.objects.none(), empty_label=_("Välj person")
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = possible_owners(user)
        self.fields["owner"].widget.picker = "atgarder-ansvarig"

    def clean(self):
        cleaned = super().clean()
        seen = {
            pk: int(shown[0])
            for pk, shown in ticked_actions(self.data).items()
            if shown and shown[0].isdigit()
        }
        if not seen:
            raise ValidationError(_("Markera minst en åtgärd i listan."))
        cleaned["seen_owners"] = seen
        return cleaned


class ActionRescheduleForm(forms.Form):
    """A new due date for the actions ticked in the register: later by a number of days, or
    one date for all. Each tick carries the due date shown on the page, so a date moved
    meanwhile (by someone else, or by this form sent twice) is not moved again."""

    days = forms.IntegerField(
        label=_("Flytta fram med antal dagar"),
        min_value=1,
        max_value=365,
        required=False,
        help_text=_("Varje åtgärd flyttas från sitt eget datum."),
    )
    due_date = DateField(
        label=_("eller ge alla samma datum"), required=False, help_text=_("Klart senast.")
    )

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        if due_date and due_date < timezone.localdate():
            raise ValidationError(_("Datumet har redan passerat."))
        return due_date

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        if (cleaned.get("days") is None) == (cleaned.get("due_date") is None):
            raise ValidationError(_("Ange antingen ett antal dagar eller ett datum."))
        seen = {}
        for pk, shown in ticked_actions(self.data).items():
            try:
                seen[pk] = datetime.date.fromisoformat(shown[1])
            except (IndexError, ValueError):
                continue
        if not seen:
            raise ValidationError(_("Markera minst en åtgärd i listan."))
        cleaned["seen_due_dates"] = seen
        return cleaned
