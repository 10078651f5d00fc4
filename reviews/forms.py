from __future__ import annotations

import datetime
from html import escape

from django import forms
from django.core.validators import MaxLengthValidator
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from qms.forms import DateField
from qms.models import OrganisationUnit, Role, User
from qms.versions import VersionedForm, plain
from reviews.models import (
    Decision,
    Indicator,
    Item,
    Objective,
    PatientSafetyReport,
    QualityReport,
    Review,
)

# The most a review's or report's text box takes, about four A4 pages: a board pack is read, not
# a place for pasted documents (a megabyte in one box made its pack take 6–18 s to render, inside
# the chair's approval). A yearly report's sections are the report itself: three times that.
MAX_TEXT = 10_000
MAX_SECTION = 30_000


class LimitedTexts:
    """A model form whose text boxes take at most `text_limits[name]` characters: checked here
    and told to the browser (maxlength), as a form field's own max_length is. (In the form, not
    the model: a TextField's max_length is no more than that, and its migration re-renders every
    model related to these for a few seconds of each new database.)"""

    text_limits: dict[str, int] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, most in self.text_limits.items():
            field = self.fields[name]
            field.max_length = most
            field.validators.append(MaxLengthValidator(most))
            field.widget.attrs["maxlength"] = str(most)


def _units_for(user: User):
    units = OrganisationUnit.objects.visible_to(user).active()
    if not user.is_admin():
        units = units.where_user_has_role(user, Role.COORDINATOR)
    return units.order_by("path")


def _unit_label(unit: OrganisationUnit) -> str:
    return f"{'— ' * (unit.depth - 1)}{unit.name}"


class ReviewForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Omfattning"), queryset=OrganisationUnit.objects.none())
    title = forms.CharField(label=_("Rubrik"), max_length=200)
    period_start = DateField(label=_("Perioden från"))
    period_end = DateField(label=_("Perioden till"))
    held_on = DateField(label=_("Mötesdatum"))
    chair = forms.ModelChoiceField(label=_("Ordförande"), queryset=User.objects.none())
    participants = forms.ModelMultipleChoiceField(
        label=_("Deltagare"), queryset=User.objects.none(), required=False
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = _units_for(user)
        self.fields["unit"].label_from_instance = _unit_label
        people = User.objects.visible_to(user).filter(is_active=True)
        self.fields["chair"].queryset = people
        self.fields["participants"].queryset = people

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Perioden måste sluta efter att den börjar."))
        return cleaned


class AssessmentForm(VersionedForm, forms.Form):
    """The team's assessment of one agenda item; its version is the stored text of the item
    (`stored`, when the page already has it, saves a query per item)."""

    code = forms.ChoiceField(choices=Item.choices, widget=forms.HiddenInput)
    assessment = forms.CharField(
        label=_("Bedömning"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    version_fields = {"assessment": "assessment"}

    def __init__(self, *args, item_label: str = "", code: str = "", stored=None, **kwargs):
        self.code, self.stored = code, stored
        super().__init__(*args, **kwargs)
        if item_label:
            # One box per agenda item: each gets its own accessible name, the same visible one.
            self.fields["assessment"].label = format_html(
                '{} <span class="visually-hidden">– {}</span>', _("Bedömning"), item_label
            )

    def values_of(self, review) -> dict:
        if review is self.record and self.stored is not None:
            return {"assessment": plain(self.stored)}
        stored = review.items.filter(code=self.code).values_list("assessment", flat=True)
        return {"assessment": plain(stored.first() or "")}


class SummaryForm(LimitedTexts, VersionedForm, forms.ModelForm):
    """Page one of the pack: the messages and the decisions asked, one per line."""

    text_limits = {"messages": MAX_TEXT, "decisions_asked": MAX_TEXT}

    class Meta:
        model = Review
        fields = ["messages", "decisions_asked"]
        widgets = {field: forms.Textarea(attrs={"rows": 5}) for field in fields}


class AttendanceForm(VersionedForm, forms.Form):
    present = forms.ModelMultipleChoiceField(
        label=_("Närvarande"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    version_fields = {"present": "present"}

    def __init__(self, *args, review, **kwargs):
        super().__init__(*args, record=review, **kwargs)
        self.fields["present"].queryset = User.objects.filter(
            review_participations__review=review
        ).order_by("last_name", "first_name")

    def values_of(self, review) -> dict:
        present = review.participants.filter(is_present=True).values_list("user_id", flat=True)
        return {"present": plain(list(present))}


class DecisionForm(LimitedTexts, forms.ModelForm):
    text_limits = {"text": MAX_TEXT}

    class Meta:
        model = Decision
        fields = ["kind", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class DecisionActionForm(forms.Form):
    title = forms.CharField(label=_("Åtgärd"), max_length=200)
    owner = forms.ModelChoiceField(label=_("Ansvarig"), queryset=User.objects.none())
    due_date = DateField(label=_("Klart senast"))

    def __init__(self, *args, user: User, owner_choices: list | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        owner = self.fields["owner"]
        owner.queryset = User.objects.visible_to(user).filter(is_active=True)
        # One query for the options, however many decisions render this form on the page:
        # the page passes the first form's options on to the others.
        owner.widget.choices = list(owner.choices) if owner_choices is None else owner_choices


class RevisionForm(forms.Form):
    reason = forms.CharField(
        label=_("Skäl till revisionen"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ObjectiveForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Enhet"), queryset=OrganisationUnit.objects.none())
    title = forms.CharField(label=_("Mål"), max_length=200)
    description = forms.CharField(
        label=_("Beskrivning"), required=False, max_length=MAX_TEXT, widget=forms.Textarea
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = _units_for(user)
        self.fields["unit"].label_from_instance = _unit_label


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = [
            "name",
            "unit_of_measure",
            "target",
            "direction",
            "period",
            "source",
            "is_survey",
        ]


class ValueForm(forms.Form):
    indicator = forms.ModelChoiceField(label=_("Nyckeltal"), queryset=Indicator.objects.none())
    period_start = DateField(label=_("Period (en dag i perioden)"))
    value = forms.DecimalField(label=_("Värde"), max_digits=12, decimal_places=2)

    def __init__(self, *args, objective: Objective, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = objective.indicators.filter(
            source=Indicator.Source.MANUAL
        )


class QualityReportForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Omfattning"), queryset=OrganisationUnit.objects.none())
    year = forms.TypedChoiceField(label=_("År"), coerce=int)

    def __init__(self, *args, user: User, today: datetime.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = _units_for(user)
        self.fields["unit"].label_from_instance = _unit_label
        # The report looks back on a calendar year: last year first, the current one to start.
        years = range(today.year, today.year - 6, -1)
        self.fields["year"].choices = [(year, str(year)) for year in years]
        self.fields["year"].initial = today.year - 1


class QualityReportTextsForm(LimitedTexts, VersionedForm, forms.ModelForm):
    text_limits = {
        "messages": MAX_TEXT,
        "decisions_asked": MAX_TEXT,
        **dict.fromkeys(["work_done", "actions_taken", "results"], MAX_SECTION),
    }

    class Meta:
        model = QualityReport
        fields = ["messages", "decisions_asked", "work_done", "actions_taken", "results"]
        widgets = {field: forms.Textarea(attrs={"rows": 6}) for field in fields}


class PatientSafetyReportTextsForm(LimitedTexts, VersionedForm, forms.ModelForm):
    text_limits = {
        "messages": MAX_TEXT,
        "decisions_asked": MAX_TEXT,
        **dict.fromkeys(PatientSafetyReport.TEXT_FIELDS, MAX_SECTION),
    }

    class Meta:
        model = PatientSafetyReport
        fields = ["messages", "decisions_asked", *PatientSafetyReport.TEXT_FIELDS]
        widgets = {field: forms.Textarea(attrs={"rows": 6}) for field in fields}


class PlainSelect(forms.Select):
    """A select written out directly, the same markup as Django's: its templates render each
    option as a template of its own, and for the overview's picker (up to 300 units for a kommun
    of 100 förvaltningar) that was two thirds of a warm page (tests/benchmarks/bench_overview).
    Django's option dicts (`optgroups`, `create_option`) and `format_html` per option were still
    a quarter of it, so the options are escaped and joined here. Flat choices only."""

    def render(self, name, value, attrs=None, renderer=None):
        selected = set(self.format_value(value))
        options = "".join(
            f'<option value="{escape(str(choice))}"'
            f"{' selected' if str(choice) in selected else ''}>{escape(str(label))}</option>"
            for choice, label in self.choices
        )
        return mark_safe(  # every value and label is escaped above
            f'<select name="{escape(name)}"{flatatt(self.build_attrs(self.attrs, attrs))}>'
            f"{options}</select>"
        )


class OverviewForm(forms.Form):
    """The unit picker: one of the units the user's overview covers."""

    enhet = forms.TypedChoiceField(label=_("Enhet"), coerce=int, required=False, widget=PlainSelect)

    def __init__(self, *args, units: list, **kwargs):
        super().__init__(*args, **kwargs)
        root_depth = min((unit.depth for unit in units), default=0)
        self.fields["enhet"].choices = [
            (unit.pk, "\u2003" * (unit.depth - root_depth) + unit.name) for unit in units
        ]
