"""E-mail is a row first (same transaction), then delivered by a real worker exactly once."""

from __future__ import annotations

import pytest
from django.core import mail as django_mail
from django.db import transaction
from django.urls import reverse

from qms import mail
from qms.models import OutgoingEmail, Role
from qms.tasks import deliver_email
from tests.conftest import delivered_messages, wait_for
from tests.factories import make_user


@pytest.mark.django_db
def test_send_mail_writes_an_outbox_row_and_sends_nothing_yet():
    sent = django_mail.send_mail("Ämne", "Text", None, ["a@example.se"])
    assert sent == 1
    row = OutgoingEmail.objects.get()
    assert row.status == OutgoingEmail.Status.PENDING
    assert row.recipients == "a@example.se" and row.subject == "Ämne"


@pytest.mark.django_db
def test_rolled_back_change_takes_its_email_with_it():
    with pytest.raises(RuntimeError), transaction.atomic():
        django_mail.send_mail("Ämne", "Text", None, ["a@example.se"])
        raise RuntimeError("the change failed")
    assert not OutgoingEmail.objects.exists()


@pytest.mark.django_db
def test_message_survives_serialisation_with_html_and_attachment():
    message = django_mail.EmailMultiAlternatives(
        "Rapport", "Se bilagan", "qms@example.se", ["b@example.se"], cc=["c@example.se"]
    )
    message.attach_alternative("<p>Se bilagan</p>", "text/html")
    message.attach("rapport.pdf", b"%PDF-1.7 data", "application/pdf")
    copy = mail.deserialise(mail.serialise(message))
    assert copy.recipients() == ["b@example.se", "c@example.se"]
    assert copy.alternatives[0][0] == "<p>Se bilagan</p>"
    assert copy.attachments[0][:2] == ("rapport.pdf", b"%PDF-1.7 data")


@pytest.mark.worker
def test_worker_delivers_a_password_reset_email_exactly_once(
    client, worker_env, celery_worker_process, tree
):
    user = make_user(tree.solgarden, Role.STAFF, email="lena@example.se")
    response = client.post(reverse("account_reset_password"), {"email": "lena@example.se"})
    assert response.status_code == 302

    row = OutgoingEmail.objects.get(recipients="lena@example.se")
    wait_for(
        lambda: OutgoingEmail.objects.get(pk=row.pk).status == OutgoingEmail.Status.SENT,
        message=lambda: f"not delivered:\n{celery_worker_process.output()}",
    )
    messages = delivered_messages(worker_env)
    assert len(messages) == 1
    assert "lena@example.se" in messages[0]

    # The task is delivered again (a retry, a duplicate message): nothing more is sent.
    again = [deliver_email.delay(row.pk), deliver_email.delay(row.pk)]
    outcomes = celery_worker_process.wait_for_tasks(again)
    assert all(outcome.endswith(": False") for outcome in outcomes), outcomes  # nothing to send
    assert delivered_messages(worker_env) == messages
    assert OutgoingEmail.objects.get(pk=row.pk).attempts == 1
    assert user.email in messages[0]


@pytest.mark.worker
def test_email_that_was_never_queued_is_delivered_by_the_sweep(worker_env, celery_worker_process):
    # As if the broker was down at commit time: the row exists, no task was queued.
    row = OutgoingEmail.objects.create(
        message=mail.serialise(
            django_mail.EmailMessage("Påminnelse", "Text", "q@example.se", ["d@example.se"])
        ),
        recipients="d@example.se",
        subject="Påminnelse",
    )
    from qms.tasks import deliver_pending_emails

    deliver_pending_emails.delay()
    wait_for(lambda: OutgoingEmail.objects.get(pk=row.pk).status == OutgoingEmail.Status.SENT)
    assert len(delivered_messages(worker_env)) == 1


@pytest.mark.django_db
def test_failed_delivery_stays_pending_and_records_the_error(settings):
    settings.DELIVERY_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    django_mail.send_mail("Ämne", "Text", None, ["e@example.se"])
    row = OutgoingEmail.objects.get()
    assert mail.deliver(row.pk) is False
    row.refresh_from_db()
    assert row.status == OutgoingEmail.Status.PENDING and row.attempts == 1
    assert "ConnectionRefusedError" in row.last_error
