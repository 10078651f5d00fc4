"""Who may keep the role mappings (django-rules, like qms.permissions)."""

from __future__ import annotations

import rules

from qms.permissions import can_grant_role, is_admin, is_coordinator


@rules.predicate
def may_change_mapping(user, mapping) -> bool:
    """The same rule as granting the mapping's role on its unit by hand."""
    return mapping is not None and can_grant_role(user, mapping.unit, mapping.role)


rules.add_perm("identity.view_role_mappings", is_admin | is_coordinator)
rules.add_perm("identity.change_role_mapping", may_change_mapping)
