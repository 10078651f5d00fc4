"""manage.py export_all DIR: every table the product owns as CSV with a README of columns,
and every stored file, into DIR (see records.exports)."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from records.exports import export_all


class Command(BaseCommand):
    help = "Exporterar alla tabeller som CSV och alla lagrade filer till en katalog."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="En ny eller tom katalog.")

    def handle(self, *args, directory: str, **options):
        folder = Path(directory)
        if folder.exists() and any(folder.iterdir()):
            raise CommandError(f"{folder} är inte tom.")
        result = export_all(folder)
        self.stdout.write(
            f"{result['tables']} tabeller ({result['rows']} rader) och {result['files']} filer "
            f"exporterade till {folder}."
        )
