"""Timestamps read from PostgreSQL by psycopg's C loader, not by Python.

Django's PostgreSQL backend reads every `timestamptz` value through a loader of its own
(`django.db.backends.postgresql.psycopg_any.BaseTzLoader`), which subclasses psycopg's
pure-Python loader to put its connection's time zone on each value. With psycopg's C
extension installed (psycopg-binary), psycopg's own loader is written in C: on the scaled demo
7.1 µs a value against 0.34 (issue 12), and a list's page of 25 cases with their units and
people reads well over a hundred timestamps.

When Django's connection works in UTC (USE_TZ, and no TIME_ZONE of its own for the database:
Django then sets the session's TimeZone to UTC) psycopg's C loader gives exactly what Django's
does: aware datetimes whose tzinfo is `datetime.timezone.utc`. `install()` registers it on
each new connection then, and leaves every other case to Django. Django looks for the loader's
`timezone` to decide whether a cursor needs a loader of its own, so the class registered is a
stand-in that carries it and makes psycopg's C loader when psycopg asks for one.
"""

from __future__ import annotations

import datetime

import psycopg
from django.db.backends.signals import connection_created
from psycopg.postgres import types
from psycopg.pq import Format

TIMESTAMPTZ_OID = types["timestamptz"].oid
# psycopg's default loader for the type: psycopg_binary's (or psycopg_c's) when installed.
_FAST = psycopg.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
AVAILABLE = _FAST is not None and _FAST.__module__.startswith(("psycopg_binary", "psycopg_c"))
DISPATCH_UID = "qms.timestamps"


class UTCTimestamps:
    """What psycopg registers as the loader of `timestamptz` (a class: psycopg makes one per
    result it reads); Django reads `timezone` from it."""

    format = Format.TEXT
    timezone = datetime.UTC

    def __new__(cls, oid, context=None):
        return _FAST(oid, context)


def _register(sender, connection, **kwargs) -> None:
    if connection.vendor != "postgresql" or connection.timezone != datetime.UTC:
        return
    raw = connection.connection
    if raw.info.parameter_status("TimeZone") != "UTC":
        return
    if raw.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT) is not UTCTimestamps:
        raw.adapters.register_loader(TIMESTAMPTZ_OID, UTCTimestamps)


def install() -> None:
    if AVAILABLE:
        connection_created.connect(_register, dispatch_uid=DISPATCH_UID)
