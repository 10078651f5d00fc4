"""Suggestions and legal tracks through the API: the deviations module's visible_to(); a legal
track only for those who decide on it, and its reads in the case's read log."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from deviations import legal
from deviations.models import ConfidentialRead, LegalTrackKind
from deviations.suggestion_services import submit_suggestion
from qms.models import Role
from tests.api.conftest import bearer, make_token, report
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def get(user, url):
    _token, secret = make_token(user)
    return bearer(secret).get(url)


def test_legal_tracks_only_for_their_deciders_and_logged(cast):
    mas = make_user(cast.tree.social, Role.MAS)
    school_mas = make_user(cast.tree.school, Role.MAS)
    deviation = report(cast)
    (track,) = legal.flag_deviation(
        deviation,
        by=cast.chef,
        kinds=[LegalTrackKind.LEX_MARIA],
        aware_at=timezone.now() - datetime.timedelta(hours=1),
    )
    rows = get(mas, "/api/v1/legal-tracks/").json()["results"]
    assert [row["id"] for row in rows] == [track.pk]
    assert get(mas, f"/api/v1/legal-tracks/{track.pk}/").json()["deviation"] == deviation.pk
    assert ConfidentialRead.objects.filter(user=mas, what="api-legal").count() == 2
    for outsider in (school_mas, cast.coordinator, cast.staff, cast.school_chef):
        assert get(outsider, f"/api/v1/legal-tracks/{track.pk}/").status_code == 404
        assert get(outsider, "/api/v1/legal-tracks/").json()["results"] == []


def test_suggestions_follow_visible_to(cast):
    suggestion = submit_suggestion(
        by=cast.staff,
        unit=cast.tree.solgarden,
        title="Digital signeringslista",
        description="Papperslistan försvinner.",
        reason="Färre missade signeringar.",
    )
    assert get(cast.chef, f"/api/v1/suggestions/{suggestion.pk}/").json()["number"]
    assert get(cast.school_chef, f"/api/v1/suggestions/{suggestion.pk}/").status_code == 404
    assert get(cast.school_chef, "/api/v1/suggestions/").json()["results"] == []


def test_an_e_service_platform_submits_a_synpunkt_within_its_own_limit(cast, settings):
    from deviations.models import Feedback, PublicActivity

    settings.API_FEEDBACK_RATE_LIMIT = 2
    activity = PublicActivity.objects.create(public_name="Hemtjänst", unit=cast.tree.homecare)
    platform = make_user(cast.tree.kommun, Role.STAFF)
    _token, secret = make_token(platform, scope="write")
    client = bearer(secret)
    body = {"activity": activity.pk, "kind": "complaint", "text": "Personalen kom för sent."}
    response = client.post("/api/v1/feedback/", body, content_type="application/json")
    assert response.status_code == 201, response.content
    feedback = Feedback.objects.get()
    assert response.json()["number"] == feedback.number
    assert "/synpunkter/" in response.json()["tracking_url"]
    # The public form's messages; the platform's own limit, apart from its reads.
    bad = client.post(
        "/api/v1/feedback/",
        {**body, "contact_email": "inte-en-adress"},
        content_type="application/json",
    )
    assert bad.status_code == 400 and "contact_email" in bad.json()["errors"]
    assert client.get("/api/v1/feedback/").status_code == 200
    over = client.post("/api/v1/feedback/", body, content_type="application/json")
    assert over.status_code == 429 and int(over["Retry-After"]) >= 1
    assert Feedback.objects.count() == 1
