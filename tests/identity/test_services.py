"""The role sync: exactly what the mappings give, taken back when they stop applying."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from pghistory.models import Events

from identity import services
from identity.models import GrantedMembership, RoleMapping
from qms.models import Membership, Role
from tests.factories import make_user

pytestmark = pytest.mark.django_db

STAFF_GROUP = "6f1c2a9e-0000-4000-8000-000000000001"
CHEF_GROUP = "6f1c2a9e-0000-4000-8000-000000000002"


@pytest.fixture
def admin(tree):
    return make_user(tree.group, Role.ADMIN)


def roles_of(user) -> set[tuple[str, str, bool]]:
    return {
        (m.unit.code, m.role, m.sensitive_access)
        for m in Membership.objects.filter(user=user).select_related("unit")
    }


def test_first_sync_grants_exactly_the_mapped_roles(tree, admin):
    services.create_role_mapping(by=admin, unit=tree.solgarden, role=Role.STAFF, value=STAFF_GROUP)
    services.create_role_mapping(
        by=admin, unit=tree.elderly, role=Role.MANAGER, value=CHEF_GROUP, sensitive_access=True
    )
    services.create_role_mapping(by=admin, unit=tree.school, role=Role.STAFF, value="other-group")
    user = make_user()

    result = services.sync_roles_from_groups(user, [STAFF_GROUP, CHEF_GROUP], source="oidc:test")

    assert roles_of(user) == {("t-solg", Role.STAFF, False), ("t-ao", Role.MANAGER, True)}
    assert len(result.granted) == 2 and not result.removed
    assert set(GrantedMembership.objects.values_list("source", flat=True)) == {"oidc:test"}


def test_leaving_a_group_removes_its_role_but_not_roles_granted_by_hand(tree, admin):
    services.create_role_mapping(by=admin, unit=tree.solgarden, role=Role.STAFF, value=STAFF_GROUP)
    services.create_role_mapping(by=admin, unit=tree.elderly, role=Role.MANAGER, value=CHEF_GROUP)
    user = make_user(tree.school, Role.AUDITOR)  # granted by hand
    services.sync_roles_from_groups(user, [STAFF_GROUP, CHEF_GROUP], source="oidc:test")

    result = services.sync_roles_from_groups(user, [STAFF_GROUP], source="oidc:test")

    assert roles_of(user) == {("t-solg", Role.STAFF, False), ("t-skol", Role.AUDITOR, False)}
    assert [(unit.code, role) for unit, role in result.removed] == [("t-ao", Role.MANAGER)]
    # No groups at all: only the hand-granted role is left.
    services.sync_roles_from_groups(user, [], source="scim")
    assert roles_of(user) == {("t-skol", Role.AUDITOR, False)}


def test_a_hand_granted_membership_is_never_taken_over_or_removed(tree, admin):
    services.create_role_mapping(by=admin, unit=tree.solgarden, role=Role.STAFF, value=STAFF_GROUP)
    user = make_user(tree.solgarden, Role.STAFF)

    services.sync_roles_from_groups(user, [STAFF_GROUP], source="oidc:test")
    services.sync_roles_from_groups(user, [], source="oidc:test")

    assert roles_of(user) == {("t-solg", Role.STAFF, False)}
    assert not GrantedMembership.objects.exists()


def test_sync_is_idempotent_and_follows_the_sensitive_flag(tree, admin):
    mapping = services.create_role_mapping(
        by=admin, unit=tree.elderly, role=Role.MANAGER, value=CHEF_GROUP
    )
    user = make_user()
    services.sync_roles_from_groups(user, [CHEF_GROUP], source="oidc:test")
    assert not services.sync_roles_from_groups(user, [CHEF_GROUP], source="oidc:test").changed

    RoleMapping.objects.filter(pk=mapping.pk).update(sensitive_access=True)
    result = services.sync_roles_from_groups(user, [CHEF_GROUP], source="oidc:test")
    assert [(u.code, r) for u, r in result.updated] == [("t-ao", Role.MANAGER)]
    assert roles_of(user) == {("t-ao", Role.MANAGER, True)}


def test_a_groups_only_sync_leaves_what_another_claim_gave(tree, admin):
    services.create_role_mapping(
        by=admin, unit=tree.school, role=Role.AUDITOR, claim="roles", value="QMS.Revisor"
    )
    user = make_user()
    services.sync_roles_from_claims(
        user, {"groups": [], "roles": ["QMS.Revisor"]}, source="oidc:test"
    )
    services.sync_roles_from_groups(user, [], source="scim")
    assert roles_of(user) == {("t-skol", Role.AUDITOR, False)}
    services.sync_roles_from_claims(user, {"groups": [], "roles": []}, source="oidc:test")
    assert roles_of(user) == set()


def test_inactive_units_give_no_roles(tree, admin):
    services.create_role_mapping(by=admin, unit=tree.homecare, role=Role.STAFF, value=STAFF_GROUP)
    tree.homecare.is_active = False
    tree.homecare.save()
    user = make_user()
    services.sync_roles_from_groups(user, [STAFF_GROUP], source="oidc:test")
    assert roles_of(user) == set()


def test_sync_is_recorded_in_the_history_with_its_source(tree, admin):
    services.create_role_mapping(by=admin, unit=tree.solgarden, role=Role.STAFF, value=STAFF_GROUP)
    user = make_user()
    services.sync_roles_from_groups(user, [STAFF_GROUP], source="saml:adfs")
    membership = Membership.objects.get(user=user)
    event = Events.objects.tracks(membership).get()
    assert event.pgh_context["role_sync"] == "saml:adfs"


def test_coordinator_maps_roles_in_own_subtree_but_never_admin(tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    services.create_role_mapping(
        by=coordinator, unit=tree.solgarden, role=Role.MANAGER, value=CHEF_GROUP
    )
    with pytest.raises(PermissionDenied):
        services.create_role_mapping(by=coordinator, unit=tree.social, role=Role.ADMIN, value="x")
    with pytest.raises(PermissionDenied):
        services.create_role_mapping(by=coordinator, unit=tree.school, role=Role.STAFF, value="x")
    assert RoleMapping.objects.count() == 1


def test_admin_role_comes_from_a_claim_only_when_an_admin_mapped_it(tree, admin):
    user = make_user()
    services.sync_roles_from_groups(user, ["QMS-Admins"], source="oidc:test")
    assert not user.is_admin()
    services.create_role_mapping(by=admin, unit=tree.group, role=Role.ADMIN, value="QMS-Admins")
    services.sync_roles_from_groups(user, ["QMS-Admins"], source="oidc:test")
    assert user.is_admin()
    assert not user.is_superuser and not user.is_staff


def test_sensitive_access_only_for_leaders(tree, admin):
    with pytest.raises(ValidationError):
        services.create_role_mapping(
            by=admin, unit=tree.solgarden, role=Role.STAFF, value="x", sensitive_access=True
        )


def test_duplicate_mapping_is_refused(tree, admin):
    services.create_role_mapping(by=admin, unit=tree.solgarden, role=Role.STAFF, value="x")
    with pytest.raises(ValidationError):
        services.create_role_mapping(by=admin, unit=tree.solgarden, role=Role.STAFF, value=" x ")


def test_deleting_a_mapping_takes_its_roles_away_unless_another_rule_gives_them(tree, admin):
    first = services.create_role_mapping(
        by=admin, unit=tree.solgarden, role=Role.STAFF, value=STAFF_GROUP
    )
    chef = services.create_role_mapping(
        by=admin, unit=tree.elderly, role=Role.MANAGER, value=CHEF_GROUP
    )
    services.create_role_mapping(by=admin, unit=tree.solgarden, role=Role.STAFF, value="g2")
    user = make_user()
    services.sync_roles_from_groups(user, [STAFF_GROUP, CHEF_GROUP], source="oidc:test")

    assert services.delete_role_mapping(chef, by=admin) == 1
    # Another rule gives Medarbetare on Solgården: decided at the next log-in.
    assert services.delete_role_mapping(first, by=admin) == 0
    assert roles_of(user) == {("t-solg", Role.STAFF, False)}
    services.sync_roles_from_groups(user, [STAFF_GROUP], source="oidc:test")
    assert roles_of(user) == set()


def test_link_identity_meets_on_the_identifier_and_refuses_a_second_owner(tree):
    anna, bo = make_user(), make_user()
    services.link_identity(anna, provider="entra", uid="oid-1")
    assert services.link_identity(anna, provider="entra", uid="oid-1").user == anna
    assert services.user_for_identity(provider="entra", uid="oid-1") == anna
    assert services.user_for_identity(provider="adfs", uid="oid-1") is None
    with pytest.raises(ValidationError):
        services.link_identity(bo, provider="entra", uid="oid-1")


def test_a_sync_loads_only_the_rules_of_the_persons_own_groups(tree, admin):
    """A kommun keeps a rule per unit and group: a log-in must not read all of them."""
    from django.db.models.signals import post_init

    services.create_role_mapping(by=admin, unit=tree.solgarden, role=Role.STAFF, value=STAFF_GROUP)
    RoleMapping.objects.bulk_create(
        RoleMapping(unit=tree.school, role=Role.STAFF, value=f"group-{n}", created_by=admin)
        for n in range(50)
    )
    loaded: list[RoleMapping] = []

    def count(sender, instance, **kwargs):
        loaded.append(instance)

    post_init.connect(count, sender=RoleMapping)
    try:
        services.sync_roles_from_groups(make_user(), [STAFF_GROUP], source="scim")
    finally:
        post_init.disconnect(count, sender=RoleMapping)

    assert [m.value for m in loaded] == [STAFF_GROUP]
