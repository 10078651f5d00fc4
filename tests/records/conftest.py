from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from qms.models import Role
from records import services
from records.models import RetentionRule
from tests.deviations import conftest as deviation_fixtures
from tests.factories import make_user

cast = deviation_fixtures.cast  # the deviations tests' people, as a fixture here too


@pytest.fixture
def archivist(cast):
    return make_user(cast.tree.group, Role.ARCHIVIST)


def adopt(key: str, by, *, period=1, unit="months", event="closed", organisation=None, **fields):
    """Adopt a thinning rule for the type (confirmed when short)."""
    rule = RetentionRule(
        record_type=key,
        organisation=organisation,
        action=RetentionRule.Action.THIN,
        period=period,
        period_unit=unit,
        event=event,
        decision_body=fields.pop("decision_body", "Kommunstyrelsen"),
        decision_date=fields.pop("decision_date", datetime.date(2026, 3, 10)),
        decision_reference=fields.pop("decision_reference", "KS 2026/12 § 4"),
        **fields,
    )
    return services.save_rule(rule, by=by, confirmed=True)


def later(days: int = 62) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)
