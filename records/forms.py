from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from qms import recordtypes
from qms.forms import DateField
from qms.models import OrganisationUnit, Role, User
from qms.versions import VersionedForm
from records import plan
from records.models import LegalHold, RetentionRule
from records.permissions import archivist_over
from records.services import rule_events


def organisation_choices(user: User, *, allow_group: bool) -> list[tuple[str, str]]:
    choices = (
        [("", _("Hela koncernen (där ingen organisation har en egen regel)"))]
        if allow_group
        else []
    )
    for org in plan.organisations():
        if archivist_over(user, org):
            choices.append((str(org.pk), f"{'— ' * (org.depth - 1)}{org.name}"))
    return choices


class RuleForm(VersionedForm, forms.ModelForm):
    """A rule of the plan. The dates it may count from depend on the record type; a period
    shorter than a month must be confirmed."""

    confirm_short = forms.BooleanField(
        label=_("Jag bekräftar att information yngre än en månad ska gallras enligt beslutet"),
        required=False,
    )

    class Meta:
        model = RetentionRule
        fields = [
            "organisation",
            "action",
            "period",
            "period_unit",
            "event",
            "decision_body",
            "decision_date",
            "decision_reference",
            "guidance_number",
            "note",
        ]
        field_classes = {"decision_date": DateField}
        widgets = {
            "action": forms.RadioSelect,
            "note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user: User, record_type: recordtypes.RecordType, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.record_type = record_type
        self.fields["organisation"] = forms.TypedChoiceField(
            label=_("Gäller"),
            choices=organisation_choices(user, allow_group=archivist_over(user, None)),
            required=False,
            coerce=lambda pk: OrganisationUnit.objects.get(pk=pk) if pk else None,
            empty_value=None,
            initial=self.instance.organisation_id or "",
        )
        if self.instance.pk:
            self.fields["organisation"].disabled = True
        events = rule_events(record_type)
        self.fields["event"] = forms.ChoiceField(
            label=_("Räknat från"),
            choices=[("", _("(bevaras: ingen tid)")), *events],
            required=False,
        )
        self.fields["period"].label = _("Gallras efter (antal)")
        self.fields["period"].help_text = _("Till exempel 5 år eller 6 månader.")
        if not (record_type.thinnable or record_type.mode == "history"):
            self.fields["action"].choices = [
                c for c in RetentionRule.Action.choices if c[0] == RetentionRule.Action.KEEP
            ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == RetentionRule.Action.THIN:
            if cleaned.get("period") in (None, ""):
                self.add_error("period", _("Ange efter hur lång tid informationen gallras."))
            if not cleaned.get("event"):
                self.add_error("event", _("Välj vad tiden räknas från."))
        return cleaned


class HoldFindForm(forms.Form):
    record_type = forms.ChoiceField(label=_("Typ av ärende"))
    identifier = forms.CharField(
        label=_("Ärendenummer"),
        max_length=100,
        help_text=_("Till exempel AV-2026-00042. För revisioner och genomgångar: id-numret."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record_type"].choices = [
            (t.key, t.label)
            for t in recordtypes.all_types()
            if t.mode == "case" and t.visible_to is not None and t.describe is not None
        ]


class HoldForm(forms.Form):
    reason_kind = forms.ChoiceField(
        label=_("Skäl"), choices=LegalHold.Reason.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Beskrivning"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Till exempel myndighetens diarienummer och vad som är anhängigt."),
    )
    review_date = DateField(
        label=_("Omprövas senast"),
        help_text=_("Spärren gäller tills den hävs; datumet påminner om att se över den."),
    )

    def clean_review_date(self) -> datetime.date:
        day = self.cleaned_data["review_date"]
        if day <= timezone.localdate():
            raise forms.ValidationError(_("Ange ett datum framåt i tiden."))
        return day


class LiftForm(forms.Form):
    reason = forms.CharField(
        label=_("Varför hävs spärren?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Varför avslås förslaget?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class PackageForm(forms.Form):
    record_type = forms.ChoiceField(label=_("Informationstyp"))
    organisation = forms.ChoiceField(label=_("Organisation"))
    period_start = DateField(label=_("Ärenden från"))
    period_end = DateField(label=_("Ärenden till och med"))

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record_type"].choices = [
            (t.key, t.label)
            for t in recordtypes.all_types()
            if t.mode == "case" and t.describe is not None
        ]
        self.fields["organisation"].choices = organisation_choices(user, allow_group=False)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Slutdatumet måste vara efter startdatumet."))
        return cleaned

    def clean_organisation(self) -> OrganisationUnit:
        return OrganisationUnit.objects.get(pk=self.cleaned_data["organisation"])


class DeliveryForm(forms.Form):
    receipt = forms.CharField(
        label=_("E-arkivets kvittens"),
        max_length=300,
        help_text=_("Leveransnumret eller kvittensen från e-arkivet."),
    )


class ExtractForm(forms.Form):
    account = forms.CharField(
        label=_("Konto (användarnamn eller e-postadress)"),
        max_length=254,
        required=False,
        help_text=_("Om personen har ett konto i systemet."),
    )
    subject_email = forms.EmailField(
        label=_("E-postadress i kontaktuppgifter"),
        required=False,
        help_text=_("Söks där invånare lämnat kontaktuppgifter, och i utgående e-post."),
    )
    subject_name = forms.CharField(
        label=_("Namn i kontaktuppgifter"),
        max_length=200,
        required=False,
        help_text=_("Söks i namn som invånare lämnat i synpunkter."),
    )
    reference = forms.CharField(
        label=_("Ärende"),
        max_length=200,
        required=False,
        help_text=_("Till exempel diarienumret för begäran."),
    )
    scope = forms.ChoiceField(label=_("Omfattar"))

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        if user.is_admin():
            units = plan.organisations()
        else:
            units = [m.unit for m in user.cached_memberships if m.role == Role.DPO]
        self.fields["scope"].choices = [(str(u.pk), u.name) for u in units]

    def clean_scope(self) -> OrganisationUnit:
        return OrganisationUnit.objects.get(pk=self.cleaned_data["scope"])

    def clean_account(self) -> User | None:
        name = self.cleaned_data["account"].strip()
        if not name:
            return None
        user = (
            User.objects.filter(username__iexact=name).first()
            or User.objects.filter(email__iexact=name).first()
        )
        if user is None:
            raise forms.ValidationError(_("Det finns inget konto med det användarnamnet."))
        return user

    def clean(self):
        cleaned = super().clean()
        if (
            not (
                cleaned.get("account")
                or cleaned.get("subject_email")
                or cleaned.get("subject_name")
            )
            and not self.errors
        ):
            raise forms.ValidationError(_("Ange ett konto, en e-postadress eller ett namn."))
        return cleaned
