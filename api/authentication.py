"""How a request to the API says who it is: the browser's session (with CSRF for writes)."""

from __future__ import annotations

from rest_framework import authentication


class SessionAuthentication(authentication.SessionAuthentication):
    """The logged-in browser. Writes need the CSRF token, as the pages' forms do."""

    def authenticate_header(self, request) -> str:
        # A 401 (not 403) for a request without credentials.
        return 'Session realm="api"'
