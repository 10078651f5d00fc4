"""Logged-in sessions for the benchmark's clients, made directly in the session store: the
password hasher's deliberate cost at log-in is not what the benchmark measures."""

from __future__ import annotations

from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

BACKEND = "qms.auth.AccountBackend"


def logged_in_cookie(user) -> dict[str, str]:
    """A new session of `user`, as the cookie a browser would send."""
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = user._meta.pk.value_to_string(user)
    session[BACKEND_SESSION_KEY] = BACKEND
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return {settings.SESSION_COOKIE_NAME: session.session_key}
