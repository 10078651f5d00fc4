"""Audits with findings through the API: the audits module's visible_to()."""

from __future__ import annotations

import pytest

from tests.api.conftest import bearer, make_token
from tests.audits import conftest as audits
from tests.audits.conftest import Cast, performed

cast = audits.cast  # the audits tests' people (fixture)

pytestmark = pytest.mark.django_db


def get(user, url):
    _token, secret = make_token(user)
    return bearer(secret).get(url)


def test_audits_with_findings_follow_visible_to(cast: Cast):
    audit = performed(cast, grades={})
    rows = get(cast.coordinator, "/api/v1/audits/").json()["results"]
    assert [row["id"] for row in rows] == [audit.pk]
    detail = get(cast.chef, f"/api/v1/audits/{audit.pk}/").json()
    assert detail["id"] == audit.pk and isinstance(detail["findings"], list)
    for outsider in (cast.school_coordinator, cast.other_staff, cast.sibling_chef, cast.board):
        assert get(outsider, f"/api/v1/audits/{audit.pk}/").status_code == 404
        assert get(outsider, "/api/v1/audits/").json()["results"] == []
