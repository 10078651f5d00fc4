"""The *Inställningar* page: every setting kept in the app (not in the technical admin), one
link each. Apps register their pages in `AppConfig.ready()`; the core does not import them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class SettingsPage:
    label: str
    description: str
    url_name: str
    order: int
    visible: Callable


_pages: list[SettingsPage] = []


def settings_page(label, description, url_name: str, *, order: int, visible: Callable) -> None:
    _pages.append(SettingsPage(label, description, url_name, order, visible))
    _pages.sort(key=lambda page: page.order)


def pages_for(user) -> list[tuple[str, str, str]]:
    return [
        (reverse(page.url_name), str(page.label), str(page.description))
        for page in _pages
        if page.visible(user)
    ]


def has_pages(user) -> bool:
    """Whether the user sees any settings page: the main menu asks on every page, so without
    reversing and translating every page's link and text (pages_for) to find out."""
    return any(page.visible(user) for page in _pages)
