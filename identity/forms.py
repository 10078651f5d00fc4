"""Forms of the identity app."""

from __future__ import annotations

from allauth.mfa.webauthn.forms import AddWebAuthnForm
from django import forms
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from identity.adapters import password_login_allowed
from identity.models import GROUPS_CLAIM, SENSITIVE_ROLES, RoleMapping
from qms.auth import LoginForm as QmsLoginForm
from qms.forms import RoleChoiceMixin
from qms.models import User


class LoginForm(QmsLoginForm):
    """With local passwords off, only the break-glass administrators may use the form."""

    def clean(self):
        # The cleaned value: the raw one may hold what no query can take (a NUL byte).
        login = (self.cleaned_data.get("login") or "").strip()
        if login and not password_login_allowed(self._user_named(login)):
            # Said for every other name, whether an account exists or not; no password is
            # checked, so nothing is learnt about passwords and nothing counts to a lock-out.
            raise forms.ValidationError(
                _("Inloggning med lösenord är avstängd. Logga in med organisationens konto.")
            )
        return super().clean()

    @staticmethod
    def _user_named(login: str) -> User | None:
        return User.objects.filter(Q(username__iexact=login) | Q(email__iexact=login)).first()


class RoleMappingForm(RoleChoiceMixin):
    """A new rule; the unit and role choices are those the acting user may grant by hand."""

    value = forms.CharField(
        label=capfirst(RoleMapping._meta.get_field("value").verbose_name),
        help_text=RoleMapping._meta.get_field("value").help_text,
        max_length=300,
    )
    description = forms.CharField(
        label=capfirst(RoleMapping._meta.get_field("description").verbose_name),
        help_text=RoleMapping._meta.get_field("description").help_text,
        max_length=200,
        required=False,
    )
    claim = forms.CharField(
        label=capfirst(RoleMapping._meta.get_field("claim").verbose_name),
        help_text=RoleMapping._meta.get_field("claim").help_text,
        max_length=200,
        initial=GROUPS_CLAIM,
    )
    sensitive_access = forms.BooleanField(
        label=capfirst(RoleMapping._meta.get_field("sensitive_access").verbose_name),
        help_text=RoleMapping._meta.get_field("sensitive_access").help_text,
        required=False,
    )

    field_order = ["value", "description", "unit", "role", "sensitive_access", "claim"]

    def clean_value(self) -> str:
        value = self.cleaned_data["value"].strip()
        if not value:
            raise forms.ValidationError(_("Skriv gruppens id eller namn."))
        return value

    def clean_claim(self) -> str:
        return self.cleaned_data["claim"].strip() or GROUPS_CLAIM

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("sensitive_access") and cleaned.get("role") not in SENSITIVE_ROLES:
            self.add_error(
                "sensitive_access",
                _("Tillgång till sekretessmarkerade ärenden kan bara ges chefer och samordnare."),
            )
        return cleaned


class AddSecurityKeyForm(AddWebAuthnForm):
    """allauth's form for a new security key, with a Swedish label (its catalogue has none)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].label = _("Namn på nyckeln")
        self.fields["name"].help_text = _(
            "Så att du känner igen den i listan, till exempel ”Nyckel i kassaskåpet”."
        )
