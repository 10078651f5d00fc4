"""Keyset pagination: pages found by (sort value, id), never by OFFSET, so page 4 000 is as quick
as page 1; and a bounded count, so a list never counts a million rows to show a number."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import QueryDict

PAGE_SIZE = 25
# Counting stops here: "fler än 1 000" is as useful as an exact figure and costs a fraction.
COUNT_LIMIT = 1000
AFTER, BEFORE = "efter", "fore"


class InvalidCursor(ValueError):
    """A cursor in the query string that this list did not make (edited or truncated)."""


@dataclass(frozen=True)
class Ordering:
    """A list's sort: one non-null date or datetime field, with the id as the tie-breaker."""

    field: str
    descending: bool

    def order_by(self, *, reverse: bool = False) -> list[str]:
        descending = self.descending != reverse
        sign = "-" if descending else ""
        return [f"{sign}{self.field}", f"{sign}pk"]

    def beyond(self, value, pk: int, *, reverse: bool = False) -> Q:
        """Rows after (value, pk) in this order (before it with `reverse`).

        The plain `<=` on the sort field is redundant with the OR, but it is what lets
        PostgreSQL start the index scan at the cursor instead of filtering from the top.
        """
        op = "lt" if self.descending != reverse else "gt"
        return Q(**{f"{self.field}__{op}e": value}) & (
            Q(**{f"{self.field}__{op}": value}) | Q(**{self.field: value, f"pk__{op}": pk})
        )


@dataclass
class Page:
    items: list
    next_cursor: str | None
    previous_cursor: str | None
    is_first: bool


def encode_cursor(value: datetime.date | datetime.datetime, pk: int) -> str:
    return f"{value.isoformat()}_{pk}"


def decode_cursor(cursor: str) -> tuple[datetime.date | datetime.datetime, int]:
    value, _, pk = cursor.rpartition("_")
    try:
        parsed = (
            datetime.datetime.fromisoformat(value)
            if "T" in value
            else datetime.date.fromisoformat(value)
        )
        return parsed, int(pk)
    except ValueError as error:
        raise InvalidCursor(cursor) from error


def paginate(queryset: QuerySet, ordering: Ordering, params: QueryDict, size=PAGE_SIZE) -> Page:
    """The page `params` asks for (after or before a cursor; the first page without one).

    One query: it fetches one row more than the page to know whether another page follows.
    Raises InvalidCursor for a cursor that cannot be read.
    """
    after, before = params.get(AFTER), params.get(BEFORE)
    if before:
        value, pk = decode_cursor(before)
        rows = list(
            queryset.filter(ordering.beyond(value, pk, reverse=True)).order_by(
                *ordering.order_by(reverse=True)
            )[: size + 1]
        )
        more_before = len(rows) > size
        items = rows[:size][::-1]
        has_next, has_previous = True, more_before
    else:
        if after:
            value, pk = decode_cursor(after)
            queryset = queryset.filter(ordering.beyond(value, pk))
        rows = list(queryset.order_by(*ordering.order_by())[: size + 1])
        items = rows[:size]
        has_next, has_previous = len(rows) > size, bool(after)

    def cursor_of(item) -> str:
        return encode_cursor(getattr(item, ordering.field), item.pk)

    return Page(
        items=items,
        next_cursor=cursor_of(items[-1]) if items and has_next else None,
        previous_cursor=cursor_of(items[0]) if items and has_previous else None,
        is_first=not has_previous,
    )


def page_links(path: str, params: QueryDict, page: Page) -> dict[str, str | None]:
    """URLs of the next, previous and first page, keeping every filter."""

    def with_cursor(name: str | None, cursor: str | None) -> str:
        query = params.copy()
        query.pop(AFTER, None)
        query.pop(BEFORE, None)
        if name:
            query[name] = cursor
        return f"{path}?{query.urlencode()}" if query else path

    return {
        "next": with_cursor(AFTER, page.next_cursor) if page.next_cursor else None,
        "previous": with_cursor(BEFORE, page.previous_cursor) if page.previous_cursor else None,
        "first": None if page.is_first else with_cursor(None, None),
    }


def bounded_count(queryset: QuerySet, limit: int = COUNT_LIMIT) -> int:
    """The number of rows, counted no further than limit + 1 (a COUNT over a LIMIT subquery)."""
    return queryset.order_by().values("pk")[: limit + 1].count()
