"""Rate limit for the API, counted in PostgreSQL so that every gunicorn worker and server sees
the same count (as the public form's limit, deviations.feedback_services, counts in rows).

One row per caller and minute, incremented with an upsert; over `API_RATE_LIMIT` the request
gets 429 with Retry-After (the seconds left of the minute)."""

from __future__ import annotations

import datetime
import time

from django.conf import settings
from django.db import connection
from rest_framework.throttling import BaseThrottle

from qms.net import client_ip

WINDOW = 60  # seconds


def caller_key(request) -> str:
    token = getattr(request, "auth", None)
    if token is not None and hasattr(token, "pk"):
        return f"token:{token.pk}"
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{client_ip(request)}"


def hit(key: str, *, limit: int, now: float | None = None) -> float | None:
    """Count one request for `key`; the seconds to wait if it is over `limit`, else None."""
    now = time.time() if now is None else now
    window = int(now // WINDOW) * WINDOW
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO api_ratecount (key, window_start, count)
            VALUES (%s, to_timestamp(%s), 1)
            ON CONFLICT (key, window_start) DO UPDATE SET count = api_ratecount.count + 1
            RETURNING count
            """,
            [key, window],
        )
        (count,) = cursor.fetchone()
    if count > limit:
        return window + WINDOW - now
    return None


class DatabaseRateThrottle(BaseThrottle):
    def allow_request(self, request, view) -> bool:
        # An endpoint may count its own calls against its own, lower limit (a scope).
        scope = getattr(view, "rate_scope", None)
        limit = getattr(view, "rate_limit", None) if scope else None
        key = caller_key(request) + (f":{scope}" if scope else "")
        self._wait = hit(key, limit=limit or settings.API_RATE_LIMIT)
        return self._wait is None

    def wait(self) -> float | None:
        return self._wait


def forget_old() -> int:
    from api.models import RateCount

    cutoff = time.time() - 2 * WINDOW
    deleted, _rows = RateCount.objects.filter(
        window_start__lt=datetime.datetime.fromtimestamp(cutoff, tz=datetime.UTC)
    ).delete()
    return deleted
