"""Who may do what with the shared core's objects. Default deny.

Reads go through `visible_to(user)` querysets (qms.models); these predicates decide writes and
are registered with django-rules, so views ask `request.user.has_perm("qms.manage_unit", unit)`.
"""

from __future__ import annotations

import rules

from qms.models import OrganisationUnit, Role, User


@rules.predicate
def is_admin(user: User) -> bool:
    return user.is_authenticated and user.is_active and user.is_admin()


@rules.predicate
def is_coordinator(user: User) -> bool:
    return user.is_authenticated and user.is_active and user.has_role(Role.COORDINATOR)


@rules.predicate
def coordinates_unit(user: User, unit: OrganisationUnit | None) -> bool:
    """The user is a quality coordinator on the unit or above it."""
    return (
        unit is not None
        and user.is_authenticated
        and user.is_active
        and user.has_role_over(unit, Role.COORDINATOR)
    )


@rules.predicate
def coordinates_user(user: User, target: User | None) -> bool:
    """A coordinator may manage a user whose every role lies inside the coordinator's subtrees,
    and who is not an administrator (an admin is managed by admins only)."""
    if target is None or not (user.is_authenticated and user.is_active):
        return False
    if target.is_superuser or target.has_role(Role.ADMIN):
        return False
    memberships = list(target.memberships.select_related("unit"))
    return bool(memberships) and all(
        user.has_role_over(m.unit, Role.COORDINATOR) for m in memberships
    )


@rules.predicate
def coordinates_whole_group(user: User) -> bool:
    """The user is a quality coordinator on the root of every organisation tree: their scope
    covers everyone a group-wide register entry affects (categories, requirements, …).

    A coordinator of one company or förvaltning is not enough: a register entry changed there
    would change what every other part of the group sees (e.g. which cases are confidential)."""
    if not (user.is_authenticated and user.is_active and user.has_role(Role.COORDINATOR)):
        return False  # no coordinator role anywhere: no need to read the tree's roots
    roots = _tree_roots(user)
    return bool(roots) and all(user.has_role_over(root, Role.COORDINATOR) for root in roots)


def _tree_roots(user: User) -> list[OrganisationUnit]:
    # Asked several times per page (menu, buttons, the view): one query per request's user.
    cached = getattr(user, "_qms_tree_roots", None)
    if cached is None:
        cached = list(OrganisationUnit.objects.get_root_nodes())
        user._qms_tree_roots = cached
    return cached


def reads_counts_only(user: User) -> bool:
    """A board member and nothing else: the menu leaves out the case lists, which would always
    be empty for them (issue 16); they read the overview and the reports."""
    return user.is_authenticated and not user.is_admin() and user.roles() == {Role.BOARD}


def can_grant_role(user: User, unit: OrganisationUnit, role: str) -> bool:
    """Admins grant any role anywhere; coordinators any role but admin inside their subtree."""
    if is_admin(user):
        return True
    return role != Role.ADMIN and coordinates_unit(user, unit)


manage_units = is_admin | is_coordinator
manage_users = is_admin | is_coordinator

rules.add_perm("qms.manage_organisation", manage_units)
rules.add_perm("qms.manage_unit", is_admin | coordinates_unit)
rules.add_perm("qms.manage_users", manage_users)
rules.add_perm("qms.manage_user", is_admin | coordinates_user)
# Registers that apply to the whole group (categories and their sensitivity, requirements,
# suppliers, the audit question bank, legal-track rules, public activities, feedback policies)
# are written only with this; reading them may be wider (see each app's rules).
rules.add_perm("qms.change_group_register", is_admin | coordinates_whole_group)
