"""E-mail through an outbox: `send_mail()` anywhere in the project writes a row; the worker sends.

Django's EMAIL_BACKEND is `OutboxEmailBackend`. It serialises each message into `OutgoingEmail`
inside the caller's transaction and asks the worker to deliver it after commit. If the broker
is down at that moment the row stays pending and the periodic sweep delivers it later.
"""

from __future__ import annotations

import base64
import logging

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10


def serialise(message: EmailMessage) -> dict:
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        attachments.append([filename, base64.b64encode(content).decode("ascii"), mimetype])
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [list(a) for a in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def deserialise(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


class OutboxEmailBackend(BaseEmailBackend):
    """Stores messages as `OutgoingEmail` rows instead of sending them."""

    def send_messages(self, email_messages) -> int:
        count = 0
        for message in email_messages:
            if message.recipients():
                queue(message)
                count += 1
        return count


def queue(message: EmailMessage):
    """Write `message` to the outbox in this transaction; the worker sends it after commit."""
    from qms.models import OutgoingEmail
    from qms.tasks import deliver_email

    row = OutgoingEmail.objects.create(
        message=serialise(message),
        recipients=", ".join(message.recipients()),
        subject=message.subject[:998],
    )
    transaction.on_commit(lambda: _enqueue(deliver_email, row.pk))
    return row


def _enqueue(task, pk: int) -> None:
    try:
        task.delay(pk)
    except Exception:  # the broker is down: the periodic sweep delivers it later
        logger.warning("Kunde inte köa e-post %s; den skickas vid nästa genomgång.", pk)


def deliver(pk: int) -> bool:
    """Send one pending e-mail and mark it sent. Returns False if it was not pending.

    The row is locked while sending, so two workers never send the same message; a message
    whose delivery fails stays pending (until too many attempts) and is retried by the sweep.
    """
    from qms.models import OutgoingEmail

    with transaction.atomic():
        row = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, status=OutgoingEmail.Status.PENDING)
            .first()
        )
        if row is None:
            return False
        row.attempts += 1
        try:
            connection = get_connection(settings.DELIVERY_EMAIL_BACKEND, fail_silently=False)
            connection.send_messages([deserialise(row.message)])
        except Exception as error:
            row.last_error = f"{type(error).__name__}: {error}"
            if row.attempts >= MAX_ATTEMPTS:
                row.status = OutgoingEmail.Status.FAILED
            row.save(update_fields=["attempts", "last_error", "status"])
            logger.warning("E-post %s kunde inte skickas: %s", pk, row.last_error)
            return False
        row.status = OutgoingEmail.Status.SENT
        row.sent_at = timezone.now()
        row.last_error = ""
        row.save(update_fields=["attempts", "last_error", "status", "sent_at"])
        return True
