"""Background jobs for deviations and actions. Thin: load by id, call one service."""

from celery import shared_task

from deviations import exports, services, tallies


@shared_task
def send_action_reminders() -> int:
    return services.send_action_reminders()


@shared_task
def send_effect_check_reminders() -> int:
    return services.send_effect_check_reminders()


@shared_task(acks_late=True)
def run_export(export_pk: int) -> None:
    exports.run_export(export_pk)


@shared_task
def send_feedback_reminders() -> int:
    from deviations import feedback_services

    return feedback_services.send_feedback_reminders()


@shared_task
def send_legal_reminders() -> int:
    from deviations import legal

    return legal.send_legal_reminders()


@shared_task
def compact_tallies() -> int:
    """Fold the statistics' tally deltas into one row per key (deviations.tallies)."""
    return tallies.compact()
