"""Forms of the identity app."""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from identity.adapters import password_login_allowed
from qms.auth import LoginForm as QmsLoginForm
from qms.models import User


class LoginForm(QmsLoginForm):
    """With local passwords off, only the break-glass administrators may use the form."""

    def clean(self):
        login = (self.data.get("login") or "").strip()
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
