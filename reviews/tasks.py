"""Background jobs for reviews. Thin: take ids, call one service."""

from __future__ import annotations

from celery import shared_task

from reviews import services


@shared_task(acks_late=True, reject_on_worker_lost=True)
def build_draft_pack(review_pk: int) -> None:
    services.build_draft_pack(review_pk)


@shared_task
def refresh_computed_indicators() -> int:
    return services.refresh_all_computed_values()
