"""Sign-in through OpenID Connect against a real provider in a second process.

The provider (django-oauth-toolkit, tests/oidc_provider) signs real ID tokens with its own RSA
key; the browser's part is played by `requests` at the provider and Django's test client here.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.socialaccount.models import SocialAccount

from identity import services
from qms.models import Membership, Role, User
from tests.factories import make_user

pytestmark = pytest.mark.django_db

STAFF = "11111111-aaaa-4000-8000-000000000001"
CHEFS = "11111111-aaaa-4000-8000-000000000002"


def claims(oid: str | None = "oid-anna", **extra) -> dict:
    base = {
        "tid": "tenant-1",
        "given_name": "Anna",
        "family_name": "Andersson",
        "email": "anna.andersson@testkommun.se",
        "preferred_username": "anna.andersson@testkommun.se",
        "jobTitle": "Undersköterska",
        "groups": [STAFF],
        "amr": ["pwd", "mfa"],
    }
    if oid:
        base["oid"] = oid
    return {**base, **extra}


def sign_in(client, provider, username: str):
    """Start at the log-in button, pass the provider, come back to the callback."""
    start = client.post("/konto/oidc/kommun/login/")
    assert start.status_code == 302, start.content
    authorize = urlsplit(start["Location"])
    assert authorize.netloc == f"127.0.0.1:{provider.port}"
    assert parse_qs(authorize.query)["nonce"]
    answer = provider.browser(username).get(start["Location"], allow_redirects=False)
    assert answer.status_code == 302, answer.text
    callback = urlsplit(answer.headers["Location"])
    assert (callback.netloc, callback.path) == ("testserver", "/konto/oidc/kommun/login/callback/")
    return client.get(f"{callback.path}?{callback.query}")


@pytest.fixture
def mappings(tree):
    admin = make_user(tree.group, Role.ADMIN)
    services.create_role_mapping(by=admin, unit=tree.solgarden, role=Role.STAFF, value=STAFF)
    services.create_role_mapping(
        by=admin, unit=tree.elderly, role=Role.MANAGER, value=CHEFS, sensitive_access=True
    )


def roles_of(user) -> set[tuple[str, str]]:
    return {(m.unit.code, m.role) for m in Membership.objects.filter(user=user)}


def assert_refused(response, heading: str) -> None:
    assert response.status_code == 403
    assert heading in response.content.decode()
    assert "_auth_user_id" not in response.wsgi_request.session


def test_first_login_creates_the_account_with_mapped_roles(
    client, oidc_settings, oidc_provider, mappings
):
    oidc_provider.set_user("anna", claims())

    response = sign_in(client, oidc_provider, "anna")

    assert response.status_code == 302 and response["Location"] == "/"
    user = User.objects.get(socialaccount__provider="kommun", socialaccount__uid="oid-anna")
    assert (user.first_name, user.last_name, user.email, user.title) == (
        "Anna",
        "Andersson",
        "anna.andersson@testkommun.se",
        "Undersköterska",
    )
    assert not user.has_usable_password() and not user.is_staff and not user.is_superuser
    assert roles_of(user) == {("t-solg", Role.STAFF)}
    home = client.get("/")
    assert home.status_code == 200 and "Välkommen, Anna" in home.content.decode()


def test_a_changed_group_changes_roles_and_profile_at_the_next_login(
    client, oidc_settings, oidc_provider, mappings
):
    oidc_provider.set_user("anna", claims())
    sign_in(client, oidc_provider, "anna")
    client.logout()

    oidc_provider.set_user(
        "anna", claims(groups=[CHEFS], jobTitle="Enhetschef", email="anna.a@testkommun.se")
    )
    response = sign_in(client, oidc_provider, "anna")

    assert response.status_code == 302
    user = User.objects.get(socialaccount__uid="oid-anna")
    assert (user.title, user.email) == ("Enhetschef", "anna.a@testkommun.se")
    assert roles_of(user) == {("t-ao", Role.MANAGER)}
    assert Membership.objects.get(user=user).sensitive_access


def test_mfa_required_and_not_asserted_is_refused(
    client, oidc_settings, oidc_provider, mappings, caplog
):
    oidc_provider.set_user("bo", claims(oid="oid-bo", amr=["pwd"], email="bo@testkommun.se"))

    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        response = sign_in(client, oidc_provider, "bo")

    assert_refused(response, "Tvåstegsverifiering krävs")
    assert "MFA required" in caplog.text and "amr=['pwd']" in caplog.text
    assert not SocialAccount.objects.exists()


def test_mfa_asserted_through_acr_is_accepted_when_configured(
    client, oidc_settings, oidc_provider, mappings
):
    app = oidc_settings.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"][0]
    app["settings"]["mfa_acr"] = ["c1"]
    oidc_provider.set_user("bo", claims(oid="oid-bo", amr=["pwd"], acrs=["c1"]))
    assert sign_in(client, oidc_provider, "bo").status_code == 302


def test_a_tampered_id_token_is_refused(client, oidc_settings, oidc_provider, mappings, caplog):
    oidc_provider.set_user("eve", claims(oid="oid-eve"), tamper=True)

    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        response = sign_in(client, oidc_provider, "eve")

    assert_refused(response, "Inloggningen kunde inte godkännas")
    assert "Signature verification failed" in caplog.text
    assert not SocialAccount.objects.exists()


def test_an_expired_id_token_is_refused(client, oidc_settings, oidc_provider, mappings, caplog):
    oidc_provider.set_user("sen", claims(oid="oid-sen"), expired=True)

    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        response = sign_in(client, oidc_provider, "sen")

    assert_refused(response, "Inloggningen kunde inte godkännas")
    assert "Signature has expired" in caplog.text
    assert not SocialAccount.objects.exists()
    assert not User.objects.filter(email="anna.andersson@testkommun.se").exists()


def test_a_token_without_oid_is_refused(client, oidc_settings, oidc_provider, mappings, caplog):
    oidc_provider.set_user("nils", claims(oid=None))

    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        response = sign_in(client, oidc_provider, "nils")

    assert_refused(response, "Ditt konto saknar id")
    assert "no 'oid' claim" in caplog.text
    assert not SocialAccount.objects.exists() and not SocialAccount.objects.exists()


def test_an_unknown_tenant_is_refused(client, oidc_settings, oidc_provider, mappings):
    oidc_provider.set_user("gast", claims(oid="oid-gast", tid="another-tenant"))
    assert_refused(sign_in(client, oidc_provider, "gast"), "en annan organisation")
    assert not SocialAccount.objects.exists()


def test_a_replayed_callback_is_refused(client, oidc_settings, oidc_provider, mappings):
    oidc_provider.set_user("anna", claims())
    start = client.post("/konto/oidc/kommun/login/")
    answer = oidc_provider.browser("anna").get(start["Location"], allow_redirects=False)
    callback = urlsplit(answer.headers["Location"])
    assert client.get(f"{callback.path}?{callback.query}").status_code == 302
    client.logout()

    assert_refused(client.get(f"{callback.path}?{callback.query}"), "kunde inte godkännas")


def test_a_person_is_matched_by_oid_never_by_email(client, oidc_settings, oidc_provider, mappings):
    # A local account with the same e-mail address is not taken over ...
    make_user(username="anna-lokal", email="anna.andersson@testkommun.se")
    oidc_provider.set_user("anna", claims())
    assert_refused(sign_in(client, oidc_provider, "anna"), "samma e-postadress")
    assert not SocialAccount.objects.exists()

    # ... while an account linked to the oid (e.g. by SCIM) is found whatever its e-mail.
    provisioned = make_user(username="a.andersson", email="gammal@testkommun.se")
    services.link_identity(provisioned, provider="kommun", uid="oid-anna")
    oidc_provider.set_user("anna", claims(email="anna@testkommun.se"))
    assert sign_in(client, oidc_provider, "anna").status_code == 302
    assert client.get("/").context["user"] == provisioned


def test_a_deactivated_person_is_refused(client, oidc_settings, oidc_provider, mappings):
    oidc_provider.set_user("anna", claims())
    sign_in(client, oidc_provider, "anna")
    client.logout()
    User.objects.filter(socialaccount__uid="oid-anna").update(is_active=False)
    assert_refused(sign_in(client, oidc_provider, "anna"), "Kontot är avstängt")


def test_logout_ends_the_session_here_and_at_the_provider(
    client, oidc_settings, oidc_provider, mappings
):
    oidc_provider.set_user("anna", claims())
    browser = oidc_provider.browser("anna")
    start = client.post("/konto/oidc/kommun/login/")
    callback = urlsplit(browser.get(start["Location"], allow_redirects=False).headers["Location"])
    client.get(f"{callback.path}?{callback.query}")

    response = client.post("/konto/logout/")

    assert "_auth_user_id" not in client.session
    logout = urlsplit(response["Location"])
    assert f"{logout.scheme}://{logout.netloc}{logout.path}" == f"{oidc_provider.url}/o/logout/"
    params = parse_qs(logout.query)
    assert params["post_logout_redirect_uri"] == ["http://testserver/konto/login/"]
    assert params["id_token_hint"]
    # The browser follows it: the provider ends its own session and sends it back to us.
    back = browser.get(response["Location"], allow_redirects=False)
    assert back.status_code == 302 and back.headers["Location"].startswith(
        "http://testserver/konto/login/"
    )
    again = browser.get(client.post("/konto/oidc/kommun/login/")["Location"], allow_redirects=False)
    assert "/test/login-required/" in again.headers["Location"]


def test_a_token_from_another_issuer_is_refused(
    client, oidc_settings, oidc_provider, mappings, caplog
):
    app = oidc_settings.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"][0]
    app["settings"]["openid_configuration_overrides"] = {
        "issuer": "https://login.microsoftonline.com/another-tenant/v2.0"
    }
    oidc_provider.set_user("anna", claims())
    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        assert_refused(sign_in(client, oidc_provider, "anna"), "kunde inte godkännas")
    assert "Invalid issuer" in caplog.text or "Invalid id_token" in caplog.text
    assert not SocialAccount.objects.exists()
