"""Reminders before the patientsäkerhetsberättelse's deadline (1 March): on 1 and 15 February
and the day after the deadline, while last year's report is not published; each step once per
scope and year, to the responsible coordinators only."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from qms.models import Notification, OutgoingEmail, Role
from reviews import services
from reviews.models import PatientSafetyReminder, PatientSafetyReport
from reviews.tasks import send_patient_safety_reminders
from tests.conftest import delivered_messages, wait_for
from tests.factories import make_user

pytestmark = pytest.mark.django_db

D = datetime.date


def draft(cast, unit=None, year=2025) -> PatientSafetyReport:
    return services.create_yearly_report(
        PatientSafetyReport, by=cast.coordinator, unit=unit or cast.tree.social, year=year
    )


def run(day: datetime.date) -> services.PatientSafetyReminderRun:
    return services.send_patient_safety_reminders(today=day)


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (D(2026, 1, 31), None),
        (D(2026, 2, 1), (2025, "first", D(2026, 2, 1))),
        (D(2026, 2, 14), (2025, "first", D(2026, 2, 1))),
        (D(2026, 2, 15), (2025, "second", D(2026, 2, 15))),
        (D(2026, 3, 1), (2025, "second", D(2026, 2, 15))),
        (D(2026, 3, 2), (2025, "overdue", D(2026, 3, 2))),
        (D(2026, 12, 31), (2025, "overdue", D(2026, 3, 2))),
        (D(2028, 2, 29), (2027, "second", D(2028, 2, 15))),
    ],
)
def test_the_step_due_is_the_latest_whose_date_has_come(today, due):
    assert services.patient_safety_step_due(today) == due


def test_a_draft_is_reminded_once_per_step_and_only_to_its_coordinator(cast):
    report = draft(cast)
    draft(cast, unit=cast.tree.school, year=2023)  # a scope silent since 2023: not reminded

    assert run(D(2026, 1, 31)).sent == 0
    first, again = run(D(2026, 2, 1)), run(D(2026, 2, 1))
    assert (first.sent, first.late, again.sent) == (1, 0, 0)
    assert run(D(2026, 2, 10)).sent == 0  # the first step is sent; the second is not due
    assert run(D(2026, 2, 15)).sent == 1
    assert run(D(2026, 3, 2)).sent == 1
    assert run(D(2026, 3, 3)).sent == 0

    notices = Notification.objects.order_by("pk")
    # The coordinator over the scope; not the chefs, the chair, the other förvaltning's
    # coordinator, the board or the admin.
    assert {n.recipient for n in notices} == {cast.coordinator}
    assert [n.subject for n in notices] == [
        "Patientsäkerhetsberättelsen 2025 för Socialförvaltningen: 28 dagar kvar",
        "Patientsäkerhetsberättelsen 2025 för Socialförvaltningen: 14 dagar kvar",
        "Försenad: patientsäkerhetsberättelsen 2025 för Socialförvaltningen",
    ]
    assert all(n.url == report.get_absolute_url() for n in notices)
    assert "ska vara klar senast 2026-03-01" in notices[0].body
    assert "Texter som saknas: övergripande mål och strategier" in notices[0].body
    assert "är inte publicerad" in notices[2].body
    assert OutgoingEmail.objects.count() == 3  # through the outbox, in the same transactions
    assert sorted(PatientSafetyReminder.objects.values_list("step", "late")) == [
        ("first", False),
        ("overdue", False),
        ("second", False),
    ]


def test_the_nearest_coordinators_are_responsible(cast):
    social_coordinators = [make_user(cast.tree.social, Role.COORDINATOR) for _i in range(2)]
    make_user(cast.tree.elderly, Role.COORDINATOR)  # below the scope: not responsible
    draft(cast)
    run(D(2026, 2, 1))
    assert {n.recipient for n in Notification.objects.all()} == set(social_coordinators)


def test_each_coordinator_reads_the_reminder_in_their_language(cast):
    swedish, english = (make_user(cast.tree.social, Role.COORDINATOR) for _i in range(2))
    english.language = "en"
    english.save(update_fields=["language"])
    draft(cast)
    run(D(2026, 2, 15))
    subjects = dict(Notification.objects.values_list("recipient", "subject"))
    assert subjects[swedish.pk].endswith(": 14 dagar kvar")
    assert subjects[english.pk].endswith(": 14 days left")
    # One step, one row, whatever the languages.
    assert PatientSafetyReminder.objects.count() == 1


def test_a_published_report_is_not_reminded(cast):
    report = draft(cast)
    run(D(2026, 2, 1))
    PatientSafetyReport.objects.filter(pk=report.pk).update(
        status=PatientSafetyReport.Status.PUBLISHED, published_at=timezone.now()
    )
    assert run(D(2026, 2, 15)).sent == 0
    assert run(D(2026, 3, 2)).sent == 0
    assert Notification.objects.count() == 1


def test_a_revision_in_progress_is_not_reminded(cast):
    report = draft(cast)
    PatientSafetyReport.objects.filter(pk=report.pk).update(
        status=PatientSafetyReport.Status.PUBLISHED, published_at=timezone.now()
    )
    PatientSafetyReport.objects.create(
        unit=report.unit,
        year=2025,
        revision_of=report,
        revision_reason="Rättelse",
        created_by=cast.coordinator,
    )
    assert run(D(2026, 2, 1)).sent == 0


def test_a_scope_with_last_years_report_and_none_this_year_is_reminded_to_start(cast):
    draft(cast, year=2024)
    run(D(2026, 2, 1))
    (notice,) = Notification.objects.all()
    assert notice.url == "/ledningens-genomgang/patientsakerhetsberattelser/"
    assert "Den är inte påbörjad" in notice.body


def test_a_missed_step_is_sent_late_and_supersedes_the_earlier_one(cast):
    draft(cast)
    assert (run(D(2026, 2, 20)).sent, run(D(2026, 2, 20)).late) == (1, 0)
    (reminder,) = PatientSafetyReminder.objects.all()
    assert (reminder.step, reminder.late, reminder.due_date) == ("second", True, D(2026, 2, 15))
    (notice,) = Notification.objects.all()
    assert notice.subject.endswith(": 9 dagar kvar")
    assert "skickas i efterhand: den skulle ha skickats 2026-02-15" in notice.body


@pytest.mark.worker
def test_a_real_worker_running_the_task_three_times_sends_the_step_once(
    cast, worker_env, celery_worker_process
):
    draft(cast)
    now = datetime.datetime(2026, 2, 1, 4, 20, tzinfo=datetime.UTC).isoformat()
    runs = [send_patient_safety_reminders.delay(now=now) for _attempt in range(3)]
    outcomes = celery_worker_process.wait_for_tasks(runs, timeout=60)

    assert sorted(o.split("'sent': ")[1].split(",")[0] for o in outcomes) == ["0", "0", "1"]
    assert PatientSafetyReminder.objects.count() == 1
    assert Notification.objects.filter(recipient=cast.coordinator).count() == 1
    wait_for(
        lambda: OutgoingEmail.objects.filter(status=OutgoingEmail.Status.SENT).count() == 1,
        timeout=60,
        message=celery_worker_process.output,
    )
    (message,) = delivered_messages(worker_env)
    assert "Patientsäkerhetsberättelsen 2025 för Socialförvaltningen: 28 dagar kvar" in message


def test_beat_runs_the_reminders_daily(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["patient-safety-reminders"]
    assert entry["task"] == send_patient_safety_reminders.name
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({4}, {20})
