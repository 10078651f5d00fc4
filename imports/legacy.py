"""Legacy deviation and action registers from Excel or CSV: mapped columns, checked rows, and a
set-wise import.

Every row is checked in Python against lookups loaded once (units, people, categories, what
this source already brought in) and the good ones are copied into a temporary table with
PostgreSQL's COPY. The check stops there and reports; the import does the same and then, in
one transaction, reserves a block of case numbers per organisation and year and inserts every
case with a few `INSERT … SELECT` statements. The history triggers stay on: each imported case
has its insert event, with `imported_from` in the history context, which the case's timeline
shows as "imported".
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pghistory
import pghistory.models
import pgtrigger
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from deviations import statistics
from deviations.models import Action, CaseCounter, Category, Deviation
from deviations.services import DEVIATION_SERIES
from imports.models import ImportJob, ImportProblem, LegacyRecord
from imports.readers import Table
from imports.values import parse_bool, parse_date, parse_datetime, text
from qms.models import OrganisationUnit, Role, User

SAMPLE_ROWS = 10
PROGRESS_EVERY = 2_000
MAX_STATUS_VALUES = 100
TITLE_LENGTH = Deviation._meta.get_field("title").max_length
NUMBER_LENGTH = Deviation._meta.get_field("previous_number").max_length
LOCATION_LENGTH = Deviation._meta.get_field("location").max_length

Kind = ImportJob.Kind
DStatus = Deviation.Status
AStatus = Action.Status


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    required: bool = False
    hints: tuple[str, ...] = ()
    help_text: str = ""


EXTERNAL_ID = Field(
    "external_id",
    gettext_lazy("Tidigare nummer"),
    hints=("nr", "nummer", "id", "ärendenummer", "ärende nr", "löpnummer", "avvikelsenummer"),
    help_text=gettext_lazy(
        "Numret i det gamla registret. Det blir sökbart och gör att samma rad aldrig "
        "importeras två gånger."
    ),
)
FIELDS = {
    Kind.DEVIATIONS: (
        EXTERNAL_ID,
        Field(
            "title", gettext_lazy("Rubrik"), True, ("rubrik", "titel", "ämne", "kort beskrivning")
        ),
        Field(
            "description",
            gettext_lazy("Beskrivning"),
            hints=("beskrivning", "händelsebeskrivning", "vad hände", "händelse"),
        ),
        Field(
            "occurred_at",
            gettext_lazy("Inträffade"),
            True,
            ("inträffade", "inträffat", "händelsedatum", "datum", "när hände det", "tidpunkt"),
        ),
        Field(
            "reported_at",
            gettext_lazy("Rapporterad"),
            hints=("rapporterad", "rapportdatum", "registrerad", "registreringsdatum", "inkom"),
            help_text=gettext_lazy("Utan den räknas ärendet som rapporterat när det inträffade."),
        ),
        Field(
            "unit",
            gettext_lazy("Enhet"),
            True,
            ("enhet", "enhetskod", "verksamhet", "arbetsplats"),
            gettext_lazy("Enhetens kortnamn (kod) eller exakta namn."),
        ),
        Field("status", gettext_lazy("Status"), hints=("status", "läge")),
        Field(
            "category",
            gettext_lazy("Kategori"),
            hints=("kategori", "avvikelsetyp", "typ av avvikelse", "typ"),
            help_text=gettext_lazy("Kategorins namn, eller ”Huvudkategori › Kategori”."),
        ),
        Field(
            "reported_by",
            gettext_lazy("Rapporterad av"),
            hints=("rapporterad av", "rapportör", "anmälare", "inrapporterad av"),
            help_text=gettext_lazy(
                "E-postadress, användarnamn eller anställningsnummer. Den som inte finns som "
                "användare står kvar med namn i beskrivningen; ärendet står då som rapporterat "
                "av dig."
            ),
        ),
        Field("location", gettext_lazy("Plats"), hints=("plats",)),
        Field(
            "immediate_action",
            gettext_lazy("Omedelbar åtgärd"),
            hints=("omedelbar åtgärd", "vidtagen åtgärd", "direkt åtgärd"),
        ),
        Field(
            "cause_analysis",
            gettext_lazy("Orsaksanalys"),
            hints=("orsaksanalys", "orsak", "rotorsak"),
        ),
        Field(
            "effectiveness_evaluation",
            gettext_lazy("Utvärdering av effekt"),
            hints=("utvärdering", "uppföljning", "effekt"),
        ),
        Field("closed_at", gettext_lazy("Avslutad"), hints=("avslutad", "avslutsdatum", "stängd")),
        Field(
            "is_confidential",
            gettext_lazy("Sekretessmarkerad"),
            hints=("sekretess", "sekretessmarkerad", "konfidentiell"),
            help_text=gettext_lazy("Ja eller nej. Ärenden i en känslig kategori blir det ändå."),
        ),
    ),
    Kind.ACTIONS: (
        EXTERNAL_ID,
        Field("title", gettext_lazy("Åtgärd"), True, ("åtgärd", "rubrik", "titel")),
        Field("description", gettext_lazy("Beskrivning"), hints=("beskrivning",)),
        Field(
            "unit",
            gettext_lazy("Enhet"),
            True,
            ("enhet", "enhetskod", "verksamhet"),
            gettext_lazy("Enhetens kortnamn (kod) eller exakta namn."),
        ),
        Field(
            "owner",
            gettext_lazy("Ansvarig"),
            True,
            ("ansvarig", "ägare", "ansvarig person"),
            gettext_lazy("E-postadress, användarnamn eller anställningsnummer."),
        ),
        Field(
            "due_date",
            gettext_lazy("Klart senast"),
            True,
            ("klart senast", "slutdatum", "deadline", "förfallodatum", "datum"),
        ),
        Field("status", gettext_lazy("Status"), hints=("status",)),
        Field("kind", gettext_lazy("Typ"), hints=("typ", "åtgärdstyp")),
        Field(
            "deviation",
            gettext_lazy("Avvikelse"),
            hints=("avvikelse", "avvikelsenummer", "avvikelse nr", "kopplad avvikelse"),
            help_text=gettext_lazy(
                "Avvikelsens tidigare nummer (importerad från samma källa) eller nummer här."
            ),
        ),
        Field("result", gettext_lazy("Resultat"), hints=("resultat", "utfall")),
        Field(
            "completed_at",
            gettext_lazy("Genomförd"),
            hints=("genomförd", "slutförd", "klar"),
        ),
    ),
}
# The statuses a register's words are guessed into, in the order they are tried.
STATUS_GUESSES = {
    Kind.DEVIATIONS: (
        (r"avskriv|makuler|ej avvikelse|inte en avvikelse", DStatus.DISMISSED),
        (r"avslut|klar|stängd|åtgärdad|färdig|closed|done", DStatus.CLOSED),
        (r"uppfölj", DStatus.FOLLOW_UP),
        (r"utred|handl[äa]gg", DStatus.INVESTIGATING),
        (r"åtgärd|pågår", DStatus.ACTING),
        (r"ny|öppen|inkommen|registrerad|rapporterad|new|open", DStatus.REPORTED),
    ),
    Kind.ACTIONS: (
        (r"avbrut|makuler|struken|cancel", AStatus.CANCELLED),
        (r"verifier|effektkontroll", AStatus.VERIFIED),
        (r"genomförd|klar|utförd|slutförd|done", AStatus.DONE),
        (r"pågå|påbörjad|progress", AStatus.IN_PROGRESS),
        (r"planer|ej påbörjad|ny|open", AStatus.PLANNED),
    ),
}
KIND_GUESSES = (
    (r"omedelbar|korrigering$", Action.Kind.CORRECTION),
    (r"förebygg", Action.Kind.PREVENTIVE),
    (r"förbättr", Action.Kind.IMPROVEMENT),
)
STATUS_CHOICES = {Kind.DEVIATIONS: DStatus.choices, Kind.ACTIONS: AStatus.choices}
# Old rows without a status: a register's history is mostly done.
DEFAULT_STATUS = {Kind.DEVIATIONS: DStatus.CLOSED, Kind.ACTIONS: AStatus.DONE}


def fields_for(kind: str) -> tuple[Field, ...]:
    return FIELDS[kind]


def guess_columns(kind: str, header: list[str]) -> dict[str, str]:
    """Field → column name by the column names a register usually has."""
    normal = {" ".join(name.casefold().replace("_", " ").split()): name for name in header}
    guessed: dict[str, str] = {}
    taken: set[str] = set()
    for field in FIELDS[kind]:
        for hint in field.hints:
            name = normal.get(hint)
            if name and name not in taken:
                guessed[field.key] = name
                taken.add(name)
                break
    return guessed


def guess_status(kind: str, value: str) -> str | None:
    word = value.casefold()
    for statuses in (STATUS_CHOICES[kind],):
        for status, label in statuses:
            if word in (status, str(label).casefold()):
                return status
    for pattern, status in STATUS_GUESSES[kind]:
        if re.search(pattern, word):
            return status
    return None


def guess_action_kind(value: str) -> str:
    word = value.casefold()
    for kind, label in Action.Kind.choices:
        if word in (kind, str(label).casefold()):
            return kind
    for pattern, kind in KIND_GUESSES:
        if re.search(pattern, word):
            return kind
    return Action.Kind.CORRECTIVE


def missing_fields(kind: str, columns: dict[str, str]) -> list[str]:
    return [str(f.label) for f in FIELDS[kind] if f.required and not columns.get(f.key)]


# Checking rows ------------------------------------------------------------------------------


@dataclass
class Staged:
    """What a check (or the first half of an import) found."""

    rows: int = 0
    to_import: int = 0
    already_imported: int = 0
    error_rows: int = 0
    warnings: int = 0
    by_status: Counter | None = None
    status_values: dict | None = None
    sample: list | None = None

    def summary(self) -> dict:
        return {
            "rows": self.rows,
            "to_import": self.to_import,
            "already_imported": self.already_imported,
            "errors": self.error_rows,
            "warnings": self.warnings,
            "by_status": dict(self.by_status or {}),
            "status_values": self.status_values or {},
            "sample": self.sample or [],
        }

    def promise(self) -> dict:
        """The part of the summary an import must match."""
        return {
            "rows": self.rows,
            "to_import": self.to_import,
            "already_imported": self.already_imported,
            "errors": self.error_rows,
        }


class Lookups:
    """Everything a row is checked against, loaded once per run."""

    def __init__(self, job: ImportJob, by: User):
        units = list(
            OrganisationUnit.objects.order_by("path").values_list(
                "pk", "code", "name", "path", "kind"
            )
        )
        organisation_at = {
            path: pk
            for pk, _c, _n, path, kind in units
            if kind in OrganisationUnit.ORGANISATION_KINDS
        }
        scopes = None if by.is_admin() else tuple(by.membership_paths(Role.COORDINATOR))
        self.units_by_code: dict[str, tuple] = {}
        self.units_by_name: dict[str, list[tuple]] = {}
        for pk, code, name, path, _kind in units:
            organisation = next(
                (
                    organisation_at[path[:end]]
                    for end in range(len(path), 0, -OrganisationUnit.steplen)
                    if path[:end] in organisation_at
                ),
                pk,
            )
            allowed = scopes is None or path.startswith(scopes)
            entry = (pk, organisation, allowed, path)
            self.units_by_code[code.casefold()] = entry
            self.units_by_name.setdefault(name.casefold(), []).append(entry)
        self.users: dict[str, int] = {}
        # Inactive people too: a register's old cases were reported by people who have left.
        for pk, username, email, number in User.objects.values_list(
            "pk", "username", Lower("email"), "employee_number"
        ):
            for key in (username.casefold(), email, number):
                if key:
                    self.users.setdefault(key.casefold(), pk)
        self.categories: dict[str, tuple[int, bool]] = {}
        for category in Category.objects.select_related("parent"):
            entry = (category.pk, category.is_sensitive)
            self.categories[str(category).casefold()] = entry
            self.categories.setdefault(category.name.casefold(), entry)
        self.imported = set(
            LegacyRecord.objects.filter(kind=job.kind, source=job.source).values_list(
                "external_id", flat=True
            )
        )
        self.scopes = scopes
        self.zone = ZoneInfo(settings.TIME_ZONE)


def _unit(lookups: Lookups, value: str) -> tuple:
    entry = lookups.units_by_code.get(value.casefold())
    if entry is None:
        named = lookups.units_by_name.get(value.casefold(), [])
        if len(named) > 1:
            raise ValueError(
                _("Flera enheter heter ”%(unit)s”; ange enhetens kortnamn.") % {"unit": value}
            )
        entry = named[0] if named else None
    if entry is None:
        raise ValueError(_("Okänd enhet ”%(unit)s”.") % {"unit": value[:80]})
    if not entry[2]:
        raise ValueError(
            _("Du är inte kvalitetssamordnare för enheten ”%(unit)s”.") % {"unit": value[:80]}
        )
    return entry


def stage_rows(
    job: ImportJob, table: Table, *, by: User, progress: Callable[[int], None] | None = None
) -> tuple[Staged, list[ImportProblem]]:
    """Check every row and COPY the good ones into the session's temporary table
    `stage_table(job)` (dropped by `drop_stage`). Nothing else is written."""
    lookups = Lookups(job, by)
    columns = {
        key: table.header.index(name)
        for key, name in job.mapping.get("fields", {}).items()
        if name in table.header
    }
    check = _deviation_row if job.kind == Kind.DEVIATIONS else _action_row
    staged = Staged(by_status=Counter(), status_values={}, sample=[])
    problems: list[ImportProblem] = []
    first_row_of: dict[str, int] = {}
    status_map = job.mapping.get("status_values", {})
    default_status = job.mapping.get("default_status") or DEFAULT_STATUS[job.kind]
    status_of: dict[str, str | None] = {}
    _create_stage(job)

    batch: list[tuple] = []
    # One pass over the file; the good rows go to the database in batches.
    for number, values in table.rows():
        staged.rows += 1
        if staged.rows % PROGRESS_EVERY == 0:
            # Between COPYs: a connection that is copying can run nothing else.
            _copy_rows(job, batch)
            if progress:
                progress(staged.rows)

        def cell(key: str, values=values) -> object:
            index = columns.get(key)
            return values[index] if index is not None and index < len(values) else None

        row_problems: list[tuple[str, str, bool]] = []

        def fail(key: str, message: str, warning: bool = False, row_problems=row_problems):
            row_problems.append((key, message, warning))

        raw_status = ""
        if "status" in columns:
            try:
                raw_status = text(cell("status"))
            except ValueError as error:
                fail("status", str(error))
            else:
                seen = staged.status_values
                if raw_status and raw_status not in seen and len(seen) < MAX_STATUS_VALUES:
                    seen[raw_status] = status_map.get(raw_status) or guess_status(
                        job.kind, raw_status
                    )
        status = default_status
        if raw_status:
            if raw_status not in status_of:  # guessed once per word, not once per row
                status_of[raw_status] = status_map.get(raw_status) or guess_status(
                    job.kind, raw_status
                )
            status = status_of[raw_status]
            if status is None:
                fail(
                    "status",
                    _("Okänd status ”%(status)s”; koppla den till en status i steget Kolumner.")
                    % {"status": raw_status[:60]},
                )
        record = check(cell, fail, lookups, status=status, by=by)
        external_id, previous_number = _external_id(cell, values, fail)
        errors = [p for p in row_problems if not p[2]]
        for key, message, warning in row_problems:
            problems.append(
                ImportProblem(
                    job=job,
                    row=number,
                    column=_column_name(table, columns, key),
                    message=message[:500],
                    is_warning=warning,
                )
            )
        staged.warnings += len(row_problems) - len(errors)
        if errors or record is None:
            staged.error_rows += 1
            continue
        if external_id in first_row_of:
            staged.error_rows += 1
            problems.append(
                ImportProblem(
                    job=job,
                    row=number,
                    column=_column_name(table, columns, "external_id"),
                    message=_("Tidigare nummer ”%(id)s” finns redan på rad %(row)s.")
                    % {"id": external_id[:60], "row": first_row_of[external_id]},
                )
            )
            continue
        first_row_of[external_id] = number
        if external_id in lookups.imported:
            staged.already_imported += 1
            continue
        staged.to_import += 1
        staged.by_status[status] += 1
        if len(staged.sample) < SAMPLE_ROWS:
            staged.sample.append(
                {"row": number, "title": record[TITLE_AT[job.kind]], "status": status}
            )
        batch.append((number, external_id, previous_number, *record))
    _copy_rows(job, batch)
    if progress:
        progress(staged.rows)
    if job.kind == Kind.ACTIONS:
        _link_deviations(job, by, staged, problems, table, columns)
    return staged, problems


def _copy_rows(job: ImportJob, batch: list[tuple]) -> None:
    """COPY the checked rows into the stage and empty the batch."""
    if not batch:
        return
    sql = f"COPY {stage_table(job)} ({_names(job.kind)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in batch:
            copy.write_row(row)
    batch.clear()


def _column_name(table: Table, columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    return table.header[index][:200] if index is not None else ""


def _external_id(cell, values: list, fail) -> tuple[str, str]:
    """The row's id in its source and its old number: the old number if the row has one,
    otherwise a hash of the whole row (so the same row is still recognised)."""
    try:
        value = text(cell("external_id"))
    except ValueError as error:
        fail("external_id", str(error))
        return "", ""
    if len(value) > NUMBER_LENGTH:
        fail(
            "external_id",
            _("Tidigare nummer är längre än %(max)s tecken.") % {"max": NUMBER_LENGTH},
        )
    if value:
        return value, value
    digest = hashlib.sha256(repr([str(v) for v in values]).encode()).hexdigest()
    return f"rad:{digest[:40]}", ""


def _text_field(cell, fail, key: str) -> str | None:
    """The cell as text; None (and the row fails) for a cell that cannot be read."""
    try:
        return text(cell(key))
    except ValueError as error:
        fail(key, str(error))
        return None


def _date_field(cell, fail, key: str, *, missing: str = ""):
    """A date and time, or None; `missing` is the error when the cell is empty."""
    try:
        value = parse_datetime(cell(key))
    except ValueError as error:
        fail(key, str(error))
        return None
    if value is None and missing:
        fail(key, str(missing))
    return value


def _person(lookups: Lookups, value: str) -> int | None:
    return lookups.users.get(value.casefold()) if value else None


def _deviation_row(cell, fail, lookups: Lookups, *, status: str, by: User):
    title = _text_field(cell, fail, "title")
    description = _text_field(cell, fail, "description") or ""
    unit_name = _text_field(cell, fail, "unit")
    occurred_at = _date_field(cell, fail, "occurred_at", missing=MISSING_DATE)
    reported_at = _date_field(cell, fail, "reported_at")
    closed_at = _date_field(cell, fail, "closed_at")
    category_name = _text_field(cell, fail, "category") or ""
    reporter_name = _text_field(cell, fail, "reported_by") or ""
    texts = {
        key: _text_field(cell, fail, key) or ""
        for key in ("location", "immediate_action", "cause_analysis", "effectiveness_evaluation")
    }
    confidential = False
    if cell("is_confidential") not in (None, ""):
        try:
            confidential = parse_bool(cell("is_confidential"))
        except ValueError as error:
            fail("is_confidential", str(error))
    if title == "":
        fail("title", _("Rubrik saknas."))
    unit = None
    if unit_name == "":
        fail("unit", _("Enhet saknas."))
    elif unit_name is not None:
        try:
            unit = _unit(lookups, unit_name)
        except ValueError as error:
            fail("unit", str(error))
    now = timezone.now()
    if occurred_at and occurred_at > now + datetime.timedelta(minutes=5):
        fail("occurred_at", _("Datumet ligger i framtiden."))
    category = None
    if category_name:
        category = lookups.categories.get(category_name.casefold()) or lookups.categories.get(
            " › ".join(part.strip() for part in re.split(r"›|>", category_name)).casefold()
        )
        if category is None:
            fail("category", _("Okänd kategori ”%(name)s”.") % {"name": category_name[:80]})
    reporter = _person(lookups, reporter_name)
    if reporter_name and reporter is None:
        fail(
            "reported_by",
            _("”%(who)s” finns inte som användare; ärendet står som rapporterat av dig.")
            % {"who": reporter_name[:80]},
            True,
        )
        description = _join(
            description,
            _("Rapporterad av (enligt tidigare register): %(who)s") % {"who": reporter_name},
        )
    if unit is None or not title or occurred_at is None:
        return None
    if len(title) > TITLE_LENGTH:
        description = _join(title, description)
        title = title[: TITLE_LENGTH - 1] + "…"
    created_at = reported_at or occurred_at
    # Open cases have no closing date; a closed one without a date closed when reported.
    closed_at = (closed_at or created_at) if status in Deviation.CLOSED_STATUSES else None
    return (
        unit[0],
        unit[1],
        title,
        description,
        occurred_at,
        created_at,
        closed_at,
        status,
        category[0] if category else None,
        confidential or bool(category and category[1]),
        reporter or by.pk,
        texts["location"][:LOCATION_LENGTH],
        texts["immediate_action"],
        texts["cause_analysis"],
        texts["effectiveness_evaluation"],
        created_at.astimezone(lookups.zone).year,
    )


def _action_row(cell, fail, lookups: Lookups, *, status: str, by: User):
    title = _text_field(cell, fail, "title")
    description = _text_field(cell, fail, "description") or ""
    unit_name = _text_field(cell, fail, "unit")
    owner_name = _text_field(cell, fail, "owner")
    kind = guess_action_kind(_text_field(cell, fail, "kind") or "")
    result = _text_field(cell, fail, "result") or ""
    deviation_ref = _text_field(cell, fail, "deviation") or ""
    try:
        due_date = parse_date(cell("due_date"))
    except ValueError as error:
        fail("due_date", str(error))
        due_date = False
    if due_date is None:
        fail("due_date", _("Datum för klart senast saknas."))
    completed_at = _date_field(cell, fail, "completed_at")
    if title == "":
        fail("title", _("Åtgärd saknas."))
    unit = None
    if unit_name == "":
        fail("unit", _("Enhet saknas."))
    elif unit_name is not None:
        try:
            unit = _unit(lookups, unit_name)
        except ValueError as error:
            fail("unit", str(error))
    owner = _person(lookups, owner_name or "")
    if owner_name == "":
        fail("owner", _("Ansvarig saknas."))
    elif owner_name is not None and owner is None:
        fail("owner", _("”%(who)s” finns inte som användare.") % {"who": owner_name[:80]})
    if unit is None or not title or not due_date or owner is None:
        return None
    if len(title) > TITLE_LENGTH:
        description = _join(title, description)
        title = title[: TITLE_LENGTH - 1] + "…"
    if status in (AStatus.DONE, AStatus.VERIFIED):
        completed_at = completed_at or timezone.make_aware(
            datetime.datetime.combine(due_date, datetime.time(12))
        )
    else:
        completed_at = None
    return (
        unit[0],
        title,
        description,
        owner,
        due_date,
        status,
        kind,
        result,
        completed_at,
        deviation_ref,
    )


def _join(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


CHANGED = gettext_lazy(
    "Registret eller organisationen har ändrats sedan filen kontrollerades. "
    "Kontrollera filen igen innan den importeras."
)
MISSING_DATE = gettext_lazy("Datum för när det inträffade saknas.")
TITLE_AT = {Kind.DEVIATIONS: 2, Kind.ACTIONS: 1}  # the title's place in a checked record
STAGE_COLUMNS = {
    Kind.DEVIATIONS: (
        "row_no int, external_id text, previous_number text, unit_id bigint, "
        "organisation_id bigint, title text, description text, occurred_at timestamptz, "
        "created_at timestamptz, closed_at timestamptz, status text, category_id bigint, "
        "is_confidential boolean, reported_by_id bigint, location text, immediate_action text, "
        "cause_analysis text, effectiveness_evaluation text, year int"
    ),
    Kind.ACTIONS: (
        "row_no int, external_id text, previous_number text, unit_id bigint, title text, "
        "description text, owner_id bigint, due_date date, status text, kind text, "
        "result text, completed_at timestamptz, deviation_ref text"
    ),
}


def _names(kind: str) -> str:
    return ", ".join(part.split()[0] for part in STAGE_COLUMNS[kind].split(", "))


def stage_table(job: ImportJob) -> str:
    """The job's stage: an UNLOGGED table of its checked rows, kept from the check to the
    import (so the import need not read the file again) and dropped after. Unlogged: fast, and
    after a database crash it is empty, which the import notices and reads the file again."""
    return f"import_stage_{int(job.pk)}"


def _execute(cursor, job: ImportJob, sql: str, params=None) -> None:
    """Run SQL written against `import_rows` on the job's stage table."""
    cursor.execute(sql.replace("import_rows", stage_table(job)), params)


def _create_stage(job: ImportJob) -> None:
    with connection.cursor() as cursor:
        _execute(cursor, job, "DROP TABLE IF EXISTS import_rows")
        _execute(
            cursor,
            job,
            f"CREATE UNLOGGED TABLE import_rows ({STAGE_COLUMNS[job.kind]}, "
            "deviation_id bigint, deviation_confidential boolean, new_id bigint)",
        )


def stage_exists(job: ImportJob) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [stage_table(job)])
        return cursor.fetchone()[0]


def drop_stage(job: ImportJob) -> None:
    with connection.cursor() as cursor:
        _execute(cursor, job, "DROP TABLE IF EXISTS import_rows")


def _link_deviations(job, by, staged: Staged, problems: list, table, columns) -> None:
    """Actions name their deviation by its old number (imported from the same source), its
    number here, or its old number from any source; a name that finds nothing the importer may
    see is an error on the row. Three joins, whatever the number of rows."""
    deviations, records, units = (
        Deviation._meta.db_table,
        LegacyRecord._meta.db_table,
        OrganisationUnit._meta.db_table,
    )
    with connection.cursor() as cursor:
        _execute(cursor, job, "ANALYZE import_rows")
        _execute(
            cursor,
            job,
            f"""
            UPDATE import_rows s SET deviation_id = r.deviation_id FROM {records} r
            WHERE s.deviation_ref <> '' AND r.kind = %s AND r.source = %s
              AND r.external_id = s.deviation_ref
            """,
            [Kind.DEVIATIONS, job.source],
        )
        _execute(
            cursor,
            job,
            f"""
            UPDATE import_rows s SET deviation_id = d.id FROM {deviations} d
            WHERE s.deviation_ref <> '' AND s.deviation_id IS NULL AND d.number = s.deviation_ref
            """,
        )
        _execute(
            cursor,
            job,
            f"""
            UPDATE import_rows s SET deviation_id = d.id FROM {deviations} d
            WHERE s.deviation_ref <> '' AND s.deviation_id IS NULL
              AND upper(d.previous_number) = upper(s.deviation_ref) AND d.previous_number <> ''
            """,
        )
        in_scope = "TRUE"
        params: list = []
        if not by.is_admin():
            in_scope = "u.path LIKE ANY(%s)"
            params = [[path + "%" for path in by.membership_paths(Role.COORDINATOR)]]
        _execute(
            cursor,
            job,
            f"""
            UPDATE import_rows s
            SET deviation_id = CASE WHEN {in_scope} THEN d.id END,
                deviation_confidential = d.is_confidential
            FROM {deviations} d JOIN {units} u ON u.id = d.unit_id
            WHERE d.id = s.deviation_id
            """,
            params,
        )
        _execute(
            cursor,
            job,
            "DELETE FROM import_rows WHERE deviation_ref <> '' AND deviation_id IS NULL "
            "RETURNING row_no, deviation_ref",
        )
        missing = cursor.fetchall()
    for number, ref in sorted(missing):
        staged.to_import -= 1
        staged.error_rows += 1
        problems.append(
            ImportProblem(
                job=job,
                row=number,
                column=_column_name(table, columns, "deviation"),
                message=_("Avvikelsen ”%(ref)s” finns inte (eller syns inte för dig).")
                % {"ref": ref[:60]},
            )
        )


# Importing ----------------------------------------------------------------------------------


def staged_counts(job: ImportJob) -> int:
    with connection.cursor() as cursor:
        _execute(cursor, job, "SELECT count(*) FROM import_rows")
        return cursor.fetchone()[0]


def verify_stage(job: ImportJob, *, by: User) -> None:
    """The checked rows still fit: their units exist, lie where the importer coordinates and in
    the same organisation (the case number's series), their people, categories and deviations
    exist. A ValidationError ("check again") otherwise, so the import is what the check showed."""
    units = OrganisationUnit._meta.db_table
    scope, params = "TRUE", []
    if not by.is_admin():
        scope = "u.path LIKE ANY(%s)"
        params = [[path + "%" for path in by.membership_paths(Role.COORDINATOR)]]
    organisation = ""
    if job.kind == Kind.DEVIATIONS:
        # The nearest organisation at or above the unit: its ancestors' paths are the prefixes
        # of its path, each found through the path index.
        organisation = f"""
            OR x.organisation_id IS DISTINCT FROM coalesce((
                SELECT o.id FROM generate_series(1, u.depth) AS g
                JOIN {units} o ON o.path = left(u.path, {OrganisationUnit.steplen} * g)
                WHERE o.kind = ANY(%s) ORDER BY g DESC LIMIT 1), u.id)"""
        params.append(list(OrganisationUnit.ORGANISATION_KINDS))
    people = "reported_by_id" if job.kind == Kind.DEVIATIONS else "owner_id"
    checks = [
        (
            f"""
            SELECT count(*) FROM (SELECT DISTINCT unit_id, {
                "organisation_id" if job.kind == Kind.DEVIATIONS else "NULL::bigint"
            } AS organisation_id FROM import_rows) x
            LEFT JOIN {units} u ON u.id = x.unit_id
            WHERE u.id IS NULL OR NOT ({scope}) {organisation}
            """,
            params,
        ),
        (
            f"""
            SELECT count(*) FROM import_rows s
            WHERE NOT EXISTS (SELECT 1 FROM {User._meta.db_table} p WHERE p.id = s.{people})
            """,
            None,
        ),
    ]
    if job.kind == Kind.DEVIATIONS:
        checks.append(
            (
                f"""
                SELECT count(*) FROM import_rows s WHERE s.category_id IS NOT NULL AND NOT EXISTS
                    (SELECT 1 FROM {Category._meta.db_table} c WHERE c.id = s.category_id)
                """,
                None,
            )
        )
    else:
        checks.append(
            (
                f"""
                SELECT count(*) FROM import_rows s WHERE s.deviation_id IS NOT NULL AND NOT EXISTS
                    (SELECT 1 FROM {Deviation._meta.db_table} d WHERE d.id = s.deviation_id)
                """,
                None,
            )
        )
    with connection.cursor() as cursor:
        for sql, values in checks:
            _execute(cursor, job, sql, values)
            if cursor.fetchone()[0]:
                raise ValidationError(CHANGED, code="changed")


def lock_source(job: ImportJob) -> None:
    """Serialise imports of the same source, then make sure none of the staged rows came in
    meanwhile (another import of the same rows committed after this one was checked)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(hashtext(%s))", [f"imports:{job.kind}:{job.source}"]
        )
        _execute(
            cursor,
            job,
            f"""
            SELECT EXISTS (
                SELECT 1 FROM import_rows s JOIN {LegacyRecord._meta.db_table} r
                ON r.kind = %s AND r.source = %s AND r.external_id = s.external_id
            )
            """,
            [job.kind, job.source],
        )
        if cursor.fetchone()[0]:
            raise ValidationError(
                _(
                    "Några av raderna har importerats av en annan import sedan filen "
                    "kontrollerades. Kontrollera filen igen."
                ),
                code="changed",
            )


def insert_staged(job: ImportJob, *, by: User) -> int:
    """Insert the staged rows and their history; the caller holds the transaction.

    The history trigger is set aside for the insert and its events are written in one
    statement instead: the trigger upserts its context row once per inserted row, and in one
    transaction that grows with the square of the rows (50 s for 20,000 here)."""
    model = Deviation if job.kind == Kind.DEVIATIONS else Action
    with connection.cursor() as cursor:
        # New search-index entries wait in the GIN index's pending list instead of being merged
        # every 4 MB; vacuum merges them later.
        cursor.execute("SET LOCAL gin_pending_list_limit = '256MB'")
    with pgtrigger.ignore(f"deviations.{model.__name__}:insert_insert"):
        inserted = _insert_deviations(job) if model is Deviation else _insert_actions(job)
    _record_inserts(model, job, by)
    # No save() signals for a set-wise insert: the cached dashboards are made stale here.
    transaction.on_commit(statistics.invalidate)
    return inserted


def _record_inserts(model, job: ImportJob, by: User) -> None:
    """The insert events the trigger would have written, with `imported_from` in their
    context (deviations.timeline shows it)."""
    events = apps.get_model(model._meta.app_label, f"{model.__name__}Event")
    columns = ", ".join(
        f'"{f.column}"' for f in events._meta.concrete_fields if not f.column.startswith("pgh_")
    )
    context = pghistory.models.Context.objects.create(
        metadata={"user": by.pk, "import_job": job.pk, "imported_from": job.source}
    )
    with connection.cursor() as cursor:
        _execute(
            cursor,
            job,
            f"""
            INSERT INTO {events._meta.db_table}
                ({columns}, pgh_created_at, pgh_label, pgh_obj_id, pgh_context_id)
            SELECT {columns}, now(), 'insert', id, %s FROM {model._meta.db_table}
            WHERE id IN (SELECT new_id FROM import_rows)
            """,
            [context.pk],
        )


def _insert_deviations(job: ImportJob) -> int:
    deviations = Deviation._meta.db_table
    counters = CaseCounter._meta.db_table
    records = LegacyRecord._meta.db_table
    dismissed = _("Avskriven i det tidigare registret.")
    with connection.cursor() as cursor:
        _execute(
            cursor,
            job,
            "UPDATE import_rows SET new_id = "
            f"nextval(pg_get_serial_sequence('{deviations}', 'id'))",
        )
        _execute(cursor, job, "ANALYZE import_rows")
        # A block of numbers per organisation and year, taken in one statement. The counter
        # rows stay locked (reporters in those years wait) until this transaction ends.
        _execute(
            cursor,
            job,
            f"""
            CREATE TEMPORARY TABLE import_blocks ON COMMIT DROP AS
            WITH wanted AS (
                SELECT organisation_id, year, count(*) AS n FROM import_rows GROUP BY 1, 2
            ), taken AS (
                INSERT INTO {counters} AS c (organisation_id, series, year, last_number)
                SELECT organisation_id, %s, year, n FROM wanted
                ON CONFLICT (organisation_id, series, year)
                DO UPDATE SET last_number = c.last_number + EXCLUDED.last_number
                RETURNING organisation_id, year, last_number
            )
            SELECT t.organisation_id, t.year, t.last_number - w.n AS before
            FROM taken t JOIN wanted w USING (organisation_id, year)
            """,
            [DEVIATION_SERIES],
        )
        _execute(
            cursor,
            job,
            f"""
            INSERT INTO {deviations} (
                id, number, previous_number, organisation_id, unit_id, status, title,
                description, occurred_at, location, immediate_action, reported_by_id,
                category_id, ia_case_number, is_confidential, cause_groups, cause_analysis,
                effectiveness_evaluation, dismissal_reason, reopen_reason, created_at,
                updated_at, closed_at
            )
            SELECT s.new_id,
                   %s || '-' || s.year || '-'
                   || lpad(s.seq::text, greatest(5, length(s.seq::text)), '0'),
                   s.previous_number, s.organisation_id, s.unit_id, s.status, s.title,
                   s.description, s.occurred_at, s.location, s.immediate_action,
                   s.reported_by_id, s.category_id, '', s.is_confidential, '{{}}',
                   s.cause_analysis, s.effectiveness_evaluation,
                   CASE WHEN s.status = 'dismissed' THEN %s ELSE '' END, '',
                   s.created_at, s.created_at, s.closed_at
            FROM (
                -- One pass: each row's place in its organisation's year, after the block start.
                SELECT r.*, b.before + row_number() OVER (
                    PARTITION BY r.organisation_id, r.year ORDER BY r.created_at, r.row_no
                ) AS seq
                FROM import_rows r JOIN import_blocks b USING (organisation_id, year)
            ) s
            ORDER BY s.created_at, s.row_no
            """,
            [DEVIATION_SERIES, dismissed],
        )
        inserted = cursor.rowcount
        _execute(
            cursor,
            job,
            f"""
            INSERT INTO {records} (kind, source, external_id, deviation_id, job_id)
            SELECT %s, %s, external_id, new_id, %s FROM import_rows
            """,
            [job.kind, job.source, job.pk],
        )
        cursor.execute("DROP TABLE import_blocks")
    return inserted


def _insert_actions(job: ImportJob) -> int:
    actions = Action._meta.db_table
    records = LegacyRecord._meta.db_table
    content_type = ContentType.objects.get_for_model(Deviation).pk
    with connection.cursor() as cursor:
        _execute(
            cursor,
            job,
            f"UPDATE import_rows SET new_id = nextval(pg_get_serial_sequence('{actions}', 'id'))",
        )
        _execute(
            cursor,
            job,
            f"""
            INSERT INTO {actions} (
                id, content_type_id, object_id, kind, title, previous_number, description,
                owner_id, unit_id, due_date, status, result, effectiveness_check,
                is_confidential, created_by_id, created_at, completed_at, verified_at
            )
            SELECT new_id, CASE WHEN deviation_id IS NOT NULL THEN %s END, deviation_id, kind,
                   title, previous_number, description, owner_id, unit_id, due_date, status,
                   result, '', coalesce(deviation_confidential, false), %s, now(),
                   completed_at, CASE WHEN status = 'verified' THEN completed_at END
            FROM import_rows ORDER BY row_no
            """,
            [content_type, job.created_by_id],
        )
        inserted = cursor.rowcount
        _execute(
            cursor,
            job,
            f"""
            INSERT INTO {records} (kind, source, external_id, action_id, job_id)
            SELECT %s, %s, external_id, new_id, %s FROM import_rows
            """,
            [job.kind, job.source, job.pk],
        )
    return inserted
