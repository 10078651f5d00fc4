from __future__ import annotations

import magic
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from certifications.models import Certificate, Cycle, CycleEvent, EvidenceItem, Standard
from qms.forms import DateField
from qms.models import OrganisationUnit, Role, User
from qms.storage import StorageFull
from qms.versions import VersionedForm

MAX_CERTIFICATE_SIZE = 10 * 1024 * 1024
MAX_EVIDENCE_SIZE = 20 * 1024 * 1024
PDF = {"application/pdf"}
EVIDENCE_TYPES = {
    "application/pdf",
    "image/png",
    "image/jpeg",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
}


def check_upload(upload: UploadedFile | None, *, allowed: set[str], max_size: int):
    """Refuse a file whose content (not its name) is of another type, or that is too large."""
    if not upload:
        return upload
    if getattr(upload, "disk_full", False):  # the server's disk was full while it arrived
        raise StorageFull(upload.name)
    if upload.size > max_size:
        raise ValidationError(
            _("Filen är för stor (högst %(size)s).") % {"size": filesizeformat(max_size)}
        )
    head = upload.read(4096)
    upload.seek(0)
    if magic.from_buffer(head, mime=True) not in allowed:
        if allowed == PDF:
            raise ValidationError(_("Filen måste vara en PDF."))
        raise ValidationError(
            _("Filtypen tillåts inte. Ladda upp PDF, Word, Excel, ODF eller bild.")
        )
    return upload


def scope_units(user: User):
    """Units a user may put in a certificate's scope: all for an admin, else where coordinator."""
    units = OrganisationUnit.objects.active()
    return units if user.is_admin() else units.where_user_has_role(user, Role.COORDINATOR)


class ScopeFieldsMixin:
    """Limits the scope and the responsible person to what the acting user may choose."""

    def limit_choices(self, actor: User) -> None:
        self.fields["units"].queryset = scope_units(actor)
        self.fields["units"].widget.attrs["size"] = 10
        self.fields["responsible"].queryset = User.objects.visible_to(actor).filter(is_active=True)


class CertificateCreateForm(ScopeFieldsMixin, forms.Form):
    standard = forms.ModelChoiceField(
        label=_("Standard"), queryset=Standard.objects.filter(is_active=True)
    )
    units = forms.ModelMultipleChoiceField(
        label=_("Omfattning"),
        queryset=OrganisationUnit.objects.none(),
        help_text=_("De enheter certifikatet gäller. En enhet omfattar allt under den."),
    )
    issuer = forms.CharField(label=_("Utfärdare / certifieringsorgan"), max_length=200)
    responsible = forms.ModelChoiceField(label=_("Ansvarig"), queryset=User.objects.none())
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (s.value, s.label)
            for s in (
                Certificate.Status.PLANNED,
                Certificate.Status.APPLYING,
                Certificate.Status.ACTIVE,
            )
        ],
    )
    is_initial = forms.BooleanField(
        label=_("Första certifieringen (planera revision steg 1 och 2)"), required=False
    )
    issue_date = DateField(
        label=_("Utfärdandedatum"),
        help_text=_("För en planerad certifiering: när certifikatet väntas utfärdas."),
    )
    number = forms.CharField(label=_("Certifikatnummer"), max_length=100, required=False)
    certificate_file = forms.FileField(
        label=_("Certifikat (PDF)"), required=False, help_text=_("PDF, högst 10 MB.")
    )

    def __init__(self, *args, actor: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_choices(actor)

    def clean_certificate_file(self):
        return check_upload(
            self.cleaned_data.get("certificate_file"), allowed=PDF, max_size=MAX_CERTIFICATE_SIZE
        )


class CertificateForm(VersionedForm, ScopeFieldsMixin, forms.ModelForm):
    class Meta:
        model = Certificate
        fields = ["units", "issuer", "responsible"]

    def __init__(self, *args, actor: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_choices(actor)


class CycleForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = Cycle
        fields = [
            "number",
            "issue_date",
            "expiry_override",
            "expiry_override_reason",
            "certificate_file",
        ]
        field_classes = {"issue_date": DateField, "expiry_override": DateField}
        widgets = {
            "expiry_override_reason": forms.Textarea(attrs={"rows": 3}),
            "certificate_file": forms.FileInput(),
        }
        help_texts = {
            "expiry_override": _(
                "Lämna tomt: utgångsdatumet räknas fram ur cykeln. Fyll bara i om certifikatet "
                "anger ett annat datum, och skriv då varför."
            ),
            "certificate_file": _("PDF, högst 10 MB."),
        }

    def clean_certificate_file(self):
        upload = self.cleaned_data.get("certificate_file")
        if isinstance(upload, UploadedFile):  # otherwise the file already stored
            check_upload(upload, allowed=PDF, max_size=MAX_CERTIFICATE_SIZE)
        return upload


class EventForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = CycleEvent
        fields = ["planned_date", "actual_date", "outcome", "audit_reference", "notes"]
        field_classes = {"planned_date": DateField, "actual_date": DateField}
        widgets = {
            "notes": forms.Textarea(attrs={"rows": 5}),
        }


class EvidenceForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = EvidenceItem
        fields = ["text", "document", "done"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 8}),
            "document": forms.FileInput(),
        }
        help_texts = {"document": _("PDF, Word, Excel, ODF eller bild, högst 20 MB.")}

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        if isinstance(upload, UploadedFile):
            check_upload(upload, allowed=EVIDENCE_TYPES, max_size=MAX_EVIDENCE_SIZE)
        return upload


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Ny status"))

    def __init__(self, *args, certificate: Certificate, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = Certificate.TRANSITIONS[certificate.status]
        self.fields["status"].choices = [
            (s.value, s.label) for s in Certificate.Status if s in allowed
        ]


class NotRenewingForm(forms.Form):
    decided_on = DateField(label=_("Beslutsdatum"))
    reason = forms.CharField(
        label=_("Skäl"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Till exempel vad beslutet grundar sig på och vad som görs i stället."),
    )


class RenewForm(forms.Form):
    issue_date = DateField(label=_("Det nya certifikatets utfärdandedatum"))
    number = forms.CharField(label=_("Certifikatnummer"), max_length=100, required=False)
    certificate_file = forms.FileField(
        label=_("Certifikat (PDF)"), required=False, help_text=_("PDF, högst 10 MB.")
    )

    def clean_certificate_file(self):
        return check_upload(
            self.cleaned_data.get("certificate_file"), allowed=PDF, max_size=MAX_CERTIFICATE_SIZE
        )


class OverviewFilterForm(forms.Form):
    standard = forms.ModelChoiceField(
        label=_("Standard"), queryset=Standard.objects.all(), required=False, empty_label=_("Alla")
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Alla")), *Certificate.Status.choices],
        required=False,
    )


class StandardRemindersForm(VersionedForm, forms.ModelForm):
    """When reminders go out before each date of a standard's cycle."""

    MAX_DAYS = 730

    class Meta:
        model = Standard
        fields = ["reminder_days"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["reminder_days"]
        field.label = _("Påminnelser, dagar före")
        field.help_text = _(
            "Kommaseparerat, t.ex. 180, 90, 30, 7: så många dagar före varje datum i cykeln "
            "(revisioner, utgångsdatum) skickas en påminnelse. Dagen efter ett passerat datum "
            "skickas alltid en."
        )

    def clean_reminder_days(self) -> list[int]:
        days = self.cleaned_data["reminder_days"]
        if not days:
            raise forms.ValidationError(_("Ange minst en påminnelse."))
        wrong = [d for d in days if not 1 <= d <= self.MAX_DAYS]
        if wrong:
            raise forms.ValidationError(
                _("Varje påminnelse ska vara mellan 1 och %(max)s dagar före.")
                % {"max": self.MAX_DAYS}
            )
        if len(set(days)) > 8:
            raise forms.ValidationError(_("Högst åtta påminnelser."))
        return sorted(set(days), reverse=True)
