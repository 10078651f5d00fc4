"""The Katalogkoppling screen: make, rotate and revoke SCIM tokens; the token is shown once."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from provisioning.models import ScimClient
from qms.models import Role, hash_token
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def shown_token(response) -> str:
    return re.search(r'<code class="token" id="token">([^<]+)</code>', response.content.decode())[1]


def scim_get(client, token: str):
    return client.get("/scim/v2/Users", HTTP_AUTHORIZATION=f"Bearer {token}")


def test_group_coordinator_makes_rotates_and_revokes_a_token(client, tree, settings):
    settings.BASE_URL = "https://qms.example.se"
    login(client, make_user(tree.group, Role.COORDINATOR))
    made = client.post(reverse("provisioning:client_create"), {"name": "Entra ID, produktion"})
    assert made.status_code == 200 and made["Cache-Control"] == "no-store"
    # The tenant URL for Entra is this installation's, whatever host the request named.
    assert "https://qms.example.se/scim/v2<" in made.content.decode()
    assert (
        "https://qms.example.se/scim/v2<"
        in client.get(reverse("provisioning:client_list")).content.decode()
    )
    token = shown_token(made)
    scim_client = ScimClient.objects.get()
    assert scim_client.token_hash == hash_token(token)
    assert token not in client.get(reverse("provisioning:client_list")).content.decode()
    assert scim_get(client, token).status_code == 200

    rotated = client.post(reverse("provisioning:client_rotate", args=[scim_client.pk]))
    new_token = shown_token(rotated)
    assert new_token != token
    assert scim_get(client, token).status_code == 401
    assert scim_get(client, new_token).status_code == 200

    revoked = client.post(reverse("provisioning:client_revoke", args=[scim_client.pk]))
    assert revoked.status_code == 302
    assert scim_get(client, new_token).status_code == 401
    assert (
        client.post(reverse("provisioning:client_rotate", args=[scim_client.pk])).status_code == 404
    )


def test_a_duplicate_name_keeps_what_was_typed(client, tree):
    login(client, make_user(tree.group, Role.ADMIN))
    client.post(reverse("provisioning:client_create"), {"name": "Entra ID"})
    again = client.post(reverse("provisioning:client_create"), {"name": "entra id"})
    assert again.status_code == 200
    assert 'value="entra id"' in again.content.decode()
    assert ScimClient.objects.count() == 1


@pytest.mark.parametrize(
    ("unit", "role"),
    [("kommun", Role.COORDINATOR), ("solgarden", Role.MANAGER), ("solgarden", Role.STAFF)],
    ids=["coordinator-below-the-root", "chef", "staff"],
)
def test_others_cannot_see_or_change_tokens(client, tree, unit, role):
    admin = make_user(tree.group, Role.ADMIN)
    from provisioning.services import create_scim_client

    scim_client, token = create_scim_client(by=admin, name="Entra ID")
    login(client, make_user(getattr(tree, unit), role))
    assert client.get(reverse("provisioning:client_list")).status_code == 403
    assert client.post(reverse("provisioning:client_create"), {"name": "X"}).status_code == 403
    assert (
        client.post(reverse("provisioning:client_rotate", args=[scim_client.pk])).status_code == 403
    )
    assert (
        client.post(reverse("provisioning:client_revoke", args=[scim_client.pk])).status_code == 403
    )
    assert scim_get(client, token).status_code == 200
    assert ScimClient.objects.count() == 1
