"""The organisation's edit forms refuse a save based on an older version (qms.versions)."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from qms.models import Role
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def version_on(client: Client, url: str) -> str:
    return re.search(r'name="version" value="([^"]+)"', client.get(url).content.decode()).group(1)


def test_units_and_users_are_edited_on_top_of_the_current_version_only(client, tree):
    """The organisation's own edit forms carry their version too (qms.UnitForm, UserForm)."""
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    url = reverse("qms:unit_update", args=[tree.solgarden.pk])
    first, second = login(Client(), coordinator), login(Client(), coordinator)
    versions = [version_on(c, url) for c in (first, second)]
    unit = {
        "name": "Solgården",
        "kind": tree.solgarden.kind,
        "code": tree.solgarden.code,
        "is_active": "on",
    }
    assert first.post(url, {**unit, "code": "SG1", "version": versions[0]}).status_code == 302
    refused = second.post(url, {**unit, "name": "Solgårdens boende", "version": versions[1]})
    html = refused.content.decode()
    assert f"från ”{tree.solgarden.code}” till ”SG1”" in html
    assert 'value="Solgårdens boende"' in html
    tree.solgarden.refresh_from_db()
    assert (tree.solgarden.name, tree.solgarden.code) == ("Solgården", "SG1")


def test_a_users_details_are_not_silently_replaced(tree):
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    person = make_user(tree.solgarden, Role.STAFF)
    url = reverse("qms:user_update", args=[person.pk])
    first, second = login(Client(), coordinator), login(Client(), coordinator)
    versions = [version_on(c, url) for c in (first, second)]
    fields = {
        "username": person.username,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "title": "",
        "is_active": "on",
    }
    saved = first.post(url, {**fields, "title": "Undersköterska", "version": versions[0]})
    assert saved.status_code == 302
    refused = second.post(url, {**fields, "email": "ny@example.se", "version": versions[1]})
    html = refused.content.decode()
    assert "till ”Undersköterska”" in html
    assert 'value="ny@example.se"' in html
    person.refresh_from_db()
    assert person.title == "Undersköterska"
