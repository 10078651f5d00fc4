"""Background jobs for imports. Thin: take the job's id, call one service."""

from celery import shared_task

from imports import services


@shared_task(acks_late=True)
def check_import(job_pk: int) -> None:
    services.run_check(job_pk)


@shared_task(acks_late=True)
def apply_import(job_pk: int) -> None:
    services.run_apply(job_pk)
