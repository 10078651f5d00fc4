"""Stored files: a full disk is a refusal the form can show, and files nobody refers to go.

- `MediaStorage` is the default storage (MEDIA_ROOT) unless S3_BUCKET is set; then it is
  `qms.object_stores.ObjectStorage`, an S3-compatible object store (django-storages), so that
  every node sees the same files; with AZURE_CONTAINER set it is `AzureObjectStorage` there,
  Azure Blob Storage through the same library. All give every stored file an unguessable name
  (`UnguessableNames`), and none is ever served directly: the permission-checked views stream
  what `FieldFile.open()` returns.
- `MediaStorage`: when the disk (or the user's quota) is
  full it removes what it had written of the file and raises `StorageFull`, a ValidationError:
  the service's transaction rolls back, and the form comes back with the message and with what
  the person typed (`qms.forms.applied`, and every view that shows a service's refusal). It
  cuts file names to 150 bytes, keeping the extension, so every file system can hold them.
- `sweep_orphans()` removes stored files that no row refers to, found generically from every
  FileField of every model – the history tables' too, so a document replaced since stays as
  long as its history does. Only files older than a day are touched: a file is stored before
  the row that names it commits.
- `sweep_upload_temp()` removes what killed requests left in FILE_UPLOAD_TEMP_DIR.
Both run from beat (`qms.tasks.sweep_files`, `qms.tasks.sweep_upload_temp`).
"""

from __future__ import annotations

import datetime
import errno
import logging
import os
import posixpath
import re
import sys
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage, default_storage, storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# What an object store that does not answer raises (refused, reset, timed out): the request is
# answered "tillfälligt ur funktion" (503) as during a database outage (qms.views.server_error).
STORE_UNAVAILABLE = (
    ("botocore.exceptions", "ConnectionError"),  # refused, no route, connect timeout
    ("botocore.exceptions", "HTTPClientError"),  # reset, read timeout
    ("azure.core.exceptions", "ServiceRequestError"),  # Azure: the request did not get through
    ("azure.core.exceptions", "ServiceResponseError"),  # Azure: no (whole) answer
)
# Errors that mean "no room": a full file system, a full quota, a file beyond the size limit.
FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
ORPHAN_AGE = datetime.timedelta(days=1)
UPLOAD_TEMP_AGE = datetime.timedelta(hours=2)  # far longer than any request may take
BATCH = 1000
# File systems allow 255 bytes per name (ext4, XFS, NTFS-3G); Django may add "_" and 7
# characters to make a name unique. 150 bytes leaves room and keeps names readable.
MAX_NAME_BYTES = 150
MAX_SUFFIX_BYTES = 16


class StorageFull(ValidationError):
    """The file could not be stored because there is no room; nothing of it was kept."""

    def __init__(self, name: str):
        super().__init__(
            _(
                "”%(name)s” kunde inte sparas: lagringsutrymmet är fullt. Ingenting sparades, men "
                "det du skrev finns kvar; välj filen igen när du försöker på nytt. Säg till "
                "systemförvaltningen om det inte går senare heller."
            ),
            code="storage_full",
            params={"name": os.path.basename(name)},
        )


def is_full(error: OSError) -> bool:
    return error.errno in FULL


def shortened(name: str, limit: int = MAX_NAME_BYTES) -> str:
    """`name` cut to `limit` bytes of UTF-8, keeping a short extension and whole characters."""
    if len(name.encode()) <= limit:
        return name
    path = PurePosixPath(name)
    suffix = path.suffix if len(path.suffix.encode()) <= MAX_SUFFIX_BYTES else ""
    stem = name[: len(name) - len(suffix)] if suffix else name
    room = limit - len(suffix.encode())
    cut = stem.encode()[:room].decode(errors="ignore")  # never half a character
    return (cut or "fil") + suffix


RANDOM_PART = re.compile(r"[0-9a-f]{32}")


class UnguessableNames:
    """Every stored name holds 128 random bits. Most upload_to functions already make a name of
    uuid4().hex; any other name ("review-12.pdf", a requirement's own document name) is put in a
    folder of its own with a random name, so the download keeps its readable file name while the
    key cannot be guessed from an id or a title (an object store's keys leak into logs)."""

    def generate_filename(self, filename: str) -> str:
        name = super().generate_filename(filename)
        folder, base = posixpath.split(name)
        if RANDOM_PART.search(base) or RANDOM_PART.search(folder):
            return name
        return posixpath.join(folder, uuid.uuid4().hex, base)


class StoredObjects(UnguessableNames):
    """What the object stores share: unguessable names cut to MAX_NAME_BYTES, and an upload the
    server could not receive (its disk full) refused before anything is sent."""

    def get_valid_name(self, name: str) -> str:
        return shortened(super().get_valid_name(name))

    def _save(self, name, content):
        if getattr(content, "disk_full", False):  # an upload the server could not receive
            raise StorageFull(content.name)
        return super()._save(name, content)


class MediaStorage(UnguessableNames, FileSystemStorage):
    """FileSystemStorage that never leaves half a file behind when the disk is full, and that
    cuts a name of about 300 characters to fit the file system, keeping its extension (issue 13
    #7: OSError on the requirements form)."""

    def get_valid_name(self, name: str) -> str:
        return shortened(super().get_valid_name(name))

    def _save(self, name, content):
        if getattr(content, "disk_full", False):  # an upload the server could not receive
            raise StorageFull(content.name)
        target = self.path(name)
        existed = os.path.lexists(target)
        try:
            return super()._save(name, content)
        except OSError as error:
            if not is_full(error):
                raise
            if not existed and os.path.lexists(target):
                os.remove(target)
            logger.error("Lagringen är full: %s kunde inte sparas (%s)", name, error)
            raise StorageFull(getattr(content, "name", "") or name) from error


# The object stores' libraries are imported only where the settings name a store
# (qms.object_stores): they were 0.6 s of the start of every process, web, worker and command.
# No object of theirs exists, and none of their errors is raised, before they are imported, so a
# class of a library that is not loaded matches nothing.


def _loaded(module: str, name: str) -> type | None:
    loaded = sys.modules.get(module)
    return getattr(loaded, name, None) if loaded is not None else None


def _is_a(value, *classes: tuple[str, str]) -> bool:
    return any(
        cls is not None and isinstance(value, cls)
        for cls in (_loaded(module, name) for module, name in classes)
    )


S3 = ("storages.backends.s3", "S3Storage")
AZURE = ("storages.backends.azure_storage", "AzureStorage")


def store_unavailable(error: BaseException) -> bool:
    """Whether `error` is an object store that did not answer."""
    return _is_a(error, *STORE_UNAVAILABLE)


# Sweeping ---------------------------------------------------------------------------------------


def file_fields() -> list[tuple[type[models.Model], str]]:
    """Every (model, field name) that stores a name in the default storage."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField) and _is_default(field.storage):
                found.append((model, field.name))
    return found


def _is_default(storage) -> bool:
    if storage is default_storage:
        return True
    if is_object_store(default_storage) or is_object_store(storage):
        return False
    location = getattr(storage, "location", None)
    return location is not None and Path(location) == Path(default_storage.location)


def is_object_store(storage=None) -> bool:
    if storage is None or storage is default_storage:
        storage = storages["default"]
    return _is_a(storage, S3, AZURE)


def store_address(storage=None) -> str:
    """Where the files are, for the backup's manifest and the log: s3://bucket/prefix,
    azure://container/prefix or the folder."""
    storage = storages["default"] if storage is None else storage
    if _is_a(storage, S3):
        return f"s3://{storage.bucket_name}/{storage.location}".rstrip("/")
    if _is_a(storage, AZURE):
        return f"azure://{storage.azure_container}/{storage.location}".rstrip("/")
    return str(storage.location)


def _prefix(storage) -> str:
    prefix = storage.location.strip("/")
    return f"{prefix}/" if prefix else ""


def stored_files(older_than: datetime.datetime) -> Iterator[str]:
    """Names (as the rows hold them) of the stored files last changed before `older_than`."""
    if is_object_store():
        for name, _size, modified in object_listing():
            if modified < older_than:
                yield name
        return
    root = Path(default_storage.location)
    cutoff = older_than.timestamp()
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            try:
                if path.lstat().st_mtime < cutoff:
                    yield path.relative_to(root).as_posix()
            except FileNotFoundError:  # removed meanwhile
                continue


def object_listing(storage=default_storage) -> Iterator[tuple[str, int, datetime.datetime]]:
    """(name, size, last modified) of every object under the storage's prefix, page by page."""
    prefix = _prefix(storage)
    if _is_a(storage, AZURE):
        for blob in storage.client.list_blobs(name_starts_with=prefix or None):
            yield blob.name[len(prefix) :], blob.size, blob.last_modified
        return
    for item in storage.bucket.objects.filter(Prefix=prefix):
        yield item.key[len(prefix) :], item.size, item.last_modified


def put_object(storage, name: str, path: Path) -> None:
    """The file at `path` into the object store under exactly `name` (as a row holds it),
    replacing what is there: for a restore, where the names must not change."""
    key = _prefix(storage) + name
    if _is_a(storage, AZURE):
        with open(path, "rb") as source:
            storage.client.upload_blob(key, source, overwrite=True)
        return
    storage.bucket.upload_file(str(path), key)


def _referenced(names: list[str], fields) -> set[str]:
    found: set[str] = set()
    for model, field in fields:
        found.update(
            model._base_manager.filter(**{f"{field}__in": names}).values_list(field, flat=True)
        )
    return found


def _batches(items: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def sweep_orphans(now: datetime.datetime | None = None) -> int:
    """Delete stored files older than ORPHAN_AGE that no row of any FileField names, and the
    folders that leaves empty."""
    fields = file_fields()
    cutoff = (now or timezone.now()) - ORPHAN_AGE
    on_disk = not is_object_store()
    root = Path(default_storage.location) if on_disk else None
    removed, emptied = 0, set()
    for names in _batches(stored_files(cutoff), BATCH):
        for name in set(names) - _referenced(names, fields):
            default_storage.delete(name)
            removed += 1
            if on_disk:
                emptied.add((root / name).parent)
            logger.info("Tog bort fil som ingen post hänvisar till: %s", name)
    for folder in sorted(emptied, key=lambda path: len(path.parts), reverse=True):
        while folder != root and folder.is_relative_to(root):
            try:
                folder.rmdir()  # only if empty
            except OSError:
                break
            folder = folder.parent
    return removed


def sweep_upload_temp(now: datetime.datetime | None = None) -> int:
    """Delete files in FILE_UPLOAD_TEMP_DIR older than UPLOAD_TEMP_AGE: what a request that was
    killed while it received a large upload left behind (a finished request removes its own)."""
    folder = Path(settings.FILE_UPLOAD_TEMP_DIR)
    if not folder.is_dir():
        return 0
    cutoff = ((now or timezone.now()) - UPLOAD_TEMP_AGE).timestamp()
    removed = 0
    for path in folder.iterdir():
        try:
            if path.is_file() and path.lstat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
    if removed:
        logger.info("Tog bort %s kvarlämnade tillfälliga uppladdningsfiler", removed)
    return removed
