"""The header search: one box that jumps to a case by its number, otherwise searches every
module the user may see. Apps register their sources in AppConfig.ready(); the core imports none
of them. Every source starts from the app's `visible_to(user)` queryset, so the search shows
exactly what the lists show (confidential cases included only for those who may read them)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils.functional import Promise

# How many hits of one kind the results page shows (each source is one bounded query).
PER_SOURCE = 10


@dataclass(frozen=True)
class Hit:
    number: str
    title: str
    url: str
    status: str = ""


@dataclass(frozen=True)
class SearchSource:
    label: str | Promise
    order: int
    # (user, query) -> hits whose number is the query; (user, query, limit) -> text matches
    by_number: Callable[..., Iterable[Hit]]
    by_text: Callable[..., Iterable[Hit]]
    visible: Callable


_sources: list[SearchSource] = []


def search_source(
    label,
    *,
    order: int,
    by_number: Callable[..., Iterable[Hit]],
    by_text: Callable[..., Iterable[Hit]],
    visible: Callable | None = None,
) -> None:
    """Register what one module offers the header search; `visible(user)` may leave it out."""
    _sources.append(SearchSource(label, order, by_number, by_text, visible or (lambda u: True)))
    _sources.sort(key=lambda source: source.order)


def sources_for(user) -> list[SearchSource]:
    return [source for source in _sources if source.visible(user)]


def find_by_number(user, query: str) -> list[tuple[SearchSource, Hit]]:
    """Everything the user may open whose number the query is (at most a few)."""
    query = query.strip()
    if not query:
        return []
    return [(source, hit) for source in sources_for(user) for hit in source.by_number(user, query)]


def search(user, query: str) -> list[tuple[SearchSource, list[Hit]]]:
    """Text matches per module, at most PER_SOURCE each; modules without a match left out."""
    query = query.strip()
    if not query:
        return []
    found = []
    for source in sources_for(user):
        hits = list(source.by_text(user, query, PER_SOURCE))
        if hits:
            found.append((source, hits))
    return found
