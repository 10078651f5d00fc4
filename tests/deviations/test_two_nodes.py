"""Two app servers, as two machines behind a load balancer would run them: each gunicorn with its
own MEDIA_ROOT (its own local disk), both on one object store (moto's S3 server, a real process),
one Redis (a private redis-server) and one database. A file uploaded through node A downloads
through node B; a dashboard cached through B and invalidated by a change through A is fresh on B.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path

import pytest
import redis
import requests
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from deviations.models import Attachment, Deviation
from qms.models import Role
from tests.conftest import login, test_database_url
from tests.deviations.builders import make_deviations
from tests.factories import make_user
from tests.processes import Gunicorn, PrivateRedis, S3Server

pytestmark = pytest.mark.django_db(transaction=True)

BUCKET = "qms-two-nodes"
PREFIX = "two-nodes-test"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n" + os.urandom(300_000)


def files_in(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def two_nodes(tmp_path):
    started = []
    try:
        s3 = S3Server(tmp_path / "moto.log")
        started.append(s3)
        s3.create_bucket(BUCKET)
        shared_redis = PrivateRedis(tmp_path / "redis")
        started.append(shared_redis)
        env = {
            **os.environ,
            "DEBUG": "0",
            "DATABASE_URL": test_database_url(),
            "DATABASE_POOL": "0",
            "REDIS_URL": shared_redis.url,
            "CACHE_KEY_PREFIX": PREFIX,
            # Figures made old by a change are computed afresh at the next view, not a minute
            # later: what is tested is that a change on one node reaches the other's cache.
            "STATISTICS_REFRESH_SECONDS": "0",
            **s3.env(BUCKET),
        }
        nodes = []
        for name in ("a", "b"):
            media = tmp_path / f"media-{name}"
            media.mkdir()
            node_env = {**env, "MEDIA_ROOT": str(media), "FILE_UPLOAD_TEMP_DIR": str(media / "tmp")}
            node = Gunicorn(node_env, tmp_path / f"gunicorn-{name}.log", workers=1)
            started.append(node)
            nodes.append((node, media))
        yield s3, shared_redis, nodes
    finally:
        for process in reversed(started):
            process.stop()


def session_for(user) -> requests.Session:
    """A browser's session for `user`: the session cookie (stored in the shared database, so it
    is good on both nodes)."""
    client = login(Client(), user)
    browser = requests.Session()
    browser.cookies.set("sessionid", client.cookies["sessionid"].value)
    return browser


def csrf_token(browser: requests.Session, url: str) -> str:
    page = browser.get(url, timeout=30)
    assert page.status_code == 200, page.text[:500]
    return browser.cookies["csrftoken"]


def open_total(browser: requests.Session, base_url: str) -> int:
    page = browser.get(base_url + reverse("deviations:dashboard"), timeout=30)
    assert page.status_code == 200, page.text[:500]
    found = re.search(r"Öppna avvikelser</dt><dd><a [^>]*>(\d+)</a>", page.text)
    assert found, page.text[:2000]
    return int(found.group(1))


def test_a_file_uploaded_on_one_node_downloads_on_the_other_and_the_cache_is_shared(
    tree, two_nodes
):
    s3, shared_redis, [(a, media_a), (b, media_b)] = two_nodes
    reporter = make_user(tree.solgarden, Role.STAFF)
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    make_deviations(tree.solgarden, reporter, 3)
    staff = session_for(reporter)
    quality = session_for(coordinator)

    # The coordinator's dashboard, computed on B and kept in the shared Redis: A reads B's copy.
    assert open_total(quality, b.base_url) == 3
    cache = redis.Redis.from_url(shared_redis.url)
    assert cache.keys(f"{PREFIX}:*deviations:dashboard:{coordinator.pk}:*")
    make_deviations(tree.solgarden, reporter, 1)  # bulk insert: nothing tells the cache
    assert open_total(quality, a.base_url) == 3  # B's figures, from the shared cache

    # Report a case with an attachment through A.
    create = a.base_url + reverse("deviations:create")
    data = {
        "unit": str(tree.solgarden.pk),
        "title": "Fel läkemedel gavs",
        "description": "Kvällsdosen gavs till fel brukare.",
        "occurred_at": (timezone.localtime() - datetime.timedelta(hours=1)).strftime(
            "%Y-%m-%dT%H:%M"
        ),
        "csrfmiddlewaretoken": csrf_token(staff, create),
    }
    files = {"attachments": ("Händelserapport.pdf", PDF, "application/pdf")}
    posted = staff.post(create, data=data, files=files, allow_redirects=False, timeout=60)
    assert posted.status_code == 302, posted.text[:2000]
    attached = Attachment.objects.get()
    assert attached.deviation.title == "Fel läkemedel gavs"

    # Nothing on either node's disk (the upload's temporary file is gone): the file is in the
    # object store, and B serves it.
    assert files_in(media_a) == [] and files_in(media_b) == []
    assert s3.keys(BUCKET) == [attached.file.name]
    url = reverse("deviations:attachment", args=[attached.deviation_id, attached.pk])
    downloaded = staff.get(b.base_url + url, timeout=30)
    assert downloaded.status_code == 200
    assert downloaded.content == PDF
    assert downloaded.headers["Cache-Control"] == "private, no-store"
    # Someone else, at another unit, gets nothing from either node.
    other = session_for(make_user(tree.school, Role.STAFF))
    assert other.get(a.base_url + url, timeout=30).status_code == 404
    assert other.get(b.base_url + url, timeout=30).status_code == 404

    # The new case on A moved the cache's generation on: B computes fresh figures (3 + the bulk
    # case + the new one), not its cached 3.
    assert Deviation.objects.count() == 5
    assert open_total(quality, b.base_url) == 5
    assert open_total(quality, a.base_url) == 5
    for node in (a, b):
        assert "Traceback" not in node.log_path.read_text()

    # Node A goes down (its disk with it): the people it served carry on through B with the same
    # sessions, the file and the figures (docs/operations.md, "What users see when a part fails").
    a.stop()
    assert staff.get(b.base_url + url, timeout=30).content == PDF
    assert open_total(quality, b.base_url) == 5
