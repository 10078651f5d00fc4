"""Pages of certificates in the overview's order (the standard's name, then the id), found by a
cursor instead of an offset, and a count that stops at COUNT_LIMIT: a page costs the same at
100,000 certificates as at 100, and page 2,000 as much as page 1 (issue 12).

The standard's name is in another table, so no index of certificates has that order. But there
are only a handful of standards: a page is read as one query of one part per standard, each
walking the index (standard, id) (or (status, standard, id) when the status is filtered) from
the cursor and stopping after a page, and the parts are put in the standards' order. At most
(standards × page) rows are read, however many certificates there are.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import IntegerField, QuerySet, Value
from django.http import QueryDict

from certifications.models import Standard
from qms import pagination
from qms.pagination import AFTER, BEFORE, COUNT_LIMIT, PAGE_SIZE, InvalidCursor

__all__ = ["COUNT_LIMIT", "InvalidCursor", "Page", "bounded_count", "page_links", "paginate"]


@dataclass
class Page:
    certificates: list
    next_cursor: str | None
    previous_cursor: str | None
    is_first: bool


def encode_cursor(certificate) -> str:
    return f"{certificate.standard_id}_{certificate.pk}"


def decode_cursor(cursor: str) -> tuple[int, int]:
    standard, _, pk = cursor.partition("_")
    try:
        return int(standard), int(pk)
    except ValueError as error:
        raise InvalidCursor(cursor) from error


def _ids(queryset: QuerySet, order: list[int], cursor, *, backwards: bool, size: int) -> list[int]:
    """The ids of up to `size` certificates after the cursor (before it, `backwards`; no cursor:
    from the start), in the order of `order` (standard ids by name) and id: one query, with a
    part per standard."""
    position, beyond = 0, None
    if cursor is not None:
        standard_id, beyond = cursor
        if standard_id not in order:
            raise InvalidCursor(f"{standard_id}_{beyond}")
        position = order.index(standard_id)
    ranks = range(position, -1, -1) if backwards else range(position, len(order))
    sign = "-" if backwards else ""
    parts = []
    for rank in ranks:
        part = queryset.filter(standard_id=order[rank])
        if rank == position and beyond is not None:
            part = part.filter(**{"pk__lt" if backwards else "pk__gt": beyond})
        parts.append(
            part.annotate(rank=Value(rank, output_field=IntegerField()))
            .values_list("rank", "pk")
            .order_by(f"{sign}pk")[:size]
        )
    if not parts:
        return []
    if len(parts) == 1:
        return [pk for _rank, pk in parts[0]]
    combined = parts[0].union(*parts[1:], all=True).order_by(f"{sign}rank", f"{sign}pk")
    return [pk for _rank, pk in combined[:size]]


def paginate(queryset: QuerySet, params: QueryDict, size: int | None = None) -> Page:
    """The page `params` asks for (after or before a cursor; the first page without one), with
    the certificates fetched from `queryset` in the page's order.

    Three queries: the standards' order, the page's ids (one more than the page, to know
    whether another follows), and the page's certificates. Raises InvalidCursor for a cursor
    that cannot be read.
    """
    size = size or PAGE_SIZE
    order = list(Standard.objects.order_by("name", "pk").values_list("pk", flat=True))
    after, before = params.get(AFTER), params.get(BEFORE)
    if before:
        ids = _ids(queryset, order, decode_cursor(before), backwards=True, size=size + 1)
        has_previous, has_next = len(ids) > size, True
        ids = ids[:size][::-1]
    else:
        cursor = decode_cursor(after) if after else None
        ids = _ids(queryset, order, cursor, backwards=False, size=size + 1)
        has_previous, has_next = bool(after), len(ids) > size
        ids = ids[:size]
    by_pk = queryset.filter(pk__in=ids).in_bulk() if ids else {}
    certificates = [by_pk[pk] for pk in ids if pk in by_pk]
    return Page(
        certificates=certificates,
        next_cursor=encode_cursor(certificates[-1]) if certificates and has_next else None,
        previous_cursor=encode_cursor(certificates[0]) if certificates and has_previous else None,
        is_first=not has_previous,
    )


def page_links(path: str, params: QueryDict, page: Page) -> dict[str, str | None]:
    """URLs of the next, previous and first page, keeping every filter; the old `sida` (page
    number) is dropped."""
    return pagination.page_links(path, params, page, dropped=("sida",))


def bounded_count(queryset: QuerySet, limit: int | None = None) -> int:
    """The number of certificates, counted no further than limit + 1 (COUNT over a LIMIT)."""
    return pagination.bounded_count(queryset, limit or COUNT_LIMIT)
