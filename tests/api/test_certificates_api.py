"""Certificates and their events through the API: the certifications module's visible_to()."""

from __future__ import annotations

import pytest

from tests.api.conftest import bearer, make_token
from tests.certifications.conftest import certificate, people  # noqa: F401

pytestmark = pytest.mark.django_db


def get(user, url):
    _token, secret = make_token(user)
    return bearer(secret).get(url)


def test_certificates_with_events_follow_visible_to(certificate, people):  # noqa: F811
    rows = get(people.responsible, "/api/v1/certificates/").json()["results"]
    assert [row["id"] for row in rows] == [certificate.pk]
    detail = get(people.unit_manager, f"/api/v1/certificates/{certificate.pk}/").json()
    assert detail["events"] and {"planned_date", "kind"} <= set(detail["events"][0])
    for outsider in (people.school_coordinator, people.company_manager):
        assert get(outsider, f"/api/v1/certificates/{certificate.pk}/").status_code == 404
        assert get(outsider, "/api/v1/certificates/").json()["results"] == []
