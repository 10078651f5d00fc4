"""Uploaded files: checked by content (libmagic), not by name, and limited in size."""

from __future__ import annotations

import io
import mimetypes

import magic
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from qms.storage import StorageFull, is_full

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
    if getattr(upload, "disk_full", False):
        raise StorageFull(upload.name)
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


class UnreceivedUpload(UploadedFile):
    """Stands in for a file the server could not receive because its disk was full. Its size is
    what had arrived, so form fields pass it on to the checks that refuse it with that message:
    `checked_upload`, and in the end the storage itself (`MediaStorage`) – it is never stored."""

    disk_full = True

    def __init__(self, name, content_type, size, charset, content_type_extra=None):
        super().__init__(io.BytesIO(b""), name, content_type, size, charset, content_type_extra)


class DiskFullSafeUploadHandler(TemporaryFileUploadHandler):
    """Receives large files into FILE_UPLOAD_TEMP_DIR like Django's handler, but a full disk
    does not fail the whole request: the file's part is removed, and the form gets an
    `UnreceivedUpload` that it refuses with a message – keeping everything else that was typed.
    """

    def new_file(self, *args, **kwargs):
        self.file = None
        self.refused = False
        self.received = 0
        try:
            super().new_file(*args, **kwargs)
        except OSError as error:
            if not is_full(error):
                raise
            self._give_up()

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.refused:
            return None
        try:
            self.file.write(raw_data)
        except OSError as error:
            if not is_full(error):
                raise
            self._give_up()
        return None

    def file_complete(self, file_size):
        if not self.refused:
            try:
                return super().file_complete(file_size)  # flushes what is still buffered
            except OSError as error:
                if not is_full(error):
                    raise
                self._give_up()
        size = max(file_size, self.received, 1)
        return UnreceivedUpload(
            self.file_name, self.content_type, size, self.charset, self.content_type_extra
        )

    def _give_up(self) -> None:
        self.refused = True
        if self.file is not None:
            self.upload_interrupted()  # closes and removes this file's temporary file
            self.file = None


# Pictures that get a thumbnail (Pillow reads these without plugins; HEIC does not).
THUMBNAIL_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff"}
THUMBNAIL_SIZE = 320  # px, the longer side; shown at up to 160 css px (sharp on 2× screens)


def thumbnail_jpeg(handle, size: int = THUMBNAIL_SIZE) -> bytes | None:
    """A small JPEG of the picture in the open file `handle` (turned as the camera meant it),
    or None if it cannot be read as a picture (damaged, a decompression bomb, a format Pillow
    cannot read). Nothing is kept: it is made when asked for, from the stored file."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(handle) as image:
            image.draft("RGB", (size * 2, size * 2))  # JPEG: decode at a fraction of the size
            image = ImageOps.exif_transpose(image)
            image.thumbnail((size, size))
            if image.mode != "RGB":
                background = Image.new("RGB", image.size, (255, 255, 255))
                rgba = image.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                image = background
            out = io.BytesIO()
            image.save(out, "JPEG", quality=80, optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError):
        return None
