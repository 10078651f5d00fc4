"""Who may manage SCIM clients. A token lets its holder create accounts anywhere in the group
and put them in groups that give roles, so only those who may change group-wide registers
(admins, coordinators over the whole group) make, rotate or revoke one."""

import rules

from qms.permissions import is_admin


@rules.predicate
def changes_group_registers(user) -> bool:
    return user.has_perm("qms.change_group_register")


rules.add_perm("provisioning.manage_scim_clients", is_admin | changes_group_registers)
