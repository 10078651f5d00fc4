"""Sessions are read through the cache (settings.SESSION_ENGINE = cached_db): a logged-in page
costs no session query, and a session whose cached copy is gone is read from PostgreSQL."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qms.models import Role
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def session_queries(client) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    assert response.wsgi_request.user.is_authenticated
    return [q["sql"] for q in queries if "django_session" in q["sql"]]


def test_a_page_reads_its_session_from_the_cache_and_survives_losing_it(client, tree):
    login(client, make_user(tree.solgarden, Role.STAFF))
    assert session_queries(client) == []
    cache.clear()  # Redis restarted, say: the session is still in PostgreSQL
    assert len(session_queries(client)) == 1
    assert session_queries(client) == []  # and cached again
