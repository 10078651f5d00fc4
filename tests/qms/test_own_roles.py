"""Nobody changes their own roles or access to confidential cases; that access is granted only by
a coordinator over the unit who is not the person, and the unit's other coordinators are told
(issue 19, finding 4). Every role-granting form: the user page, role removal, the technical
admin."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.admin.sites import site as admin_site
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from deviations import services as deviation_services
from qms.models import Membership, Notification, Role, User
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def grant(client, person, unit, role, sensitive=False):
    data = {"unit": unit.pk, "role": role}
    if sensitive:
        data["sensitive_access"] = "on"
    return client.post(reverse("qms:user_detail", args=[person.pk]), data)


def confidential_case(tree):
    reporter = make_user(tree.solgarden, Role.STAFF)
    return deviation_services.report_deviation(
        by=reporter,
        unit=tree.solgarden,
        title="Missförhållande",
        description="Brukaren fick fel läkemedel.",
        occurred_at=timezone.now() - datetime.timedelta(hours=1),
        immediate_action="",
        is_confidential=True,
    )


@pytest.mark.parametrize(
    ("unit", "role"), [("kommun", Role.COORDINATOR), ("group", Role.ADMIN)], ids=str
)
def test_nobody_grants_themselves_a_role_or_sensitive_access(client, tree, unit, role):
    """The issue's case: a coordinator's own membership with sensitive access on would have
    turned a confidential case from 404 into 200."""
    case = confidential_case(tree)
    me = make_user(getattr(tree, unit), role)
    login(client, me)
    assert client.get(case.get_absolute_url()).status_code == 404
    page = client.get(reverse("qms:user_detail", args=[me.pk])).content.decode()
    assert "Lägg till roll" not in page
    assert "Dina egna roller ändras av en annan" in page
    before = list(Membership.objects.filter(user=me).values())
    response = grant(client, me, tree.solgarden, Role.COORDINATOR, sensitive=True)
    assert response.status_code == 200
    assert "Du kan inte ändra dina egna roller" in response.content.decode()
    assert list(Membership.objects.filter(user=me).values()) == before
    assert client.get(case.get_absolute_url()).status_code == 404


def test_nobody_removes_their_own_role(client, tree):
    me = make_user(tree.kommun, Role.COORDINATOR)
    membership = me.memberships.get()
    login(client, me)
    response = client.post(
        reverse("qms:membership_delete", args=[me.pk, membership.pk]), follow=True
    )
    assert "Du kan inte ändra dina egna roller" in response.content.decode()
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_sensitive_access_is_granted_by_a_coordinator_over_the_unit_only(client, tree):
    chef = make_user(tree.solgarden, Role.STAFF)
    case = confidential_case(tree)
    # A system administrator's technical role is not a decision about confidential cases.
    login(client, make_user(tree.group, Role.ADMIN))
    refused = grant(client, chef, tree.solgarden, Role.MANAGER, sensitive=True)
    assert refused.status_code == 200
    assert "ges av en kvalitetssamordnare för enheten" in refused.content.decode()
    # Nor does any role but chef and coordinator read confidential cases.
    login(client, make_user(tree.kommun, Role.COORDINATOR))
    refused = grant(client, chef, tree.solgarden, Role.AUDITOR, sensitive=True)
    assert "kan bara ges chefer och samordnare" in refused.content.decode()
    assert not Membership.objects.filter(user=chef, sensitive_access=True).exists()
    # A coordinator over the unit may.
    assert grant(client, chef, tree.solgarden, Role.MANAGER, sensitive=True).status_code == 302
    login(client, User.objects.get(pk=chef.pk))
    assert client.get(case.get_absolute_url()).status_code == 200


def test_granting_sensitive_access_tells_the_units_other_coordinators(client, tree):
    granter = make_user(tree.kommun, Role.COORDINATOR)
    above = make_user(tree.group, Role.COORDINATOR)
    below = make_user(tree.social, Role.COORDINATOR)
    elsewhere = make_user(tree.school, Role.COORDINATOR)
    below_the_unit = make_user(tree.homecare, Role.COORDINATOR)  # a sibling of Solgården
    chef = make_user(tree.solgarden, Role.STAFF)
    login(client, granter)
    grant(client, chef, tree.solgarden, Role.MANAGER)  # without access: nobody is told
    assert not Notification.objects.exists()
    grant(client, chef, tree.elderly, Role.MANAGER, sensitive=True)
    told = set(Notification.objects.values_list("recipient", flat=True))
    assert told == {above.pk, below.pk}
    assert not told & {granter.pk, chef.pk, elsewhere.pk, below_the_unit.pk}
    notice = Notification.objects.filter(recipient=above).get()
    assert str(chef) in notice.subject and tree.elderly.name in notice.subject
    assert notice.url == chef.get_absolute_url()


# The technical admin --------------------------------------------------------------------------


def admin_request(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_admin_site_never_edits_ones_own_rights_or_memberships(client, tree):
    superuser = make_user(tree.group, Role.ADMIN, is_staff=True, is_superuser=True)
    other = make_user(tree.solgarden, Role.STAFF)
    request = admin_request(superuser)
    user_admin = admin_site._registry[User]
    assert {"is_superuser", "is_active"} <= set(user_admin.get_readonly_fields(request, superuser))
    assert user_admin.get_inlines(request, superuser) == []
    assert user_admin.get_inlines(request, other)
    membership_admin = admin_site._registry[Membership]
    own = superuser.memberships.get()
    assert not membership_admin.has_change_permission(request, own)
    assert not membership_admin.has_delete_permission(request, own)
    assert membership_admin.has_change_permission(request, other.memberships.get())
    # Access to confidential cases is never set in the admin (no rule, no notice there).
    assert "sensitive_access" in membership_admin.get_readonly_fields(request)
    # Adding a role for oneself through the admin's form is refused.
    client.force_login(superuser, backend="qms.auth.AccountBackend")
    response = client.post(
        reverse("admin:qms_membership_add"),
        {"user": superuser.pk, "unit": tree.solgarden.pk, "role": Role.COORDINATOR},
    )
    assert response.status_code == 200
    assert "Du kan inte ändra dina egna roller" in response.content.decode()
    assert superuser.memberships.count() == 1


# Role mappings from the identity provider's groups ------------------------------------------


def test_a_role_mapping_never_gives_its_author_anything(tree):
    from identity import services as identity_services

    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    identity_services.create_role_mapping(
        by=coordinator, unit=tree.solgarden, role=Role.MANAGER, value="qms-chefer"
    )
    colleague = make_user()
    identity_services.sync_roles_from_groups(coordinator, ["qms-chefer"], source="oidc:test")
    identity_services.sync_roles_from_groups(colleague, ["qms-chefer"], source="oidc:test")
    assert not Membership.objects.filter(user=coordinator, role=Role.MANAGER).exists()
    assert Membership.objects.filter(user=colleague, role=Role.MANAGER).exists()


def test_a_role_mapping_with_sensitive_access_tells_the_units_coordinators(tree):
    from identity import services as identity_services

    granter = make_user(tree.kommun, Role.COORDINATOR)
    above = make_user(tree.group, Role.COORDINATOR)
    elsewhere = make_user(tree.school, Role.COORDINATOR)
    identity_services.create_role_mapping(
        by=granter, unit=tree.elderly, role=Role.MANAGER, value="qms-chefer"
    )
    assert not Notification.objects.exists()
    identity_services.create_role_mapping(
        by=granter,
        unit=tree.elderly,
        role=Role.COORDINATOR,
        value="qms-samordnare",
        sensitive_access=True,
    )
    assert set(Notification.objects.values_list("recipient", flat=True)) == {above.pk}
    assert elsewhere.pk not in set(Notification.objects.values_list("recipient", flat=True))
