"""The deviation list as Excel (.xlsx) or CSV, for one user and with that user's permissions.

Small exports are written straight into the response; larger ones are an `Export` row that the
worker fills in (`run_export`), re-applying the list's filter for the user who asked.
"""

from __future__ import annotations

import csv
import datetime
import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from django.conf import settings
from django.core.files import File
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from deviations.filters import DeviationFilter
from deviations.models import Action, ConfidentialRead, Deviation, Export
from qms.models import User

logger = logging.getLogger(__name__)

# Up to this many rows an export is written while the user waits; more go to the worker.
# Overridable (EXPORT_DIRECT_ROWS) so that tests can send a handful of rows to the worker.
DIRECT_EXPORT_ROWS = 2000
BATCH_SIZE = 2000
# Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def direct_export_rows() -> int:
    return getattr(settings, "EXPORT_DIRECT_ROWS", DIRECT_EXPORT_ROWS)


def export_queryset(user: User, query: QueryDict) -> tuple[DeviationFilter, QuerySet]:
    """The list's filter for `user`, and its rows in the list's order."""
    filterset = DeviationFilter(query, Deviation.objects.visible_to(user), user=user)
    rows = filterset.qs.select_related("unit", "category__parent", "investigator").defer("search")
    rows = rows.order_by(*filterset.ordering.order_by())
    return filterset, rows


def header() -> list[str]:
    return [
        _("Ärendenummer"),
        _("Rapporterad"),
        _("Inträffade"),
        _("Enhet"),
        _("Kategori"),
        _("Allvarlighet"),
        _("Status"),
        _("Rubrik"),
        _("Beskrivning"),
        _("Sekretess"),
        _("Utredare"),
        _("Avslutad"),
    ]


def row_of(deviation: Deviation) -> list:
    severity = deviation.severity
    return [
        deviation.number,
        deviation.created_at,
        deviation.occurred_at,
        deviation.unit.name,
        str(deviation.category) if deviation.category_id else "",
        str(severity.label) if severity else "",
        deviation.get_status_display(),
        deviation.title,
        deviation.description,
        _("Sekretess") if deviation.is_confidential else "",
        str(deviation.investigator) if deviation.investigator_id else "",
        deviation.closed_at,
    ]


def rows_of(queryset: QuerySet, user: User) -> Iterator[list]:
    """Rows in batches; a confidential case in the file is logged as read by `user`."""
    batch: list[Deviation] = []
    for deviation in queryset.iterator(chunk_size=BATCH_SIZE):
        batch.append(deviation)
        if len(batch) == BATCH_SIZE:
            yield from _logged(batch, user)
            batch = []
    yield from _logged(batch, user)


def _logged(batch: list[Deviation], user: User) -> Iterator[list]:
    ConfidentialRead.objects.bulk_create(
        ConfidentialRead(deviation=d, user=user, what="export") for d in batch if d.is_confidential
    )
    for deviation in batch:
        yield row_of(deviation)


def local(moment: datetime.datetime | None) -> datetime.datetime | None:
    """Local wall-clock time without a zone (spreadsheets have no time zones)."""
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None


def guard_formula(value: str) -> str:
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def csv_value(value) -> str:
    if isinstance(value, datetime.datetime):
        return f"{local(value):%Y-%m-%d %H:%M}"
    return guard_formula(str(value)) if value is not None else ""


class _Echo:
    """A file that returns what is written: lets csv.writer produce one line at a time."""

    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[list]) -> Iterator[str]:
    """CSV with semicolons and a byte-order mark: what Excel with Swedish settings opens."""
    writer = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff" + writer.writerow(header())
    for row in rows:
        yield writer.writerow([csv_value(value) for value in row])


def write_xlsx(
    rows: Iterable[list],
    handle: IO[bytes],
    *,
    columns: list[str] | None = None,
    sheet_title: str = "",
) -> None:
    """A write-only workbook of one sheet (the deviation list's columns unless given)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title or _("Avvikelser"))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_cell(sheet, title, font=bold) for title in columns or header()])
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
    workbook.save(handle)


def _cell(sheet, value, font: Font | None = None) -> WriteOnlyCell:
    if isinstance(value, datetime.datetime):
        cell = WriteOnlyCell(sheet, value=local(value))
        cell.number_format = "yyyy-mm-dd hh:mm"
        return cell
    if isinstance(value, datetime.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text: "=…" typed by a reporter is never a formula
    if font:
        cell.font = font
    return cell


# The action register ----------------------------------------------------------------------------

# Up to this many actions are written while the user waits; a larger register is narrowed first.
ACTION_EXPORT_ROWS = 10_000


def action_header() -> list[str]:
    return [
        _("Åtgärd"),
        _("Typ"),
        _("Källa"),
        _("Enhet"),
        _("Ansvarig"),
        _("Klart senast"),
        _("Status"),
        _("Försenad"),
        _("Sekretess"),
        _("Skapad"),
        _("Genomförd"),
        _("Resultat"),
    ]


def action_row(action: Action, today: datetime.date) -> list:
    """One action as the register shows it; `source_deviation`/`source_kind` set by the view
    (a case number only where the person may open the case)."""
    if action.source_deviation:
        source = action.source_deviation.number
    else:
        source = str(action.source_kind).capitalize() if action.source_kind else ""
    return [
        action.title,
        action.get_kind_display(),
        source,
        action.unit.name,
        str(action.owner),
        action.due_date,
        action.get_status_display(),
        _("Ja") if action.is_overdue(today) else "",
        _("Sekretess") if action.is_confidential else "",
        action.created_at,
        action.completed_at,
        action.result,
    ]


def action_filename() -> str:
    return f"atgarder-{timezone.localdate():%Y-%m-%d}.xlsx"


def filename(export_format: str) -> str:
    return f"avvikelser-{timezone.localdate():%Y-%m-%d}.{export_format}"


def write(export_format: str, rows: Iterable[list], handle: IO[bytes]) -> None:
    if export_format == Export.Format.XLSX:
        write_xlsx(rows, handle)
    else:
        for line in csv_lines(rows):
            handle.write(line.encode())


def with_progress(rows: Iterable[list], report: Callable[[int], None]) -> Iterator[list]:
    done = 0
    for row in rows:
        yield row
        done += 1
        if done % BATCH_SIZE == 0:
            report(done)
    report(done)


def run_export(pk: int) -> None:
    """Make the file of one export. Running it again (a retried task) makes the same file."""
    export = Export.objects.select_related("requested_by").filter(pk=pk).first()
    if export is None or export.status == Export.Status.DONE:
        return
    exports = Export.objects.filter(pk=pk)
    exports.update(status=Export.Status.RUNNING, rows_done=0, error="")
    try:
        with override(settings.LANGUAGE_CODE):
            user = export.requested_by
            _filters, queryset = export_queryset(user, QueryDict(export.query))
            exports.update(rows_total=queryset.count())
            rows = with_progress(
                rows_of(queryset, user), lambda done: exports.update(rows_done=done)
            )
            with tempfile.TemporaryFile() as handle:
                write(export.format, rows, handle)
                handle.seek(0)
                previous = export.file.name
                export.file.save(filename(export.format), File(handle), save=False)
        if previous:
            export.file.storage.delete(previous)
        exports.update(status=Export.Status.DONE, file=export.file.name, finished_at=timezone.now())
    except Exception as error:
        logger.exception("Export %s misslyckades", pk)
        exports.update(
            status=Export.Status.FAILED, error=repr(error)[:2000], finished_at=timezone.now()
        )
        raise
