"""E-mail through an outbox: `send_mail()` anywhere in the project writes a row; the worker sends.

Django's EMAIL_BACKEND is `OutboxEmailBackend`. It serialises each message into `OutgoingEmail`
inside the caller's transaction and asks the worker to deliver it after commit. If the broker
is down at that moment the row stays pending and the periodic sweep delivers it later.

A delivered row keeps no content (`forget_content`): not the text, whose links may carry a
token (a tracking link, a password reset, an invitation), nor the subject or the addresses.
What remains for the audit trail is when, which event (`queue(..., event=...)`, or
`labelled(...)` around code that calls `send_mail()`), and to whom by user id.
"""

from __future__ import annotations

import base64
import contextlib
import contextvars
import datetime
import functools
import logging
import operator

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
# A message that finally failed keeps its content this long, for a retry from the admin.
FAILED_CONTENT_KEPT = datetime.timedelta(days=7)

_event: contextvars.ContextVar[str] = contextvars.ContextVar("qms_mail_event", default="")


@contextlib.contextmanager
def labelled(event: str):
    """Name the event of e-mails queued by `send_mail()` inside this block (code we do not own,
    e.g. allauth's password reset, has no other way to say what a message is about)."""
    token = _event.set(event)
    try:
        yield
    finally:
        _event.reset(token)


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


def queue(message: EmailMessage, *, event: str = ""):
    """Write `message` to the outbox in this transaction; the worker sends it after commit.

    `event` names what it is about (e.g. `feedback:12:answer`); the addresses that belong to
    accounts are also recorded as user ids, which outlive the addresses after delivery."""
    from qms.models import OutgoingEmail, User
    from qms.tasks import deliver_email

    addresses = {address.strip().lower() for address in message.recipients() if address.strip()}
    accounts = (
        User.objects.filter(
            functools.reduce(operator.or_, (Q(email__iexact=a) for a in addresses))
        ).values_list("pk", "email")
        if addresses
        else []
    )
    known = {email.lower(): pk for pk, email in accounts}
    row = OutgoingEmail.objects.create(
        message=serialise(message),
        recipients=", ".join(message.recipients()),
        subject=message.subject[:998],
        event=(event or _event.get())[:200],
        recipient_users=sorted(known.values()),
        external_recipients=len(addresses - set(known)),
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
        forget_content(row)
        row.save()
        return True


def forget_content(row) -> None:
    """Drop what a row no longer needs once delivered (or never to be delivered): the text with
    its links, the subject, the addresses and any error naming them. The caller saves it."""
    row.message = {}
    row.subject = ""
    row.recipients = ""
    row.last_error = ""
    row.content_removed_at = timezone.now()


def forget_old_failures(now: datetime.datetime | None = None) -> int:
    """Drop the content of messages that finally failed more than FAILED_CONTENT_KEPT ago."""
    from qms.models import OutgoingEmail

    now = now or timezone.now()
    return OutgoingEmail.objects.filter(
        status=OutgoingEmail.Status.FAILED,
        content_removed_at__isnull=True,
        created_at__lt=now - FAILED_CONTENT_KEPT,
    ).update(message={}, subject="", recipients="", last_error="", content_removed_at=now)


def forget_event(prefix: str, *, reason: str) -> int:
    """Drop the content of every message whose event starts with `prefix` (e.g. a synpunkt
    whose contact details are removed). One not yet sent is never sent; `reason` says why."""
    from qms.models import OutgoingEmail

    now = timezone.now()
    rows = OutgoingEmail.objects.filter(event__startswith=prefix, content_removed_at__isnull=True)
    emptied = {"message": {}, "subject": "", "recipients": "", "content_removed_at": now}
    unsent = rows.exclude(status=OutgoingEmail.Status.SENT).update(
        **emptied, status=OutgoingEmail.Status.FAILED, last_error=reason
    )
    return unsent + rows.update(**emptied, last_error="")
