"""Model objects from a statement written out, for the few reads that every request makes.

Building a query costs Django several times what running it costs PostgreSQL: a request's
memberships took 0.8 ms of CPU, nearly all of it compiling the same statement again (issue 12).
A statement here is written once per process from the models' `_meta` (table and column names,
the fields' own database converters) and its rows become the same objects the ORM's would:
`Model.from_db`, with related objects cached as `select_related` caches them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from django.db import connections
from django.db.models import Model


@dataclass(frozen=True)
class Selection:
    """The concrete columns of a model as `alias.column, …`, with what turns a row's values
    into the field values the ORM would give."""

    model: type[Model]
    alias: str
    sql: str
    attnames: tuple[str, ...]
    converters: tuple[tuple[int, tuple[Callable, ...], object], ...]

    @property
    def width(self) -> int:
        return len(self.attnames)

    def instance(self, db: str, values: Sequence) -> Model:
        if self.converters:
            connection = connections[db]
            values = list(values)
            for index, functions, expression in self.converters:
                for convert in functions:
                    values[index] = convert(values[index], expression, connection)
        return self.model.from_db(db, self.attnames, values)


@functools.cache
def selection(model: type[Model], alias: str, db: str = "default") -> Selection:
    connection = connections[db]
    quote = connection.ops.quote_name
    fields = model._meta.concrete_fields
    converters = []
    for index, field in enumerate(fields):
        column = field.get_col(alias)
        functions = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if functions:
            converters.append((index, tuple(functions), column))
    return Selection(
        model=model,
        alias=alias,
        sql=", ".join(f"{quote(alias)}.{quote(field.column)}" for field in fields),
        attnames=tuple(field.attname for field in fields),
        converters=tuple(converters),
    )


def table(model: type[Model], db: str = "default") -> str:
    return connections[db].ops.quote_name(model._meta.db_table)


def column(model: type[Model], name: str, alias: str | None = None, db: str = "default") -> str:
    quote = connections[db].ops.quote_name
    written = quote(model._meta.get_field(name).column)
    return f"{quote(alias)}.{written}" if alias else written


@functools.cache
def _by_pk_statement(model: type[Model], db: str, test: str = "= %s") -> str:
    """Every column of the rows whose key passes `test` (one key, or `= ANY(%s)`: a list)."""
    chosen = selection(model, "t", db)
    return (
        f"SELECT {chosen.sql} FROM {table(model, db)} t"
        f" WHERE {column(model, model._meta.pk.name, 't', db)} {test}"
    )


def by_pk(model: type[Model], pk, db: str = "default") -> Model | None:
    """`model._default_manager.filter(pk=pk).first()` for a model whose default manager adds
    nothing to its rows (no annotations, no deferred fields)."""
    with connections[db].cursor() as cursor:
        cursor.execute(_by_pk_statement(model, db), [pk])
        row = cursor.fetchone()
    return None if row is None else selection(model, "t", db).instance(db, row)


def in_bulk(model: type[Model], pks: Iterable, db: str = "default") -> dict:
    """`model._default_manager.in_bulk(pks)` (same condition as `by_pk`): no statement when
    there are no keys, one for any number."""
    wanted = sorted({pk for pk in pks if pk is not None})
    if not wanted:
        return {}
    with connections[db].cursor() as cursor:
        cursor.execute(_by_pk_statement(model, db, "= ANY(%s)"), [wanted])
        found = cursor.fetchall()
    chosen = selection(model, "t", db)
    return {item.pk: item for item in (chosen.instance(db, row) for row in found)}


def attach(objects: Iterable[Model], names: Sequence[str], *, known: Sequence[Model] = ()) -> None:
    """Load the objects that the foreign keys `names` (all to one model) of `objects` point to,
    as `select_related` would have: one statement for all of them, none for those in `known`
    (the signed-in person, say). A key that is empty stays empty."""
    objects = list(objects)
    if not objects:
        return
    fields = [objects[0]._meta.get_field(name) for name in names]
    model = fields[0].related_model
    assert all(field.related_model is model for field in fields), names
    wanted = {getattr(obj, field.attname) for obj in objects for field in fields} - {None}
    found = {item.pk: item for item in known if item is not None and item.pk in wanted}
    found.update(in_bulk(model, wanted - found.keys(), objects[0]._state.db or "default"))
    for obj in objects:
        for field in fields:
            key = getattr(obj, field.attname)
            if key is not None and key in found:
                field.set_cached_value(obj, found[key])
