"""A database outage, against real processes: gunicorn with production settings and a
PostgreSQL of the test's own that it crashes and starts again (issue 13 #5)."""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest
from django.urls import reverse

from qms.models import Role
from qms.postgresql.base import UNREACHABLE_FOR
from tests.conftest import login, wait_for
from tests.factories import make_user
from tests.processes import Gunicorn, PrivatePostgres

pytestmark = pytest.mark.django_db(transaction=True)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the test looks at the answer itself


OPENER = urllib.request.build_opener(_NoRedirects)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: str
    seconds: float


def fetch(url: str, *, data: bytes | None = None, headers: dict | None = None) -> Answer:
    """What a browser (or a load balancer) gets, and how long it waited."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    started = time.monotonic()
    try:
        with OPENER.open(request, timeout=30) as answer:
            status, head, body = answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        status, head, body = error.code, dict(error.headers), error.read()
    return Answer(status, head, body.decode(errors="replace"), time.monotonic() - started)


@pytest.fixture
def outage_site(client, tree, tmp_path):
    """gunicorn (production settings, the connection pool on) on a private copy of the test
    database, and the session cookie of a signed-in person."""
    login(client, make_user(tree.solgarden, Role.STAFF))
    postgres = PrivatePostgres()
    site = None
    try:
        postgres.copy_test_database("outage")
        env = {**os.environ, "DEBUG": "0", "DATABASE_POOL": "1"}
        env["DATABASE_URL"] = postgres.url("outage")
        site = Gunicorn(env, tmp_path / "gunicorn.log", workers=1)
        yield postgres, site, {"Cookie": f"sessionid={client.cookies['sessionid'].value}"}
    finally:
        if site is not None:
            site.stop()
        postgres.stop()


def test_a_database_outage_answers_503_at_once_and_recovers_without_a_restart(outage_site):
    postgres, site, cookie = outage_site
    # URLs first: the first reverse() loads the whole URLconf (seconds, on a busy machine).
    home, read_all, login_page = "/", reverse("qms:notification_read_all"), reverse("account_login")
    url = site.base_url
    log = site.log_path.read_text
    assert fetch(url + home, headers=cookie).status == 200

    postgres.crash()

    # The load balancer learns it within a second, not after a 5-second timeout.
    health = fetch(url + "/healthz")
    assert (health.status, json.loads(health.body)["database"]) == (503, "unavailable")
    assert health.seconds < 1
    # The readiness probe says the same; the liveness probe does not ask the database, so
    # Kubernetes takes the pods out of the load balancer but does not restart them.
    assert fetch(url + "/healthz/ready").status == 503
    assert fetch(url + "/healthz/live").status == 200

    # A signed-in person's request fails in the session and history middleware, before any
    # view: it gets the Swedish page with Retry-After, quickly, not a 500.
    page = fetch(url + home, headers=cookie)
    assert page.status == 503, log()
    assert page.headers["Retry-After"] == "30"
    assert "Tillfälligt ur funktion" in page.body and 'lang="sv"' in page.body
    assert page.seconds < 3.5

    # A form posted during the outage: the same page, at once. (The request above found the
    # database gone: this process does not wait for it again for a few seconds.)
    posted = fetch(url + read_all, data=b"x=1", headers=cookie)
    assert posted.status == 503 and posted.seconds < 1

    # Anonymous pages that need no database still work; none answers 500.
    assert fetch(url + login_page).status in (200, 503)
    assert "Internal Server Error" not in log()

    # Back: the same processes serve again, within seconds (the pool reconnects; after a
    # failure a process waits qms.postgresql.base.UNREACHABLE_FOR before trying again).
    postgres.start()
    back = time.monotonic()
    wait_for(lambda: fetch(url + "/healthz").status == 200, timeout=15, message=log)
    wait_for(lambda: fetch(url + home, headers=cookie).status == 200, timeout=15, message=log)
    assert time.monotonic() - back < UNREACHABLE_FOR + 5
