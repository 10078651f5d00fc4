"""E-mail over real SMTP: a real worker, a real SMTP server in another process. A worker killed
after handing a message over leaves the row claimed (committed before sending), and the message
is sent again only after the claim timeout – with the same Message-ID, so the receiving system
can tell it is a repeat."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest
from django.core import mail as django_mail
from django.utils import timezone

from qms import mail
from qms.models import OutgoingEmail
from qms.tasks import deliver_pending_emails
from tests.conftest import WorkerProcess, wait_for
from tests.processes import SmtpReceiver


@pytest.fixture
def smtp_receiver(tmp_path):
    receiver = SmtpReceiver(tmp_path)
    yield receiver
    receiver.stop()


def start_worker(env: dict, log: Path) -> WorkerProcess:
    worker = WorkerProcess(env, log)
    worker.start()
    return worker


@pytest.mark.worker
def test_killed_worker_leaves_the_email_claimed_and_it_is_resent_with_the_same_message_id(
    worker_env, smtp_receiver, tmp_path
):
    worker_env["EMAIL_URL"] = f"smtp://127.0.0.1:{smtp_receiver.port}"
    worker_env["EMAIL_CLAIM_TIMEOUT"] = "2"
    worker = start_worker(worker_env, tmp_path / "worker-1.log")
    try:
        # A burst over SMTP: every row sent once, each with its own Message-ID.
        for n in range(5):
            django_mail.send_mail(f"Avisering {n}", "Text", None, [f"p{n}@example.se"])
        wait_for(
            lambda: OutgoingEmail.objects.filter(status="sent").count() == 5,
            message=worker.output,
        )
        ids = [m["message_id"] for m in smtp_receiver.messages()]
        assert sorted(ids) == sorted(row.message_id for row in OutgoingEmail.objects.all())
        assert len(set(ids)) == 5

        # The server takes the next message and keeps its answer back; the worker is killed
        # while it waits.
        smtp_receiver.hold.touch()
        django_mail.send_mail("Påminnelse", "Text", None, ["lena@example.se"])
        row = OutgoingEmail.objects.get(subject="Påminnelse")
        wait_for(lambda: len(smtp_receiver.messages()) == 6, message=worker.output)
        row.refresh_from_db()
        # The claim was committed before sending: it is visible from here.
        assert row.status == OutgoingEmail.Status.SENDING
        assert row.attempt_id is not None and row.attempts == 1
        worker.process.kill()
        worker.process.wait(timeout=10)
    finally:
        worker.stop()
    smtp_receiver.hold.unlink()

    # Nothing is sent again while the claim is fresh (here EMAIL_CLAIM_TIMEOUT is 300 s) ...
    assert mail.deliver(row.pk) is False
    assert len(smtp_receiver.messages()) == 6
    # ... and after the claim timeout (2 s for the worker) the sweep sends it again.
    second = start_worker(worker_env, tmp_path / "worker-2.log")
    try:
        wait = row.claimed_at + datetime.timedelta(seconds=2.5) - timezone.now()
        time.sleep(max(wait.total_seconds(), 0))
        late = deliver_pending_emails.delay()
        assert second.wait_for_tasks([late])[0].endswith(": 1"), second.output()
    finally:
        second.stop()
    row.refresh_from_db()
    assert row.status == OutgoingEmail.Status.SENT and row.attempts == 2
    repeats = [m for m in smtp_receiver.messages() if m["subject"] == "Påminnelse"]
    assert [m["message_id"] for m in repeats] == [row.message_id, row.message_id]
