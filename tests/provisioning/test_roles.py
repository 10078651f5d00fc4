"""The set-wise role sync of big SCIM group changes applies exactly the rules of
identity.services.sync_roles_from_groups (the per-person service SSO log-ins use)."""

from __future__ import annotations

import pytest

from identity.models import GrantedMembership, RoleMapping
from identity.services import sync_roles_from_groups
from provisioning import services
from provisioning.models import ScimGroup, ScimGroupMember, ScimUser
from qms.models import Membership, Role
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def roles(users) -> set[tuple[int, str, str, bool]]:
    return set(
        Membership.objects.filter(user__in=users).values_list(
            "user_id", "unit__code", "role", "sensitive_access"
        )
    )


def test_set_wise_sync_equals_the_per_person_service(tree):
    staff = RoleMapping.objects.create(value="g-staff", unit=tree.solgarden, role=Role.STAFF)
    RoleMapping.objects.create(value="g-chef", unit=tree.elderly, role=Role.MANAGER)
    RoleMapping.objects.create(
        value="g-chef-sensitive", unit=tree.elderly, role=Role.MANAGER, sensitive_access=True
    )
    RoleMapping.objects.create(value="g-school", unit=tree.school, role=Role.AUDITOR)
    tree.school.is_active = False  # a mapping to an inactive unit gives nothing
    tree.school.save()
    groups = {
        value: ScimGroup.objects.create(display_name=value, external_id=value)
        for value in ("g-staff", "g-chef", "g-chef-sensitive", "g-school", "g-unmapped")
    }
    people = [make_user() for _ in range(services.SET_WISE_FROM + 5)]
    for person in people:
        ScimUser.objects.create(user=person, user_name=person.username)
    # A role granted by hand, and one an earlier sync gave that no group gives any more.
    Membership.objects.create(user=people[0], unit=tree.homecare, role=Role.STAFF)
    old = Membership.objects.create(user=people[1], unit=tree.homecare, role=Role.MANAGER)
    GrantedMembership.objects.create(membership=old, mapping=None, claim="groups", source="scim")
    # An earlier grant of the staff role that lost its sensitive access, and one by hand that
    # the groups also give: both stay as they are.
    Membership.objects.create(user=people[3], unit=tree.solgarden, role=Role.STAFF)
    pattern = [
        {"g-staff"},
        {"g-chef", "g-chef-sensitive"},
        {"g-chef", "g-school"},
        {"g-staff", "g-unmapped"},
        set(),
    ]
    for index, person in enumerate(people):
        for value in pattern[index % len(pattern)]:
            ScimGroupMember.objects.create(group=groups[value], user=person)

    services.sync_member_roles([p.pk for p in people])
    after_set_wise = roles(people)

    assert (people[0].pk, "t-ht", Role.STAFF, False) in after_set_wise  # by hand: kept
    assert not Membership.objects.filter(pk=old.pk).exists()  # no group gives it: gone
    assert (people[1].pk, "t-ao", Role.MANAGER, True) in after_set_wise
    assert not any(code == "t-skol" for _u, code, _r, _s in after_set_wise)
    assert GrantedMembership.objects.filter(mapping=staff, source="scim").exists()
    # The per-person service, given the same groups, finds nothing to change.
    for index, person in enumerate(people):
        result = sync_roles_from_groups(person, pattern[index % len(pattern)], source="scim")
        assert not result.changed, (index, result)
    assert roles(people) == after_set_wise


def test_leaving_every_group_set_wise_removes_only_group_roles(tree):
    RoleMapping.objects.create(value="g-staff", unit=tree.solgarden, role=Role.STAFF)
    group = ScimGroup.objects.create(display_name="Personal", external_id="g-staff")
    people = [make_user(tree.school, Role.AUDITOR) for _ in range(services.SET_WISE_FROM)]
    for person in people:
        ScimUser.objects.create(user=person, user_name=person.username)
        ScimGroupMember.objects.create(group=group, user=person)
    services.sync_member_roles([p.pk for p in people])
    assert Membership.objects.filter(unit=tree.solgarden).count() == len(people)

    services.delete_group(group)

    assert not Membership.objects.filter(unit=tree.solgarden).exists()
    assert Membership.objects.filter(unit=tree.school).count() == len(people)
