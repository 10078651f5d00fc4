"""Sign-in pages, two-step verification and the role-mapping screen in a real browser, with axe
on every page visited."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_journeys import (
    DEMO_PASSWORD,
    assert_no_axe_violations,
    main_nav,
    save_screenshot,
    submit_login_form,
)
from tests.identity.totp import current_code

pytestmark = pytest.mark.browser


@pytest.fixture
def sso_configured(settings):
    """An OpenID Connect provider configured as the README says (the button needs no call to
    it; the protocol itself is tested against a real provider in tests/identity)."""
    providers = dict(settings.SOCIALACCOUNT_PROVIDERS)
    providers["openid_connect"] = {
        **providers["openid_connect"],
        "APPS": [
            {
                "provider_id": "entra",
                "name": "Exempelkommuns konto",
                "client_id": "qms",
                "secret": "not-used-here",
                "settings": {"server_url": "http://127.0.0.1:9/o", "uid_field": "oid"},
            }
        ],
    }
    settings.SOCIALACCOUNT_PROVIDERS = providers
    return settings


def test_login_page_offers_the_organisations_account_first_and_hides_passwords_when_off(
    page: Page, demo_organisation, sso_configured
) -> None:
    page.goto("/konto/login/")
    sso = page.get_by_role("button", name="Logga in med Exempelkommuns konto")
    expect(sso).to_be_visible()
    assert_no_axe_violations(page)
    save_screenshot(page, "login-sso")

    sso_configured.LOCAL_PASSWORD_LOGIN = False
    sso_configured.BREAK_GLASS_USERNAMES = ["admin"]
    page.goto("/konto/login/")
    expect(page.get_by_label("Lösenord")).to_be_hidden()
    page.get_by_text("Nödinloggning för systemadministratörer").click()
    submit_login_form(page, "medarbetare")
    expect(page.locator(".error-summary")).to_contain_text("Inloggning med lösenord är avstängd")
    expect(page.get_by_label("Användarnamn eller e-postadress")).to_have_value("medarbetare")
    assert_no_axe_violations(page)
    save_screenshot(page, "login-passwords-off")


def test_admin_sets_up_two_step_verification_then_maps_a_group_to_chef(
    page: Page, demo_organisation, settings
) -> None:
    settings.LOCAL_MFA_REQUIRED = True
    page.goto("/konto/login/")
    submit_login_form(page, "admin")
    # Sent to set up TOTP wherever they go; allauth first asks for the password again.
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/konto/reauthenticate/"))
    expect(page.get_by_text("Din roll kräver tvåstegsverifiering")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_label("Lösenord").press("Enter")

    expect(page).to_have_url(re.compile(r"/konto/2fa/totp/activate/$"))
    assert_no_axe_violations(page)
    save_screenshot(page, "mfa-activate")
    secret = page.get_by_label("Autentiseringshemlighet").input_value()
    page.get_by_label("Autentiseringskod").fill(current_code(secret))
    page.get_by_label("Autentiseringskod").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Återställningskoder")
    assert_no_axe_violations(page)
    codes = page.get_by_label("Oanvända koder").input_value().split()
    assert len(codes) == 10

    # A new log-in asks for the code; a recovery code works too.
    page.get_by_role("banner").get_by_role("button", name="Logga ut").click()
    page.goto("/konto/login/")
    submit_login_form(page, "admin")
    expect(page).to_have_url(re.compile(r"/konto/2fa/authenticate/$"))
    assert_no_axe_violations(page)
    save_screenshot(page, "mfa-authenticate")
    page.get_by_label("Kod").fill(codes[0])
    page.get_by_label("Kod").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Välkommen, Alva")

    # The mapping screen: a mistake first (sensitive access for staff), then the rule.
    main_nav(page).get_by_role("link", name="Rollregler").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rollregler för inloggning")
    assert_no_axe_violations(page)
    page.get_by_label("Grupp eller värde").fill("8d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a")
    page.get_by_label("Beskrivning").fill("Äldreomsorgens chefer")
    unit = page.locator("#id_unit option", has_text="Äldreomsorg").first.get_attribute("value")
    page.get_by_label("Enhet").select_option(value=unit)
    page.get_by_label("Roll", exact=False).select_option(label="Medarbetare")
    page.get_by_label("Tillgång till sekretessmarkerade ärenden").check()
    page.get_by_role("button", name="Spara regeln").click()
    expect(page.locator(".field--error")).to_contain_text("kan bara ges chefer och samordnare")
    expect(page.get_by_label("Beskrivning")).to_have_value("Äldreomsorgens chefer")
    assert_no_axe_violations(page)

    page.get_by_label("Roll", exact=False).select_option(label="Chef")
    page.get_by_role("button", name="Spara regeln").click()
    rules = page.get_by_role("table", name="Regler: grupp, enhet och roll")
    expect(rules).to_contain_text("Äldreomsorgens chefer")
    expect(rules).to_contain_text("Chef")
    assert_no_axe_violations(page)
    save_screenshot(page, "role-mappings")

    page.get_by_role("link", name="Historik över ändrade regler").click()
    expect(page.get_by_role("table")).to_contain_text("Tillagd")
    assert_no_axe_violations(page)


def test_admin_adds_a_security_key_and_logs_in_with_it(
    page: Page, demo_organisation, settings
) -> None:
    """WebAuthn against Chromium's virtual authenticator (a real browser-side WebAuthn stack)."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from qms.models import User

    settings.LOCAL_MFA_REQUIRED = True
    settings.MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True  # the live server speaks plain HTTP
    TOTP.activate(User.objects.get(username="admin"), secret := generate_totp_secret())
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "usb",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    page.goto("/konto/login/")
    submit_login_form(page, "admin")
    page.get_by_label("Kod").fill(current_code(secret))
    page.get_by_label("Kod").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Välkommen, Alva")

    page.goto("/konto/2fa/webauthn/add/")
    # Adding a key is a sensitive change: allauth asks for the password again first.
    expect(page).to_have_url(re.compile(r"/konto/reauthenticate/"))
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_label("Lösenord").press("Enter")
    page.get_by_label("Namn på nyckeln").fill("Nyckel i kassaskåpet")
    assert_no_axe_violations(page)
    save_screenshot(page, "mfa-add-security-key")
    page.get_by_role("button", name="Lägg till").click()
    # Chromium's authenticator answered; allauth shows the recovery codes again, and the key is
    # listed among the person's security keys.
    expect(page).to_have_url(re.compile(r"/konto/2fa/recovery-codes/$"))
    page.goto("/konto/2fa/webauthn/")
    expect(page.get_by_role("cell", name="Nyckel i kassaskåpet", exact=True)).to_be_visible()
    assert_no_axe_violations(page)
    save_screenshot(page, "mfa-security-keys")

    page.goto("/")
    page.get_by_role("banner").get_by_role("button", name="Logga ut").click()
    page.goto("/konto/login/")
    submit_login_form(page, "admin")
    expect(page.get_by_role("button", name="Använd säkerhetsnyckeln")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Använd säkerhetsnyckeln").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Välkommen, Alva")
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
