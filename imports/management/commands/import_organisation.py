"""`manage.py import_organisation FILE [--apply] [--under CODE]`: the HR system's organisation
file, checked (a dry run that prints what would change) and, with --apply, imported."""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import override

from imports import services
from imports.models import ImportJob
from imports.organisation import CATEGORY_LABELS, describe
from qms.models import OrganisationUnit


class Command(BaseCommand):
    help = "Jämför en organisationsfil (CSV eller .xlsx) med organisationen och importerar den."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="CSV- eller Excelfil från HR-systemet")
        parser.add_argument(
            "--apply", action="store_true", help="importera (annars visas bara ändringarna)"
        )
        parser.add_argument(
            "--under",
            metavar="KOD",
            help="kortnamnet på enheten som filens översta enheter ska ligga under",
        )

    def handle(self, *args, file: Path, apply: bool, under: str | None, **options) -> None:
        with override("sv"):
            self._run(file, apply, under)

    def _run(self, path: Path, apply: bool, under: str | None) -> None:
        place_under = None
        if under:
            place_under = OrganisationUnit.objects.filter(code=under).first()
            if place_under is None:
                raise CommandError(
                    _("Det finns ingen enhet med kortnamnet %(code)s.") % {"code": under}
                )
        if not path.is_file():
            raise CommandError(_("Filen %(path)s finns inte.") % {"path": path})
        try:
            with path.open("rb") as handle:
                job = services.start_import(
                    by=None,
                    kind=ImportJob.Kind.ORGANISATION,
                    upload=File(handle, name=path.name),
                    place_under=place_under,
                    queue=False,
                )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        services.run_check(job.pk)
        job.refresh_from_db()
        if job.status == ImportJob.Status.FAILED:
            raise CommandError(job.error)
        self._report(job)
        if job.summary["errors"]:
            raise CommandError(_("Filen har fel och importeras inte. Rätta dem och försök igen."))
        if not apply:
            self.stdout.write(_("Ingenting är ändrat. Kör igen med --apply för att importera."))
            return
        ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.APPLY_QUEUED)
        services.run_apply(job.pk)
        job.refresh_from_db()
        if job.status != ImportJob.Status.APPLIED:
            raise CommandError(job.error or _("Importen misslyckades."))
        self.stdout.write(self.style.SUCCESS(_("Organisationen är importerad.")))

    def _report(self, job: ImportJob) -> None:
        summary = job.summary
        self.stdout.write(
            _("%(rows)s rader, %(unchanged)s enheter oförändrade.")
            % {"rows": summary["rows"], "unchanged": summary["unchanged"]}
        )
        for key, label in CATEGORY_LABELS.items():
            count = summary["counts"][key]
            if not count:
                continue
            self.stdout.write(f"{label}: {count}")
            for item in summary["samples"][key]:
                self.stdout.write("  " + describe(key, item))
        for problem in job.problems.all()[:200]:
            kind = _("Varning") if problem.is_warning else _("Fel")
            self.stdout.write(f"{kind}, rad {problem.row}: {problem.message}")
