"""The full export: every table the product owns as CSV, with a README of their columns, and
every stored file, so that a kommun can leave the product with everything
(`manage.py export_all DIR`, and for admins a ZIP from the worker).

Secrets are left out: password hashes, token hashes and keys (columns named in SECRET_COLUMNS,
tables in SECRET_TABLES). Everything else is exported as stored, confidential cases included:
the export is for the organisation itself and only an admin makes one."""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
import zipfile
from pathlib import Path

import pghistory.models
from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone

from records.models import FullExport, JobStatus

logger = logging.getLogger(__name__)

SECRET_COLUMNS = {"password", "token_hash", "key_hash", "secret", "tracking_token_hash"}
SECRET_TABLES = {"qms_formsubmission"}  # one-time form tokens: no record, only a guard


def owned_models() -> list:
    """The models of the product's own apps (not Django's or a library's), with the audit
    history's contexts."""
    base = Path(settings.BASE_DIR).resolve()
    found = []
    for model in apps.get_models(include_auto_created=True):
        path = Path(apps.get_app_config(model._meta.app_label).path).resolve()
        if not path.is_relative_to(base) or {"site-packages", "dist-packages"} & set(path.parts):
            continue
        if model._meta.proxy or not model._meta.managed:
            continue
        if model._meta.db_table in SECRET_TABLES:
            continue
        found.append(model)
    found.append(pghistory.models.Context)
    unique = {model._meta.db_table: model for model in found}
    return [unique[table] for table in sorted(unique)]


def export_columns(model) -> list:
    return [f for f in model._meta.concrete_fields if f.column not in SECRET_COLUMNS]


def write_tables(folder: Path, progress=None) -> list[tuple[str, int]]:
    """Each owned table as tables/<table>.csv (COPY: a table of millions streams through)."""
    (folder / "tables").mkdir(parents=True, exist_ok=True)
    written = []
    models = owned_models()
    for index, model in enumerate(models, 1):
        table = model._meta.db_table
        columns = ", ".join(connection.ops.quote_name(f.column) for f in export_columns(model))
        order = connection.ops.quote_name(model._meta.pk.column)
        sql = (
            f"COPY (SELECT {columns} FROM {connection.ops.quote_name(table)} ORDER BY {order}) "
            "TO STDOUT WITH (FORMAT csv, HEADER true)"
        )
        target = folder / "tables" / f"{table}.csv"
        with connection.cursor() as cursor, target.open("wb") as out:
            with cursor.cursor.copy(sql) as copy:
                for data in copy:
                    out.write(data)
            cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
            written.append((table, cursor.fetchone()[0]))
        if progress:
            progress(index, len(models))
    return written


def _stored_names(storage, prefix: str = ""):
    try:
        directories, files = storage.listdir(prefix)
    except FileNotFoundError:  # nothing stored yet
        return
    for name in files:
        yield f"{prefix}{name}"
    for directory in directories:
        yield from _stored_names(storage, f"{prefix}{directory}/")


def write_files(folder: Path, *, skip_prefix: str = "records/full-exports/") -> int:
    """Every stored file (uploads, evidence, PDFs, protocols, packages) under files/."""
    count = 0
    for name in _stored_names(default_storage):
        if name.startswith(skip_prefix):
            continue
        target = folder / "files" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, target.open("wb") as out:
            shutil.copyfileobj(source, out, 1 << 16)
        count += 1
    return count


def write_readme(folder: Path, tables: list[tuple[str, int]], files: int) -> None:
    counts = dict(tables)
    lines = [
        "Fullständig export från QMS för kommuner",
        f"Skapad {timezone.now().isoformat()}",
        "",
        "tables/<tabell>.csv: varje tabell som CSV (UTF-8, komma, rubrikrad, RFC 4180).",
        "files/: varje lagrad fil med samma sökväg som i tabellernas filkolumner.",
        "MANIFEST.sha256: kontrollsumma för varje fil i exporten.",
        "Utelämnat: lösenords- och nyckelhashar och engångsnycklar för formulär.",
        f"Filer: {files}",
        "",
    ]
    for model in owned_models():
        table = model._meta.db_table
        lines.append(f"== {table} ({model._meta.verbose_name}; {counts.get(table, 0)} rader)")
        for field in export_columns(model):
            kind = field.get_internal_type()
            target = ""
            if field.is_relation and field.related_model is not None:
                target = f" -> {field.related_model._meta.db_table}"
            lines.append(f"  {field.column}: {field.verbose_name} [{kind}{target}]")
        lines.append("")
    (folder / "README.txt").write_text("\n".join(lines), encoding="utf-8")


def write_manifest(folder: Path) -> None:
    entries = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 16), b""):
                digest.update(chunk)
        entries.append(f"{digest.hexdigest()}  {path.relative_to(folder).as_posix()}")
    (folder / "MANIFEST.sha256").write_text("\n".join(entries) + "\n", encoding="utf-8")


def export_all(folder: Path, progress=None) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    tables = write_tables(folder, progress)
    files = write_files(folder)
    write_readme(folder, tables, files)
    write_manifest(folder)
    return {"tables": len(tables), "rows": sum(n for _t, n in tables), "files": files}


def build_full_export(pk: int) -> None:
    job = FullExport.objects.filter(pk=pk).first()
    if job is None or job.status == JobStatus.DONE:
        return
    jobs = FullExport.objects.filter(pk=pk)
    jobs.update(status=JobStatus.RUNNING, error="")
    try:
        with tempfile.TemporaryDirectory() as work:
            root = Path(work) / "export"
            export_all(root, lambda done, total: jobs.update(done=done, total=total))
            archive = Path(work) / "export.zip"
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
                for path in sorted(p for p in root.rglob("*") if p.is_file()):
                    zipped.write(path, f"qms-export/{path.relative_to(root).as_posix()}")
            with archive.open("rb") as handle:
                job.file.save(f"qms-export-{timezone.localdate():%Y%m%d}.zip", File(handle))
        jobs.update(status=JobStatus.DONE, file=job.file.name, finished_at=timezone.now())
    except Exception as error:
        logger.exception("Fullständig export %s misslyckades", pk)
        jobs.update(status=JobStatus.FAILED, error=repr(error)[:2000], finished_at=timezone.now())
        raise
