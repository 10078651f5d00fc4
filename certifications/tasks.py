"""The daily reminder run. Thin: the service decides and records what is sent."""

from __future__ import annotations

import datetime

from celery import shared_task
from django.utils import timezone

from certifications import services


# A run is safe to repeat (each milestone is sent once, by a unique row), so a task redelivered
# after a lost worker simply finishes the work. The limit stays below the broker's visibility
# timeout, so a running task is never handed to a second worker while it is still alive.
@shared_task(
    acks_late=True, reject_on_worker_lost=True, soft_time_limit=30 * 60, time_limit=35 * 60
)
def send_reminders(now: str | None = None) -> dict:
    """Send what is due on Stockholm's date now, or at `now` (an ISO 8601 instant).

    Beat schedules in UTC; the calendar date is taken in Stockholm here, so a daylight-saving
    change neither skips nor repeats a day.
    """
    instant = datetime.datetime.fromisoformat(now) if now else timezone.now()
    run = services.send_due_reminders(today=timezone.localdate(instant))
    return {"sent": run.sent, "late": run.late, "expired": run.expired}
