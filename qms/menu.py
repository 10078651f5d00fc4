"""The main menu. Apps add their entries in AppConfig.ready(); the core does not import them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from qms.links import kept_url
from qms.settings_pages import has_pages, settings_page


@dataclass(frozen=True)
class MenuItem:
    label: str
    url_name: str
    order: int
    visible: Callable
    primary: bool = False


_items: list[MenuItem] = []


def menu_item(
    label: str,
    url_name: str,
    *,
    order: int,
    visible: Callable | None = None,
    primary: bool = False,
) -> None:
    """Register a main-menu entry; `visible(user)` decides whether a user sees it. A primary
    entry is also kept beside the menu button on a phone, where the menu itself is folded."""
    _items.append(MenuItem(label, url_name, order, visible or (lambda user: True), primary))
    _items.sort(key=lambda item: item.order)


def items_for(user) -> list[tuple[str, str, bool]]:
    """(url, label, primary) of the entries the user sees, in menu order."""
    return [
        (kept_url(item.url_name), item.label, item.primary) for item in _items if item.visible(user)
    ]


menu_item(_("Start"), "home", order=0)
menu_item(_("Organisation"), "qms:unit_list", order=800)
menu_item(
    _("Användare"), "qms:user_list", order=810, visible=lambda u: u.has_perm("qms.manage_users")
)
menu_item(
    _("Inställningar"),
    "qms:settings",
    order=850,
    visible=has_pages,
)
menu_item(_("Teknisk administration"), "admin:index", order=900, visible=lambda u: u.is_staff)

settings_page(
    _("Organisationens namn och logotyp"),
    _("Visas överst på de publika sidorna, till exempel formuläret för synpunkter."),
    "qms:public_profile",
    order=10,
    visible=lambda user: user.has_perm("qms.change_group_register"),
)
