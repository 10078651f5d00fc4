"""Over API_RATE_LIMIT requests a minute: 429 with Retry-After, counted in the database (the
same count for every server process)."""

from __future__ import annotations

import datetime

from django.utils import timezone

from api import throttling
from api.models import RateCount
from qms.models import Role
from tests.conftest import login
from tests.factories import make_user


def test_over_the_limit_answers_429_with_retry_after(client, tree, settings):
    settings.API_RATE_LIMIT = 3
    login(client, make_user(tree.solgarden, Role.STAFF))
    assert [client.get("/api/v1/me/").status_code for _ in range(3)] == [200, 200, 200]
    response = client.get("/api/v1/me/")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["detail"]


def test_count_is_per_caller_and_minute(db):
    start = 1_800_000_000.0  # a minute boundary
    assert throttling.hit("a", limit=2, now=start) is None
    assert throttling.hit("a", limit=2, now=start + 1) is None
    assert throttling.hit("a", limit=2, now=start + 20) == 40
    assert throttling.hit("b", limit=2, now=start + 20) is None
    assert throttling.hit("a", limit=2, now=start + 60) is None  # the next minute


def test_old_counts_are_forgotten(db):
    now = timezone.now()
    RateCount.objects.create(key="old", window_start=now - datetime.timedelta(minutes=5))
    RateCount.objects.create(key="new", window_start=now)
    assert throttling.forget_old() == 1
    assert list(RateCount.objects.values_list("key", flat=True)) == ["new"]
