"""Deadlines for a user's calendar feed. Apps register sources; the core does not import them.

A source is `fn(user, start: date, end: date) -> Iterable[CalendarEvent]` and must only yield
what `user` may see (start from a `visible_to(user)` queryset). The ICS feed that serves them
lives in the certifications app.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable across feeds, e.g. "action-42@qms"
    title: str
    date: datetime.date
    url: str = ""  # a path; the feed makes it absolute
    description: str = ""


_sources: list[Callable[..., Iterable[CalendarEvent]]] = []


def calendar_source(fn: Callable[..., Iterable[CalendarEvent]]):
    """Register a source of calendar events (use in AppConfig.ready)."""
    if fn not in _sources:
        _sources.append(fn)
    return fn


def events_for(user, start: datetime.date, end: datetime.date) -> list[CalendarEvent]:
    events = [event for source in _sources for event in source(user, start, end)]
    return sorted(events, key=lambda event: (event.date, event.title))
