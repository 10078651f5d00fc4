"""Cycle maths: expiry and event dates for new and renewed certificates, overrides, leap days."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from certifications import cycle, services
from certifications.models import Certificate, Cycle
from qms.models import Role
from tests.certifications.factories import make_certificate
from tests.factories import make_user

D = datetime.date


@pytest.mark.parametrize(
    ("issued", "months", "expires"),
    [
        (D(2020, 2, 10), 36, D(2023, 2, 9)),
        (D(2024, 2, 29), 36, D(2027, 2, 28)),  # leap day: three full years, not a day less
        (D(2024, 2, 29), 48, D(2028, 2, 28)),  # anniversary exists again in a leap year
        (D(2023, 3, 1), 12, D(2024, 2, 29)),  # the day before 1 March in a leap year
        (D(2025, 1, 31), 1, D(2025, 2, 28)),  # no 31 February: valid through February
        (D(2025, 1, 1), 36, D(2027, 12, 31)),
    ],
)
def test_expiry_is_the_day_before_the_anniversary(issued, months, expires):
    assert cycle.derive_expiry(issued, months) == expires


def test_event_dates_are_clamped_to_the_end_of_a_short_month():
    assert cycle.add_months_clamped(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert cycle.add_months_clamped(D(2025, 5, 31), -3) == D(2025, 2, 28)
    assert cycle.add_months_clamped(D(2025, 1, 15), -1) == D(2024, 12, 15)


def test_only_the_latest_due_milestone_is_sent_and_overdue_is_the_day_after():
    target = D(2026, 6, 30)
    assert cycle.latest_due_milestone(target, [180, 90, 30, 7], D(2025, 12, 31)) is None
    assert cycle.latest_due_milestone(target, [180, 90, 30, 7], D(2026, 1, 1)).days_before == 180
    assert cycle.latest_due_milestone(target, [180, 90, 30, 7], D(2026, 6, 29)).days_before == 7
    assert cycle.latest_due_milestone(target, [180, 90, 30, 7], D(2026, 6, 30)).days_before == 7
    overdue = cycle.latest_due_milestone(target, [180, 90, 30, 7], D(2026, 7, 1))
    assert overdue.is_overdue and overdue.due_date == D(2026, 7, 1)


@pytest.mark.django_db
def test_new_certificate_plans_stage_audits_surveillance_and_recertification(tree):
    coordinator = make_user(tree.group, Role.COORDINATOR)
    certificate = make_certificate(
        [tree.social], coordinator, issue_date=D(2026, 3, 15), is_initial=True
    )
    (cycle_row,) = certificate.cycles.all()
    assert cycle_row.expiry_date == D(2029, 3, 14)
    assert [(e.name, e.planned_date) for e in cycle_row.events.all()] == [
        ("Certifieringsrevision steg 1", D(2025, 12, 15)),
        ("Certifieringsrevision steg 2", D(2026, 2, 15)),
        ("Övervakningsrevision år 2", D(2027, 3, 15)),
        ("Övervakningsrevision år 3", D(2028, 3, 15)),
        ("Omcertifieringsrevision", D(2028, 12, 14)),
    ]


@pytest.mark.django_db
def test_renewed_certificate_has_no_stage_audits_and_a_new_cycle(tree):
    coordinator = make_user(tree.group, Role.COORDINATOR)
    certificate = make_certificate([tree.social], coordinator, issue_date=D(2023, 2, 10))
    old = certificate.current_cycle
    assert [e.kind for e in old.events.all()] == ["surveillance", "surveillance", "recertification"]
    old.evidence.update(done=True)
    new = services.renew_certificate(certificate, by=coordinator, issue_date=D(2026, 1, 20))
    assert new.previous == old and new.expiry_date == D(2029, 1, 19)
    assert [(e.kind, e.planned_date) for e in new.events.all()] == [
        ("surveillance", D(2027, 1, 20)),
        ("surveillance", D(2028, 1, 20)),
        ("recertification", D(2028, 10, 19)),
    ]
    recertification = old.events.get(kind="recertification")
    assert recertification.actual_date is not None and recertification.outcome == "passed"
    assert list(Cycle.objects.current().filter(certificate=certificate)) == [new]


@pytest.mark.django_db
def test_expiry_override_needs_a_reason_and_open_events_follow_changed_dates(tree):
    coordinator = make_user(tree.group, Role.COORDINATOR)
    certificate = make_certificate([tree.social], coordinator, issue_date=D(2026, 1, 10))
    cycle_row = certificate.current_cycle
    fields = {"number": "C-1", "issue_date": D(2026, 1, 10)}
    with pytest.raises(ValidationError) as error:
        services.update_cycle(
            cycle_row,
            by=coordinator,
            expiry_override=D(2029, 6, 30),
            expiry_override_reason="",
            **fields,
        )
    assert "expiry_override_reason" in error.value.message_dict

    services.update_cycle(
        cycle_row,
        by=coordinator,
        expiry_override=D(2029, 6, 30),
        expiry_override_reason="Förlängd av certifieringsorganet efter flytt av revisionen.",
        **fields,
    )
    cycle_row.refresh_from_db()
    assert cycle_row.expiry_date == D(2029, 6, 30)
    assert cycle_row.events.get(kind="recertification").planned_date == D(2029, 3, 30)

    # A date set by hand stays; the rest follow a corrected issue date.
    surveillance = cycle_row.events.filter(kind="surveillance").first()
    services.record_event(
        surveillance,
        by=coordinator,
        planned_date=D(2027, 2, 1),
        actual_date=None,
        outcome="",
        notes="",
        audit_reference="",
    )
    services.update_cycle(
        cycle_row,
        by=coordinator,
        number="C-1",
        issue_date=D(2026, 2, 10),
        expiry_override=None,
        expiry_override_reason="ignoreras",
    )
    cycle_row.refresh_from_db()
    assert cycle_row.expiry_date == D(2029, 2, 9) and cycle_row.expiry_override_reason == ""
    assert [e.planned_date for e in cycle_row.events.order_by("pk")] == [
        D(2027, 2, 1),
        D(2028, 2, 10),
        D(2028, 11, 9),
    ]


@pytest.mark.django_db
def test_database_refuses_override_without_reason_and_not_renewing_without_decision(tree):
    coordinator = make_user(tree.group, Role.COORDINATOR)
    certificate = make_certificate([tree.social], coordinator, issue_date=D(2026, 1, 10))
    with pytest.raises(IntegrityError), transaction.atomic():
        Cycle.objects.filter(pk=certificate.current_cycle.pk).update(expiry_override=D(2030, 1, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.filter(pk=certificate.pk).update(status="not_renewing")


@pytest.mark.django_db
def test_quality_mark_has_nine_sections_and_a_revision_before_expiry(tree):
    manager = make_user(tree.company, Role.MANAGER)
    certificate = make_certificate(
        [tree.company], manager, code="quality-mark", issue_date=D(2025, 5, 20), is_initial=True
    )
    cycle_row = certificate.current_cycle
    assert cycle_row.evidence.count() == 9
    assert cycle_row.evidence.first().title == "Bakgrund"
    assert [(e.kind, e.planned_date) for e in cycle_row.events.all()] == [
        ("revision", D(2028, 2, 19))
    ]


def test_milestones_of_a_date_at_the_end_of_the_calendar_stop_there():
    """A date stored before the forms limited them (9999-12-31) has no day after it: its
    reminders must not stop the whole run (OverflowError)."""
    last = datetime.date.max
    assert [m.days_before for m in cycle.milestones(last, [30, 7])] == [30, 7]
    assert [m.days_before for m in cycle.milestones(datetime.date.min, [30])] == [cycle.OVERDUE]
    assert cycle.latest_due_milestone(last, [30, 7], today=datetime.date(2026, 1, 1)) is None
