"""Bounded queries: a page of any list costs the same number of queries with 3 rows or 40."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import add_action, bearer, investigate_to_acting, make_token, report

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/deviations/",
    "/api/v1/actions/",
    "/api/v1/units/",
    "/api/v1/feedback/",
    "/api/v1/suggestions/",
    "/api/v1/legal-tracks/",
    "/api/v1/certificates/",
    "/api/v1/audits/",
    "/api/v1/objectives/",
    "/api/v1/reviews/",
    "/api/v1/figures/deviations/",
]


def counts(client, cast) -> dict[str, int]:
    result = {}
    for path in LISTS:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path, {"page_size": 200}).status_code == 200
        result[path] = len(queries)
    return result


def test_list_queries_do_not_grow_with_rows(cast):
    _token, secret = make_token(cast.sensitive_chef)
    client = bearer(secret)
    client.get("/api/v1/me/")  # the token's first use records it (one write every few minutes)

    def add(n):
        for i in range(n):
            deviation = report(cast, title=f"Händelse {i}", is_confidential=i % 3 == 0)
            if i % 4 == 0:
                investigate_to_acting(deviation, cast.sensitive_chef)
                add_action(deviation, cast.sensitive_chef)

    add(3)
    few = counts(client, cast)
    add(37)
    many = counts(client, cast)
    assert many == few, {p: (few[p], many[p]) for p in LISTS if few[p] != many[p]}
    assert max(many.values()) <= 15


def test_deviation_detail_queries_do_not_grow_with_comments(cast):
    from deviations import services

    deviation = report(cast)
    _token, secret = make_token(cast.chef)
    client = bearer(secret)
    client.get("/api/v1/me/")

    def measure():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/api/v1/deviations/{deviation.pk}/").status_code == 200
        return len(queries)

    services.add_comment(deviation, by=cast.chef, text="Första")
    one = measure()
    for i in range(20):
        services.add_comment(deviation, by=cast.chef, text=f"Kommentar {i}")
    assert measure() == one
    assert one <= 25
