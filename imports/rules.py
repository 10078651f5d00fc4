"""Who may import what. Reads go through `ImportJob.objects.visible_to(user)`."""

from __future__ import annotations

import rules
from django.utils.translation import gettext_lazy as _

from qms.menu import menu_item
from qms.models import Role
from qms.permissions import is_admin


@rules.predicate
def is_coordinator(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_role(Role.COORDINATOR)


# The organisation is a group-wide register (`qms.change_group_register`); a legacy register is
# imported by coordinators into the units they coordinate (each row is checked).
rules.add_perm("imports.import_register", is_admin | is_coordinator)

menu_item(
    _("Import"),
    "imports:list",
    order=805,
    visible=lambda user: (
        user.has_perm("imports.import_register") or user.has_perm("qms.change_group_register")
    ),
)
