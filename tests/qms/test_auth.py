"""Login with username or e-mail, lockout after repeated failures, no self sign-up."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from qms.models import Role, User
from tests.conftest import login
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def post_login(client, login: str, password: str, ip: str = "10.0.0.1"):
    return client.post(
        reverse("account_login"), {"login": login, "password": password}, REMOTE_ADDR=ip
    )


def test_login_with_username(client, tree):
    user = make_user(tree.solgarden, Role.STAFF, username="anna")
    response = post_login(client, "anna", PASSWORD)
    assert response.status_code == 302
    assert client.get(reverse("home")).context["user"] == user


def test_login_with_email_in_any_case(client, tree):
    make_user(tree.solgarden, Role.STAFF, username="bertil", email="bertil@example.se")
    assert post_login(client, "Bertil@Example.SE", PASSWORD).status_code == 302


def test_wrong_password_shows_error_and_keeps_login_name(client, tree):
    make_user(tree.solgarden, Role.STAFF, username="cecilia")
    response = post_login(client, "cecilia", "fel")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'value="cecilia"' in body and "error-summary" in body


def test_lockout_after_repeated_failures_even_with_the_right_password(client, tree):
    make_user(tree.solgarden, Role.STAFF, username="david")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert post_login(client, "david", "fel").status_code == 200
    locked = post_login(client, "david", "fel")
    assert locked.status_code == 429
    assert "tillfälligt spärrat" in locked.content.decode()
    # The right password does not help while the lock lasts.
    again = post_login(client, "david", PASSWORD)
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_of_one_user_does_not_lock_another(client, tree):
    make_user(tree.solgarden, Role.STAFF, username="erik")
    make_user(tree.solgarden, Role.STAFF, username="fia")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        post_login(client, "erik", "fel")
    assert post_login(client, "fia", PASSWORD).status_code == 302


def test_sign_up_is_closed(client, db):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "x@example.se",
            "username": "x",
            "password1": "Abc-123-xyz!",
            "password2": "Abc-123-xyz!",
        },
    )
    assert "Konton skapas av administratören" in response.content.decode()
    assert not User.objects.filter(username="x").exists()


def test_start_page_fits_the_role(client, tree):
    chef = make_user(tree.solgarden, Role.MANAGER, first_name="Karin")
    page = login(client, chef).get(reverse("home")).content.decode()
    assert "Välkommen, Karin" in page and "Min enhet" in page
    assert "Konton och behörigheter" not in page

    board = make_user(tree.kommun, Role.BOARD, first_name="Stefan")
    client.logout()
    page = login(client, board).get(reverse("home")).content.decode()
    assert "Rapporter" in page and "Min enhet" not in page
