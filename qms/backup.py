"""Backup and restore of everything that must not be lost: the database and the stored files
(MEDIA_ROOT, or the object store's bucket when S3_BUCKET is set).

`manage.py backup FILE` (`-`: standard output) writes one tar file holding
- `database.dump`: pg_dump's custom format of the whole database (the audit history included),
- `media.tar.gz`: the stored files,
- `manifest.json`: what was in them – the row count of every table and the size and SHA-256 of
  every file – so that a restore can prove it is complete.
The database is dumped first and the files archived after: a file is stored before the row
that names it commits, and kept while any row (or history row) names it, so every file the dump
refers to is in the archive.

`manage.py restore FILE --yes` (`-`: standard input) refuses while other sessions use the
database (stop web,
worker and beat first), empties the database's schema and loads the dump in one transaction,
unpacks the files (checked against the manifest before the old ones are replaced), runs
`migrate` (a backup from an older release is brought up to date) and compares the restored
tables and files with the manifest.

With an object store the files are read from the bucket (under S3_PREFIX) into the same
`media.tar.gz`, and a restore checks the archive first, then writes every file back under its
name and removes objects the backup does not have. The pair is consistent the same way: the dump
first, then the listing; a file added meanwhile is an orphan (swept after a day), and a file
removed meanwhile (thinning, a replaced document) is the one gap, reported by the restore's
comparison. Turn on the bucket's versioning to close it.

pg_dump and pg_restore must be at least the server's major version: from PATH, or PG_BIN_DIR.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.storage import storages
from django.db import connection
from django.utils import timezone

from qms import storage

DUMP = "database.dump"
MEDIA = "media.tar.gz"
MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore that cannot be done, with the reason in Swedish for the operator."""


# The database ---------------------------------------------------------------------------------


def pg_tool(name: str) -> str:
    folder = getattr(settings, "PG_BIN_DIR", "") or ""
    found = str(Path(folder) / name) if folder else shutil.which(name)
    if not found or not Path(found).exists():
        raise BackupError(
            f"{name} saknas. Installera PostgreSQL-klienten (samma huvudversion som servern) "
            "eller ange PG_BIN_DIR."
        )
    return found


def _libpq() -> tuple[list[str], dict[str, str]]:
    """Connection arguments for pg_dump/pg_restore from Django's database settings (the
    password goes in the environment, never on the command line)."""
    db = settings.DATABASES["default"]
    args = [f"--dbname={db['NAME']}"]
    if db.get("HOST"):
        args.append(f"--host={db['HOST']}")
    if db.get("PORT"):
        args.append(f"--port={db['PORT']}")
    args.append(f"--username={db.get('USER') or 'postgres'}")
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _check_version(tool: str) -> None:
    output = subprocess.run([tool, "--version"], capture_output=True, text=True).stdout
    tool_major = int(output.split()[-1].split(".")[0])
    server_major = connection.pg_version // 10000
    if tool_major < server_major:
        raise BackupError(
            f"{Path(tool).name} är version {tool_major} men databasservern {server_major}. "
            f"Installera postgresql-client-{server_major} eller ange PG_BIN_DIR."
        )


def table_counts() -> dict[str, int]:
    """Rows in every table of the database's schema."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
        tables = [name for (name,) in cursor.fetchall()]
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def other_sessions() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


# The files --------------------------------------------------------------------------------------


def _sha256(handle) -> str:
    digest = hashlib.sha256()
    while chunk := handle.read(1024 * 1024):
        digest.update(chunk)
    return digest.hexdigest()


def file_manifest(root: Path) -> dict[str, dict]:
    """Size and SHA-256 of every file below `root`, by path relative to it."""
    files = {}
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            with path.open("rb") as handle:
                files[path.relative_to(root).as_posix()] = {
                    "size": path.stat().st_size,
                    "sha256": _sha256(handle),
                }
    return files


def archive_manifest(path: Path) -> dict[str, dict]:
    """Size and SHA-256 of every file in a .tar.gz, by its path in the archive."""
    files = {}
    with tarfile.open(path, "r:gz") as archive:
        for member in archive:
            if member.isfile():
                handle = archive.extractfile(member)
                files[member.name] = {"size": member.size, "sha256": _sha256(handle)}
    return files


# Backup ------------------------------------------------------------------------------------------


def backup(folder: Path) -> None:
    """Write the backup's three files into the (empty) `folder`."""
    pg_dump = pg_tool("pg_dump")
    _check_version(pg_dump)
    counts = table_counts()
    args, env = _libpq()
    dumped = subprocess.run(
        [pg_dump, "--format=custom", "--no-owner", f"--file={folder / DUMP}", *args],
        env=env,
        capture_output=True,
        text=True,
    )
    if dumped.returncode != 0:
        raise BackupError(f"pg_dump misslyckades: {dumped.stderr.strip()}")
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(folder / MEDIA, "w:gz") as archive:
        if storage.is_object_store():
            _archive_objects(archive)
        elif media.is_dir():
            for entry in sorted(media.iterdir()):
                if not entry.name.startswith(".restoring-"):
                    archive.add(entry, arcname=entry.name)
    manifest = {
        "created_at": timezone.now().isoformat(),
        "storage": _storage_name(),
        "tables": counts,
        "files": archive_manifest(folder / MEDIA),  # exactly what the archive holds
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))


def _storage_name() -> str:
    if not storage.is_object_store():
        return "filesystem"
    return storage.store_address()


def _archive_objects(archive: tarfile.TarFile) -> None:
    """Every object under the store's prefix into the archive, by the name the rows hold."""
    store = storages["default"]
    for name, size, modified in sorted(storage.object_listing(store)):
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = size, int(modified.timestamp()), 0o644
        with store.open(name, "rb") as handle:
            archive.addfile(info, handle)


def stored_manifest() -> dict[str, dict]:
    """Size and SHA-256 of every stored file now: MEDIA_ROOT's, or the bucket's (read back)."""
    if not storage.is_object_store():
        return file_manifest(Path(settings.MEDIA_ROOT))
    store = storages["default"]
    files = {}
    for name, size, _modified in storage.object_listing(store):
        with store.open(name, "rb") as handle:
            files[name] = {"size": size, "sha256": _sha256(handle)}
    return files


def _replace_objects(unpacked: Path, expected: dict[str, dict]) -> None:
    """The checked files into the bucket under their names; objects the backup lacks removed."""
    store = storages["default"]
    for name in sorted(expected):
        storage.put_object(store, name, unpacked / name)
    for name, _size, _modified in list(storage.object_listing(store)):
        if name not in expected:
            store.delete(name)


def pack(folder: Path, target) -> None:
    """The backup folder as one (uncompressed: its parts are) tar stream on `target`."""
    with tarfile.open(fileobj=target, mode="w|") as archive:
        for name in (MANIFEST, DUMP, MEDIA):
            archive.add(folder / name, arcname=name)


def unpack(source, folder: Path) -> None:
    """A tar stream from `pack` into `folder`; anything but the three parts is refused."""
    with tarfile.open(fileobj=source, mode="r|") as archive:
        for member in archive:
            if member.name not in (MANIFEST, DUMP, MEDIA) or not member.isfile():
                raise BackupError(f"Okänd del i säkerhetskopian: {member.name}")
            extract(archive, member, folder)
    missing = [name for name in (MANIFEST, DUMP, MEDIA) if not (folder / name).exists()]
    if missing:
        raise BackupError(f"Säkerhetskopian är ofullständig (saknar {', '.join(missing)}).")


def extract(archive: tarfile.TarFile, member: tarfile.TarInfo, folder: Path) -> None:
    """One member of `archive` into `folder` with tarfile's "data" filter (PEP 706): nothing
    outside the folder, no links that lead out of it, no devices, no owner or odd mode bits
    from the archive.

    Python 3.11 before 3.11.4 (Debian 12's own 3.11.2) has no filters. There a member is
    written here instead, and only if it is a regular file or a folder whose path (leading
    slashes stripped, as the filter strips them) lies inside `folder`: what the backup's
    archives hold (the media archive is made of MEDIA_ROOT's files and folders). Anything else
    is refused with BackupError, as the filter's refusals are."""
    root = folder.resolve()
    target = (root / member.name.lstrip("/" + os.sep)).resolve()
    if target == root and not member.isdir():
        # A file named as the folder itself ("/", "./"): the filter lets it through, and
        # writing it would fail on the folder.
        raise BackupError(f"Otillåten del i arkivet (mappen själv som fil): {member.name}")
    if hasattr(tarfile, "data_filter"):
        try:
            archive.extract(member, folder, filter="data")
        except tarfile.FilterError as refused:
            raise BackupError(f"Otillåten del i arkivet: {refused}") from refused
        return
    inside = target == root or root in target.parents
    if not inside or not (member.isfile() or member.isdir()):
        raise BackupError(
            f"Otillåten del i arkivet (länk, enhet eller sökväg utanför): {member.name}"
        )
    if member.isdir():
        target.mkdir(parents=True, exist_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    source = archive.extractfile(member)
    with source, open(target, "wb") as written:
        shutil.copyfileobj(source, written)


# Restore -----------------------------------------------------------------------------------------


@dataclass
class Restored:
    tables: int = 0
    files: int = 0
    differences: list[str] = field(default_factory=list)


def restore(folder: Path, *, migrate) -> Restored:
    """Replace the database and MEDIA_ROOT with the backup in `folder`. `migrate()` is called
    in between (the management command passes Django's migrate)."""
    manifest = json.loads((folder / MANIFEST).read_text())
    pg_restore = pg_tool("pg_restore")
    _check_version(pg_restore)
    if other_sessions():
        raise BackupError(
            "Andra program använder databasen. Stoppa web, worker och beat före återläsningen."
        )
    in_bucket = storage.is_object_store()
    media = Path(settings.MEDIA_ROOT)
    if in_bucket:  # checked on local disk first; written to the bucket after the load
        work = Path(tempfile.mkdtemp(prefix="qms-restore-", dir=settings.FILE_UPLOAD_TEMP_DIR))
        unpacked = work / "files"
    else:
        media.mkdir(parents=True, exist_ok=True)
        unpacked = media / f".restoring-{datetime.datetime.now():%Y%m%d%H%M%S}"
    _unpack(folder / MEDIA, unpacked, manifest["files"])

    with connection.cursor() as cursor:
        cursor.execute("SELECT current_schema()")
        schema = connection.ops.quote_name(cursor.fetchone()[0])
        cursor.execute(f"DROP SCHEMA {schema} CASCADE")
        cursor.execute(f"CREATE SCHEMA {schema}")
    connection.close()
    args, env = _libpq()
    loaded = subprocess.run(
        [pg_restore, "--no-owner", "--single-transaction", "--exit-on-error", *args, folder / DUMP],
        env=env,
        capture_output=True,
        text=True,
    )
    if loaded.returncode != 0:
        raise BackupError(
            f"pg_restore misslyckades: {loaded.stderr.strip()}\nDatabasen är tom nu; rätta "
            "felet och kör återläsningen igen. Filerna är inte ändrade."
        )

    if in_bucket:
        try:
            _replace_objects(unpacked, manifest["files"])
        finally:
            shutil.rmtree(work, ignore_errors=True)
    else:
        for entry in media.iterdir():
            if entry != unpacked:
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        for entry in unpacked.iterdir():
            entry.rename(media / entry.name)
        unpacked.rmdir()

    migrate()
    return _compare(manifest)


def _unpack(archive_path: Path, target: Path, expected: dict[str, dict]) -> None:
    target.mkdir()
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            for member in archive:
                extract(archive, member, target)
        found = file_manifest(target)
        if found != expected:
            missing = sorted(set(expected) - set(found))
            changed = sorted(n for n in expected if n in found and found[n] != expected[n])
            raise BackupError(
                f"Filarkivet stämmer inte med förteckningen (saknas: {missing[:5]}, "
                f"ändrade: {changed[:5]}). Ingenting är återläst."
            )
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise


def _compare(manifest: dict) -> Restored:
    result = Restored()
    counts = table_counts()
    for table, expected in manifest["tables"].items():
        if table == "django_migrations":
            continue  # a newer release adds its migrations
        if counts.get(table) != expected:
            result.differences.append(f"{table}: {counts.get(table)} rader, väntat {expected}")
    files = stored_manifest()
    for name, info in manifest["files"].items():
        if files.get(name) != info:
            result.differences.append(f"{name}: saknas eller ändrad")
    result.tables, result.files = len(manifest["tables"]), len(manifest["files"])
    return result
