"""Background jobs of records management. Thin: load by id, call one function."""

from __future__ import annotations

import logging

from celery import shared_task
from django.utils import timezone

logger = logging.getLogger(__name__)


def queue(name: str, pk: int) -> None:
    """Queue a job after commit; a broker that is down leaves the row pending (the page
    offers to start it again)."""
    try:
        globals()[name].delay(pk)
    except Exception:
        logger.warning("Kunde inte köa %s för %s", name, pk, exc_info=True)


def queue_apply(pk: int) -> None:
    queue("apply_proposal", pk)


@shared_task
def monthly_proposals() -> int:
    from records.thinning import build_proposals

    return len(build_proposals(as_of=timezone.localdate()))


@shared_task(acks_late=True)
def apply_proposal(pk: int) -> None:
    from records.thinning import apply_proposal as apply

    apply(pk)


@shared_task
def resume_thinning() -> int:
    """Approved proposals whose run stopped midway: run again (runs split the work safely)."""
    from records.models import Proposal

    pending = Proposal.objects.filter(status=Proposal.Status.APPROVED).values_list("pk", flat=True)
    for pk in pending:
        queue_apply(pk)
    return len(pending)


@shared_task(acks_late=True)
def build_package(pk: int) -> None:
    from records.archive import build_package as build

    build(pk)


@shared_task(acks_late=True)
def build_extract(pk: int) -> None:
    from records.extracts import build_extract as build

    build(pk)


@shared_task(acks_late=True)
def build_full_export(pk: int) -> None:
    from records.exports import build_full_export as build

    build(pk)


def queue_build(user_pk: int | None) -> None:
    try:
        build_proposals.delay(user_pk)
    except Exception:
        logger.warning("Kunde inte köa framtagningen av gallringsförslag", exc_info=True)


@shared_task
def build_proposals(user_pk: int | None = None) -> int:
    from qms.models import User
    from records.thinning import build_proposals as build

    by = User.objects.filter(pk=user_pk).first() if user_pk else None
    return len(build(as_of=timezone.localdate(), by=by))
