"""Login glue: allauth for local accounts (SSO later), django-axes for lockout."""

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.auth_backends import AuthenticationBackend
from allauth.account.forms import LoginForm as AllauthLoginForm
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import MaxLengthValidator
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from qms import mail, rows


@dataclass(frozen=True)
class ConfiguredSite:
    """What allauth's e-mails call the site: from BASE_URL, never from the request's Host."""

    name: str
    domain: str


# The longest login anyone has: an e-mail address (RFC 5321's 254 characters); usernames are
# shorter. django-axes records failed logins in a 255-character column.
LOGIN_MAX_LENGTH = 254


class AccountBackend(AuthenticationBackend):
    """allauth's backend (sign in by username or e-mail address), reading the signed-in person
    for every request with a statement written once (qms.rows) instead of building
    `User.objects.get(pk=…)` again each time (issue 12: 0.9 ms of a request's CPU)."""

    def get_user(self, user_id):
        try:
            user = rows.by_pk(get_user_model(), int(user_id))
        except (TypeError, ValueError):
            return None
        return user if user is not None and self.user_can_authenticate(user) else None


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by administrators, never by self-service sign-up.

    Every link and site name in allauth's e-mails comes from BASE_URL: a request's Host header
    is the client's to choose (a reset link pointing at an attacker's host would hand them the
    key)."""

    def is_open_for_signup(self, request) -> bool:
        return False

    def get_reset_password_from_key_url(self, key: str) -> str:
        # allauth's URL has the key in two parts; it hands us one opaque key (as its own does).
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return settings.BASE_URL + path.replace("UID-KEY", quote(key))

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        site = ConfiguredSite(name="QMS", domain=urlsplit(settings.BASE_URL).netloc)
        message = self.render_mail(
            template_prefix, email, {"email": email, "current_site": site, **context}
        )
        with mail.labelled(template_prefix):  # e.g. account/email/password_reset_key
            message.send()

    def format_email_subject(self, subject: str) -> str:
        return str(subject)


def login_name(request, credentials: dict | None) -> str | None:
    """The name axes counts failures against: the account, however it was named.

    An account can be typed as its username or as its e-mail address (allauth passes
    `username` or `email` credentials; its form field is called `login`): both count against
    the account's username, so the limit is per account. A name that matches no account is
    counted as typed, case-insensitive (the answer is the same either way).
    """
    credentials = credentials or {}
    name = (
        credentials.get("username")
        or credentials.get("email")
        or request.POST.get("login")
        or request.POST.get("username")
    )
    if not name:
        return None
    # Cut to the lock-out record's column: a longer name is refused by the log-in form before
    # any attempt is counted, but other log-in paths (the admin's) reach axes too.
    name = name.strip().lower()[:LOGIN_MAX_LENGTH]
    from qms.models import User

    # allauth tries a name with "@" as an e-mail address first, then as a username.
    accounts = User.objects.filter(Q(email__iexact=name) | Q(username__iexact=name))
    matches = list(accounts.values_list("username", "email")[:2])
    matches.sort(key=lambda match: match[1].lower() != name)  # an e-mail match first
    return matches[0][0].lower() if matches else name


class LoginForm(AllauthLoginForm):
    """allauth's login form with a visible label that says what to type, and no placeholders."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Användarnamn eller e-postadress")
        self.fields["login"].widget.attrs.update(autocomplete="username", autocapitalize="none")
        self.fields["login"].widget.attrs.pop("placeholder", None)
        # A longer name is nobody's: refuse it with a message (issue 13 #7: it answered 500).
        self.fields["login"].max_length = LOGIN_MAX_LENGTH
        self.fields["login"].validators.append(MaxLengthValidator(LOGIN_MAX_LENGTH))
        self.fields["login"].widget.attrs["maxlength"] = str(LOGIN_MAX_LENGTH)
        self.fields["password"].widget.attrs.pop("placeholder", None)
        self.fields["password"].help_text = ""
