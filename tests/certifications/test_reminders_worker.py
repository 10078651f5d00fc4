"""Reminders exactly once with a real Celery worker and real concurrent processes.

The worker and the `send_reminders` processes use their own connections to the test database,
so these tests commit (transactional_db, through the worker fixtures).
"""

from __future__ import annotations

import datetime
import subprocess
import sys
from contextlib import contextmanager

import psycopg
import pytest
from django.conf import settings
from django.utils import timezone

from certifications import cycle
from certifications.models import CycleEvent, SentReminder
from certifications.tasks import send_reminders
from qms.models import Notification, OutgoingEmail, Role
from tests.certifications.factories import make_certificate
from tests.conftest import BASE_DIR, WorkerProcess, delivered_messages, wait_for
from tests.factories import make_tree, make_user

pytestmark = pytest.mark.worker

DAY = datetime.timedelta(days=1)
SIX = datetime.time(6)


def certificates_due_today(count: int):
    """`count` certificates whose surveillance audit has its 30-day milestone today (the only
    milestone due: their other dates are far off). Returns the coordinator told about all."""
    tree = make_tree()
    coordinator = make_user(tree.group, Role.COORDINATOR)
    units = [tree.social, tree.school, tree.company, tree.solgarden, tree.homecare, tree.elderly]
    today = timezone.localdate()
    events = []
    for unit in units[:count]:
        certificate = make_certificate(
            [unit], coordinator, issue_date=cycle.add_months_clamped(today, -11)
        )
        event = certificate.current_cycle.events.filter(kind="surveillance").first()
        CycleEvent.objects.filter(pk=event.pk).update(planned_date=today + 30 * DAY)
        events.append(event)
    return coordinator, events


@contextmanager
def certificate_locked(certificate_id: int):
    """Hold the certificate's row lock from another connection, as a slow run would."""
    db = settings.DATABASES["default"]
    with psycopg.connect(
        dbname=db["NAME"], host=db["HOST"], port=db["PORT"] or None, user=db["USER"]
    ) as conn:
        conn.execute(
            "SELECT id FROM certifications_certificate WHERE id = %s FOR UPDATE", [certificate_id]
        )
        yield conn
        conn.rollback()


def backends_waiting_for_lock() -> int:
    db = settings.DATABASES["default"]
    with psycopg.connect(
        dbname=db["NAME"], host=db["HOST"], port=db["PORT"] or None, user=db["USER"]
    ) as conn:
        return conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
            [db["NAME"]],
        ).fetchone()[0]


def assert_sent_once(coordinator, events, env) -> None:
    assert SentReminder.objects.count() == len(events)
    assert sorted(SentReminder.objects.values_list("event_id", flat=True)) == sorted(
        e.pk for e in events
    )
    assert Notification.objects.filter(recipient=coordinator).count() == len(events)
    emails = OutgoingEmail.objects.all()
    assert emails.count() == len(events)
    wait_for(
        lambda: all(e.status == OutgoingEmail.Status.SENT for e in OutgoingEmail.objects.all()),
        message="reminder e-mails were not delivered",
    )
    assert len(delivered_messages(env)) == len(events)


def test_task_run_twice_and_retried_sends_each_reminder_once(worker_env, celery_worker_process):
    coordinator, events = certificates_due_today(3)

    # The daily run, a second beat, a retried task.
    runs = [send_reminders.delay() for _attempt in range(3)]
    outcomes = celery_worker_process.wait_for_tasks(runs)

    sent = sorted(outcome.split("'sent': ")[1].split(",")[0] for outcome in outcomes)
    assert sent == ["0", "0", "3"], outcomes
    assert_sent_once(coordinator, events, worker_env)
    body = delivered_messages(worker_env)[0]
    assert "30 dagar kvar" in body and "/certifieringar/" in body


def test_two_processes_at_once_send_each_reminder_once(worker_env, celery_worker_process):
    coordinator, events = certificates_due_today(4)
    first_certificate = events[0].cycle.certificate_id

    def start():
        return subprocess.Popen(
            [sys.executable, "manage.py", "send_reminders"],
            cwd=BASE_DIR,
            env=worker_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    # Both runs queue on the first certificate, then race each other through the rest.
    with certificate_locked(first_certificate):
        runs = [start(), start()]
        # Each run starts Django first (seconds on a busy two-core machine).
        wait_for(lambda: backends_waiting_for_lock() >= 2, timeout=90, message="runs did not start")
    outputs = [run.communicate(timeout=60)[0] for run in runs]

    assert [run.returncode for run in runs] == [0, 0], outputs
    sent = sorted(int(o.split("Påminnelser skickade: ")[1].split(" ")[0]) for o in outputs)
    assert sum(sent) == 4
    assert_sent_once(coordinator, events, worker_env)


def test_worker_killed_mid_run_is_completed_by_the_next_run(worker_env, tmp_path):
    coordinator, events = certificates_due_today(5)
    worker = WorkerProcess(worker_env, tmp_path / "first-worker.log")
    worker.start()
    try:
        # The run gets through two certificates, then waits on the third: kill it there.
        with certificate_locked(events[2].cycle.certificate_id):
            send_reminders.delay()
            wait_for(lambda: backends_waiting_for_lock() >= 1, message=worker.output)
            assert SentReminder.objects.count() == 2
            worker.process.kill()
            worker.process.wait(timeout=10)
    finally:
        worker.stop()
    assert SentReminder.objects.count() == 2
    assert Notification.objects.count() == 2

    second = WorkerProcess(worker_env, tmp_path / "second-worker.log")
    second.start()
    try:
        (outcome,) = second.wait_for_tasks([send_reminders.delay()], timeout=30)  # next day's run
        assert "'sent': 3" in outcome
        assert_sent_once(coordinator, events, worker_env)
    finally:
        second.stop()


def test_scheduler_down_ten_days_catches_up_once_marked_late(worker_env, celery_worker_process):
    tree = make_tree()
    coordinator = make_user(tree.group, Role.COORDINATOR)
    today = timezone.localdate()
    certificate = make_certificate(
        [tree.social], coordinator, issue_date=cycle.add_months_clamped(today, -11)
    )
    event = certificate.current_cycle.events.filter(kind="surveillance").first()
    CycleEvent.objects.filter(pk=event.pk).update(planned_date=today + 25 * DAY)
    # Daily runs until 11 days ago (the 90-day milestone went out), then nothing for 10 days.
    # Each run at 06:00 in Stockholm: "now minus n days" would cross midnight when n days ago
    # was summer time and the clock now reads 22:00-24:00 UTC.
    for days_ago in range(65, 10, -1):
        instant = timezone.make_aware(datetime.datetime.combine(today - days_ago * DAY, SIX))
        send_reminders.apply(kwargs={"now": instant.isoformat()})  # in this process, as before
    assert list(SentReminder.objects.values_list("days_before", "late")) == [(90, False)]

    celery_worker_process.wait_for_tasks([send_reminders.delay(), send_reminders.delay()])

    sent = SentReminder.objects.filter(event=event).order_by("pk")
    assert list(sent.values_list("days_before", "late")) == [(90, False), (30, True)]
    late = coordinator.notifications.order_by("pk").last()
    assert late.subject.endswith(": 25 dagar kvar")
    assert "skickas i efterhand" in late.body


def test_runs_through_a_daylight_saving_week_send_each_day_once(worker_env, celery_worker_process):
    tree = make_tree()
    coordinator = make_user(tree.group, Role.COORDINATOR)
    # Summer time ends on Sunday 25 October 2026 (03:00 CEST becomes 02:00 CET).
    planned = datetime.date(2026, 10, 25) + 7 * DAY
    certificate = make_certificate(
        [tree.social], coordinator, issue_date=cycle.add_months_clamped(planned, -12)
    )
    event = certificate.current_cycle.events.filter(kind="surveillance").first()
    CycleEvent.objects.filter(pk=event.pk).update(planned_date=planned)
    schedule = settings.CELERY_BEAT_SCHEDULE["certification-reminders"]["schedule"]
    (hour,) = schedule.hour
    runs = [datetime.datetime(2026, 10, day, hour, tzinfo=datetime.UTC) for day in range(21, 29)]
    # And the doubled hour itself: 00:30 and 01:30 UTC are both Sunday in Stockholm.
    runs.insert(5, datetime.datetime(2026, 10, 25, 0, 30, tzinfo=datetime.UTC))
    runs.insert(6, datetime.datetime(2026, 10, 25, 1, 30, tzinfo=datetime.UTC))

    # The run of 2 October sent the 30-day milestone; the worker takes the week of the change.
    send_reminders.apply(kwargs={"now": "2026-10-02T04:00:00+00:00"})
    tasks = [send_reminders.delay(now=run.isoformat()) for run in runs]
    celery_worker_process.wait_for_tasks(tasks, timeout=60)

    # The 7-day milestone fell on the DST Sunday: sent that day, once, on time.
    assert list(
        SentReminder.objects.order_by("pk").values_list("days_before", "due_date", "late")
    ) == [(30, datetime.date(2026, 10, 2), False), (7, datetime.date(2026, 10, 25), False)]
    assert coordinator.notifications.count() == 2
