"""The reminder run in-process: who is told what, once; catch-up; re-planning; status rules."""

from __future__ import annotations

import datetime
import threading

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from certifications import cycle, services
from certifications.models import Certificate, CycleEvent, SentReminder
from qms.models import Notification, OutgoingEmail, Role
from tests.certifications.factories import make_certificate
from tests.factories import make_tree, make_user

D = datetime.date
DAY = datetime.timedelta(days=1)


def surveillance_due_on(planned: datetime.date, units, responsible) -> CycleEvent:
    """A certificate whose first surveillance audit is planned on (about) `planned`; its other
    dates lie more than 180 days later, so this event is the only thing to remind about."""
    certificate = make_certificate(
        units, responsible, issue_date=cycle.add_months_clamped(planned, -12)
    )
    return certificate.current_cycle.events.filter(kind="surveillance").first()


def run_daily(first: datetime.date, last: datetime.date) -> None:
    day = first
    while day <= last:
        services.send_due_reminders(today=day)
        day += DAY


def milestones_sent(event: CycleEvent) -> list[tuple[int, bool]]:
    return list(
        SentReminder.objects.filter(event=event)
        .order_by("sent_at", "pk")
        .values_list("days_before", "late")
    )


@pytest.mark.django_db
def test_due_milestone_reaches_responsible_and_coordinators_in_scope_once_in_swedish(tree):
    responsible = make_user(tree.social, Role.MANAGER)
    group_coordinator = make_user(tree.group, Role.COORDINATOR)
    social_coordinator = make_user(tree.social, Role.COORDINATOR)
    make_user(tree.school, Role.COORDINATOR)  # another förvaltning
    make_user(tree.solgarden, Role.COORDINATOR)  # below the scope: not responsible for it
    make_user(tree.group, Role.COORDINATOR, is_active=False)
    event = surveillance_due_on(D(2027, 6, 15), [tree.social], responsible)
    today = event.planned_date - datetime.timedelta(days=30)

    first = services.send_due_reminders(today=today)
    second = services.send_due_reminders(today=today)

    assert (first.sent, second.sent) == (1, 0)
    notices = Notification.objects.filter(event_key__startswith="certifications:reminder:")
    assert {n.recipient for n in notices} == {responsible, group_coordinator, social_coordinator}
    notice = notices.get(recipient=responsible)
    assert (
        notice.subject
        == "Övervakningsrevision år 2, ISO 9001:2015 Ledningssystem för kvalitet: 30 dagar kvar"
    )
    assert f"planerad till {event.planned_date.isoformat()} (30 dagar kvar)" in notice.body
    assert notice.url == event.cycle.certificate.get_absolute_url()
    email = OutgoingEmail.objects.get(recipients=responsible.email)
    assert "30 dagar kvar" in email.message["body"]
    assert "http://127.0.0.1:8000/certifieringar/" in email.message["body"]
    assert OutgoingEmail.objects.count() == 3


@pytest.mark.django_db
def test_daily_runs_send_each_milestone_on_its_day_and_overdue_the_day_after(tree):
    responsible = make_user(tree.social, Role.COORDINATOR)
    event = surveillance_due_on(D(2027, 6, 15), [tree.social], responsible)
    planned = event.planned_date

    run_daily(planned - datetime.timedelta(days=200), planned + 3 * DAY)

    assert milestones_sent(event) == [
        (180, False),
        (90, False),
        (30, False),
        (7, False),
        (-1, False),
    ]
    dates = SentReminder.objects.filter(event=event).values_list("due_date", flat=True)
    assert planned + DAY in dates
    assert responsible.notifications.count() == 5


@pytest.mark.django_db
def test_scheduler_down_ten_days_sends_the_missed_milestone_once_marked_late(tree):
    responsible = make_user(tree.social, Role.COORDINATOR)
    event = surveillance_due_on(D(2027, 6, 15), [tree.social], responsible)
    planned = event.planned_date
    run_daily(planned - datetime.timedelta(days=90), planned - datetime.timedelta(days=35))

    # Down from 34 to 25 days before: the 30-day milestone passed unseen.
    run_daily(planned - datetime.timedelta(days=24), planned - datetime.timedelta(days=20))

    assert milestones_sent(event) == [(90, False), (30, True)]
    late = responsible.notifications.order_by("pk").last()
    assert late.subject.endswith(": 24 dagar kvar")
    due = (planned - datetime.timedelta(days=30)).isoformat()
    assert f"den skulle ha skickats {due}" in late.body


@pytest.mark.django_db
def test_catch_up_for_an_old_event_sends_only_the_latest_milestone(tree):
    responsible = make_user(tree.social, Role.COORDINATOR)
    event = surveillance_due_on(D(2027, 6, 15), [tree.social], responsible)
    services.send_due_reminders(today=event.planned_date + datetime.timedelta(days=40))
    assert milestones_sent(event) == [(-1, True)]
    assert responsible.notifications.get().subject.startswith("Försenad: Övervakningsrevision")


@pytest.mark.django_db
def test_a_new_date_replans_the_milestones(tree):
    responsible = make_user(tree.social, Role.COORDINATOR)
    event = surveillance_due_on(D(2027, 6, 15), [tree.social], responsible)
    old = event.planned_date
    services.send_due_reminders(today=old - datetime.timedelta(days=30))
    new = old + datetime.timedelta(days=60)
    services.record_event(
        event,
        by=responsible,
        planned_date=new,
        actual_date=None,
        outcome="",
        notes="",
        audit_reference="",
    )

    # A moved date is a new plan: its latest due milestone is sent once (89 days are left, so the
    # 90-day one), and the old date passes without an overdue reminder.
    run_daily(old - datetime.timedelta(days=29), old + 3 * DAY)
    services.send_due_reminders(today=new - datetime.timedelta(days=30))

    sent = SentReminder.objects.filter(event=event).order_by("pk")
    assert list(sent.values_list("target_date", "days_before")) == [
        (old, 30),
        (new, 90),
        (new, 30),
    ]
    assert responsible.notifications.order_by("pk")[1].subject.endswith(": 89 dagar kvar")


@pytest.mark.django_db
def test_a_done_event_is_not_reminded(tree):
    responsible = make_user(tree.social, Role.COORDINATOR)
    event = surveillance_due_on(D(2024, 6, 15), [tree.social], responsible)
    services.record_event(
        event,
        by=responsible,
        planned_date=event.planned_date,
        actual_date=event.planned_date,
        outcome=CycleEvent.Outcome.PASSED,
        notes="",
        audit_reference="R-1",
    )
    run_daily(event.planned_date - 7 * DAY, event.planned_date + 2 * DAY)
    assert milestones_sent(event) == []


@pytest.mark.django_db
def test_expiry_without_a_decision_makes_the_certificate_expired_and_tells_coordinators_once(
    tree,
):
    coordinator = make_user(tree.group, Role.COORDINATOR)
    responsible = make_user(tree.social, Role.MANAGER)
    certificate = make_certificate([tree.social], responsible, issue_date=D(2024, 3, 1))
    current = certificate.current_cycle
    assert current.expiry_date == D(2027, 2, 28)
    current.events.update(actual_date=D(2026, 1, 1), outcome=CycleEvent.Outcome.PASSED)

    services.send_due_reminders(today=D(2027, 2, 21))
    for _run in range(2):
        services.send_due_reminders(today=D(2027, 3, 1))

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.EXPIRED
    subjects = list(coordinator.notifications.order_by("pk").values_list("subject", flat=True))
    assert subjects == [
        f"{certificate} går ut: 7 dagar kvar",
        f"Certifikatet har gått ut: {certificate}",
    ]
    assert responsible.notifications.count() == 2
    # Expired is final for reminders: nothing more is sent, however long the runs go on.
    services.send_due_reminders(today=D(2027, 9, 1))
    assert coordinator.notifications.count() == 2


@pytest.mark.django_db
def test_not_renewing_stops_every_reminder_and_is_not_turned_into_expired(tree):
    coordinator = make_user(tree.group, Role.COORDINATOR)
    certificate = make_certificate([tree.social], coordinator, issue_date=D(2024, 3, 1))
    services.decide_not_renewing(
        certificate,
        by=coordinator,
        decided_on=D(2025, 9, 1),
        reason="Arbetssätten sitter; certifikatet ger inte längre tillräckligt mervärde.",
    )
    run_daily(D(2026, 12, 1), D(2027, 3, 5))  # surveillance, recertification and expiry pass

    assert not SentReminder.objects.exists()
    assert not coordinator.notifications.exists()
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.NOT_RENEWING
    assert certificate.not_renewing_decided_by == coordinator


@pytest.mark.django_db
def test_a_renewed_cycle_stops_the_old_cycles_reminders(tree):
    coordinator = make_user(tree.group, Role.COORDINATOR)
    certificate = make_certificate([tree.social], coordinator, issue_date=D(2024, 3, 1))
    certificate.current_cycle.evidence.update(done=True)
    services.renew_certificate(certificate, by=coordinator, issue_date=D(2027, 1, 15))
    services.send_due_reminders(today=D(2027, 3, 1))  # the old expiry has passed
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ACTIVE
    assert not SentReminder.objects.exists()


def test_daily_schedule_in_utc_gives_each_stockholm_date_once_across_daylight_saving():
    schedule = settings.CELERY_BEAT_SCHEDULE["certification-reminders"]["schedule"]
    assert settings.CELERY_TIMEZONE == "UTC"
    assert len(schedule.hour) == 1 and len(schedule.minute) == 1
    (hour,), (minute,) = schedule.hour, schedule.minute
    for first_day in (D(2026, 3, 25), D(2026, 10, 21)):  # DST starts 29 March, ends 25 October
        runs = [
            datetime.datetime(
                *(first_day + n * DAY).timetuple()[:3], hour, minute, tzinfo=datetime.UTC
            )
            for n in range(8)
        ]
        dates = [timezone.localdate(run) for run in runs]
        assert dates == [first_day + n * DAY for n in range(8)]


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_in_separate_connections_send_each_milestone_once():
    tree = make_tree()
    coordinator = make_user(tree.group, Role.COORDINATOR)
    events = [
        surveillance_due_on(D(2027, 6, 15) + n * DAY, [unit], coordinator)
        for n, unit in enumerate([tree.social, tree.school, tree.company, tree.solgarden])
    ]
    today = events[-1].planned_date - 7 * DAY
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            start.wait()
            services.send_due_reminders(today=today)
        except BaseException as error:  # reported by the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert SentReminder.objects.count() == len(events)
    assert coordinator.notifications.count() == len(events)
    assert OutgoingEmail.objects.count() == len(events)
