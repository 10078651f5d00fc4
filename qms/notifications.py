"""Notifications: an in-app notice and (if the user wants it) an e-mail, once per event.

`notify()` must run inside the transaction that makes the change it reports, so the notice and
its e-mail (an `OutgoingEmail` row, see qms.mail) commit or roll back with the change. A rerun of
the same code path (a retried task, a second scheduler) finds the existing row and sends nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from qms import mail
from qms.models import Notification, OutgoingEmail, User


def absolute_url(path: str) -> str:
    """A link for an e-mail, which is sent without a request to take the host from."""
    return settings.BASE_URL + path if path.startswith("/") else path


def notify(
    recipients: Iterable[User],
    *,
    event_key: str,
    subject: str,
    body: str = "",
    url: str = "",
) -> list[Notification]:
    """Notify each active recipient once about `event_key`; returns the notices created now."""
    created = []
    seen: set[int] = set()
    for user in recipients:
        if user is None or user.pk in seen or not user.is_active:
            continue
        seen.add(user.pk)
        try:
            with transaction.atomic():
                notification = Notification.objects.create(
                    recipient=user,
                    event_key=event_key[:200],
                    subject=subject[:300],
                    body=body,
                    url=url,
                )
        except IntegrityError:  # this person already has this event
            continue
        if user.notify_by_email and user.email:
            notification.email = _queue_email(notification)
            notification.save(update_fields=["email"])
        created.append(notification)
    return created


def _queue_email(notification: Notification) -> OutgoingEmail:
    with translation.override(settings.LANGUAGE_CODE):
        text = render_to_string(
            "qms/email/notification.txt",
            {"notification": notification, "link": absolute_url(notification.url)},
        )
    message = EmailMessage(
        subject=notification.subject, body=text, to=[notification.recipient.email]
    )
    return mail.queue(message, event=notification.event_key)
