"""Sign-in through SAML 2.0 against a real IdP (pysaml2) in a second process.

The IdP signs with its own key through xmlsec1; the QMS validates with python3-saml (allauth's
saml provider). The browser's part is played by `requests` at the IdP and the test client here.
"""

from __future__ import annotations

import base64
import json
import logging
import re
from html import unescape
from urllib.parse import urlsplit

import pytest
import requests
from allauth.socialaccount.models import SocialAccount

from identity import services
from qms.models import Membership, Role, User
from tests.factories import make_user
from tests.identity.conftest import SAML_SP_HOST

pytestmark = pytest.mark.django_db

GROUP = "http://schemas.xmlsoap.org/claims/Group"
MFA = "http://schemas.microsoft.com/claims/multipleauthn"
ATTRIBUTES = {
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname": ["Bertil"],
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname": ["Berg"],
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress": [
        "bertil.berg@testkommun.se"
    ],
    "title": ["Enhetschef"],
    GROUP: ["QMS Chefer Äldreomsorg"],
}


def describe(idp, username: str = "bertil", **changes) -> None:
    idp.set_user(
        username,
        **{
            "name_id": "S-1-5-21-1004",
            "attributes": ATTRIBUTES,
            "authn_context": MFA,
            "sign": True,
            **changes,
        },
    )


def idp_answer(client, idp, username: str) -> dict[str, str]:
    """Start at the log-in button and let the IdP answer; the form it would auto-post."""
    start = client.post("/konto/saml/kommun/login/")
    assert start.status_code == 302, start.content
    assert start["Location"].startswith(f"{idp.url}/sso/redirect?SAMLRequest=")
    page = requests.get(f"{start['Location']}&user={username}", timeout=10)
    assert page.ok, idp.output()
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page.text))
    return {name: unescape(value) for name, value in fields.items()}


def post_to_acs(client, form: dict[str, str]):
    acs = client.post("/konto/saml/kommun/acs/", form)
    assert acs.status_code == 302
    return client.get(acs["Location"])


def sign_in(client, idp, username: str = "bertil"):
    return post_to_acs(client, idp_answer(client, idp, username))


@pytest.fixture(autouse=True)
def host_header(client):
    # Browsers always send Host; python3-saml builds the URLs it checks from it.
    client.defaults["HTTP_HOST"] = SAML_SP_HOST


@pytest.fixture
def mappings(tree):
    admin = make_user(tree.group, Role.ADMIN)
    services.create_role_mapping(
        by=admin, unit=tree.elderly, role=Role.MANAGER, value="QMS Chefer Äldreomsorg"
    )


def assert_refused(response, heading: str) -> None:
    assert response.status_code == 403, response.content
    assert heading in response.content.decode()
    assert "_auth_user_id" not in response.wsgi_request.session


def test_a_signed_assertion_is_accepted_and_creates_the_account(
    client, saml_settings, saml_idp, mappings
):
    describe(saml_idp)

    response = sign_in(client, saml_idp)

    assert response.status_code == 302 and response["Location"] == "/"
    user = User.objects.get(socialaccount__provider="kommun", socialaccount__uid="S-1-5-21-1004")
    assert (user.first_name, user.last_name, user.email, user.title) == (
        "Bertil",
        "Berg",
        "bertil.berg@testkommun.se",
        "Enhetschef",
    )
    assert {(m.unit.code, m.role) for m in Membership.objects.filter(user=user)} == {
        ("t-ao", Role.MANAGER)
    }


def test_an_unsigned_assertion_is_refused(client, saml_settings, saml_idp, mappings, caplog):
    describe(saml_idp, sign=False)
    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        response = sign_in(client, saml_idp)
    assert_refused(response, "Inloggningen kunde inte godkännas")
    assert "not signed" in caplog.text or "No Signature" in caplog.text
    assert not SocialAccount.objects.exists()


def test_a_tampered_assertion_is_refused(client, saml_settings, saml_idp, mappings, caplog):
    describe(saml_idp)
    form = idp_answer(client, saml_idp, "bertil")

    xml = base64.b64decode(form["SAMLResponse"]).decode()
    assert "S-1-5-21-1004" in xml
    forged = xml.replace("S-1-5-21-1004", "S-1-5-21-500")
    form["SAMLResponse"] = base64.b64encode(forged.encode()).decode()
    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        assert_refused(post_to_acs(client, form), "kunde inte godkännas")
    assert "Signature validation failed" in caplog.text or "signature" in caplog.text.lower()
    assert not SocialAccount.objects.exists()


def test_an_assertion_for_another_service_is_refused(
    client, saml_settings, saml_idp, mappings, caplog
):
    describe(saml_idp, audience="other")
    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        assert_refused(sign_in(client, saml_idp), "kunde inte godkännas")
    assert "audience" in caplog.text
    assert not SocialAccount.objects.exists()


def test_an_expired_assertion_is_refused(client, saml_settings, saml_idp, mappings, caplog):
    describe(saml_idp, expired=True)
    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        assert_refused(sign_in(client, saml_idp), "kunde inte godkännas")
    assert "expired" in caplog.text.lower()
    assert not SocialAccount.objects.exists()


def test_a_replayed_response_is_refused(client, saml_settings, saml_idp, mappings, caplog):
    describe(saml_idp)
    form = idp_answer(client, saml_idp, "bertil")
    assert post_to_acs(client, form).status_code == 302
    client.logout()

    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        assert_refused(post_to_acs(client, form), "kunde inte godkännas")
    # Also when a new log-in has been started in the same browser.
    idp_answer(client, saml_idp, "bertil")
    assert_refused(post_to_acs(client, form), "kunde inte godkännas")
    assert SocialAccount.objects.count() == 1


def test_mfa_required_and_not_asserted_is_refused(client, saml_settings, saml_idp, mappings):
    describe(
        saml_idp,
        authn_context="urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
    )
    assert_refused(sign_in(client, saml_idp), "Tvåstegsverifiering krävs")
    assert not SocialAccount.objects.exists()


def test_a_transient_name_id_is_not_an_identity(client, saml_settings, saml_idp, mappings):
    describe(saml_idp, name_id_format="transient", name_id="_a1b2c3")
    assert_refused(sign_in(client, saml_idp), "Ditt konto saknar id")
    assert not SocialAccount.objects.exists()


def test_logout_ends_the_session_here_and_at_the_idp(client, saml_settings, saml_idp, mappings):
    describe(saml_idp)
    sign_in(client, saml_idp)

    response = client.post("/konto/logout/")

    assert "_auth_user_id" not in client.session
    assert response["Location"].startswith(f"{saml_idp.url}/slo/redirect?SAMLRequest=")
    back = requests.get(response["Location"], allow_redirects=False, timeout=10)
    assert back.status_code == 302, saml_idp.output()
    logged_out = json.loads((saml_idp.state_dir / "last_logout.json").read_text())
    assert logged_out["name_id"] == "S-1-5-21-1004" and logged_out["session_index"]
    sls = urlsplit(back.headers["Location"])
    assert sls.path == "/konto/saml/kommun/sls/"
    done = client.get(f"{sls.path}?{sls.query}")
    assert done.status_code == 302 and done["Location"] == "/konto/login/"


def test_a_malformed_response_is_refused(client, saml_settings, saml_idp, mappings, caplog):
    describe(saml_idp)
    idp_answer(client, saml_idp, "bertil")  # a log-in was started; then garbage comes back
    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        for garbage in ("not base64 at all!", base64.b64encode(b"<xml>no saml</xml>").decode()):
            assert_refused(post_to_acs(client, {"SAMLResponse": garbage}), "kunde inte godkännas")
    assert caplog.text.count("SSO-inloggning nekad (invalid)") == 2
    assert not SocialAccount.objects.exists()


def test_a_response_from_another_issuer_is_refused(
    client, saml_settings, saml_idp, mappings, caplog
):
    app = saml_settings.SOCIALACCOUNT_PROVIDERS["saml"]["APPS"][0]
    app["settings"]["idp"]["entity_id"] = "https://adfs.annan-kommun.se/adfs/services/trust"
    describe(saml_idp)
    with caplog.at_level(logging.WARNING, logger="identity.signin"):
        assert_refused(sign_in(client, saml_idp), "kunde inte godkännas")
    assert "Invalid issuer" in caplog.text
    assert not SocialAccount.objects.exists()
