"""The role-mapping screen: who may see and change which rules."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from identity import services
from identity.models import RoleMapping
from qms.models import Role
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LIST = reverse("identity:mapping_list")
HISTORY = reverse("identity:mapping_history")


@pytest.fixture
def coordinator(tree):
    return make_user(tree.social, Role.COORDINATOR)


@pytest.fixture
def school_rule(tree):
    admin = make_user(tree.group, Role.ADMIN)
    return services.create_role_mapping(
        by=admin, unit=tree.school, role=Role.STAFF, value="skolan-alla"
    )


def post_rule(client, tree, **fields):
    data = {
        "value": "grp-1",
        "description": "Solgården personal",
        "unit": tree.solgarden.pk,
        "role": Role.STAFF,
        "claim": "groups",
        **fields,
    }
    return client.post(LIST, data)


def test_coordinator_adds_a_rule_and_sees_it_with_its_history(client, tree, coordinator):
    login(client, coordinator)
    response = post_rule(client, tree)
    assert response.status_code == 302
    rule = RoleMapping.objects.get()
    assert (rule.value, rule.unit, rule.role, rule.created_by) == (
        "grp-1",
        tree.solgarden,
        Role.STAFF,
        coordinator,
    )
    page = client.get(LIST).content.decode()
    assert "Solgården personal" in page and "grp-1" in page
    history = client.get(HISTORY).content.decode()
    assert "Tillagd" in history and str(coordinator) in history


def test_a_refused_rule_keeps_what_was_typed_and_says_why(client, tree, coordinator):
    login(client, coordinator)
    response = post_rule(client, tree, role=Role.STAFF, sensitive_access="on")
    assert response.status_code == 400
    body = response.content.decode()
    assert "kan bara ges chefer och samordnare" in body and 'value="grp-1"' in body
    # Outside the coordinator's subtree, or the admin role: not offered, and refused.
    assert post_rule(client, tree, unit=tree.school.pk).status_code == 400
    assert post_rule(client, tree, role=Role.ADMIN).status_code == 400
    assert not RoleMapping.objects.exists()


def test_coordinator_sees_and_deletes_only_rules_in_own_subtree(
    client, tree, coordinator, school_rule
):
    login(client, coordinator)
    assert "skolan-alla" not in client.get(LIST).content.decode()
    assert "skolan-alla" not in client.get(HISTORY).content.decode()
    response = client.post(reverse("identity:mapping_delete", args=[school_rule.pk]))
    assert response.status_code == 404
    assert RoleMapping.objects.filter(pk=school_rule.pk).exists()


def test_coordinator_cannot_delete_an_admin_rule_in_own_subtree(client, tree, coordinator):
    admin = make_user(tree.group, Role.ADMIN)
    rule = services.create_role_mapping(by=admin, unit=tree.social, role=Role.ADMIN, value="x")
    login(client, coordinator)
    assert client.post(reverse("identity:mapping_delete", args=[rule.pk])).status_code == 403
    login(client, admin)
    assert client.post(reverse("identity:mapping_delete", args=[rule.pk])).status_code == 302
    assert not RoleMapping.objects.exists()
    assert "Borttagen" in client.get(HISTORY).content.decode()


@pytest.mark.parametrize("role", [Role.STAFF, Role.MANAGER, Role.AUDITOR, Role.BOARD])
def test_other_roles_have_no_access(client, tree, role, school_rule):
    login(client, make_user(tree.school, role))
    assert client.get(LIST).status_code == 403
    assert client.get(HISTORY).status_code == 403
    assert client.post(reverse("identity:mapping_delete", args=[school_rule.pk])).status_code == 403


def test_menu_shows_the_screen_to_coordinators_only(client, tree, coordinator):
    login(client, coordinator)
    assert LIST in client.get("/").content.decode()
    client.logout()
    login(client, make_user(tree.solgarden, Role.STAFF))
    assert LIST not in client.get("/").content.decode()


def test_a_rule_form_sent_twice_makes_one_rule(client, tree, coordinator):
    login(client, coordinator)
    page = client.get(LIST).content.decode()
    token = re.search(r'name="submission_token" value="([^"]+)"', page).group(1)
    first = post_rule(client, tree, submission_token=token)
    again = post_rule(client, tree, submission_token=token)
    assert first.status_code == again.status_code == 302
    assert RoleMapping.objects.count() == 1


def test_the_rule_forms_labels_follow_the_language(client, tree, coordinator):
    """The labels come from the model's verbose names, translated when the page is shown (they
    were once capitalised at import time, in Swedish, for the English page too)."""
    login(client, coordinator)
    english = client.get(LIST, headers={"Accept-Language": "en"}).content.decode()
    assert '<label for="id_value">Group or value' in english
    assert '<label for="id_description">Description' in english
    swedish = client.get(LIST, headers={"Accept-Language": "sv"}).content.decode()
    assert '<label for="id_value">Grupp eller värde' in swedish
