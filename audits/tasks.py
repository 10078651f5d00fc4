"""The daily audit reminders. Thin: the service decides, notify's event keys make it idempotent."""

from __future__ import annotations

from celery import shared_task

from audits import services


@shared_task(acks_late=True, reject_on_worker_lost=True)
def send_reminders() -> int:
    return services.send_reminders()
