"""Background jobs of the API."""

from __future__ import annotations

from celery import shared_task

from api import throttling


@shared_task
def forget_rate_counts() -> int:
    """Hourly: forget the request counts of minutes that are over."""
    return throttling.forget_old()


@shared_task
def deliver_webhook(pk: int) -> bool:
    from api import webhooks

    return webhooks.deliver(pk)


@shared_task
def deliver_due_webhooks() -> int:
    """Every minute: deliveries that are due again (backoff over) or whose worker died."""
    from api import webhooks

    return sum(webhooks.deliver(pk) for pk in webhooks.due())
