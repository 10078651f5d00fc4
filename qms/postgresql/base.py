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
"""

from __future__ import annotations

import time

import psycopg
from django.db.backends.postgresql import base

# Long enough to spare the requests of an outage the wait, short enough that a database that
# is back is used again within seconds.
UNREACHABLE_FOR = 5.0


class DatabaseWrapper(base.DatabaseWrapper):
    # Shared by every connection and thread of the process.
    unreachable_until = 0.0

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
