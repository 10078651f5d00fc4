"""The code an authenticator app shows now, for tests that type it."""

from __future__ import annotations

import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)

# Seconds a code must still have in its time step: allauth accepts only the current step
# (MFA_TOTP_TOLERANCE 0), and a code computed at the end of its step expired before the server
# checked it when a browser took a few seconds to send it (seen once in a full run).
MARGIN = 8.0


def current_code(secret: str) -> str:
    """The current step's code, waiting for the next step when this one is about to end."""
    period = app_settings.TOTP_PERIOD
    left = period - time.time() % period
    if left < MARGIN:
        time.sleep(left + 0.1)
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))  # the middle: now
