"""What every cursor-paged list shares: the query-string names, the page size, the links to the
next, previous and first page, and a count that stops at COUNT_LIMIT. Each list finds its own
pages (deviations.pagination by a date and the id, certifications.paging by the standard and
the id) and makes its own cursors."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from django.db.models import QuerySet
from django.http import QueryDict

PAGE_SIZE = 25
# Counting stops here: "fler än 1 000" is as useful as an exact figure and costs a fraction.
COUNT_LIMIT = 1000
AFTER, BEFORE = "efter", "fore"


class InvalidCursor(ValueError):
    """A cursor in the query string that this list did not make (edited or truncated)."""


class CursorPage(Protocol):
    next_cursor: str | None
    previous_cursor: str | None
    is_first: bool


def page_links(
    path: str, params: QueryDict, page: CursorPage, *, dropped: tuple[str, ...] = ()
) -> dict[str, str | None]:
    """URLs of the next, previous and first page, keeping every filter (and leaving out the
    parameters in `dropped`, an older way of paging, say)."""

    def with_cursor(name: str | None, cursor: str | None) -> str:
        query = params.copy()
        for key in (AFTER, BEFORE, *dropped):
            query.pop(key, None)
        if name:
            query[name] = cursor
        return f"{path}?{query.urlencode()}" if query else path

    return {
        "next": with_cursor(AFTER, page.next_cursor) if page.next_cursor else None,
        "previous": with_cursor(BEFORE, page.previous_cursor) if page.previous_cursor else None,
        "first": None if page.is_first else with_cursor(None, None),
    }


def bounded_count(queryset: QuerySet, limit: int = COUNT_LIMIT, order: Sequence[str] = ()) -> int:
    """The number of rows, counted no further than limit + 1 (a COUNT over a LIMIT subquery):
    in no order, or in `order` where reading the rows in the page's order is cheaper."""
    return queryset.order_by(*order).values("pk")[: limit + 1].count()
