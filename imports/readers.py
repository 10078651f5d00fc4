"""Reading an uploaded spreadsheet: CSV or Excel (.xlsx), as a header and numbered rows.

Whatever is wrong with a file as a whole (not a spreadsheet, an unknown encoding, too many rows,
no header) is a `ValidationError` with a Swedish message; what is wrong with one row is for the
importer to say. Nothing in a file is ever evaluated: an Excel formula comes out as `FORMULA`
(never as its cached value or its text), and CSV text that starts with "=" is just text.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from python_calamine import CalamineError, CalamineWorkbook

from qms.uploads import checked_upload

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# What libmagic calls a CSV file: plain text in whatever encoding, or text it cannot place.
TEXT_TYPES = {"text/csv", "text/plain", "application/csv"}
IMPORT_TYPES = TEXT_TYPES | {XLSX_TYPE}
OLD_EXCEL_TYPES = {"application/vnd.ms-excel", "application/x-ole-storage", "application/CDFV2"}

DELIMITERS = (";", ",", "\t")
MAX_COLUMNS = 200
MAX_CELL_CHARACTERS = 100_000
# A zip bomb check: an .xlsx may unpack to at most this many times its own size.
MAX_XLSX_RATIO = 100

csv.field_size_limit(MAX_CELL_CHARACTERS)  # Python's default is 131,072: about the same


class Formula:
    """A cell that holds an Excel formula. Formulas are never evaluated and their cached values
    are never used: a mapped column with one is an error on that row."""

    def __repr__(self) -> str:
        return "FORMULA"


FORMULA = Formula()


@dataclass
class Table:
    """A spreadsheet's header and rows. `rows` is a fresh iterator each call: a file is read
    again rather than held in memory."""

    header: list[str]
    format: str  # "csv" or "xlsx"
    encoding: str = ""  # CSV only: "utf-8", "utf-16" or "windows-1252"
    delimiter: str = ""
    _rows: object = field(default=None, repr=False)

    def rows(self) -> Iterator[tuple[int, list]]:
        """(row number as in the file, cell values), header and empty rows left out."""
        return self._rows()

    @property
    def header_hash(self) -> str:
        """Identifies a file layout: the same column names in the same order."""
        normalised = "\x1f".join(name.strip().casefold() for name in self.header)
        return hashlib.sha256(normalised.encode()).hexdigest()


def check_import_file(upload: UploadedFile) -> str:
    """The file's real content type if it can be imported; otherwise a Swedish message."""
    if not upload.size:
        raise ValidationError(_("Filen är tom."), code="empty")
    try:
        content_type = checked_upload(
            upload, allowed=IMPORT_TYPES | OLD_EXCEL_TYPES, limit=settings.IMPORT_MAX_UPLOAD_SIZE
        )
    except ValidationError as error:
        if error.code != "wrong_type":
            raise
        raise ValidationError(
            _(
                "”%(name)s” är inte en CSV- eller Excelfil. Spara registret som .xlsx eller "
                "CSV och försök igen."
            )
            % {"name": upload.name},
            code="not_spreadsheet",
        ) from error
    if content_type in OLD_EXCEL_TYPES:
        raise ValidationError(
            _("Äldre Excelfiler (.xls) kan inte läsas. Spara filen som .xlsx eller CSV."),
            code="old_excel",
        )
    return content_type


def open_table(handle, content_type: str, *, max_rows: int) -> Table:
    """Read the header of an uploaded file (a binary handle that can seek) and check its size.

    Raises ValidationError for a file that cannot be imported at all.
    """
    if content_type == XLSX_TYPE:
        return _open_xlsx(handle, max_rows)
    return _open_csv(handle, max_rows)


def _too_many_rows(max_rows: int) -> ValidationError:
    return ValidationError(
        ngettext(
            "Filen har fler än %(count)s rad. Dela upp den i flera filer.",
            "Filen har fler än %(count)s rader. Dela upp den i flera filer.",
            max_rows,
        )
        % {"count": number_format(max_rows, force_grouping=True)},
        code="too_many_rows",
    )


def _header(values: list) -> list[str]:
    if len(values) > MAX_COLUMNS:
        raise ValidationError(
            _("Filen har fler än %(count)s kolumner. Är det rätt fil?") % {"count": MAX_COLUMNS},
            code="too_many_columns",
        )
    names, seen = [], set()
    for index, value in enumerate(values, start=1):
        name = " ".join(str(value if value is not None else "").split()) or _("Kolumn %(n)s") % {
            "n": index
        }
        unique, n = name, 2
        while unique.casefold() in seen:
            unique, n = f"{name} ({n})", n + 1
        seen.add(unique.casefold())
        names.append(unique)
    return names


def _blank(values: list) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


# CSV -----------------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: a byte-order mark decides; otherwise UTF-8 if the bytes are
    valid UTF-8 (Windows-1252 text with å, ä or ö almost never is), else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("windows-1252"), "windows-1252"
    except UnicodeDecodeError as error:
        raise ValidationError(
            _(
                "Filens teckenkodning känns inte igen. Spara den som CSV (UTF-8) eller "
                "som Excelfil och försök igen."
            ),
            code="encoding",
        ) from error


def _open_csv(handle, max_rows: int) -> Table:
    handle.seek(0)
    try:
        text, encoding = _decode(handle.read())
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("Filen är inte giltig text i den teckenkodning den anger."), code="encoding"
        ) from error
    if "\x00" in text:
        raise ValidationError(
            _("Filen innehåller binära data och är inte en CSV-fil."), code="not_spreadsheet"
        )
    first = next((line for line in io.StringIO(text) if line.strip()), "")
    if not first:
        raise ValidationError(_("Filen är tom."), code="empty")
    delimiter = max(DELIMITERS, key=first.count)

    def rows() -> Iterator[tuple[int, list]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        header_seen = False
        count = 0
        try:
            for values in reader:
                number = reader.line_num
                if _blank(values):
                    continue
                if not header_seen:
                    header_seen = True
                    continue
                count += 1
                if count > max_rows:
                    raise _too_many_rows(max_rows)
                yield number, [value.strip() for value in values]
        except csv.Error as error:
            raise ValidationError(
                _("Rad %(row)s kan inte läsas som CSV (%(error)s).")
                % {"row": reader.line_num, "error": error},
                code="csv",
            ) from error

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header_values = next(values for values in reader if not _blank(values))
    except csv.Error as error:
        raise ValidationError(
            _("Filens första rad kan inte läsas som CSV (%(error)s).") % {"error": error},
            code="csv",
        ) from error
    if text.count("\n") > max_rows:  # only then count rows (a cell may hold line breaks)
        counter = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        if sum(1 for values in counter if not _blank(values)) - 1 > max_rows:
            raise _too_many_rows(max_rows)
    return Table(
        header=_header(header_values),
        format="csv",
        encoding=encoding,
        delimiter=delimiter,
        _rows=rows,
    )


# Excel (.xlsx) -------------------------------------------------------------------------------

FORMULA_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]+)"[^>]*?(?<!/)>\s*<f[\s>/]')
ANY_FORMULA = re.compile(rb"<f[\s>/]")
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + (letter - 64)
    return index - 1


def _first_sheet_path(archive: zipfile.ZipFile) -> str:
    """The zip member of the workbook's first sheet (the one calamine reads as index 0)."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    sheet = workbook.find(f"{MAIN_NS}sheets/{MAIN_NS}sheet")
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    rel_id = sheet.get(f"{REL_NS}id") if sheet is not None else None
    for relation in relations:
        if relation.get("Id") == rel_id:
            target = relation.get("Target", "").lstrip("/")
            return target if target.startswith("xl/") else f"xl/{target}"
    raise KeyError("first sheet")


def _formula_cells(archive: zipfile.ZipFile) -> set[tuple[int, int]]:
    """(row number, column index) of every formula cell of the first sheet, read from the
    sheet's XML in chunks (calamine gives cached values only and cannot tell)."""
    found: set[tuple[int, int]] = set()
    seen_any = False
    tail = b""
    with archive.open(_first_sheet_path(archive)) as sheet:
        while chunk := sheet.read(1 << 20):
            data = tail + chunk
            seen_any = seen_any or bool(ANY_FORMULA.search(data))
            for match in FORMULA_CELL.finditer(data):
                found.add((int(match.group(2)), _column_index(match.group(1))))
            tail = data[-512:]
    if seen_any and not found:
        # Formulas in cells without a reference: the rows cannot be told apart; refuse.
        raise ValidationError(
            _("Filen innehåller formler. Spara en kopia med bara värden och försök igen."),
            code="formulas",
        )
    return found


def _open_xlsx(handle, max_rows: int) -> Table:
    handle.seek(0)
    try:
        archive = zipfile.ZipFile(handle)
        unpacked = sum(info.file_size for info in archive.infolist())
        packed = max(1, sum(info.compress_size for info in archive.infolist()))
        if unpacked > MAX_XLSX_RATIO * packed + 10_000_000:
            raise ValidationError(
                _("Excelfilen packas upp till orimligt mycket data och läses inte."),
                code="zip_bomb",
            )
        formulas = _formula_cells(archive)
        handle.seek(0)
        sheet = CalamineWorkbook.from_filelike(handle).get_sheet_by_index(0)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, CalamineError, ValueError) as e:
        raise ValidationError(
            _("Excelfilen kan inte läsas. Öppna den i Excel och spara den igen som .xlsx."),
            code="xlsx",
        ) from e
    if sheet.height - 1 > max_rows:
        raise _too_many_rows(max_rows)
    # calamine's rows start at the sheet's first used cell; file rows and columns count from
    # the sheet's corner.
    first_row, first_column = (sheet.start[0] + 1, sheet.start[1]) if sheet.start else (1, 0)

    def numbered() -> Iterator[tuple[int, list]]:
        for offset, values in enumerate(sheet.iter_rows()):
            if not _blank(values):
                yield first_row + offset, values

    header_row, header_values = next(numbered(), (None, None))
    if header_row is None:
        raise ValidationError(_("Filen är tom."), code="empty")

    def rows() -> Iterator[tuple[int, list]]:
        for number, values in numbered():
            if number == header_row:
                continue
            cells = [_xlsx_value(value) for value in values]
            for column in range(len(cells)):
                if (number, first_column + column) in formulas:
                    cells[column] = FORMULA
            yield number, cells

    return Table(header=_header(header_values), format="xlsx", _rows=rows)


def _xlsx_value(value):
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, datetime.time | datetime.timedelta):
        return str(value)
    return value
