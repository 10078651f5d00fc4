"""Record types: every kind of record the product holds, registered by the app that owns it.

An official record (allmän handling) is kept unless a decision says it may be thinned
(gallras). The `records` app keeps those decisions – the information management plan – and
thins, holds, delivers to the e-archive and extracts a person's data. It learns what exists
from this registry, which the apps fill in `AppConfig.ready()`; the core imports neither the
apps nor `records`:

    register(RecordType(key="deviations.deviation", label=_("Avvikelse"), ...))

A record type names a model (and which of its rows belong to the type), the dates a rule may
count from (`events`), how a case is named (`identifier`), who may see it (`visible_to`), the
people it names (`people`), what it holds for an e-archive (`describe`, `files`) and – owned by
the app – how it is removed everywhere (`purge`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Event:
    """A date a retention rule may count from: "gallras 5 år efter <label>"."""

    label: str
    # A date or datetime field of the model (or a lookup through a to-one relation), or a
    # callable giving an expression for it (a subquery through a to-many relation).
    field: str | Callable


@dataclass(frozen=True)
class PersonLink:
    """Where a record names a person: a user field ("rapporterad av"), or an e-mail address or
    name in a contact field (a citizen). `lookup` starts at the record type's model."""

    lookup: str
    label: str
    kind: str = "user"  # user | email | name


@dataclass
class Removed:
    """What a purge deleted: the rows (model → ids, the record and its parts), the stored
    files, the event keys of the notices and e-mails about them (`deviation:42`), and the
    addresses of their pages (`/avvikelser/42/`), so that `records` can remove those too."""

    rows: dict[type[models.Model], list[int]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    event_keys: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def add(self, model: type[models.Model], ids: Iterable[int]) -> None:
        ids = list(ids)
        if ids:
            self.rows.setdefault(model, []).extend(ids)

    def count(self, model: type[models.Model]) -> int:
        return len(self.rows.get(model, []))


@dataclass(frozen=True)
class RecordType:
    key: str
    label: str
    order: int
    # What the type includes, shown in the plan ("med åtgärder, kommentarer och bilagor").
    includes: str = ""
    # The data-protection note: shown in the plan and where people register such records.
    personal_data: str = ""
    sensitive: str = ""
    secrecy: str = ""
    note: str = ""
    model: type[models.Model] | None = None
    # Which rows of the model belong to this type (several types can share a model: a
    # deviation on a lex Sarah track is a lex Sarah record).
    records: Callable[[], models.QuerySet] | None = None
    unit_field: str = "unit"
    events: dict[str, Event] = field(default_factory=dict)
    identifier: str = "pk"
    title: str = ""
    visible_to: Callable | None = None
    # The owning app's removal of records of this type (and their parts), in the caller's
    # transaction: returns what it removed.
    purge: Callable[[list[int]], Removed] | None = None
    # The parts of these records (model → ids) without removing them: a hold on a case holds
    # them too.
    parts: Callable[[list[int]], dict] | None = None
    people: tuple[PersonLink, ...] = ()
    # For the e-archive: a case as nested plain data, and its files as (name, FieldFile).
    describe: Callable | None = None
    files: Callable | None = None
    # "case": proposals list each record; "log": high-volume rows (notices, e-mails, read
    # logs) thinned by date, counted in the protocol; "plan": described only (the rule is
    # applied by the owning mechanism, e.g. the history of records kept).
    mode: str = "case"

    @property
    def thinnable(self) -> bool:
        return self.model is not None and self.purge is not None and self.mode != "plan"


_types: dict[str, RecordType] = {}


def register(record_type: RecordType) -> RecordType:
    _types[record_type.key] = record_type
    return record_type


def all_types() -> list[RecordType]:
    return sorted(_types.values(), key=lambda t: (t.order, t.key))


def get(key: str) -> RecordType | None:
    return _types.get(key)


def types_for_model(model: type[models.Model]) -> list[RecordType]:
    return [t for t in all_types() if t.model is model]


# The retention rule that applies to a type, shown beside the data-protection note. `records`
# sets this; without it the note says nothing about retention.
_rule_describer: Callable | None = None


def set_rule_describer(describe: Callable[[str, object], str]) -> None:
    global _rule_describer
    _rule_describer = describe


def describe_rule(key: str, unit=None) -> str:
    return _rule_describer(key, unit) if _rule_describer else ""


def fields_of(obj: models.Model, names: Iterable[str]) -> list[tuple[str, str]]:
    """(label, shown value) of these fields, for archive metadata and register extracts:
    choice labels, names of related objects, dates in ISO form, Ja/Nej."""
    shown = []
    for name in names:
        model_field = obj._meta.get_field(name)
        label = str(model_field.verbose_name)
        display = getattr(obj, f"get_{name}_display", None)
        value = display() if display is not None else getattr(obj, name)
        shown.append((label[:1].upper() + label[1:], plain_value(value)))
    return shown


def plain_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("Ja") if value else _("Nej")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(plain_value(v) for v in value)
    if isinstance(value, models.Model):
        return str(value)
    return str(value) if not isinstance(value, str) else value


def event_keys(prefix: str, ids: Iterable[int]) -> list[str]:
    """Event keys of notices and e-mails about these records: `deviation:42` (matching
    `deviation:42` and `deviation:42:…`)."""
    return [f"{prefix}:{pk}" for pk in ids]
