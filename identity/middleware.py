"""Local accounts with an administrator or coordinator role must use two-step verification."""

from __future__ import annotations

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from qms.models import Role

# What a person who must set up TOTP may still reach: the account pages (log-out, the TOTP
# set-up itself), the language switch, static files and the health check.
OPEN_PREFIXES = ("/konto/", "/i18n/", "/static/", "/healthz", "/favicon.ico")


def needs_totp_setup(request) -> bool:
    """Signed in here with a password (not through the IdP, not with a second factor), holds an
    admin or coordinator role (or is a superuser), and has no second factor (TOTP or a security
    key) yet."""
    user = request.user
    if not (settings.LOCAL_MFA_REQUIRED and user.is_authenticated):
        return False
    if not (user.is_superuser or user.has_role(Role.ADMIN, Role.COORDINATOR)):
        return False
    methods = {record.get("method") for record in get_authentication_records(request, user)}
    if "password" not in methods or "mfa" in methods:
        return False
    second_factors = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)
    return not Authenticator.objects.filter(user=user, type__in=second_factors).exists()


class RequireLocalMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(OPEN_PREFIXES) and needs_totp_setup(request):
            messages.warning(
                request,
                _(
                    "Din roll kräver tvåstegsverifiering. Aktivera den med en "
                    "autentiseringsapp innan du fortsätter."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
