"""Notifications of deviation events reach people exactly once, through a real worker."""

from __future__ import annotations

import pytest

from deviations import services
from qms.models import Notification, OutgoingEmail
from qms.tasks import deliver_email, deliver_pending_emails
from tests.conftest import broker_down, delivered_messages, wait_for
from tests.deviations.conftest import Cast, report


@pytest.mark.worker
def test_new_deviation_mails_chef_and_coordinator_exactly_once(
    cast: Cast, worker_env, celery_worker_process
):
    deviation = report(cast)
    emails = OutgoingEmail.objects.filter(notification__event_key__endswith=":reported")
    assert emails.count() == 2
    wait_for(
        lambda: all(e.status == OutgoingEmail.Status.SENT for e in emails.all()),
        message=celery_worker_process.output,
    )
    # The delivery task runs again for each (a retry, a duplicated message): nothing more.
    again = [deliver_email.delay(email.pk) for email in emails for _twice in range(2)]
    outcomes = celery_worker_process.wait_for_tasks(again)
    assert all(outcome.endswith(": False") for outcome in outcomes), outcomes  # nothing to send
    texts = delivered_messages(worker_env)
    assert len(texts) == 2
    assert sorted(
        t for text in texts for t in (cast.chef.email, cast.coordinator.email) if t in text
    ) == sorted([cast.chef.email, cast.coordinator.email])
    assert all(deviation.number in text for text in texts)
    assert all(f"http://127.0.0.1:8000/avvikelser/{deviation.pk}/" in text for text in texts)
    assert {e.attempts for e in emails.all()} == {1}


@pytest.mark.worker
def test_notifications_written_while_the_broker_is_down_are_delivered_when_it_returns(
    cast: Cast, worker_env, celery_worker_process
):
    with broker_down():
        deviation = report(cast)  # the request succeeds; queuing after commit fails quietly
        services.start_investigation(deviation, by=cast.chef, investigator=cast.chef)
    pending = OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING)
    # reported → chef + coordinator; status change → the reporter. (Self-assignment: no mail.)
    assert pending.count() == 3
    assert Notification.objects.count() == 3
    # The broker is back: the periodic sweep (beat, every minute) hands them to the worker.
    # Two sweeps overlapping still send each once.
    sweeps = [deliver_pending_emails.delay(), deliver_pending_emails.delay()]
    celery_worker_process.wait_for_tasks(sweeps)
    assert not OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING).exists()
    assert len(delivered_messages(worker_env)) == 3
