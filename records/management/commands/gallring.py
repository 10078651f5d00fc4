"""Thinning proposals from the command line (the monthly beat job does the same).

    python manage.py gallring --dry-run        # what is due today, counted; nothing is written
    python manage.py gallring                  # write the proposals for the arkivansvarig
    python manage.py gallring --date 2027-01-01 --dry-run

Nothing is ever removed here: a proposal is approved in the app, and the worker applies it.
"""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from records import thinning


class Command(BaseCommand):
    help = "Tar fram gallringsförslag (med --dry-run: visar bara vad som skulle föreslås)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Skriv inget, visa bara.")
        parser.add_argument("--date", help="Per dag (ÅÅÅÅ-MM-DD); i dag om den utelämnas.")

    def handle(self, *args, dry_run: bool, date: str | None, **options):
        try:
            as_of = datetime.date.fromisoformat(date) if date else timezone.localdate()
        except ValueError as error:
            raise CommandError(f"Ogiltigt datum: {date}") from error
        due = thinning.due_now(as_of)
        if not due:
            self.stdout.write(f"Inget är gallringsbart per {as_of}.")
            return
        for row in due:
            self.stdout.write(
                f"{row.organisation.name}: {row.record_type.label}: {row.count} "
                f"({row.rule.summary}; {row.rule.decision})"
            )
        if dry_run:
            self.stdout.write("Torrkörning: inget förslag skrevs och inget gallrades.")
            return
        proposals = thinning.build_proposals(as_of=as_of)
        for proposal in proposals:
            self.stdout.write(
                f"Förslag {proposal.pk} för {proposal.organisation.name}: "
                f"{proposal.items.count()} poster att granska."
            )
