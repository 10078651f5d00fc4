"""Background jobs of the API."""

from __future__ import annotations

from celery import shared_task

from api import throttling


@shared_task
def forget_rate_counts() -> int:
    """Hourly: forget the request counts of minutes that are over."""
    return throttling.forget_old()
