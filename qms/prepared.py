"""Queries Django builds and compiles once per process, then runs with each call's values.

Building a queryset and compiling it to SQL cost Django 0.2–0.7 ms of CPU per statement,
measured over the load test's case pages at a million cases: several times what PostgreSQL
spends on the small statements of a page, and a case page runs a dozen (issue 12). Most have
the same shape on every request; only values differ (the case's id, the actions' ids).

`prepared(kind, …)` turns a function that builds such a queryset from its arguments into one
that runs it. The first call (per database) builds the queryset with stand-in values, compiles
it, and keeps the SQL and where each argument goes among its parameters. Every call runs that
statement with its own values and turns the rows into what the queryset would have given:
model objects (`Model.from_db`, with select_related's related objects and the annotations, as
Django's `ModelIterable` does) or, for `values_list`, tuples or flat values.

The rules, checked when the statement is compiled where they can be:
- The function depends on its arguments only: no `now()`, no setting, no id read from the
  database (a content type's id is an argument).
- An argument is an `int`, a `str` or a `list` of ints; a list is sent whole, as one array
  (`field__any=ids`, qms.lookups), whatever its length. None is refused: the ORM writes
  `IS NULL` for it, a different statement.
- Every argument reaches a parameter as it was given (not inside a LIMIT, not changed); one
  that does not is refused when compiling.
- No prefetch_related, no related manager's known objects (the caller sets a parent it has).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet, ImproperlyConfigured
from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import (
    FlatValuesListIterable,
    ModelIterable,
    ValuesListIterable,
    get_related_populators,
)

# Stand-in values, each argument's its own: unlike any constant of a statement, and within the
# range of an integer column (Django compiles a lookup outside a field's range to no statement).
_STAND_IN = 2_046_218_813


@dataclass(frozen=True)
class _Compiled:
    sql: str
    # Each parameter: (the argument's index, the type Django gives it), or (None, the constant).
    slots: tuple[tuple[int | None, object], ...]
    width: int  # the columns the rows keep (without the ordering's extra ones)
    converters: tuple[tuple[int, tuple[Callable, ...], object], ...]
    make: Callable[[str, list], object]  # a row (converted) → what the queryset yields


KINDS = (int, list, str)


def _stand_in_number(index: int) -> int:
    """Far apart, so that one argument changed by a little (`pk=n + 1`) is not another's."""
    return _STAND_IN - 1_000_003 * index


def _stand_in(kind: type, index: int):
    value = _stand_in_number(index)
    if kind is int:
        return value
    if kind is list:
        return [value]
    if kind is str:
        return f"prepared stand-in {value}"
    raise TypeError(f"prepared: an argument is int, list or str, not {kind!r}")


def _slot(param, stand_ins: list) -> tuple[int, type] | None:
    """Which argument `param` is, and the type Django gave it (psycopg's `Int8` for a bigint
    column, say: a call's value is given the same)."""
    for index, stand_in in enumerate(stand_ins):
        if isinstance(param, type(stand_in)) and param == stand_in:
            return index, type(param)
    return None


def _maker(queryset: QuerySet, compiler, db: str) -> Callable[[str, list], object]:
    iterable = queryset._iterable_class
    if iterable is ModelIterable:
        select, klass_info = compiler.select, compiler.klass_info
        annotations = tuple((compiler.annotation_col_map or {}).items())
        model = klass_info["model"]
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        names = [column[0].target.attname for column in select[start:end]]
        populators = get_related_populators(klass_info, select, db)

        def make(db: str, row: list):
            obj = model.from_db(db, names, row[start:end])
            for populator in populators:
                populator.populate(row, obj)
            for name, position in annotations:
                setattr(obj, name, row[position])
            return obj

        return make
    query = queryset.query
    if query.extra_select or query.annotation_select:
        raise ImproperlyConfigured("prepared: values_list with annotations is not supported")
    if iterable is FlatValuesListIterable:
        return lambda db, row: row[0]
    if iterable is ValuesListIterable:
        return lambda db, row: tuple(row)
    raise ImproperlyConfigured(f"prepared: {iterable.__name__} is not supported")


class Prepared:
    """The runner `prepared` makes of a query-building function."""

    def __init__(self, build: Callable[..., QuerySet], kinds: tuple[type, ...]):
        self.build = build
        self.kinds = kinds
        self._compiled: dict[str, _Compiled] = {}  # by database alias
        self._lock = threading.Lock()
        functools.update_wrapper(self, build)

    def _compile(self, db: str) -> _Compiled:
        stand_ins = [_stand_in(kind, index) for index, kind in enumerate(self.kinds)]
        queryset = self.build(*stand_ins)
        if queryset._prefetch_related_lookups or queryset._known_related_objects:
            raise ImproperlyConfigured(f"{self.__name__}: prefetch or known objects")
        compiler = queryset.query.get_compiler(using=db)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet as error:
            raise ImproperlyConfigured(
                f"{self.__name__}: no statement for the stand-in values (an argument out of its "
                "field's range?)"
            ) from error
        slots = tuple(_slot(param, stand_ins) or (None, param) for param in params)
        used = {index for index, _constant in slots}
        for index in range(len(stand_ins)):
            if index not in used or str(_stand_in_number(index)) in sql:  # (a str's has it too)
                raise ImproperlyConfigured(
                    f"{self.__name__}: argument {index} does not reach the statement as a "
                    "parameter of its own"
                )
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        converters = tuple(
            (position, tuple(functions), expression)
            for position, (functions, expression) in compiler.get_converters(fields).items()
        )
        return _Compiled(
            sql=sql,
            slots=slots,
            width=compiler.col_count if compiler.has_extra_select else 0,
            converters=converters,
            make=_maker(queryset, compiler, db),
        )

    def __call__(self, *values, using: str = "default") -> list:
        if len(values) != len(self.kinds):
            raise TypeError(f"{self.__name__} takes {len(self.kinds)} arguments")
        for value, kind in zip(values, self.kinds, strict=True):
            if not isinstance(value, kind) or isinstance(value, bool):
                raise TypeError(f"{self.__name__}: {value!r} is not {kind.__name__}")
        connection = connections[using]
        compiled = self._compiled.get(using)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(using) or self._compile(using)
                self._compiled[using] = compiled
        params = [
            constant
            if index is None
            else values[index]
            if constant in KINDS
            else constant(values[index])
            for index, constant in compiled.slots
        ]
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            found = cursor.fetchall()
        made = []
        make, width, converters = compiled.make, compiled.width, compiled.converters
        for row in found:
            row = list(row[:width] if width else row)
            for position, functions, expression in converters:
                value = row[position]
                for convert in functions:
                    value = convert(value, expression, connection)
                row[position] = value
            made.append(make(using, row))
        return made


def prepared(*kinds: type) -> Callable[[Callable[..., QuerySet]], Prepared]:
    """`@prepared(int, list)` over a function that builds a queryset from an int and a list of
    ints: calling it runs the statement compiled once and gives the queryset's rows as a list
    (module doc)."""

    def wrap(build: Callable[..., QuerySet]) -> Prepared:
        return Prepared(build, kinds)

    return wrap
