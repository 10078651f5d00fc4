"""What a person leaves open: each app registers where a person's open work is, so that when an
account is deactivated the coordinators get one list of what to hand over.

The core does not import the apps: they register a source in `AppConfig.ready()`:

    @handover_source
    def open_actions(user, limit) -> list[OpenItem]: ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# At most this many items per source in a notice; the rest are counted.
ITEMS_PER_SOURCE = 50


@dataclass(frozen=True)
class OpenItem:
    """One open case or action: what it is ("Avvikelse AV-2026-00042 …") and where."""

    text: str
    url: str


@dataclass(frozen=True)
class OpenWork:
    heading: str
    items: list[OpenItem]
    total: int


_sources: list[Callable] = []


def handover_source(func: Callable) -> Callable:
    """Register `func(user, limit) -> (heading, items, total)`: the user's open work of one
    kind, at most `limit` items and the total count."""
    _sources.append(func)
    return func


def open_work_of(user) -> list[OpenWork]:
    """Every registered kind of open work the user has, leaving out the empty ones."""
    found = []
    for source in _sources:
        heading, items, total = source(user, ITEMS_PER_SOURCE)
        if total:
            found.append(OpenWork(str(heading), list(items), total))
    return found
