"""Background jobs of the shared core. Tasks take ids, call one function, own their retries."""

from celery import shared_task
from django.db.models import Q

from qms import mail, notifications, storage, submissions
from qms.models import OutgoingEmail


@shared_task
def deliver_email(pk: int) -> bool:
    return mail.deliver(pk)


@shared_task
def deliver_pending_emails() -> int:
    """Periodic sweep: deliver what was not queued (broker down), failed before, or was claimed
    by a sender that died (after the claim timeout)."""
    waiting = OutgoingEmail.objects.filter(
        Q(status=OutgoingEmail.Status.PENDING) | mail.stale_claims()
    ).order_by("created_at")
    delivered = sum(mail.deliver(pk) for pk in waiting.values_list("pk", flat=True)[:500])
    mail.forget_old_failures()
    return delivered


@shared_task
def forget_form_submissions() -> int:
    """Daily: forget the one-time tokens of forms sent more than a week ago."""
    return submissions.forget_old()


@shared_task
def sweep_files() -> int:
    """Daily: remove stored files that no row refers to and that are over a day old."""
    return storage.sweep_orphans()


@shared_task
def sweep_upload_temp() -> int:
    """Hourly: remove temporary upload files that killed requests left behind."""
    return storage.sweep_upload_temp()


@shared_task
def send_notification_digests() -> int:
    """Hourly: each person's daily or weekly summary of notices, once per ended period."""
    return notifications.send_digests()
