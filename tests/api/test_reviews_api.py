"""Objectives with indicator values and management reviews through the API: the reviews
module's visible_to(); recording a value through the page's form and service."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from reviews import services
from reviews.models import Indicator, IndicatorValue
from tests.api.conftest import bearer, make_token
from tests.reviews import conftest as reviews
from tests.reviews.conftest import Cast, make_review

cast = reviews.cast  # the reviews tests' people (fixture)

pytestmark = pytest.mark.django_db


def client_for(user, scope="read"):
    _token, secret = make_token(user, scope=scope)
    return bearer(secret)


def objective_with_indicator(cast: Cast):
    objective = services.create_objective(
        by=cast.coordinator, unit=cast.tree.social, title="Färre fallolyckor"
    )
    indicator = services.add_indicator(
        objective,
        by=cast.coordinator,
        name="Fallolyckor per månad",
        unit_of_measure="st",
        target=Decimal("5"),
        direction=Indicator.Direction.LOWER,
        period=Indicator.Period.MONTH,
        source=Indicator.Source.MANUAL,
    )
    return objective, indicator


def test_objectives_and_reviews_follow_visible_to(cast):
    objective, indicator = objective_with_indicator(cast)
    review = make_review(cast)
    coordinator = client_for(cast.coordinator)
    rows = coordinator.get("/api/v1/objectives/").json()["results"]
    assert [row["id"] for row in rows] == [objective.pk]
    assert rows[0]["indicators"][0]["id"] == indicator.pk
    assert [r["id"] for r in coordinator.get("/api/v1/reviews/").json()["results"]] == [review.pk]
    # Another förvaltning's coordinator: empty lists, 404 on the objects.
    other = client_for(cast.school_coordinator)
    assert other.get("/api/v1/objectives/").json()["results"] == []
    assert other.get(f"/api/v1/objectives/{objective.pk}/").status_code == 404
    assert other.get(f"/api/v1/reviews/{review.pk}/").status_code == 404
    # Staff at a unit below: no objectives of the förvaltning.
    assert client_for(cast.staff).get(f"/api/v1/objectives/{objective.pk}/").status_code == 404


def test_record_an_indicator_value(cast):
    objective, indicator = objective_with_indicator(cast)
    url = f"/api/v1/objectives/{objective.pk}/values/"
    body = {"indicator": indicator.pk, "period_start": "2026-03-15", "value": "3.00"}
    response = client_for(cast.coordinator, "write").post(
        url, body, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    row = IndicatorValue.objects.get()
    assert row.period_start == datetime.date(2026, 3, 1) and row.value == Decimal("3.00")
    # A reader who may not edit the unit's objectives: 403; outside the scope: 404.
    chair_reads = client_for(cast.chef, "write").post(url, body, content_type="application/json")
    assert chair_reads.status_code == 404
    outsider = client_for(cast.school_coordinator, "write")
    assert outsider.post(url, body, content_type="application/json").status_code == 404
    # The form's messages: a value that is not a number.
    bad = client_for(cast.coordinator, "write").post(
        url, {**body, "value": "många"}, content_type="application/json"
    )
    assert bad.status_code == 400 and "value" in bad.json()["errors"]
