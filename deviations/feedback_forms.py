"""Forms for synpunkter, förbättringsförslag and the legal tracks."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from deviations.models import (
    AccessibilityStatement,
    Deviation,
    Feedback,
    LegalTrack,
    LegalTrackKind,
    PublicActivity,
    Suggestion,
)
from qms.forms import DateField, DateTimeField
from qms.models import OrganisationUnit, Role, User, subtree_q
from qms.versions import VersionedForm

# Synpunkter: the public form ----------------------------------------------------------------------


class PublicFeedbackForm(forms.ModelForm):
    """What a citizen fills in. Everything but the text and the activity is optional."""

    activity = forms.ModelChoiceField(
        label=_("Vilken verksamhet gäller det?"),
        queryset=PublicActivity.objects.filter(is_visible=True, unit__is_active=True),
        empty_label=_("Välj verksamhet"),
    )
    # A honeypot: hidden from people (CSS), filled in by the simplest robots.
    website = forms.CharField(label=_("Lämna detta fält tomt"), required=False)

    class Meta:
        model = Feedback
        fields = ["kind", "activity", "text", "contact_name", "contact_email", "contact_phone"]
        labels = {
            "kind": _("Vad vill du lämna?"),
            "text": _("Din synpunkt"),
            "contact_name": _("Namn (valfritt)"),
            "contact_email": _("E-postadress (valfritt)"),
            "contact_phone": _("Telefonnummer (valfritt)"),
        }
        help_texts = {
            "text": _("Beskriv vad som hänt eller vad du tycker. Högst 5 000 tecken."),
            "contact_email": _("Fyll i om du vill få kvitto och svar med e-post."),
            "contact_phone": _("Fyll i om du hellre vill bli uppringd."),
        }
        widgets = {
            "kind": forms.RadioSelect,
            "text": forms.Textarea(attrs={"rows": 8}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }

    field_order = ["kind", "activity", "text", "contact_name", "contact_email", "contact_phone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        self.fields["text"].widget.attrs["maxlength"] = Feedback.MAX_TEXT
        # A radio list needs no empty choice: nothing is checked until the citizen chooses.
        self.fields["kind"].choices = Feedback.Kind.choices

    @property
    def is_robot(self) -> bool:
        return bool(self.data.get("website"))

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if len(text) < 3:
            raise ValidationError(_("Skriv din synpunkt."))
        return text


# Synpunkter: staff ------------------------------------------------------------------------------


def handlers_of(unit: OrganisationUnit):
    """People who work in the unit or are chef or coordinator over it."""
    return (
        User.objects.filter(
            is_active=True,
            memberships__role__in=[Role.MANAGER, Role.COORDINATOR, Role.STAFF],
            memberships__unit__in=unit.ancestors_and_self(),
        )
        .distinct()
        .order_by("first_name", "last_name")
    )


class FeedbackAssignForm(VersionedForm, forms.Form):
    assignee = forms.ModelChoiceField(label=_("Handläggare"), queryset=User.objects.none())
    version_fields = {"assignee": "assignee"}

    def __init__(self, *args, unit: OrganisationUnit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = handlers_of(unit)


class FeedbackAnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Svar till den som lämnat synpunkten"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10000,
        help_text=_("Svaret visas på uppföljningssidan och skickas med e-post om adress finns."),
    )


class LinkDeviationForm(forms.Form):
    number = forms.CharField(
        label=_("Ärendenummer på avvikelsen"),
        max_length=20,
        help_text=_("Till exempel AV-2026-00042."),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_number(self) -> Deviation:
        number = self.cleaned_data["number"].strip().upper()
        deviation = Deviation.objects.visible_to(self.user).filter(number=number).first()
        if deviation is None:
            raise ValidationError(_("Hittar ingen avvikelse med det numret som du kan se."))
        return deviation


class ToDeviationForm(forms.Form):
    title = forms.CharField(label=_("Rubrik för avvikelsen"), max_length=200)


class AccessibilityStatementForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = AccessibilityStatement
        fields = ["text", "contact"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 14}),
            "contact": forms.Textarea(attrs={"rows": 3}),
        }


# Förbättringsförslag ----------------------------------------------------------------------------


class SuggestionForm(forms.ModelForm):
    class Meta:
        model = Suggestion
        fields = ["unit", "title", "description", "reason"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "reason": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        units = OrganisationUnit.objects.active()
        if not user.is_admin():
            units = units.filter(subtree_q(user.membership_paths()))
        self.fields["unit"].queryset = units
        self.fields["unit"].label = _("Vilken enhet gäller det?")
        if not self.is_bound and user.primary_membership:
            self.initial.setdefault("unit", user.primary_membership.unit_id)


class DecisionForm(forms.Form):
    reason = forms.CharField(
        label=_("Motivering"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Krävs när förslaget avslås."),
    )


# Legal tracks -----------------------------------------------------------------------------------


class FlagTracksForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Spår"), choices=LegalTrackKind.choices, widget=forms.CheckboxSelectMultiple
    )
    aware_at = DateTimeField(
        label=_("När fick organisationen kännedom?"),
        help_text=_("Klockan för IMY (72 timmar) och Arbetsmiljöverket räknas härifrån."),
    )

    def __init__(self, *args, deviation: Deviation, taken: set[str] | None = None, **kwargs):
        """`taken`: the kinds the case has, when the caller has read its tracks already."""
        super().__init__(*args, **kwargs)
        if taken is None:
            taken = set(deviation.legal_tracks.values_list("kind", flat=True))
        self.fields["kinds"].choices = [c for c in LegalTrackKind.choices if c[0] not in taken]
        if not self.is_bound:
            self.initial.setdefault(
                "aware_at", timezone.localtime().replace(second=0, microsecond=0)
            )


class TrackAssessmentForm(forms.Form):
    is_serious = forms.TypedChoiceField(
        label=_("Är det allvarligt, så att det ska anmälas?"),
        choices=[("yes", _("Ja, ska anmälas")), ("no", _("Nej, ska inte anmälas"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    assessment = forms.CharField(
        label=_("Motivering"), widget=forms.Textarea(attrs={"rows": 4}), max_length=10000
    )


class TrackReportForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = LegalTrack
        fields = ["reported_at", "authority_reference", "patient_informed"]
        field_classes = {"reported_at": DateTimeField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reported_at"].required = True
        self.fields["reported_at"].label = _("Anmäld till myndigheten")
        if self.instance.kind != LegalTrackKind.LEX_MARIA:
            del self.fields["patient_informed"]
        else:
            self.fields["patient_informed"].widget = forms.RadioSelect(
                choices=[(True, _("Ja")), (False, _("Nej"))]
            )
            self.fields["patient_informed"].required = True


class TrackDecisionForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = LegalTrack
        fields = ["authority_decided_at", "authority_decision"]
        field_classes = {"authority_decided_at": DateField}
        widgets = {
            "authority_decision": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = True
