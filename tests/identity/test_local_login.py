"""Local accounts: two-step verification for admins and coordinators, break-glass passwords."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core import mail
from django.urls import reverse

from qms.models import OutgoingEmail, Role
from tests.factories import PASSWORD, make_user
from tests.identity.totp import current_code

pytestmark = pytest.mark.django_db

ACTIVATE = reverse("mfa_activate_totp")


def password_login(client, username: str):
    return client.post(reverse("account_login"), {"login": username, "password": PASSWORD})


@pytest.fixture
def mfa_required(settings):
    settings.LOCAL_MFA_REQUIRED = True


@pytest.fixture
def admin(tree):
    return make_user(tree.group, Role.ADMIN, is_staff=True, is_superuser=True, username="alva")


def test_admin_without_totp_cannot_reach_admin_pages_and_is_sent_to_set_it_up(
    client, mfa_required, admin
):
    assert password_login(client, "alva").status_code == 302

    for url in ("/admin/", "/", "/organisation/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == ACTIVATE, url
    # allauth asks for the password again before a change of the sign-in methods.
    reauthenticate = client.get(ACTIVATE)
    assert reauthenticate["Location"].startswith(reverse("account_reauthenticate"))
    confirmed = client.post(reauthenticate["Location"], {"password": PASSWORD})
    assert confirmed["Location"] == ACTIVATE
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    assert "Din roll kräver tvåstegsverifiering" in page.content.decode()

    secret = page.context["form"].secret
    activated = client.post(ACTIVATE, {"code": current_code(secret)})
    assert activated.status_code == 302
    assert Authenticator.objects.filter(user=admin, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200


def test_coordinator_is_required_too_but_not_staff(client, mfa_required, tree):
    make_user(tree.social, Role.COORDINATOR, username="sara")
    password_login(client, "sara")
    assert client.get("/")["Location"] == ACTIVATE
    client.logout()

    make_user(tree.solgarden, Role.STAFF, username="mo")
    password_login(client, "mo")
    assert client.get("/").status_code == 200


def test_totp_and_a_recovery_code_work_at_login(client, mfa_required, admin):
    secret = generate_totp_secret()
    TOTP.activate(admin, secret)
    codes = RecoveryCodes.activate(admin).generate_codes()

    response = password_login(client, "alva")
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session
    assert (
        client.post(reverse("mfa_authenticate"), {"code": current_code(secret)}).status_code == 302
    )
    assert client.get("/admin/").status_code == 200
    client.post(reverse("account_logout"))

    password_login(client, "alva")
    assert client.post(reverse("mfa_authenticate"), {"code": codes[0]}).status_code == 302
    assert client.get("/admin/").status_code == 200
    client.post(reverse("account_logout"))

    # A recovery code works once.
    password_login(client, "alva")
    client.post(reverse("mfa_authenticate"), {"code": codes[0]})
    assert "_auth_user_id" not in client.session


def test_the_technical_admins_own_login_form_is_not_a_way_around(client, mfa_required, admin):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    client.post("/admin/login/", {"username": "alva", "password": PASSWORD})
    assert "_auth_user_id" not in client.session


@pytest.fixture
def passwords_off(settings):
    settings.LOCAL_PASSWORD_LOGIN = False
    settings.BREAK_GLASS_USERNAMES = ["alva"]


def test_with_passwords_off_only_break_glass_administrators_log_in_with_a_password(
    client, passwords_off, admin, tree
):
    make_user(tree.solgarden, Role.STAFF, username="mo", email="mo@example.se")
    for name in ("mo", "MO@example.se", "nobody"):
        response = password_login(client, name)
        assert response.status_code == 200
        assert "Inloggning med lösenord är avstängd" in response.content.decode()
        assert "_auth_user_id" not in client.session
    assert password_login(client, "alva").status_code == 302


def test_with_passwords_off_a_reset_link_goes_only_to_break_glass_accounts(
    client, passwords_off, admin, tree
):
    make_user(tree.solgarden, Role.STAFF, username="mo", email="mo@example.se")
    client.post(reverse("account_reset_password"), {"email": "mo@example.se"})
    client.post(reverse("account_reset_password"), {"email": admin.email})
    sent = [e.recipients for e in OutgoingEmail.objects.all()] + [m.to for m in mail.outbox]
    assert sent and all(admin.email in str(r) for r in sent)
    assert not any("mo@example.se" in str(r) for r in sent)


def test_login_page_offers_the_organisations_account_first(client, oidc_settings):
    page = client.get(reverse("account_login")).content.decode()
    assert page.index("Logga in med Testkommuns konto") < page.index('name="password"')
    assert "<details" not in page


def test_login_page_hides_passwords_behind_break_glass_when_off(
    client, oidc_settings, passwords_off
):
    page = client.get(reverse("account_login")).content.decode()
    assert "Logga in med Testkommuns konto" in page
    assert page.index("<details") < page.index('name="password"')
    assert "Nödinloggning för systemadministratörer" in page


def test_login_page_without_sso_is_the_plain_password_form(client, db):
    page = client.get(reverse("account_login")).content.decode()
    assert "sso-list" not in page and 'name="password"' in page
