"""manage.py restore FILE --yes: replace the database and the stored files (qms.backup)."""

import sys
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from qms.backup import BackupError, restore, unpack


class Command(BaseCommand):
    help = (
        "Återläser en säkerhetskopia från manage.py backup (- läser den från standard in): "
        "databasen och filerna ersätts helt. Stoppa web, worker och beat först."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Säkerhetskopian, eller - för standard in.")
        parser.add_argument(
            "--yes", action="store_true", help="Ja, ersätt allt som finns nu med kopian."
        )

    def handle(self, *args, file: str, yes: bool, **options):
        if not yes:
            raise CommandError(
                "Återläsningen ersätter hela databasen och alla filer. Kör igen med --yes."
            )
        with tempfile.TemporaryDirectory(prefix="qms-restore-") as folder:
            try:
                if file == "-":
                    unpack(sys.stdin.buffer, Path(folder))
                else:
                    with open(file, "rb") as source:
                        unpack(source, Path(folder))
                result = restore(
                    Path(folder),
                    migrate=lambda: call_command("migrate", interactive=False, verbosity=0),
                )
            except BackupError as error:
                raise CommandError(str(error)) from error
        if result.differences:
            raise CommandError(
                "Återläsningen stämmer inte med kopians förteckning:\n"
                + "\n".join(result.differences)
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Återläst och kontrollerat: {result.tables} tabeller och {result.files} filer "
                "stämmer med kopian."
            )
        )
