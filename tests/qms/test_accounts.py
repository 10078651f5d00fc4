"""Nobody locks themselves or everyone out: own account, own roles, the last administrator."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from qms import services
from qms.models import Membership, Role, User
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def account_form(person: User, **overrides) -> dict:
    fields = {
        "username": person.username,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "title": "Systemförvaltare",
        "is_active": "on",
    }
    return {k: v for k, v in {**fields, **overrides}.items() if v is not None}


def test_the_only_administrator_cannot_deactivate_their_own_account(client, tree):
    """Issue 13 #9: the edit form with "aktiv" unchecked locked everyone out."""
    admin = make_user(tree.group, Role.ADMIN)
    login(client, admin)
    url = reverse("qms:user_update", args=[admin.pk])
    response = client.post(url, account_form(admin, is_active=None, title="Ny titel"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Du kan inte inaktivera ditt eget konto." in body
    assert 'value="Ny titel"' in body  # what was typed is kept
    admin.refresh_from_db()
    assert admin.is_active and admin.title == ""


def test_an_administrator_edits_their_own_details_but_stays_active(client, tree):
    admin = make_user(tree.group, Role.ADMIN)
    login(client, admin)
    response = client.post(
        reverse("qms:user_update", args=[admin.pk]), account_form(admin, title="Ny titel")
    )
    assert response.status_code == 302
    admin.refresh_from_db()
    assert admin.title == "Ny titel" and admin.is_active


def test_an_administrator_deactivates_another_administrator_while_one_remains(client, tree):
    admin, other = make_user(tree.group, Role.ADMIN), make_user(tree.group, Role.ADMIN)
    login(client, admin)
    response = client.post(
        reverse("qms:user_update", args=[other.pk]), account_form(other, is_active=None)
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert not other.is_active


def test_the_last_active_administrator_is_never_deactivated(tree):
    """Even by someone allowed to edit accounts (a superuser counts as an administrator; an
    inactive administrator does not)."""
    last = make_user(tree.group, Role.ADMIN)
    make_user(tree.group, Role.ADMIN, is_active=False)
    coordinator = make_user(tree.group, Role.COORDINATOR)
    with pytest.raises(ValidationError, match="den enda aktiva administratören"):
        services.update_user(last, by=coordinator, fields={"is_active": False})
    assert User.objects.get(pk=last.pk).is_active

    make_user(is_superuser=True)
    services.update_user(last, by=coordinator, fields={"is_active": False})
    assert not User.objects.get(pk=last.pk).is_active


def test_nobody_removes_their_own_admin_role(client, tree):
    admin, other = make_user(tree.group, Role.ADMIN), make_user(tree.group, Role.ADMIN)
    own = admin.memberships.get()
    login(client, admin)
    page = client.get(reverse("qms:user_detail", args=[admin.pk])).content.decode()
    assert reverse("qms:membership_delete", args=[admin.pk, own.pk]) not in page
    assert "Dina egna roller ändras av en annan administratör eller samordnare." in page

    response = client.post(reverse("qms:membership_delete", args=[admin.pk, own.pk]), follow=True)
    assert "Du kan inte ändra dina egna roller." in response.content.decode()
    assert Membership.objects.filter(pk=own.pk).exists()

    # Another administrator may.
    login(client, other)
    response = client.post(reverse("qms:membership_delete", args=[admin.pk, own.pk]))
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=own.pk).exists()


def test_nobody_gives_themselves_a_role(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    login(client, coordinator)
    url = reverse("qms:user_detail", args=[coordinator.pk])
    response = client.post(
        url, {"unit": tree.solgarden.pk, "role": Role.MANAGER, "sensitive_access": "on"}
    )
    assert response.status_code == 200
    assert "Du kan inte ändra dina egna roller." in response.content.decode()
    assert list(coordinator.memberships.values_list("role", flat=True)) == [Role.COORDINATOR]


def test_the_last_admin_role_of_the_last_administrator_stays(tree):
    """The rule behind remove_membership: the pages cannot reach it (only an active admin may
    take an admin role away, and then the person is not the last), but it holds for any path."""
    last = make_user(tree.group, Role.ADMIN)
    make_user(is_superuser=True, is_active=False)  # an inactive superuser does not count
    with pytest.raises(ValidationError, match="den enda aktiva administratören"):
        services.ensure_an_admin_remains(without=last, membership=last.memberships.get())
    second = Membership.objects.create(user=last, unit=tree.kommun, role=Role.ADMIN)
    services.ensure_an_admin_remains(without=last, membership=second)  # keeps the first


def test_the_admin_site_shows_ones_own_rights_without_letting_them_be_changed(client, tree):
    superuser = make_user(is_superuser=True, is_staff=True)
    login(client, superuser)
    response = client.post(
        reverse("admin:qms_user_change", args=[superuser.pk]),
        {
            "username": superuser.username,
            "first_name": "",
            "last_name": "",
            "email": superuser.email,
            "title": "",
            "last_login_0": "",
            "last_login_1": "",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "08:00:00",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    superuser.refresh_from_db()
    assert superuser.is_active and superuser.is_superuser and superuser.is_staff


def test_start_page_names_accounts_without_a_role_to_an_admin_only(client, tree):
    """Issue 12: the panel no longer counts every visible account's memberships; only an admin
    can see an account without a role (anyone else sees members of their own part of the
    tree), so only an admin's panel lists them: active ones, not a deactivated one."""
    admin = make_user(tree.group, Role.ADMIN)
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    make_user(first_name="Utan", last_name="Rollsson")
    make_user(first_name="Borta", last_name="Rollsson", is_active=False)

    page = login(client, admin).get(reverse("home")).content.decode()
    assert "Konton utan roll" in page
    assert "Utan Rollsson" in page and "Borta Rollsson" not in page

    page = login(client, coordinator).get(reverse("home")).content.decode()
    assert "Aktiva konton" in page  # the panel is shown, without the list
    assert "Konton utan roll" not in page and "Utan Rollsson" not in page
