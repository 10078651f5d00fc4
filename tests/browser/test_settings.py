"""A coordinator of the whole group keeps the settings in the app, makes a SCIM token and
invites a colleague, who chooses a password; the public pages show the organisation's name and
logo. axe checks every page, on a laptop and on a phone."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from qms.models import OutgoingEmail
from tests.browser.test_journeys import assert_no_axe_violations, log_in, main_nav
from tests.certifications.factories import standard

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
# Screenshots for people to look at; SCREENSHOTS_DIR moves them (e.g. outside the repository).
SCREENSHOTS = Path(
    os.environ.get("SCREENSHOTS_DIR")
    or Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
)


def checked(page: Page, name: str) -> None:
    """axe, no sideways scrolling, and a picture, at both widths."""
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, size in (("laptop", LAPTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        assert_no_axe_violations(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"], f"{page.url}: sideways scrolling at {width}px"
        page.screenshot(path=SCREENSHOTS / f"settings-{name}-{label}.png", full_page=True)
    page.set_viewport_size(LAPTOP)


def logo_file(tmp_path: Path) -> Path:
    path = tmp_path / "exempelkommun.png"
    image = Image.new("RGB", (160, 48), (11, 79, 138))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def choose_unit(page: Page, name: str) -> None:
    select = page.get_by_label("Enhet")
    value = select.locator("option", has_text=name).first.get_attribute("value")
    select.select_option(value)


def test_coordinator_keeps_settings_makes_a_token_and_invites(
    page: Page, demo_organisation, tmp_path
) -> None:
    standard()  # the catalogue of standards (a data migration; this test's database is flushed)
    page.set_viewport_size(LAPTOP)
    log_in(page, "samordnare")
    main_nav(page).get_by_role("link", name="Inställningar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inställningar")
    checked(page, "index")

    # The organisation's name and logo; a wrong file first keeps the typed name.
    page.get_by_role("link", name="Organisationens namn och logotyp").click()
    page.get_by_label("Organisationens namn").fill("Exempelkommun")
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_bytes(b"%PDF-1.4 not a picture")
    page.get_by_label("Ny logotyp").set_input_files(str(not_a_picture))
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("alert")).to_contain_text("PNG-, JPEG- eller WebP-bild")
    expect(page.get_by_label("Organisationens namn")).to_have_value("Exempelkommun")
    checked(page, "profile-error")
    page.get_by_label("Ny logotyp").set_input_files(str(logo_file(tmp_path)))
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Namnet och logotypen är sparade")
    checked(page, "profile")

    # Activities of the public form.
    page.goto("/installningar/")
    page.get_by_role("link", name="Verksamheter i synpunktsformuläret").click()
    checked(page, "activities")
    page.get_by_role("link", name="Ny verksamhet").click()
    choose_unit(page, "Solgårdens särskilda boende")
    page.get_by_label("Namn för invånare").fill("Solgårdens äldreboende")
    checked(page, "activity-form")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("link", name="Solgårdens äldreboende")).to_be_visible()

    # Response times, with a bad value first.
    page.goto("/installningar/")
    page.get_by_role("link", name="Svarstider för synpunkter").click()
    checked(page, "response-times")
    page.get_by_role("table").get_by_role("link").first.click()
    page.get_by_label("Svarstid i dagar").fill("400")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_label("Svarstid i dagar")).to_have_value("400")
    checked(page, "response-time-error")
    page.get_by_label("Svarstid i dagar").fill("14")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("cell", name="14 dagar")).to_be_visible()

    # Legal-track rules and the reminders of standards, each with its history.
    page.goto("/installningar/")
    page.get_by_role("link", name="Regler för anmälningsspår").click()
    checked(page, "legal-rules")
    page.get_by_role("link", name="Lex Sarah").click()
    checked(page, "legal-rule-form")
    page.get_by_role("button", name="Spara").click()
    page.goto("/installningar/")
    page.get_by_role("link", name="Påminnelser för standarder").click()
    checked(page, "standards")
    page.get_by_role("link", name=re.compile("ISO 9001")).first.click()
    page.get_by_label("Påminnelser, dagar före").fill("120, 30, 7")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("cell", name="120, 30, 7")).to_be_visible()
    page.get_by_role("link", name=re.compile("ISO 9001")).first.click()
    page.get_by_role("link", name="Historik").click()
    checked(page, "standard-history")

    # A SCIM token, shown once.
    page.goto("/installningar/")
    page.get_by_role("link", name="Katalogkoppling (SCIM)").click()
    checked(page, "scim-clients")
    page.get_by_role("link", name="Ny klient med token").click()
    page.get_by_label("Namn").fill("Entra ID, produktion")
    page.get_by_role("button", name="Spara").click()
    token = page.locator("#token").inner_text()
    assert len(token) > 30
    checked(page, "scim-token")
    page.get_by_role("link", name="Klar", exact=True).click()
    expect(page.get_by_role("cell", name="Entra ID, produktion", exact=True)).to_be_visible()
    assert token not in page.content()

    # An invitation: no password fields, the role starts at Medarbetare.
    page.goto("/anvandare/ny/")
    expect(page.get_by_label("Roll")).to_have_value("staff")
    assert page.locator("input[type=password]").count() == 0
    page.get_by_label("Förnamn").fill("Ines")
    page.get_by_label("Efternamn").fill("Inbjuden")
    page.get_by_label("E-postadress").fill("ines.inbjuden@exempelkommun.se")
    choose_unit(page, "Solgårdens särskilda boende")
    checked(page, "invite-form")
    page.get_by_role("button", name="Skapa kontot och skicka inbjudan").click()
    expect(page.get_by_role("status")).to_contain_text("inbjudan har skickats")
    checked(page, "invited-user")
    page.get_by_role("button", name="Logga ut").click()

    # The invited person chooses a password through the link in the e-mail.
    email = OutgoingEmail.objects.filter(recipients="ines.inbjuden@exempelkommun.se").latest("pk")
    link = re.search(r"https?://\S+(/inbjudan/[\w-]+/)", email.message["body"]).group(1)
    page.goto(link)
    checked(page, "invitation-accept")
    page.locator("#id_new_password1").fill("Egen-lång-fras-42")
    page.locator("#id_new_password2").fill("Egen-lång-fras-42")
    page.get_by_role("button", name="Spara lösenordet").click()
    expect(page.get_by_role("status")).to_contain_text("Ditt lösenord är sparat")
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Länken fungerar inte")
    checked(page, "invitation-used")

    # The public form shows the name, the logo and the new activity.
    page.goto("/synpunkter/")
    expect(page.get_by_role("banner")).to_contain_text("Exempelkommun")
    logo = page.locator("img.brand__logo")
    expect(logo).to_be_visible()
    assert logo.evaluate("img => img.naturalWidth") == 160
    expect(page.get_by_role("combobox")).to_contain_text("Solgårdens äldreboende")
    checked(page, "public-form")
