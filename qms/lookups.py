"""`field__any=[...]`: `field = ANY(%s)` with the whole list as one array parameter.

Django's `__in` sends one parameter per value; a visibility filter over thousands of units would
send thousands of them with every query. As one array the statement stays short, PostgreSQL
hashes the array once, and an index on the field is still used.

Ids of a subtree mostly come in runs (units made together get consecutive ids): a long run is
sent as `field BETWEEN first AND last` instead of its members. A kommun-wide coordinator's
3,137 unit ids then cost two parameters, not an array that PostgreSQL plans element by element
in every query (issue 12: 2.6-3.8 ms of planning per list query at a million cases, 0.06-0.2
ms as ranges). The condition is the same set of rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from django.db.models import Field, ForeignObject, Lookup

# A run of at least this many consecutive ids becomes one BETWEEN; at most this many of them.
MIN_RUN = 16
MAX_RUNS = 8


class IdArray:
    """A list of ids for `__any`, sent as one array literal built once.

    A plain list in a filter is walked value by value when Django builds the query and again
    when psycopg writes the array: for a kommun-wide coordinator's 3,100 units, twice per query,
    which took about a sixth of a case page's time. This one is neither a list nor a tuple, so
    Django leaves it whole, and it writes its literal once however many queries use it.

    It has no `__iter__` either: Django walks any value that has one in a relation's filter, to
    check that no value is an object of another model (0.3 ms a filter for 3,100 ids; a
    coordinator's start page has four). `for` and `list()` still work, by index; `ids` is the
    tuple, for loops over many."""

    __slots__ = ("__dict__", "_ids")

    def __init__(self, ids: Iterable[int]):
        self._ids = tuple(ids)

    @property
    def ids(self) -> tuple[int, ...]:
        return self._ids

    def __getitem__(self, index):
        return self._ids[index]

    def __contains__(self, value) -> bool:
        return value in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def __eq__(self, other) -> bool:
        if isinstance(other, IdArray):
            return self._ids == other._ids
        if isinstance(other, list | tuple):
            return list(self._ids) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._ids)

    def __repr__(self) -> str:
        return f"IdArray({list(self._ids)!r})"

    @cached_property
    def literal(self) -> str:
        """PostgreSQL's text form of the array: {1,2,3}."""
        return _literal(self._ids)

    @cached_property
    def runs(self) -> tuple[list[tuple[int, int]], str]:
        """The longest runs of consecutive ids (at least MIN_RUN, at most MAX_RUNS of them) as
        (first, last), and the literal of the ids outside them."""
        runs: list[tuple[int, int]] = []
        for value in sorted({int(value) for value in self._ids}):
            if runs and value == runs[-1][1] + 1:
                runs[-1] = (runs[-1][0], value)
            else:
                runs.append((value, value))
        longest = sorted(
            (run for run in runs if run[1] - run[0] + 1 >= MIN_RUN), key=lambda r: r[0] - r[1]
        )[:MAX_RUNS]
        kept = set(longest)
        rest = [n for run in runs if run not in kept for n in range(run[0], run[1] + 1)]
        return sorted(longest), _literal(rest)


def _literal(ids) -> str:
    return "{" + ",".join(str(int(value)) for value in ids) + "}"


class AnyOf(Lookup):
    lookup_name = "any"
    prepare_rhs = False
    can_use_none_as_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        db_type = self.lhs.output_field.db_type(connection)
        # ForeignKey.db_type is the target's column type ("bigint").
        ids = self.rhs
        if not isinstance(ids, IdArray):
            values = list(ids)
            if len(values) < MIN_RUN or not all(isinstance(v, int) for v in values):
                return f"{lhs} = ANY(%s::{db_type}[])", [*lhs_params, values]
            ids = IdArray(values)
        ranges, rest = ids.runs
        if not ranges:
            return f"{lhs} = ANY(%s::{db_type}[])", [*lhs_params, ids.literal]
        parts, params = [], []
        for first, last in ranges:
            parts.append(f"{lhs} BETWEEN %s AND %s")
            params += [*lhs_params, first, last]
        if rest != "{}":
            parts.append(f"{lhs} = ANY(%s::{db_type}[])")
            params += [*lhs_params, rest]
        return (parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"), params


# Related fields look their lookups up on their own classes only: register on both.
Field.register_lookup(AnyOf)
ForeignObject.register_lookup(AnyOf)
