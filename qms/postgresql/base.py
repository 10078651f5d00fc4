"""Django's PostgreSQL backend, failing fast while the database is unreachable (issue 13 #5).

One request reaches for the database several times: the session, the user, the history
context, the view, the CSRF and error pages. During an outage each of those would wait for a
connection (the pool's DATABASE_POOL_TIMEOUT, or `connect_timeout`), so one page took ten
seconds to say it could not be shown. Once connecting has failed, this process does not try
again for UNREACHABLE_FOR seconds: every attempt in that window fails at once, and the request
gets the "tillfälligt ur funktion" page (qms.views.server_error). The health check asks the
pool itself, so it always reports the database as it is now.

A pool that only ran out of connections (all in use under load, no failed attempt to connect)
is not an outage: that does not open the window.
Timestamps are read by psycopg's C loader. Django reads every `timestamptz` value through a
loader of its own (`psycopg_any.BaseTzLoader`), a subclass of psycopg's pure-Python loader that
puts the connection's time zone on each value: 7.1 µs a value, against 0.34 for psycopg-binary's
C loader (issue 12; a list's page reads well over a hundred). When Django works in UTC (USE_TZ
and no TIME_ZONE of the database's own: Django then sets the session's TimeZone to UTC), the C
loader gives the same datetimes (tzinfo `datetime.UTC`), so every connection, pooled or not, is
made with it. Django reads the loader's `timezone` before giving a cursor a loader of its own:
`UTCTimestamps` carries it and makes the C loader when psycopg asks for one.
"""

from __future__ import annotations

import datetime
import functools
import time

import psycopg
from django.conf import settings
from django.db.backends.postgresql import base
from psycopg.adapt import AdaptersMap
from psycopg.postgres import types
from psycopg.pq import Format

# Long enough to spare the requests of an outage the wait, short enough that a database that
# is back is used again within seconds.
UNREACHABLE_FOR = 5.0

TIMESTAMPTZ_OID = types["timestamptz"].oid
# psycopg's default loader of the type: psycopg_binary's (or psycopg_c's) when installed.
_C_TIMESTAMPS = psycopg.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
C_TIMESTAMPS = _C_TIMESTAMPS.__module__.startswith(("psycopg_binary", "psycopg_c"))


class UTCTimestamps:
    """The loader registered for `timestamptz` (psycopg makes one per result it reads)."""

    format = Format.TEXT
    timezone = datetime.UTC

    def __new__(cls, oid, context=None):
        return _C_TIMESTAMPS(oid, context)


@functools.cache
def _with_c_timestamps(template: AdaptersMap) -> AdaptersMap:
    """Django's adapters (one map per time-zone setting, kept for the process), with the C
    timestamp loader."""
    adapters = AdaptersMap(template)
    adapters.register_loader(TIMESTAMPTZ_OID, UTCTimestamps)
    return adapters


class DatabaseWrapper(base.DatabaseWrapper):
    # Shared by every connection and thread of the process.
    unreachable_until = 0.0

    def get_connection_params(self):
        params = super().get_connection_params()
        if C_TIMESTAMPS and "context" in params and settings.USE_TZ and self.timezone_name == "UTC":
            params["context"] = _with_c_timestamps(params["context"])
        return params

    def get_new_connection(self, conn_params):
        if time.monotonic() < DatabaseWrapper.unreachable_until:
            raise psycopg.OperationalError(
                "PostgreSQL could not be reached a moment ago; not trying again yet."
            )
        try:
            return super().get_new_connection(conn_params)
        except psycopg.OperationalError:
            if self.pool is None or not self._server_answers(conn_params):
                DatabaseWrapper.unreachable_until = time.monotonic() + UNREACHABLE_FOR
            raise

    def _server_answers(self, conn_params: dict) -> bool:
        """After the pool's timeout: does the server take a connection at all? If it does,
        every pooled connection was simply in use. (A refused connection fails at once; a
        host that does not answer, after `connect_timeout`.)"""
        try:
            self.Database.connect(**conn_params).close()
        except psycopg.Error:
            return False
        return True
