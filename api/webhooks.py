"""Webhooks: events as outbox rows, delivered by the worker with an HMAC signature.

1. *Emit*, in the transaction of the change: a `WebhookEvent` row and one `WebhookDelivery` per
   active subscription to that kind whose owner may read the object (the owner's visible_to()).
   The event's unique `key` (what happened: `deviation:42:reported`, the reminder's own key for
   a legal track's or a certificate event's milestone) makes it one event per happening, however
   often a job reruns; the unique (subscription, event) constraint one delivery per event and
   subscription. Events: a deviation reported or closed, a synpunkt answered (model saves), a
   legal track's clock at 50/90/100 % (deviations.legal's signal) and a certificate event's
   reminder milestone (its SentReminder row).
   On commit, a task per delivery is queued; a rollback leaves neither row nor task.
2. *Deliver* (worker): claim the row in its own committed transaction, POST the JSON with
   `X-QMS-Event`, `X-QMS-Event-Id` (the receiver drops repeats by it), `X-QMS-Timestamp` and
   `X-QMS-Signature: sha256=<hex HMAC of "timestamp.body" with the subscription's secret>`,
   log the attempt, mark it delivered on a 2xx – otherwise back to pending with the next
   attempt after an exponential backoff, failed after MAX_ATTEMPTS.
3. *Sweep* (beat, every minute): pending rows that are due, and claims older than
   CLAIM_TIMEOUT (the worker died mid-way), are delivered again.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
import uuid

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.signals import post_init, post_save
from django.dispatch import receiver
from django.utils import timezone

from api.models import (
    WebhookAttempt,
    WebhookDelivery,
    WebhookEvent,
    WebhookEvents,
    WebhookSubscription,
)
from certifications.models import Certificate, CycleEvent, SentReminder
from deviations.legal import legal_track_due
from deviations.models import Deviation, Feedback, LegalTrack

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
TIMEOUT = 10  # seconds per attempt
CLAIM_TIMEOUT = datetime.timedelta(minutes=2)


def backoff(attempts: int) -> datetime.timedelta:
    """30 s, 1, 2, 4, 8 … minutes, at most six hours."""
    return datetime.timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 6 * 3600))


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


# 1. Emit ---------------------------------------------------------------------------------------


def emit(kind: str, payload: dict, *, key: str, visible) -> WebhookEvent | None:
    """Write the event and its deliveries in the current transaction, once per `key` (what
    happened, e.g. `deviation:42:reported`): a second call with the key writes nothing.
    `visible(owner)` says whether a subscription's owner may read what the event is about."""
    subscriptions = [
        s
        for s in WebhookSubscription.objects.filter(
            is_active=True, event_types__contains=[kind], owner__is_active=True
        ).select_related("owner")
        if visible(s.owner)
    ]
    if not subscriptions:
        return None
    try:
        with transaction.atomic():  # a savepoint: the unique key decides, not this process
            event = WebhookEvent.objects.create(key=key, kind=kind, payload=payload)
    except IntegrityError:
        return None
    # A new event: no delivery of it exists yet (the unique constraint guards any repeat).
    deliveries = WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(subscription=s, event=event) for s in subscriptions]
    )
    ids = [d.pk for d in deliveries]
    transaction.on_commit(lambda: [_enqueue(pk) for pk in ids])
    return event


def _enqueue(pk: int) -> None:
    from api.tasks import deliver_webhook

    try:
        deliver_webhook.delay(pk)
    except Exception:  # the broker is down: the sweep delivers it
        logger.warning("Kunde inte köa webhook-leverans %s; den skickas vid nästa genomgång.", pk)


def deviation_payload(deviation: Deviation) -> dict:
    return {
        "id": deviation.pk,
        "number": deviation.number,
        "status": deviation.status,
        "unit": deviation.unit_id,
        "title": deviation.title,
        "is_confidential": deviation.is_confidential,
        "occurred_at": deviation.occurred_at.isoformat(),
        "closed_at": deviation.closed_at.isoformat() if deviation.closed_at else None,
    }


@receiver(post_init, sender=Deviation)
def _remember_status(sender, instance: Deviation, **kwargs) -> None:
    instance._status_at_load = instance.__dict__.get("status")


@receiver(post_save, sender=Deviation)
def _deviation_saved(sender, instance: Deviation, created: bool, **kwargs) -> None:
    before = getattr(instance, "_status_at_load", None)
    instance._status_at_load = instance.status
    if created:
        kind, key = WebhookEvents.DEVIATION_REPORTED, f"deviation:{instance.pk}:reported"
    elif instance.status == Deviation.Status.CLOSED and before != Deviation.Status.CLOSED:
        # Closed, reopened and closed again is a second event.
        closed_at = (instance.closed_at or timezone.now()).isoformat()
        kind, key = WebhookEvents.DEVIATION_CLOSED, f"deviation:{instance.pk}:closed:{closed_at}"
    else:
        return
    emit(
        kind,
        {"deviation": deviation_payload(instance)},
        key=key,
        visible=lambda owner: Deviation.objects.visible_to(owner).filter(pk=instance.pk).exists(),
    )


@receiver(post_init, sender=Feedback)
def _remember_feedback_status(sender, instance: Feedback, **kwargs) -> None:
    instance._status_at_load = instance.__dict__.get("status")


@receiver(post_save, sender=Feedback)
def _feedback_saved(sender, instance: Feedback, created: bool, **kwargs) -> None:
    """A synpunkt answered (again, after a reopening, is a new event: the key holds the time).
    The payload has the answer but never the citizen's contact details."""
    before = getattr(instance, "_status_at_load", None)
    instance._status_at_load = instance.status
    if instance.status != Feedback.Status.ANSWERED or before == Feedback.Status.ANSWERED:
        return
    answered_at = instance.answered_at.isoformat() if instance.answered_at else ""
    emit(
        WebhookEvents.FEEDBACK_ANSWERED,
        {
            "feedback": {
                "id": instance.pk,
                "number": instance.number,
                "unit": instance.unit_id,
                "kind": instance.kind,
                "status": instance.status,
                "answer": instance.answer,
                "answered_at": answered_at or None,
                "deviation": instance.deviation_id,
            }
        },
        key=f"feedback:{instance.pk}:answered:{answered_at}",
        visible=lambda owner: Feedback.objects.visible_to(owner).filter(pk=instance.pk).exists(),
    )


@receiver(legal_track_due)
def _legal_track_due(sender, track: LegalTrack, milestone: int, event_key: str, **kwargs) -> None:
    """50, 90 and 100 % of a legal track's clock (the reminders' milestones). Only those who
    decide the track hear of it; the payload names the case, never its contents."""
    emit(
        WebhookEvents.LEGAL_TRACK_DUE,
        {
            "legal_track": {
                "id": track.pk,
                "kind": track.kind,
                "status": track.status,
                "deviation": track.deviation_id,
                "deviation_number": track.deviation.number,
                "deadline": track.deadline.isoformat(),
                "share_of_time_passed": milestone,
            }
        },
        key=f"webhook:{event_key}",
        visible=lambda owner: LegalTrack.objects.visible_to(owner).filter(pk=track.pk).exists(),
    )


@receiver(post_save, sender=SentReminder)
def _certificate_event_due(sender, instance: SentReminder, created: bool, **kwargs) -> None:
    """A certificate's cycle event (an audit, a payment, a deadline) reached a reminder
    milestone: the reminder's own row is once per milestone, so is the event."""
    if not created or instance.event_id is None:
        return
    event = CycleEvent.objects.select_related("cycle__certificate__standard").get(
        pk=instance.event_id
    )
    certificate = event.cycle.certificate
    emit(
        WebhookEvents.CERTIFICATE_EVENT_DUE,
        {
            "certificate_event": {
                "id": event.pk,
                "name": event.name,
                "kind": event.kind,
                "planned_date": event.planned_date.isoformat(),
                "days_before": instance.days_before,
                "overdue": instance.days_before < 0,
                "certificate": certificate.pk,
                "certificate_name": str(certificate),
                "standard": certificate.standard.name,
            }
        },
        key=f"certificate-reminder:{instance.pk}",
        visible=lambda owner: (
            Certificate.objects.visible_to(owner).filter(pk=certificate.pk).exists()
        ),
    )


# 2. Deliver ------------------------------------------------------------------------------------


def _claim(pk: int, attempt: uuid.UUID) -> WebhookDelivery | None:
    now = timezone.now()
    with transaction.atomic():
        row = (
            WebhookDelivery.objects.select_for_update(skip_locked=True)
            .select_related("subscription", "event")
            .filter(pk=pk)
            .filter(
                Q(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now)
                | Q(status=WebhookDelivery.Status.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT)
            )
            .first()
        )
        if row is None:
            return None
        row.status = WebhookDelivery.Status.SENDING
        row.claimed_at, row.attempt_id = now, attempt
        row.attempts += 1
        row.save(update_fields=["status", "claimed_at", "attempt_id", "attempts"])
    return row


def deliver(pk: int) -> bool:
    """One attempt at one delivery; True if the receiver answered 2xx."""
    attempt = uuid.uuid4()
    row = _claim(pk, attempt)
    if row is None:
        return False
    event, subscription = row.event, row.subscription
    body = json.dumps(
        {
            "id": str(event.id),
            "type": event.kind,
            "created_at": event.created_at.isoformat(),
            "data": event.payload,
        },
        ensure_ascii=False,
    ).encode()
    timestamp = str(int(time.time()))
    request = urllib.request.Request(
        subscription.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "QMS-webhooks/1",
            "X-QMS-Event": event.kind,
            "X-QMS-Event-Id": str(event.id),
            "X-QMS-Delivery": str(row.pk),
            "X-QMS-Timestamp": timestamp,
            "X-QMS-Signature": sign(subscription.secret, timestamp, body),
        },
    )
    started = time.monotonic()
    status, error = None, ""
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            status = response.status
    except urllib.error.HTTPError as failure:
        status, error = failure.code, f"HTTP {failure.code}"
    except Exception as failure:  # refused, reset, timed out, bad address
        error = f"{type(failure).__name__}: {failure}"[:2000]
    duration = int((time.monotonic() - started) * 1000)
    ok = status is not None and 200 <= status < 300
    with transaction.atomic():
        WebhookAttempt.objects.create(
            delivery_id=pk, response_status=status, error=error, duration_ms=duration
        )
        if ok:
            fields = {"status": WebhookDelivery.Status.DELIVERED, "delivered_at": timezone.now()}
        elif row.attempts >= MAX_ATTEMPTS:
            fields = {"status": WebhookDelivery.Status.FAILED}
        else:
            fields = {
                "status": WebhookDelivery.Status.PENDING,
                "next_attempt_at": timezone.now() + backoff(row.attempts),
            }
        WebhookDelivery.objects.filter(pk=pk, attempt_id=attempt).update(
            response_status=status, last_error=error, **fields
        )
    if not ok:
        logger.warning("Webhook-leverans %s misslyckades: %s", pk, error or status)
    return ok


# 3. Sweep --------------------------------------------------------------------------------------


def due() -> list[int]:
    now = timezone.now()
    rows = WebhookDelivery.objects.filter(
        Q(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now)
        | Q(status=WebhookDelivery.Status.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT)
    ).order_by("next_attempt_at")
    return list(rows.values_list("pk", flat=True)[:500])
