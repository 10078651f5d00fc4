"""manage.py backup FILE: the database and the stored files, with a manifest (qms.backup)."""

import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from qms.backup import BackupError, backup, pack


class Command(BaseCommand):
    help = (
        "Säkerhetskopierar databasen och de lagrade filerna till en tar-fil "
        "(- skriver den till standard ut)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Filen som skrivs, eller - för standard ut.")

    def handle(self, *args, file: str, **options):
        with tempfile.TemporaryDirectory(prefix="qms-backup-") as folder:
            try:
                backup(Path(folder))
            except BackupError as error:
                raise CommandError(str(error)) from error
            if file == "-":
                pack(Path(folder), sys.stdout.buffer)
                sys.stdout.buffer.flush()
                self.stderr.write("Säkerhetskopian är klar.")
            else:
                with open(file, "xb") as target:
                    pack(Path(folder), target)
                self.stdout.write(self.style.SUCCESS(f"Säkerhetskopian är klar: {file}"))
