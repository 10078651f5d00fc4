"""Figures for Power BI: deviations per unit and month over what the caller may read."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from deviations.models import Deviation
from tests.api.conftest import bearer, make_token, report

pytestmark = pytest.mark.django_db


def figures(user, **params):
    _token, secret = make_token(user)
    return bearer(secret).get("/api/v1/figures/deviations/", params)


def test_counts_per_unit_and_month_follow_visible_to(cast):
    this_month = f"{timezone.localdate():%Y-%m}"
    first = report(cast)
    report(cast)
    report(cast, by=cast.other_staff, unit=cast.tree.homecare)
    report(cast, is_confidential=True)
    Deviation.objects.filter(pk=first.pk).update(
        probability=4, consequence=3, status="closed", closed_at=timezone.now()
    )
    data = figures(cast.coordinator).json()
    assert data["months"][-1] == this_month and len(data["months"]) == 12
    rows = {(row["unit_name"], row["month"]): row for row in data["results"]}
    solgarden = rows[("Solgården", this_month)]
    # The confidential case is not counted for a coordinator without access to it.
    assert (solgarden["reported"], solgarden["high_risk"], solgarden["closed"]) == (2, 1, 1)
    assert rows[("Hemtjänsten", this_month)]["reported"] == 1
    # The chef of Solgården: only Solgården.
    chef_rows = figures(cast.chef).json()["results"]
    assert {row["unit_name"] for row in chef_rows} == {"Solgården"}
    # Another förvaltning: nothing; a unit filter inside the scope; bad input is a 400.
    assert figures(cast.school_chef).json()["results"] == []
    only = figures(cast.coordinator, enhet=cast.tree.homecare.pk).json()["results"]
    assert {row["unit_name"] for row in only} == {"Hemtjänsten"}
    assert figures(cast.chef, enhet=cast.tree.school.pk).status_code == 400
    assert figures(cast.chef, **{"from": "2020-01", "to": "2026-01"}).status_code == 400
    assert figures(cast.chef, to="igår").status_code == 400


def test_a_past_period(cast):
    old = report(cast)
    Deviation.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=400)
    )
    month = f"{timezone.now() - datetime.timedelta(days=400):%Y-%m}"
    data = figures(cast.coordinator, **{"from": month, "to": month}).json()
    assert data["months"] == [month]
    assert [row["reported"] for row in data["results"]] == [1]
