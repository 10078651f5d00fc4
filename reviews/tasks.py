"""Background jobs for reviews. Thin: take ids, call one service."""

from __future__ import annotations

import datetime

from celery import shared_task
from django.utils import timezone

from reviews import services


@shared_task(acks_late=True, reject_on_worker_lost=True)
def build_draft_pack(review_pk: int) -> None:
    services.build_draft_pack(review_pk)


@shared_task
def refresh_computed_indicators() -> int:
    return services.refresh_all_computed_values()


# Safe to repeat (each step is sent once, by a unique row): a redelivered task finishes the work.
@shared_task(acks_late=True, reject_on_worker_lost=True)
def send_patient_safety_reminders(now: str | None = None) -> dict:
    """Send the reminder step due on Stockholm's date now, or at `now` (an ISO 8601 instant)."""
    instant = datetime.datetime.fromisoformat(now) if now else timezone.now()
    run = services.send_patient_safety_reminders(today=timezone.localdate(instant))
    return {"sent": run.sent, "late": run.late}
