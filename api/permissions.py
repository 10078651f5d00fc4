"""Who may call the API at all. What they may see is the modules' `visible_to()`; what they may
change is the modules' own rules, checked by the services the API calls."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import permissions

from api.models import AccessToken
from qms.models import Role

# Roles that work with more than their own reports: they build reports in Power BI, connect a
# register or script a migration. A medarbetare reports on the page (or through the intranet's
# service account) and a board member reads counts: for them a personal token makes no sense.
PERSONAL_TOKEN_ROLES = frozenset(Role) - {Role.STAFF, Role.BOARD}


def may_have_personal_tokens(user) -> bool:
    """Whether the person makes their own tokens and webhooks (API-nycklar in the menu)."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or bool(user.roles() & PERSONAL_TOKEN_ROLES)


class TokenScope(permissions.BasePermission):
    """An authenticated, active user; a token with the read scope only reads (403 otherwise)."""

    message = _("Tokenet får bara läsa. Skapa ett token som får läsa och ändra.")

    def has_permission(self, request, view) -> bool:
        user = request.user
        if not (user is not None and user.is_authenticated and user.is_active):
            return False
        token = request.auth
        if isinstance(token, AccessToken) and request.method not in permissions.SAFE_METHODS:
            return token.may_write
        return True
