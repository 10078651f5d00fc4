"""Uploaded files: checked by content (libmagic), not by name, and limited in size."""

from __future__ import annotations

import mimetypes

import magic
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# What people attach to cases: PDF, images, office documents and plain text.
ALLOWED_TYPES = {
    "application/pdf",
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "image/heic",
    "image/heif",
    "image/tiff",
    "text/plain",
    "text/csv",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
    "application/rtf",
    "text/rtf",
}
# libmagic reports some office files by their container; the name decides between these only.
CONTAINER_TYPES = {"application/zip", "application/x-ole-storage", "application/CDFV2"}
OFFICE_SUFFIXES = {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".doc", ".xls", ".ppt"}


def checked_upload(
    upload: UploadedFile, allowed: set[str] = ALLOWED_TYPES, limit: int | None = None
) -> str:
    """Return the file's real content type, or raise ValidationError saying what is wrong.

    `limit` is the largest size in bytes (MAX_UPLOAD_SIZE unless given)."""
    limit = limit or settings.MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(
            _("”%(name)s” är för stor (%(size)s). Största tillåtna storlek är %(limit)s.")
            % {
                "name": upload.name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(limit),
            },
            code="too_big",
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    content_type = magic.from_buffer(head, mime=True)
    suffix = "." + upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if content_type in CONTAINER_TYPES and suffix in OFFICE_SUFFIXES:
        content_type = mimetypes.guess_type(upload.name)[0] or content_type
    if content_type not in allowed:
        raise ValidationError(
            _(
                "”%(name)s” är inte en tillåten filtyp (innehållet är %(type)s). "
                "Tillåtet är PDF, bilder, Office-dokument och text."
            )
            % {"name": upload.name, "type": content_type},
            code="wrong_type",
        )
    return content_type


def store_upload(record, upload: UploadedFile) -> None:
    """Check `upload` and put it on an attachment-like record (fields `file`, `original_name`,
    `content_type`, `size`), then save the record.

    The file is stored before the row commits: a rollback can leave an orphan file behind,
    never a row without its file.
    """
    record.content_type = checked_upload(upload)
    record.original_name = upload.name[:255]
    record.size = upload.size
    record.file.save(upload.name, upload, save=False)
    record.save()
