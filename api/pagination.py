"""Cursor pagination: the time per page stays flat from the first page to the last."""

from __future__ import annotations

from rest_framework.pagination import CursorPagination


class Cursor(CursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    # Newest change first; the id breaks ties so a page boundary never drops a row.
    ordering = ("-updated_at", "-id")

    def get_ordering(self, request, queryset, view) -> tuple[str, ...]:
        # Each endpoint orders by an indexed, rarely changing field with the id after it.
        return tuple(getattr(view, "ordering", None) or self.ordering)
