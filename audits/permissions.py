"""Who may see the audit pages and edit the question bank (django-rules).

Reads of single audits go through `Audit.objects.visible_to(user)`; these decide whole pages.
"""

from __future__ import annotations

import rules

from qms.models import Role, User
from qms.permissions import is_admin, is_coordinator


def _has_any_role(*roles: Role):
    @rules.predicate
    def predicate(user: User) -> bool:
        return user.is_authenticated and user.is_active and user.has_role(*roles)

    return predicate


# Everyone with a role in the quality work; board members read closed reports only.
view_audits = is_admin | _has_any_role(Role.COORDINATOR, Role.AUDITOR, Role.MANAGER, Role.STAFF)
view_programme = is_admin | _has_any_role(Role.COORDINATOR, Role.AUDITOR, Role.MANAGER)

rules.add_perm("audits.view_audits", view_audits)
rules.add_perm("audits.view_programme", view_programme)
rules.add_perm("audits.plan_audits", is_admin | is_coordinator)
# Every coordinator reads the question bank; it applies to the whole group, so only those
# whose scope covers the whole group change it (`qms.change_group_register`).
rules.add_perm("audits.view_question_bank", is_admin | is_coordinator)
