"""Who may do what in records management. Default deny; reads go through `visible_to()`."""

from __future__ import annotations

import rules

from qms.models import OrganisationUnit, Role, User
from qms.permissions import is_admin


def _active(user: User) -> bool:
    return user.is_authenticated and user.is_active


@rules.predicate
def is_archivist(user: User) -> bool:
    return _active(user) and user.has_role(Role.ARCHIVIST)


@rules.predicate
def is_dpo(user: User) -> bool:
    return _active(user) and user.has_role(Role.DPO)


def archivist_over(user: User, unit: OrganisationUnit | None) -> bool:
    """Arkivansvarig on the organisation or above it; for a group-wide rule (no
    organisation), on the root of every tree."""
    if not _active(user):
        return False
    if is_admin(user):
        return True
    if unit is None:
        roots = OrganisationUnit.objects.get_root_nodes()
        return all(user.has_role_over(root, Role.ARCHIVIST) for root in roots)
    return user.has_role_over(unit, Role.ARCHIVIST)


@rules.predicate
def keeps_rule(user: User, organisation: OrganisationUnit | None) -> bool:
    return archivist_over(user, organisation)


@rules.predicate
def may_hold_in(user: User, unit: OrganisationUnit | None) -> bool:
    """Coordinators, the legal tracks' officers and the arkivansvarig over the unit, and
    admins, place and lift holds."""
    from records.models import HOLD_ROLES

    if not _active(user):
        return False
    if is_admin(user):
        return True
    if unit is None:
        return user.has_role(Role.ARCHIVIST)
    return user.has_role_over(unit, *HOLD_ROLES)


# Reading the plan: who keeps it, who places holds, the dataskyddsombud, admins.
read_plan = is_admin | is_archivist | is_dpo
rules.add_perm(
    "records.view_plan",
    read_plan
    | rules.predicate(lambda u: _active(u) and u.has_role(Role.COORDINATOR, Role.SAS, Role.MAS)),
)
rules.add_perm("records.keep_plan", is_admin | is_archivist)
rules.add_perm("records.keep_rule", keeps_rule)
rules.add_perm("records.hold_in", may_hold_in)
rules.add_perm(
    "records.view_holds",
    is_admin
    | rules.predicate(
        lambda u: (
            _active(u)
            and u.has_role(Role.COORDINATOR, Role.SAS, Role.MAS, Role.DPO, Role.ARCHIVIST)
        )
    ),
)
rules.add_perm("records.archive", is_admin | is_archivist)
rules.add_perm("records.extract", is_admin | is_dpo)
rules.add_perm("records.full_export", is_admin)
