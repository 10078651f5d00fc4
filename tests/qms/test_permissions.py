"""Default deny, and roles that follow the organisation tree."""

from __future__ import annotations

import pytest
from django.urls import reverse

from qms.models import Membership, OrganisationUnit, Role, User
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_chef_sees_own_subtree_but_not_a_sibling(tree):
    chef = make_user(tree.elderly, Role.MANAGER)
    visible = set(OrganisationUnit.objects.visible_to(chef))
    assert visible == {tree.elderly, tree.solgarden, tree.homecare}
    assert tree.school not in visible and tree.social not in visible


def test_chef_of_one_unit_gets_404_for_sibling_unit_page(client, tree):
    chef = make_user(tree.solgarden, Role.MANAGER)
    login(client, chef)
    assert client.get(reverse("qms:unit_detail", args=[tree.solgarden.pk])).status_code == 200
    assert client.get(reverse("qms:unit_detail", args=[tree.homecare.pk])).status_code == 404
    assert client.get(reverse("qms:unit_history", args=[tree.homecare.pk])).status_code == 404


def test_a_role_applies_to_units_added_later_below_it(tree):
    chef = make_user(tree.elderly, Role.MANAGER)
    new_unit = OrganisationUnit.objects.add_child(
        tree.elderly, {"name": "Nattpatrullen", "kind": "unit", "code": "t-natt"}
    )
    assert OrganisationUnit.objects.visible_to(chef).filter(pk=new_unit.pk).exists()


def test_user_without_memberships_sees_nothing(tree):
    nobody = make_user()
    assert not OrganisationUnit.objects.visible_to(nobody).exists()
    assert list(User.objects.visible_to(nobody)) == [nobody]


def test_inactive_user_sees_nothing(tree):
    chef = make_user(tree.elderly, Role.MANAGER, is_active=False)
    assert not OrganisationUnit.objects.visible_to(chef).exists()


def test_admin_sees_every_unit(tree):
    admin = make_user(tree.company, Role.ADMIN)
    assert OrganisationUnit.objects.visible_to(admin).count() == OrganisationUnit.objects.count()


def test_users_visible_to_chef_are_those_with_roles_in_the_subtree(tree):
    chef = make_user(tree.elderly, Role.MANAGER)
    staff_here = make_user(tree.solgarden, Role.STAFF)
    staff_elsewhere = make_user(tree.school, Role.STAFF)
    visible = set(User.objects.visible_to(chef))
    assert staff_here in visible and chef in visible
    assert staff_elsewhere not in visible


def test_the_people_in_a_viewers_scope_include_the_viewer_without_an_or(tree):
    """A chef or coordinator is among the people of their own subtrees (their membership is
    there), so the statement asks the memberships once: a semi-join PostgreSQL can stop after a
    picker's first hundred in name order, not `OR id = viewer`, which made it hash every
    membership in scope first (issue 12)."""
    for role, unit in ((Role.MANAGER, tree.solgarden), (Role.COORDINATOR, tree.social)):
        viewer = make_user(unit, role)
        Membership.objects.create(user=viewer, unit=tree.school, role=Role.STAFF)
        people = User.objects.visible_to(viewer)
        assert viewer in set(people)
        assert " OR " not in str(people.query)


def test_staff_cannot_open_another_users_page(client, tree):
    staff = make_user(tree.solgarden, Role.STAFF)
    colleague = make_user(tree.solgarden, Role.STAFF)
    login(client, staff)
    assert client.get(reverse("qms:user_detail", args=[colleague.pk])).status_code == 404
    assert client.get(reverse("qms:user_list")).status_code == 403


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("qms:unit_update", "unit"),
        ("qms:unit_create", "unit"),
    ],
)
def test_chef_cannot_change_the_organisation(client, tree, name, args):
    chef = make_user(tree.elderly, Role.MANAGER)
    login(client, chef)
    url = reverse(name, args=[tree.solgarden.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"name": "Hackat", "kind": "unit", "code": "x"}).status_code == 403
    tree.solgarden.refresh_from_db()
    assert tree.solgarden.name == "Solgården"


def test_coordinator_manages_units_in_own_subtree_only(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    login(client, coordinator)
    ok = client.post(
        reverse("qms:unit_update", args=[tree.elderly.pk]),
        {"name": "Vård och omsorg", "kind": "division", "code": "t-ao", "is_active": "on"},
    )
    assert ok.status_code == 302
    tree.elderly.refresh_from_db()
    assert tree.elderly.name == "Vård och omsorg"
    # A unit outside the subtree does not exist for this coordinator.
    denied = client.post(
        reverse("qms:unit_update", args=[tree.school.pk]),
        {"name": "Hackat", "kind": "department", "code": "t-skol", "is_active": "on"},
    )
    assert denied.status_code == 404


def test_coordinator_creates_child_unit_and_form_error_keeps_input(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    login(client, coordinator)
    url = reverse("qms:unit_create", args=[tree.elderly.pk])
    response = client.post(url, {"name": "", "kind": "unit", "code": "t-ny"})
    assert response.status_code == 200
    assert 'value="t-ny"' in response.content.decode()
    response = client.post(url, {"name": "Korttidsboendet", "kind": "unit", "code": "t-ny"})
    assert response.status_code == 302
    unit = OrganisationUnit.objects.get(code="t-ny")
    assert OrganisationUnit.objects.get_parent(unit) == tree.elderly


def test_coordinator_cannot_grant_admin_role(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    staff = make_user(tree.solgarden, Role.STAFF)
    login(client, coordinator)
    response = client.post(
        reverse("qms:user_detail", args=[staff.pk]),
        {"unit": tree.solgarden.pk, "role": Role.ADMIN},
    )
    assert response.status_code == 200  # the form is shown again with an error
    assert not Membership.objects.filter(user=staff, role=Role.ADMIN).exists()


def test_coordinator_grants_role_inside_subtree_but_not_outside(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    staff = make_user(tree.solgarden, Role.STAFF)
    login(client, coordinator)
    url = reverse("qms:user_detail", args=[staff.pk])
    assert client.post(url, {"unit": tree.homecare.pk, "role": Role.STAFF}).status_code == 302
    assert Membership.objects.filter(user=staff, unit=tree.homecare).exists()
    client.post(url, {"unit": tree.school.pk, "role": Role.STAFF})
    assert not Membership.objects.filter(user=staff, unit=tree.school).exists()


def test_coordinator_cannot_manage_a_user_who_also_works_elsewhere(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    shared = make_user(tree.solgarden, Role.STAFF)
    Membership.objects.create(user=shared, unit=tree.school, role=Role.STAFF)
    login(client, coordinator)
    assert client.get(reverse("qms:user_update", args=[shared.pk])).status_code == 403


def test_coordinator_cannot_remove_an_admins_role(client, tree):
    coordinator = make_user(tree.group, Role.COORDINATOR)
    admin = make_user(tree.social, Role.ADMIN)
    membership = admin.memberships.get()
    login(client, coordinator)
    url = reverse("qms:membership_delete", args=[admin.pk, membership.pk])
    assert client.post(url).status_code == 403
    assert Membership.objects.filter(pk=membership.pk).exists()


def new_user_form(unit, **overrides) -> dict:
    return {
        "first_name": "Ny",
        "last_name": "Person",
        "email": "ny.person@example.se",
        "unit": unit.pk,
        "role": Role.STAFF,
        **overrides,
    }


def test_coordinator_creates_a_user_with_a_first_role(client, tree):
    login(client, make_user(tree.social, Role.COORDINATOR))
    response = client.post(reverse("qms:user_create"), new_user_form(tree.homecare))
    assert response.status_code == 302
    user = User.objects.get(email="ny.person@example.se")
    assert user.username == "ny.person@example.se"
    assert not user.has_usable_password()  # the person chooses it through the invitation
    assert user.memberships.get().unit == tree.homecare


def test_new_user_without_email_is_refused_and_typed_values_are_kept(client, tree):
    login(client, make_user(tree.social, Role.COORDINATOR))
    form = new_user_form(tree.homecare, first_name="Svea", email="")
    response = client.post(reverse("qms:user_create"), form)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'value="Svea"' in body
    assert "error-summary" in body
    assert not User.objects.filter(first_name="Svea").exists()


@pytest.mark.parametrize(
    ("url_name", "needs_pk"),
    [
        ("home", False),
        ("qms:unit_list", False),
        ("qms:unit_detail", True),
        ("qms:unit_history", True),
        ("qms:user_list", False),
        ("qms:user_create", False),
        ("qms:user_detail", True),
    ],
)
def test_anonymous_user_is_sent_to_login(client, tree, url_name, needs_pk):
    url = reverse(url_name, args=[tree.group.pk] if needs_pk else [])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_user_list_htmx_request_gets_only_the_results_fragment(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    make_user(tree.solgarden, Role.STAFF, first_name="Greta", last_name="Garbo")
    make_user(tree.solgarden, Role.STAFF, first_name="Bo", last_name="Ek")
    login(client, coordinator)
    response = client.get(reverse("qms:user_list"), {"q": "garbo"}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body and "<table" in body
    assert "Garbo" in body and "Ek</a>" not in body


def test_user_list_htmx_fragment_is_denied_to_staff(client, tree):
    staff = make_user(tree.solgarden, Role.STAFF)
    login(client, staff)
    response = client.get(reverse("qms:user_list"), HTTP_HX_REQUEST="true")
    assert response.status_code == 403


def test_user_list_query_count_does_not_grow_with_users(
    client, tree, django_assert_max_num_queries
):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    login(client, coordinator)
    for _ in range(3):
        make_user(tree.solgarden, Role.STAFF)
    with django_assert_max_num_queries(12) as small:
        client.get(reverse("qms:user_list"))
    for _ in range(30):
        make_user(tree.homecare, Role.STAFF)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("qms:user_list"))
