"""Objectives' rules, and the review's life: approval freezes it, corrections are revisions."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from audits.models import Grade
from deviations.models import Action, Deviation
from reviews import services
from reviews.models import (
    Decision,
    Indicator,
    IndicatorValue,
    Item,
    Objective,
    Review,
    Status,
    status_for,
)
from reviews.reports import decisions_with_actions
from reviews.tasks import refresh_computed_indicators
from tests.deviations.builders import make_deviations
from tests.reviews.conftest import at, make_audit, make_feedback, make_review
from tests.reviews.test_inputs import IN_PERIOD, deviations_dataset

pytestmark = pytest.mark.django_db

D = Decimal


@pytest.mark.parametrize(
    ("value", "target", "direction", "expected"),
    [
        ("90", "90", "higher", Status.ON_TRACK),
        ("81", "90", "higher", Status.AT_RISK),
        ("80", "90", "higher", Status.MISSED),
        ("10", "10", "lower", Status.ON_TRACK),
        ("11", "10", "lower", Status.AT_RISK),
        ("12", "10", "lower", Status.MISSED),
        ("1", "0", "lower", Status.MISSED),
    ],
)
def test_status_against_the_target(value, target, direction, expected):
    assert status_for(D(value), D(target), direction) == expected


def test_no_value_has_no_status():
    assert status_for(None, D("90"), "higher") is None


def make_indicator(cast, source: str, unit=None, period=Indicator.Period.QUARTER) -> Indicator:
    objective = services.create_objective(
        by=cast.coordinator, unit=unit or cast.tree.social, title="Mål"
    )
    return services.add_indicator(
        objective,
        by=cast.coordinator,
        name="Nyckeltal",
        unit_of_measure="%",
        target=D("80"),
        direction=Indicator.Direction.HIGHER,
        period=period,
        source=source,
    )


def test_share_of_deviations_closed_within_30_days_is_computed_per_period(cast):
    indicator = make_indicator(cast, Indicator.Source.DEVIATIONS_CLOSED_30)
    fast, slow, _open = make_deviations(
        cast.tree.solgarden, cast.participant, 3, created_at=at(datetime.date(2025, 2, 3))
    )
    Deviation.objects.filter(pk=fast.pk).update(
        status="closed", closed_at=fast.created_at + datetime.timedelta(days=5)
    )
    Deviation.objects.filter(pk=slow.pk).update(
        status="closed", closed_at=slow.created_at + datetime.timedelta(days=45)
    )
    make_deviations(cast.tree.school, cast.participant, 5, created_at=at(datetime.date(2025, 2, 3)))
    stored = services.refresh_computed_values(indicator, today=datetime.date(2025, 6, 30))
    assert stored == 1
    value = IndicatorValue.objects.get(indicator=indicator)
    assert (value.period_start, value.value, value.is_computed) == (
        datetime.date(2025, 1, 1),
        D("33.3"),
        True,
    )


def test_nightly_refresh_follows_the_data_for_active_computed_indicators(cast, settings):
    indicator = make_indicator(cast, Indicator.Source.DEVIATIONS_CLOSED_30, period="year")
    inactive = make_indicator(cast, Indicator.Source.DEVIATIONS_CLOSED_30, period="year")
    Objective.objects.filter(pk=inactive.objective_id).update(is_active=False)
    manual = make_indicator(cast, Indicator.Source.MANUAL, period="year")
    today = datetime.date(2025, 12, 31)
    (case,) = make_deviations(
        cast.tree.solgarden, cast.participant, 1, created_at=at(datetime.date(2025, 2, 3))
    )
    assert services.refresh_all_computed_values(today=today) == 1
    assert IndicatorValue.objects.get(indicator=indicator).value == D("0")

    Deviation.objects.filter(pk=case.pk).update(
        status="closed", closed_at=case.created_at + datetime.timedelta(days=5)
    )
    services.refresh_all_computed_values(today=today)
    assert IndicatorValue.objects.get(indicator=indicator).value == D("100")
    assert not IndicatorValue.objects.filter(indicator__in=[inactive, manual]).exists()
    entry = settings.CELERY_BEAT_SCHEDULE["indicator-refresh"]
    assert entry["task"] == refresh_computed_indicators.name


def test_share_of_feedback_answered_in_time(cast):
    indicator = make_indicator(cast, Indicator.Source.FEEDBACK_IN_TIME, period="year")
    day = datetime.date(2025, 4, 1)
    make_feedback(cast.tree.solgarden, "complaint", day, answered_at=at(day))
    make_feedback(cast.tree.solgarden, "complaint", day)  # never answered
    make_feedback(cast.tree.solgarden, "praise", day, answered_at=at(day), due_date=day)
    services.refresh_computed_values(indicator, today=datetime.date(2025, 12, 31))
    assert IndicatorValue.objects.get(indicator=indicator).value == D("66.7")


def test_share_of_audit_findings_closed(cast):
    indicator = make_indicator(cast, Indicator.Source.FINDINGS_CLOSED, period="year")
    audit = make_audit(
        cast.tree.solgarden,
        cast.coordinator,
        datetime.date(2025, 4, 1),
        grades=[Grade.MINOR, Grade.OBSERVATION, Grade.OPPORTUNITY, Grade.STRENGTH],
    )
    audit.findings.filter(grade=Grade.MINOR).update(
        verified_at=at(datetime.date(2025, 5, 1)),
        verification="Kontrollerat",
        verified_by=cast.coordinator,
    )
    services.refresh_computed_values(indicator, today=datetime.date(2025, 12, 31))
    assert IndicatorValue.objects.get(indicator=indicator).value == D("33.3")


def test_manual_values_go_to_the_start_of_their_period_and_computed_ones_refuse_them(cast):
    manual = make_indicator(cast, Indicator.Source.MANUAL, period=Indicator.Period.TERTIAL)
    services.record_value(
        manual, by=cast.coordinator, period_start=datetime.date(2025, 6, 15), value=D("5")
    )
    services.record_value(
        manual, by=cast.coordinator, period_start=datetime.date(2025, 7, 1), value=D("7")
    )
    assert list(manual.values.values_list("period_start", "value")) == [
        (datetime.date(2025, 5, 1), D("7.00"))
    ]
    computed = make_indicator(cast, Indicator.Source.FEEDBACK_IN_TIME)
    with pytest.raises(ValidationError):
        services.record_value(
            computed, by=cast.coordinator, period_start=datetime.date(2025, 1, 1), value=D("1")
        )


def test_only_coordinators_over_the_unit_keep_objectives(cast):
    with pytest.raises(PermissionDenied):
        services.create_objective(by=cast.school_coordinator, unit=cast.tree.social, title="Mål")
    with pytest.raises(PermissionDenied):
        services.create_objective(by=cast.chef, unit=cast.tree.solgarden, title="Mål")


def test_review_gets_every_agenda_item_and_its_participants(cast):
    review = make_review(cast)
    assert list(review.items.values_list("code", flat=True)) == Item.values
    assert [p.user for p in review.participants.all()] == [cast.participant]
    with pytest.raises(PermissionDenied):
        services.create_review(
            by=cast.school_coordinator,
            unit=cast.tree.social,
            title="x",
            period_start=IN_PERIOD,
            period_end=IN_PERIOD,
            held_on=IN_PERIOD,
            chair=cast.chair,
        )


def approved_with_data(cast) -> Review:
    deviations_dataset(cast)
    review = make_review(cast)
    services.save_assessment(review, by=cast.coordinator, code="c4", assessment="Fler tillbud.")
    decision = services.add_decision(
        review, by=cast.coordinator, kind=Decision.Kind.RESOURCE_NEED, text="Mer bemanning"
    )
    services.add_decision_action(
        decision,
        by=cast.coordinator,
        title="Rekrytera",
        owner=cast.chair,
        due_date=datetime.date(2026, 6, 1),
    )
    return services.approve_review(review, by=cast.chair)


def test_only_the_chair_approves(cast):
    review = make_review(cast)
    for someone in (cast.coordinator, cast.participant, cast.admin):
        with pytest.raises(PermissionDenied):
            services.approve_review(review, by=someone)
    assert Review.objects.get(pk=review.pk).status == Review.Status.DRAFT


def test_approval_freezes_the_figures_and_the_pdf(cast):
    review = approved_with_data(cast)
    snapshot = Review.objects.get(pk=review.pk).snapshot
    stored = review.pdf.read()
    review.pdf.close()
    assert snapshot["c4"]["total"] == 5
    # The data changes afterwards: a new case, a recategorised one, a deleted one.
    make_deviations(cast.tree.solgarden, cast.participant, 3, created_at=at(IN_PERIOD))
    Deviation.objects.filter(unit=cast.tree.homecare).delete()
    review = Review.objects.get(pk=review.pk)
    assert review.snapshot == snapshot
    assert review.pdf.read() == stored


def test_an_approved_review_refuses_every_change(cast):
    review = approved_with_data(cast)
    decision = review.decisions.get()
    attempts = [
        lambda: services.save_assessment(review, by=cast.coordinator, code="b", assessment="x"),
        lambda: services.add_decision(review, by=cast.coordinator, kind="improvement", text="x"),
        lambda: services.add_decision_action(
            decision, by=cast.coordinator, title="x", owner=cast.chair, due_date=IN_PERIOD
        ),
        lambda: services.record_attendance(review, by=cast.coordinator, present=[]),
        lambda: services.request_pack(review, by=cast.coordinator),
        lambda: services.approve_review(review, by=cast.chair),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError):
            attempt()
    assert review.items.get(code="b").assessment == ""
    assert review.decisions.count() == 1


def test_a_revision_is_a_new_draft_pointing_to_the_approved_review(cast):
    review = approved_with_data(cast)
    with pytest.raises(ValidationError):
        services.revise_review(review, by=cast.coordinator, reason="  ")
    with pytest.raises(PermissionDenied):
        services.revise_review(review, by=cast.school_coordinator, reason="Fel siffra")
    revision = services.revise_review(review, by=cast.coordinator, reason="Fel siffra i c4")
    assert revision.status == Review.Status.DRAFT
    assert revision.revision_of == review
    assert revision.items.get(code="c4").assessment == "Fler tillbud."
    copied = revision.decisions.get()
    assert copied.copied_from == review.decisions.get()
    # The register's action stays linked to the approved decision and is shown on the copy.
    [(_decision, actions)] = decisions_with_actions(revision)
    assert [a.title for a in actions] == ["Rekrytera"]
    assert Action.objects.filter(object_id=copied.pk, content_type__model="decision").count() == 0
    # The approved original is untouched, and one revision at a time.
    assert Review.objects.get(pk=review.pk).status == Review.Status.APPROVED
    with pytest.raises(ValidationError):
        services.revise_review(review, by=cast.coordinator, reason="Igen")
