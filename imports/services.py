"""Import jobs: start one from an upload, map its columns, check it, import it, or cancel it.

Views and the command call these; the worker runs `run_check` and `run_apply` (imports.tasks).
A job moves only from the status each step expects, so a task delivered twice does nothing the
second time. The check writes only its report; the import is one transaction: everything the
check promised, or nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from contextlib import contextmanager

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from imports import legacy, organisation
from imports.models import ColumnMapping, ImportJob, ImportProblem
from imports.readers import Table, check_import_file, open_table
from imports.values import text
from qms.models import OrganisationUnit, User

logger = logging.getLogger(__name__)

Status = ImportJob.Status
Kind = ImportJob.Kind
SAMPLE_ROWS = 1_000  # rows read at upload to show a column's values in the mapping step
SAMPLE_VALUES = 30


def may_import(user: User, kind: str) -> bool:
    if kind == Kind.ORGANISATION:
        return user.has_perm("qms.change_group_register")
    return user.has_perm("imports.import_register")


def _ensure_may_import(user: User, kind: str) -> None:
    if not may_import(user, kind):
        raise PermissionDenied(_("Du får inte göra den här importen."))


def max_rows(kind: str) -> int:
    from django.conf import settings

    return settings.IMPORT_MAX_UNITS if kind == Kind.ORGANISATION else settings.IMPORT_MAX_ROWS


@contextmanager
def opened(job: ImportJob):
    """The job's stored file as a Table (a ValidationError if it cannot be read)."""
    with job.file.open("rb") as handle:
        yield open_table(handle, job.content_type, max_rows=max_rows(job.kind))


@transaction.atomic
def start_import(
    *,
    by: User | None,
    kind: str,
    upload: UploadedFile,
    source: str = "",
    place_under: OrganisationUnit | None = None,
    queue: bool = True,
) -> ImportJob:
    """Keep the uploaded file and read its header. An organisation file is queued for its check
    at once (unless `queue` is false: the command runs the check itself); a register waits for
    its columns to be mapped (prefilled from the last mapping of the same layout)."""
    if by is not None:
        _ensure_may_import(by, kind)
    content_type = check_import_file(upload)
    upload.seek(0)
    table = open_table(upload, content_type, max_rows=max_rows(kind))
    if kind == Kind.ORGANISATION:
        organisation.find_columns(table.header)  # wrong columns: refused at once
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    job = ImportJob(
        kind=kind,
        status=Status.CHECK_QUEUED if kind == Kind.ORGANISATION else Status.MAPPING,
        original_name=upload.name[:255],
        content_type=content_type,
        size=upload.size,
        file_sha256=digest.hexdigest(),
        encoding=table.encoding,
        header=table.header,
        header_hash=table.header_hash,
        source=source,
        place_under=place_under,
        created_by=by,
    )
    if kind != Kind.ORGANISATION:
        saved = ColumnMapping.objects.filter(kind=kind, header_hash=table.header_hash).first()
        job.mapping = (
            dict(saved.mapping)
            if saved
            else {"fields": legacy.guess_columns(kind, table.header), "status_values": {}}
        )
        job.source = source or (saved.source if saved else "")
        job.mapping["values"] = _column_values(table)
    upload.seek(0)
    job.file.save(upload.name, upload, save=False)
    job.save()
    if kind == Kind.ORGANISATION and queue:
        _queue(job, "check")
    return job


def _column_values(table: Table) -> dict[str, list[str]]:
    """Up to 30 different values of each column among the first rows: what the mapping step
    shows, and the status words it offers to map."""
    values: dict[str, list[str]] = {name: [] for name in table.header}
    for count, (_number, cells) in enumerate(table.rows(), start=1):
        for name, cell in zip(table.header, cells, strict=False):
            try:
                word = text(cell)
            except ValueError:
                continue
            found = values[name]
            if word and len(found) < SAMPLE_VALUES and word not in found:
                found.append(word[:100])
        if count >= SAMPLE_ROWS:
            break
    return values


@transaction.atomic
def save_mapping(
    job: ImportJob,
    *,
    by: User,
    columns: dict[str, str],
    status_values: dict[str, str],
    default_status: str,
    source: str,
) -> ImportJob:
    """Keep the mapping (also for the next file of the same layout) and queue the check."""
    job = ImportJob.objects.select_for_update().get(pk=job.pk)
    _ensure_may_import(by, job.kind)
    if job.status not in (Status.MAPPING, Status.CHECKED, Status.FAILED):
        raise ValidationError(_("Importen kan inte ändras nu."))
    missing = legacy.missing_fields(job.kind, columns)
    if missing:
        raise ValidationError(_("Välj en kolumn för %(fields)s.") % {"fields": ", ".join(missing)})
    if not source.strip():
        raise ValidationError(_("Ange vilken källa registret kommer från."))
    mapping = {
        "fields": {key: name for key, name in columns.items() if name in job.header},
        "status_values": status_values,
        "default_status": default_status,
    }
    ColumnMapping.objects.update_or_create(
        kind=job.kind,
        header_hash=job.header_hash,
        defaults={
            "header": job.header,
            "mapping": mapping,
            "source": source.strip(),
            "updated_by": by,
        },
    )
    job.mapping = {**mapping, "values": job.mapping.get("values", {})}
    job.source = source.strip()
    job.status = Status.CHECK_QUEUED
    job.summary, job.error = {}, ""
    job.save()
    _queue(job, "check")
    return job


@transaction.atomic
def request_apply(job: ImportJob, *, by: User) -> ImportJob:
    """Queue the import of a checked file."""
    job = ImportJob.objects.select_for_update().get(pk=job.pk)
    _ensure_may_import(by, job.kind)
    if job.status != Status.CHECKED:
        raise ValidationError(_("Filen måste kontrolleras innan den importeras."))
    if job.kind == Kind.ORGANISATION and job.summary.get("errors"):
        raise ValidationError(_("Rätta felen i filen och ladda upp den igen."))
    if job.is_legacy and not job.summary.get("to_import"):
        raise ValidationError(_("Det finns inga rader att importera."))
    job.status = Status.APPLY_QUEUED
    job.error = ""
    job.save(update_fields=["status", "error"])
    _queue(job, "apply")
    return job


@transaction.atomic
def restart_import(job: ImportJob, *, by: User) -> ImportJob:
    """Queue a waiting job's task again (the broker was down), or check a failed job again."""
    job = ImportJob.objects.select_for_update().get(pk=job.pk)
    _ensure_may_import(by, job.kind)
    if job.status == Status.FAILED and job.file:
        job.status = Status.CHECK_QUEUED
        job.error = ""
        job.save(update_fields=["status", "error"])
    if job.status == Status.CHECK_QUEUED:
        _queue(job, "check")
    elif job.status == Status.APPLY_QUEUED:
        _queue(job, "apply")
    else:
        raise ValidationError(_("Importen väntar inte på något."))
    return job


@transaction.atomic
def cancel_import(job: ImportJob, *, by: User) -> ImportJob:
    """Give up a job that has not been imported; its file is deleted."""
    job = ImportJob.objects.select_for_update().get(pk=job.pk)
    _ensure_may_import(by, job.kind)
    if job.status in (Status.APPLYING, Status.APPLIED, Status.CANCELLED):
        raise ValidationError(_("Importen kan inte avbrytas nu."))
    job.status = Status.CANCELLED
    _delete_file(job)
    job.save()
    if job.is_legacy:
        legacy.drop_stage(job)
    return job


def _delete_file(job: ImportJob) -> None:
    """The file may name people: once it is imported or given up, it is not kept."""
    if job.file:
        name = job.file.name
        job.file = ""
        transaction.on_commit(lambda: job.file.storage.delete(name))


def _queue(job: ImportJob, step: str) -> None:
    from imports import tasks

    task = tasks.check_import if step == "check" else tasks.apply_import
    pk = job.pk

    def send() -> None:
        try:
            task.delay(pk)
        except Exception:  # broker unreachable (kombu raises several kinds)
            logger.warning("Kunde inte köa import %s (%s)", pk, step, exc_info=True)

    transaction.on_commit(send)


# The worker's part ------------------------------------------------------------------------------


def _progress(job: ImportJob) -> Callable[[int], None]:
    jobs = ImportJob.objects.filter(pk=job.pk)
    return lambda done: jobs.update(rows_done=done)


def run_check(pk: int) -> None:
    """The dry run: read and check every row, store the report. Writes nothing else."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().filter(pk=pk).first()
        if job is None or job.status not in (Status.CHECK_QUEUED, Status.CHECKING):
            return
        job.status = Status.CHECKING
        job.rows_done = 0
        job.save(update_fields=["status", "rows_done"])
        job.problems.all().delete()
    try:
        with override("sv"), opened(job) as table:
            if job.kind == Kind.ORGANISATION:
                plan = organisation.plan_organisation(table, place_under=job.place_under)
                summary = plan.summary()
                problems = [
                    ImportProblem(
                        job=job,
                        row=p.row,
                        column=p.column[:200],
                        message=p.message[:500],
                        is_warning=p.is_warning,
                    )
                    for p in plan.problems
                ]
                rows = plan.rows
            else:
                try:
                    staged, problems = legacy.stage_rows(
                        job, table, by=job.created_by, progress=_progress(job)
                    )
                except BaseException:
                    legacy.drop_stage(job)
                    raise
                # The stage is kept for the import (dropped by it, or on cancel).
                summary, rows = staged.summary(), staged.rows
    except ValidationError as error:
        _fail(job, " ".join(error.messages))
        return
    with transaction.atomic():
        ImportProblem.objects.bulk_create(problems, batch_size=5_000)
        ImportJob.objects.filter(pk=pk, status=Status.CHECKING).update(
            status=Status.CHECKED,
            summary=summary,
            rows_total=rows,
            rows_done=rows,
            checked_at=timezone.now(),
        )


def run_apply(pk: int) -> None:
    """The import, in one transaction. A plan that no longer matches the check is refused."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().filter(pk=pk).first()
        if job is None or job.status not in (Status.APPLY_QUEUED, Status.APPLYING):
            return
        job.status = Status.APPLYING
        job.rows_done = 0
        job.save(update_fields=["status", "rows_done"])
    try:
        with override("sv"):
            apply_job(job, progress=_progress(job))
    except ValidationError as error:
        _fail(job, " ".join(error.messages))
    except Exception:
        logger.exception("Import %s misslyckades", pk)
        _fail(job, _("Importen misslyckades; ingenting importerades. Försök igen."))
        raise


def apply_job(job: ImportJob, *, progress: Callable[[int], None] | None = None) -> dict:
    """Import a checked job and mark it imported, all in one transaction.

    A register's rows come from the check's stage (see legacy.stage_table); only if it is gone
    (a database crash empties unlogged tables) is the file read and checked again."""
    if job.kind == Kind.ORGANISATION:
        with opened(job) as table, transaction.atomic():
            result = organisation.apply_organisation(job, table)
            _mark_applied(job, result)
        return result
    try:
        if not legacy.stage_exists(job) or (
            legacy.staged_counts(job) != job.summary.get("to_import")
        ):
            with opened(job) as table:
                staged, _problems = legacy.stage_rows(
                    job, table, by=job.created_by, progress=progress
                )
            if staged.promise() != {key: job.summary.get(key) for key in staged.promise()}:
                raise ValidationError(legacy.CHANGED, code="changed")
        with transaction.atomic():
            legacy.lock_source(job)
            legacy.verify_stage(job, by=job.created_by)
            inserted = legacy.insert_staged(job, by=job.created_by)
            result = {"imported": inserted, "already_imported": job.summary["already_imported"]}
            _mark_applied(job, result)
    finally:
        legacy.drop_stage(job)
    return result


def _mark_applied(job: ImportJob, result: dict) -> None:
    job.status = Status.APPLIED
    job.result = result
    job.applied_at = timezone.now()
    _delete_file(job)
    job.save(update_fields=["status", "result", "applied_at", "file"])


def _fail(job: ImportJob, message: str) -> None:
    ImportJob.objects.filter(pk=job.pk).update(status=Status.FAILED, error=message[:2000])
    if job.is_legacy:
        legacy.drop_stage(job)
