import datetime

from django.core.management.base import BaseCommand

from certifications import services


class Command(BaseCommand):
    help = (
        "Skickar certifieringspåminnelser som är förfallna och inte redan skickade "
        "(samma tjänst som det dagliga schemalagda jobbet)."
    )
    # Run daily from cron or a scheduler: the system checks (every URLconf, admin and template
    # loaded) would double its memory and add seconds; `migrate` and the web server run them.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            type=datetime.date.fromisoformat,
            default=None,
            help="Kör som om det vore detta datum (ÅÅÅÅ-MM-DD). Standard: i dag i Stockholm.",
        )

    def handle(self, *args, date: datetime.date | None, **options):
        run = services.send_due_reminders(today=date)
        self.stdout.write(
            f"Påminnelser skickade: {run.sent} (varav sena: {run.late}, utgångna certifikat: "
            f"{run.expired})."
        )
