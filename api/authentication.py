"""How a request to the API says who it is: a bearer token (personal or a service account's),
or the browser's session (with CSRF for writes)."""

from __future__ import annotations

import logging

import pghistory
from django.utils.translation import gettext as _
from rest_framework import authentication, exceptions

from api import services

logger = logging.getLogger(__name__)


class TokenAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer qms_…`. A revoked, expired or unknown token is a 401 (never
    falls through to another way in). Every write the request causes is recorded in the history
    with the token's name (pghistory context `api_token`)."""

    def authenticate(self, request):
        scheme, _space, secret = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer":
            return None
        token = services.token_for_secret(secret.strip())
        if token is None:
            raise exceptions.AuthenticationFailed(_("Okänt token."))
        if token.is_revoked:
            raise exceptions.AuthenticationFailed(_("Tokenet är spärrat."))
        if token.is_expired:
            raise exceptions.AuthenticationFailed(_("Tokenet har gått ut."))
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("Kontot är inaktiverat."))
        pghistory.context(api_token=token.name, api_token_id=token.pk)
        return token.user, token

    def authenticate_header(self, request) -> str:
        return 'Bearer realm="api"'


class SessionAuthentication(authentication.SessionAuthentication):
    """The logged-in browser. Writes need the CSRF token, as the pages' forms do."""
