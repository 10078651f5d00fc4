"""E-mail is a row first (same transaction), then delivered by a real worker exactly once."""

from __future__ import annotations

import datetime
import re

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

    row = OutgoingEmail.objects.get(event="account/email/password_reset_key")
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


# Delivered rows keep no secrets or personal data (issue 19, finding 3) ---------------------


def row_text(row: OutgoingEmail) -> str:
    """Everything the database holds of a row, as text."""
    from django.forms.models import model_to_dict

    return str(model_to_dict(row))


@pytest.fixture
def locmem_delivery(settings):
    settings.DELIVERY_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    django_mail.outbox = []
    return django_mail.outbox


@pytest.mark.django_db
def test_delivered_row_keeps_when_which_event_and_whom_by_id_but_no_content(tree, locmem_delivery):
    user = make_user(tree.solgarden, Role.STAFF, email="Lena.Berg@example.se")
    message = django_mail.EmailMessage(
        "Avvikelse AV-2026-00042",
        "Länk: https://qms.example/x?token=hemlig",
        to=[
            "lena.berg@example.se",
            "invanare@example.se",
        ],
    )
    row = mail.queue(message, event="deviation:42:assigned")
    assert (row.recipient_users, row.external_recipients) == ([user.pk], 1)
    assert "hemlig" in row_text(row)  # pending: still deliverable

    assert mail.deliver(row.pk) is True
    assert "token=hemlig" in locmem_delivery[0].body  # the recipient got it all
    row.refresh_from_db()
    assert row.status == OutgoingEmail.Status.SENT and row.sent_at and row.content_removed_at
    assert (row.event, row.recipient_users, row.external_recipients) == (
        "deviation:42:assigned",
        [user.pk],
        1,
    )
    assert (row.message, row.subject, row.recipients) == ({}, "", "")
    for secret in ("hemlig", "example.se", "AV-2026-00042"):
        assert secret not in row_text(row)


@pytest.mark.django_db
def test_password_reset_link_is_not_readable_after_sending(client, tree, locmem_delivery):
    user = make_user(tree.solgarden, Role.STAFF, email="lena@example.se")
    client.post(reverse("account_reset_password"), {"email": "lena@example.se"})
    row = OutgoingEmail.objects.get()
    assert row.event == "account/email/password_reset_key"
    assert row.recipient_users == [user.pk]
    mail.deliver(row.pk)
    link = re.search(r"https?://\S+/konto/password/reset/key/\S+", locmem_delivery[0].body)
    assert link, locmem_delivery[0].body
    row.refresh_from_db()
    key = link.group(0).rstrip("/").rsplit("/", 1)[-1]
    assert key not in row_text(row) and "lena@example.se" not in row_text(row)


@pytest.mark.django_db
def test_invitation_link_is_not_readable_after_sending(tree, locmem_delivery):
    from qms import services

    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    person = services.invite_user(
        by=coordinator,
        fields={"first_name": "Ines", "last_name": "Ek", "email": "ines@example.se"},
        unit=tree.solgarden,
        role=Role.STAFF,
    )
    row = OutgoingEmail.objects.get()
    assert row.event.startswith("invitation:") and row.recipient_users == [person.pk]
    mail.deliver(row.pk)
    token = re.search(r"/inbjudan/([\w-]+)/", locmem_delivery[0].body).group(1)
    row.refresh_from_db()
    assert token not in row_text(row) and "ines@example.se" not in row_text(row)


@pytest.mark.django_db
def test_admin_shows_no_bodies_not_even_of_pending_mail(client, tree):
    admin = make_user(tree.group, Role.ADMIN, is_staff=True, is_superuser=True)
    make_user(tree.solgarden, Role.STAFF, email="lena@example.se")
    client.post(reverse("account_reset_password"), {"email": "lena@example.se"})
    row = OutgoingEmail.objects.get()
    body = row.message["body"]
    key = re.search(r"/konto/password/reset/key/(\S+?)/", body).group(1)
    client.force_login(admin, backend="qms.auth.AccountBackend")
    for url in (
        reverse("admin:qms_outgoingemail_changelist"),
        reverse("admin:qms_outgoingemail_change", args=[row.pk]),
    ):
        page = client.get(url)
        assert page.status_code == 200
        assert key not in page.content.decode()
        assert "password_reset_key" in page.content.decode()  # the event is shown


@pytest.mark.django_db
def test_finally_failed_mail_loses_its_content_after_a_week(tree):
    from django.utils import timezone

    row = mail.queue(django_mail.EmailMessage("Ämne", "token=hemlig", to=["x@example.se"]))
    OutgoingEmail.objects.filter(pk=row.pk).update(status=OutgoingEmail.Status.FAILED)
    assert mail.forget_old_failures() == 0  # kept for a retry from the admin
    later = timezone.now() + mail.FAILED_CONTENT_KEPT + datetime.timedelta(minutes=1)
    assert mail.forget_old_failures(later) == 1
    row.refresh_from_db()
    assert "hemlig" not in row_text(row) and "x@example.se" not in row_text(row)


@pytest.mark.django_db
def test_rows_delivered_before_this_release_are_emptied_by_the_migration(tree):
    import importlib

    from django.apps import apps

    user = make_user(tree.solgarden, Role.STAFF, email="lena@example.se")
    old = OutgoingEmail.objects.create(
        message=mail.serialise(
            django_mail.EmailMessage("Ämne", "token=hemlig", to=["lena@example.se", "a@b.se"])
        ),
        recipients="lena@example.se, a@b.se",
        subject="Ämne",
        status=OutgoingEmail.Status.SENT,
    )
    pending = mail.queue(django_mail.EmailMessage("Ämne", "kvar", to=["lena@example.se"]))
    migration = importlib.import_module("qms.migrations.0008_outbox_forgets_delivered_content")
    migration.forget_delivered_content(apps, None)
    old.refresh_from_db()
    assert (old.recipient_users, old.external_recipients) == ([user.pk], 1)
    assert "hemlig" not in row_text(old) and "lena@example.se" not in row_text(old)
    pending.refresh_from_db()
    assert pending.message["body"] == "kvar"
