"""Notifications: an in-app notice and, as the person chose for its kind, an e-mail at once,
a line in a daily or weekly summary, or nothing more – once per event.

`notify()` must run inside the transaction that makes the change it reports, so the notice and
its e-mail (an `OutgoingEmail` row, see qms.mail) commit or roll back with the change. A rerun of
the same code path (a retried task, a second scheduler) finds the existing row and sends nothing.
`send_digests()` (the worker, hourly) sends each person one summary per period that has ended,
exactly once (`NotificationDigest` is unique per person and period).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from qms import mail, rows
from qms.languages import in_language_of
from qms.models import (
    Notification,
    NotificationDelivery,
    NotificationDigest,
    NotificationKind,
    NotificationPreference,
    OutgoingEmail,
    User,
)

# The kind of a notice, from its event key (the first pattern that matches; else OTHER). The
# keys are the apps' own (`deviation:42:reported`); qms reads them as text and imports no app.
KIND_BY_EVENT = [
    (re.compile(r"^legal:"), NotificationKind.LEGAL),
    (
        re.compile(
            r"^(deviation:\d+:assigned|action:\d+:owner|feedback:\d+:assigned"
            r"|actions:reassigned:|audit:\d+:team|review:\d+:invited)"
        ),
        NotificationKind.ASSIGNED,
    ),
    (
        re.compile(r"^(deviation:\d+:reported|feedback:\d+:received|suggestion:\d+:submitted)"),
        NotificationKind.REPORTED,
    ),
    (
        re.compile(
            r"^(action:\d+:|feedback:\d+:|deviation:\d+:effect-check|audit:\d+:before"
            r"|audit:\d+:report-due|certifications:reminder|patient-safety-report:reminder)"
        ),
        NotificationKind.REMINDER,
    ),
    (
        re.compile(
            r"^(deviation:\d+:status|suggestion:\d+:|audit:\d+:reported|actions:rescheduled:)"
        ),
        NotificationKind.STATUS,
    ),
]

# Kinds whose deadlines are too short for a weekly summary.
NOT_WEEKLY = {NotificationKind.LEGAL}

# Summaries go out in the morning (local time), for everything that came before.
DIGEST_HOUR = 6


def kind_of(event_key: str) -> str:
    for pattern, kind in KIND_BY_EVENT:
        if pattern.match(event_key):
            return kind
    return NotificationKind.OTHER


def deliveries_for(user: User) -> dict[str, str]:
    """How the person gets each kind of notice (the default for kinds never chosen)."""
    chosen = dict(user.notification_preferences.values_list("kind", "delivery"))
    return {kind: chosen.get(kind, NotificationDelivery.IMMEDIATE) for kind in NotificationKind}


@transaction.atomic
def set_notification_preferences(
    user: User, *, notify_by_email: bool, deliveries: dict[str, str]
) -> None:
    """Store the person's choices; a weekly summary is refused for kinds with legal deadlines."""
    for kind, delivery in deliveries.items():
        if kind in NOT_WEEKLY and delivery == NotificationDelivery.WEEKLY:
            delivery = NotificationDelivery.DAILY
        NotificationPreference.objects.update_or_create(
            user=user, kind=kind, defaults={"delivery": delivery}
        )
    if user.notify_by_email != notify_by_email:
        user.notify_by_email = notify_by_email
        user.save(update_fields=["notify_by_email"])


def unread_count(user_id: int) -> int:
    """The person's unread notices, for the bell on every page: one statement written out (by
    the index `notification_unread_idx`), not built by the ORM, whose building cost four times
    the count itself (issue 12)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*) FROM {rows.table(Notification)}"
            f" WHERE {rows.column(Notification, 'recipient')} = %s"
            f" AND {rows.column(Notification, 'read_at')} IS NULL",
            [user_id],
        )
        return cursor.fetchone()[0]


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
    """Notify each active recipient once about `event_key`; returns the notices created now.

    Each person gets an e-mail now, a line in the next summary, or only the notice, as they
    chose for this kind of event (`kind_of(event_key)`); no e-mail at all when they have
    switched e-mail off or have no address."""
    people = [u for u in dict.fromkeys(recipients) if u is not None and u.is_active]
    kind = kind_of(event_key)
    chosen = dict(
        NotificationPreference.objects.filter(user__in=people, kind=kind).values_list(
            "user_id", "delivery"
        )
    )
    created = []
    for user in people:
        delivery = chosen.get(user.pk, NotificationDelivery.IMMEDIATE)
        if not (user.notify_by_email and user.email):
            delivery = NotificationDelivery.IN_APP
        notification = Notification(
            recipient=user,
            event_key=event_key[:200],
            subject=subject[:300],
            body=body,
            url=url,
            delivery=delivery,
        )
        try:
            with transaction.atomic():
                # The e-mail first, so that the notice is written with it in one statement.
                # A person who already has this event: the savepoint takes the e-mail back,
                # and its delivery, registered on commit, with it.
                if delivery == NotificationDelivery.IMMEDIATE:
                    notification.email = _queue_email(notification)
                notification.save(force_insert=True)
        except IntegrityError:  # this person already has this event
            continue
        created.append(notification)
    return created


def _queue_email(notification: Notification) -> OutgoingEmail:
    recipient = notification.recipient
    with in_language_of(recipient):
        text = render_to_string(
            "qms/email/notification.txt",
            {"notification": notification, "link": absolute_url(notification.url)},
        )
    message = EmailMessage(subject=notification.subject, body=text, to=[recipient.email])
    # The address is the recipient's own: no need to look up whose account it is.
    return mail.queue(
        message, event=notification.event_key, accounts={recipient.email: recipient.pk}
    )


def digest_periods(now: datetime.datetime) -> list[tuple[str, datetime.date, datetime.datetime]]:
    """The latest daily and weekly periods that have ended at `now`: (period, first day, end).

    A day's summary is sent at DIGEST_HOUR local time and takes every waiting notice made
    before then; a week's on Monday at that hour. Local time (settings.TIME_ZONE), so daylight
    saving moves the UTC hour, not the morning."""
    local = timezone.localtime(now)
    today = local.date()
    if local.hour < DIGEST_HOUR:
        today -= datetime.timedelta(days=1)
    monday = today - datetime.timedelta(days=today.weekday())

    def morning(day: datetime.date) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(DIGEST_HOUR)))

    return [
        (NotificationDigest.Period.DAILY, today - datetime.timedelta(days=1), morning(today)),
        (NotificationDigest.Period.WEEKLY, monday - datetime.timedelta(days=7), morning(monday)),
    ]


def send_digests(now: datetime.datetime | None = None) -> int:
    """Send every person whose summary period has ended their one summary; returns how many
    were written now. Safe to run any number of times, on any number of workers."""
    written = 0
    for period, start, end in digest_periods(now or timezone.now()):
        waiting = Notification.objects.filter(
            delivery=period, digest__isnull=True, created_at__lt=end
        )
        for recipient_id in waiting.values_list("recipient_id", flat=True).distinct():
            written += _send_digest(recipient_id, period, start, end)
    return written


@transaction.atomic
def _send_digest(recipient_id: int, period: str, start: datetime.date, end) -> bool:
    try:
        with transaction.atomic():
            digest = NotificationDigest.objects.create(
                recipient_id=recipient_id, period=period, period_start=start
            )
    except IntegrityError:  # this person's summary for the period exists (another run)
        return False
    waiting = (
        Notification.objects.select_for_update()
        .filter(recipient_id=recipient_id, delivery=period, digest__isnull=True, created_at__lt=end)
        .order_by("created_at", "pk")
    )
    notices = list(waiting)
    Notification.objects.filter(pk__in=[n.pk for n in notices]).update(digest=digest)
    # What the person has already read in the app is not repeated by e-mail.
    unread = [n for n in notices if n.read_at is None]
    recipient = User.objects.get(pk=recipient_id)
    digest.notices = len(unread)
    if unread and recipient.is_active and recipient.notify_by_email and recipient.email:
        digest.email = _queue_digest_email(digest, recipient, unread, end)
    digest.save(update_fields=["notices", "email"])
    return True


def _queue_digest_email(digest, recipient, notices, end) -> OutgoingEmail:
    with in_language_of(recipient):
        if digest.period == NotificationDigest.Period.DAILY:
            subject = _("Dina aviseringar %(date)s") % {
                "date": formats.date_format(digest.period_start, "j F Y")
            }
        else:
            subject = _("Dina aviseringar vecka %(week)s") % {
                "week": digest.period_start.isocalendar().week
            }
        text = render_to_string(
            "qms/email/digest.txt",
            {
                "recipient": recipient,
                "digest": digest,
                "notices": [(n, absolute_url(n.url) if n.url else "") for n in notices],
                "all_link": absolute_url(reverse("qms:notification_list")),
                "until": timezone.localtime(end),
            },
        )
    message = EmailMessage(subject=subject, body=text, to=[recipient.email])
    return mail.queue(
        message, event=f"digest:{recipient.pk}:{digest.period}:{digest.period_start.isoformat()}"
    )
