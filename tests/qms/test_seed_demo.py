import pytest
from django.core.management import call_command

from qms.models import OrganisationUnit, Role, User

pytestmark = pytest.mark.django_db

DEMO_ROLES = {
    "admin": Role.ADMIN,
    "samordnare": Role.COORDINATOR,
    "chef": Role.MANAGER,
    "medarbetare": Role.STAFF,
    "revisor": Role.AUDITOR,
    "styrelse": Role.BOARD,
    "arkiv": Role.ARCHIVIST,
}


def test_seed_if_empty_seeds_once_and_the_demo_users_log_in_with_demo_in_their_roles():
    call_command("seed_demo", if_empty=True)
    count = OrganisationUnit.objects.count()
    for username, role in DEMO_ROLES.items():
        user = User.objects.get(username=username)
        assert user.check_password("demo")
        assert user.primary_membership.role == role
    chef = User.objects.get(username="chef")
    assert chef.primary_membership.unit.get_kind_display() == "Enhet"
    social = OrganisationUnit.objects.get(code="soc")
    assert social.contains(chef.primary_membership.unit)

    call_command("seed_demo", if_empty=True)
    assert OrganisationUnit.objects.count() == count


def test_scale_data_is_a_valid_tree_and_counts_match(seeded_demo):
    before_units, before_users = OrganisationUnit.objects.count(), User.objects.count()
    call_command("seed_demo", scale=3)
    assert OrganisationUnit.objects.count() == before_units + 1 + 3 * 31
    assert User.objects.count() == before_users + 3 * 62
    # treebeard's own consistency check: paths, depths and child counts agree.
    assert all(not problems for problems in OrganisationUnit.objects.find_problems())
    city = OrganisationUnit.objects.get(code="stor")
    assert OrganisationUnit.objects.subtree_of(city).count() == 1 + 3 * 31
    chef = User.objects.get(username="chef.stor.2")
    assert OrganisationUnit.objects.visible_to(chef).count() == 31
