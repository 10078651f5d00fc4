"""Login glue: allauth for local accounts (SSO later), django-axes for lockout."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import LoginForm as AllauthLoginForm
from django.utils.translation import gettext_lazy as _


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by administrators, never by self-service sign-up."""

    def is_open_for_signup(self, request) -> bool:
        return False


def login_name(request, credentials: dict | None) -> str | None:
    """The name axes counts failures against: what the user typed, case-insensitive.

    allauth passes `username` (and `email`) credentials; its form field is called `login`.
    """
    credentials = credentials or {}
    name = (
        credentials.get("username")
        or credentials.get("email")
        or request.POST.get("login")
        or request.POST.get("username")
    )
    return name.strip().lower() if name else None


class LoginForm(AllauthLoginForm):
    """allauth's login form with a visible label that says what to type, and no placeholders."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Användarnamn eller e-postadress")
        self.fields["login"].widget.attrs.update(autocomplete="username", autocapitalize="none")
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].widget.attrs.pop("placeholder", None)
        self.fields["password"].help_text = ""
