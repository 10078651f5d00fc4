"""E-mail through an outbox: `send_mail()` anywhere in the project writes a row; the worker sends.

Django's EMAIL_BACKEND is `OutboxEmailBackend`. It serialises each message into `OutgoingEmail`
inside the caller's transaction and asks the worker to deliver it after commit. If the broker
is down at that moment the row stays pending and the periodic sweep delivers it later.

A delivered row keeps no content (`FORGOTTEN`): not the text, whose links may carry a
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
import time
import uuid

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import InterfaceError, OperationalError, transaction
from django.db import connection as db_connection
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
# After sending, how long to keep trying to record it while the database is away (about 30 s).
FINISH_RETRY_PAUSES = (0.5, 1, 2, 4, 8, 15)
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


def queue(message: EmailMessage, *, event: str = "", accounts: dict[str, int] | None = None):
    """Write `message` to the outbox in this transaction; the worker sends it after commit.

    `event` names what it is about (e.g. `feedback:12:answer`); the addresses that belong to
    accounts are also recorded as user ids, which outlive the addresses after delivery. A
    caller that knows whose addresses some of them are (a notice's recipient) passes them as
    `accounts` (address → user id): only the others are looked up (issue 12: one query per
    e-mail of every notice)."""
    from qms.models import OutgoingEmail, User
    from qms.tasks import deliver_email

    addresses = {address.strip().lower() for address in message.recipients() if address.strip()}
    given = {address.strip().lower(): pk for address, pk in (accounts or {}).items()}
    known = {address: given[address] for address in addresses if address in given}
    unknown = addresses - set(known)
    if unknown:
        found = User.objects.filter(
            functools.reduce(operator.or_, (Q(email__iexact=a) for a in unknown))
        ).values_list("pk", "email")
        known |= {email.lower(): pk for pk, email in found}
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
    """Send one e-mail that is waiting and mark it sent. Returns False if there was nothing to
    send (sent already, being sent by someone else) or the attempt failed.

    1. Claim: in its own committed transaction the row becomes `sending` with a new attempt id.
       Another worker, a second task or the sweep now leaves it alone (a claim older than
       EMAIL_CLAIM_TIMEOUT is taken over: its sender died).
    2. Send, with the row's stable Message-ID.
    3. Mark it sent – only if the attempt id is still ours – right after the server accepted
       the message, before the SMTP connection is closed; if the database is away, keep trying
       for a while rather than leave the row to be sent again.

    The one window left: the server accepted the message and the process died (or the database
    stayed away) before step 3 committed. After the claim timeout the row is sent again, with
    the same Message-ID, so a receiving system can drop the repeat (docs/architecture.md).
    """
    from qms.models import OutgoingEmail

    attempt = uuid.uuid4()
    row = _claim(pk, attempt)
    if row is None:
        return False
    message = deserialise(row.message)
    message.extra_headers.setdefault("Message-ID", row.message_id)
    connection = get_connection(settings.DELIVERY_EMAIL_BACKEND, fail_silently=False)
    try:
        connection.open()
        sent = connection.send_messages([message])
        if not sent:
            raise RuntimeError("the backend sent nothing")
    except Exception as error:
        last_error = f"{type(error).__name__}: {error}"[:2000]
        failed = row.attempts >= MAX_ATTEMPTS
        status = OutgoingEmail.Status.FAILED if failed else OutgoingEmail.Status.PENDING
        _finish(pk, attempt, status=status, last_error=last_error)
        logger.warning("E-post %s kunde inte skickas: %s", pk, last_error)
        _close(connection)
        return False
    now = timezone.now()
    marked = _finish(
        pk,
        attempt,
        status=OutgoingEmail.Status.SENT,
        sent_at=now,
        **FORGOTTEN,
        content_removed_at=now,
    )
    _close(connection)
    if not marked:
        logger.error(
            "E-post %s är skickad men kunde inte markeras som skickad; den skickas igen efter "
            "%s s med samma Message-ID %s.",
            pk,
            settings.EMAIL_CLAIM_TIMEOUT,
            row.message_id,
        )
    return marked


def stale_claims():
    """Rows whose sender claimed them longer ago than the claim timeout and never finished."""
    from qms.models import OutgoingEmail

    cutoff = timezone.now() - datetime.timedelta(seconds=settings.EMAIL_CLAIM_TIMEOUT)
    return Q(status=OutgoingEmail.Status.SENDING, claimed_at__lt=cutoff)


def _claim(pk: int, attempt: uuid.UUID):
    """Take the row for this attempt, in a transaction of its own that commits before sending."""
    from qms.models import OutgoingEmail

    with transaction.atomic():
        row = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(Q(status=OutgoingEmail.Status.PENDING) | stale_claims(), pk=pk)
            .first()
        )
        if row is None:
            return None
        if row.status == OutgoingEmail.Status.SENDING:
            logger.warning(
                "E-post %s: försök %s avslutades aldrig; skickas igen med samma Message-ID.",
                pk,
                row.attempt_id,
            )
        row.status = OutgoingEmail.Status.SENDING
        row.attempt_id = attempt
        row.claimed_at = timezone.now()
        row.attempts += 1
        row.save(update_fields=["status", "attempt_id", "claimed_at", "attempts"])
    return row


def _finish(pk: int, attempt: uuid.UUID, **fields) -> bool:
    """Record the attempt's outcome if the row is still this attempt's; retried while the
    database is unreachable (a restart takes seconds). False if it could not be recorded."""
    from qms.models import OutgoingEmail

    for pause in FINISH_RETRY_PAUSES:
        try:
            with transaction.atomic():
                mine = OutgoingEmail.objects.filter(pk=pk, attempt_id=attempt)
                return mine.update(**fields) == 1
        except (OperationalError, InterfaceError) as error:
            logger.warning("E-post %s: databasen svarar inte (%s); försöker igen.", pk, error)
            db_connection.close()  # the next query opens a new connection
            time.sleep(pause)
    return False


def _close(connection) -> None:
    try:
        connection.close()
    except Exception:  # the message is delivered or recorded as failed; QUIT does not matter
        logger.info("SMTP-anslutningen kunde inte stängas snyggt", exc_info=True)


# What a row no longer needs once delivered (or never to be delivered): the text with its links,
# the subject, the addresses and any error naming them.
FORGOTTEN = {"message": {}, "subject": "", "recipients": "", "last_error": ""}


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
