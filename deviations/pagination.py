"""Keyset pagination: pages found by (sort value, id), never by OFFSET, so page 4 000 is as quick
as page 1; and a bounded count, so a list never counts a million rows to show a number."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import QueryDict

from qms.pagination import (  # noqa: F401 - the lists' names for the shared parts
    AFTER,
    BEFORE,
    COUNT_LIMIT,
    PAGE_SIZE,
    InvalidCursor,
    bounded_count,
    page_links,
)


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
