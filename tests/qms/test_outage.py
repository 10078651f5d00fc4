"""A database outage, against real processes: gunicorn with production settings and a
PostgreSQL of the test's own that it stops and starts again (issue 13 #5)."""

from __future__ import annotations

import json
import time

import pytest
from django.urls import reverse

from qms.models import Role
from qms.postgresql.base import UNREACHABLE_FOR
from tests.conftest import login, wait_for
from tests.factories import make_user
from tests.servers import Gunicorn


@pytest.fixture
def outage_site(transactional_db, private_postgres, client, tree, tmp_path):
    """gunicorn on a copy of the test database with one signed-in person's session."""
    login(client, make_user(tree.solgarden, Role.STAFF))
    session = client.cookies["sessionid"].value
    database_url = private_postgres.copy_of_test_database("outage")
    site = Gunicorn({"DATABASE_URL": database_url}, tmp_path / "gunicorn.log")
    site.start()
    site.cookie = {"Cookie": f"sessionid={session}"}
    yield site
    site.stop()
    private_postgres.start()  # for whoever uses the server next


def test_a_database_outage_answers_503_at_once_and_recovers_without_a_restart(
    outage_site, private_postgres
):
    site = outage_site
    # URLs first: the first reverse() loads the whole URLconf (seconds, on a busy machine).
    read_all, login_page = reverse("qms:notification_read_all"), reverse("account_login")
    assert site.request("/healthz").status == 200
    assert site.request("/", headers=site.cookie).status == 200

    private_postgres.stop()  # what a crash looks like to the clients

    # The load balancer learns it within a second, not after a 5-second timeout.
    health = site.request("/healthz")
    assert (health.status, json.loads(health.body)["database"]) == (503, "unavailable")
    assert health.seconds < 1

    # A signed-in person's request fails in the session and history middleware, before any
    # view: it gets the Swedish page with Retry-After, quickly, not a 500.
    page = site.request("/", headers=site.cookie)
    assert page.status == 503, site.output()
    assert page.headers["Retry-After"] == "30"
    assert "Tillfälligt ur funktion" in page.body and 'lang="sv"' in page.body
    assert page.seconds < 3.5

    # A form posted during the outage: the same page, at once. (The request above found the
    # database gone: this process does not wait for it again for a few seconds.)
    posted = site.request(read_all, data=b"x=1", headers=site.cookie)
    assert posted.status == 503 and posted.seconds < 1

    # Anonymous pages that need no database still work; none answers 500.
    assert site.request(login_page).status in (200, 503)
    assert "Internal Server Error" not in site.output()

    # Back: the same processes serve again, within seconds (the pool reconnects; after a
    # failure a process waits qms.postgresql.base.UNREACHABLE_FOR before trying again).
    private_postgres.start()
    back = time.monotonic()
    wait_for(lambda: site.request("/healthz").status == 200, timeout=15, message=site.output)
    wait_for(
        lambda: site.request("/", headers=site.cookie).status == 200,
        timeout=15,
        message=site.output,
    )
    assert time.monotonic() - back < UNREACHABLE_FOR + 5
