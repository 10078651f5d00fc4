"""A citizen leaves a synpunkt on a phone (with and without JavaScript), follows it, and staff
answer it; axe checks every public page and the staff pages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from deviations.models import PublicActivity
from qms.models import OrganisationUnit, OutgoingEmail
from tests.browser.test_journeys import assert_no_axe_violations, log_in, main_nav, save_screenshot

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def checked_page(page: Page, name: str, *, scripts: bool = True) -> None:
    """Axe and the width check run scripts in the page: with JavaScript off (where Playwright's
    evaluate never returns) the same pages are checked by the test with JavaScript on."""
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    save_screenshot(page, name + ("" if scripts else "-nojs"))
    if scripts:
        assert_no_axe_violations(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= page.viewport_size["width"], f"sideways scrolling: {width}px"


@pytest.fixture
def activity(demo_organisation) -> PublicActivity:
    return PublicActivity.objects.create(
        unit=OrganisationUnit.objects.get(code="soc-solg"), public_name="Solgårdens äldreboende"
    )


def fill_in_with_keyboard(page: Page, text: str, *, email: str = "") -> None:
    """Only the keyboard: tab from field to field, space and arrows for the choices."""
    page.get_by_role("radio", name="Klagomål").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # to the activity
    page.get_by_role("combobox", name="Vilken verksamhet gäller det?").select_option(
        label="Solgårdens äldreboende"
    )
    page.keyboard.press("Tab")
    page.keyboard.type(text)
    if email:
        page.get_by_role("textbox", name="Namn (valfritt)").focus()
        page.keyboard.type("Eva Invånare")
        page.keyboard.press("Tab")
        page.keyboard.type(email)
    page.get_by_role("button", name="Skicka synpunkten").focus()
    page.keyboard.press("Enter")


def submit_and_follow(page: Page, text: str, *, email: str = "", scripts: bool = True) -> str:
    page.goto("/synpunkter/")
    checked_page(page, "feedback-form-phone", scripts=scripts)
    fill_in_with_keyboard(page, text, email=email)
    expect(page.get_by_role("heading", level=1)).to_have_text("Tack för din synpunkt")
    number = page.locator(".receipt__number").inner_text()
    assert re.fullmatch(r"SY-\d{4}-\d{5}", number)
    checked_page(page, "feedback-receipt-phone", scripts=scripts)
    page.get_by_role("link", name=f"Följ synpunkt {number}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Din synpunkt {number}")
    expect(page.get_by_text("Synpunkten är inte besvarad ännu.")).to_be_visible()
    checked_page(page, "feedback-track-phone", scripts=scripts)
    return page.url


def test_citizen_without_javascript_submits_anonymously_and_follows_it(
    browser: Browser, live_server, activity
) -> None:
    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", java_script_enabled=False, viewport=PHONE
    )
    page = context.new_page()
    tracking_url = submit_and_follow(page, "Ingen svarar i telefon på kvällarna.", scripts=False)
    # A refused submission keeps the text: the honeypot is not visible, so send an empty text.
    page.goto("/synpunkter/")
    page.get_by_role("button", name="Skicka synpunkten").click()
    expect(page.get_by_role("alert")).to_contain_text("Formuläret innehåller fel")
    checked_page(page, "feedback-form-errors-phone", scripts=False)
    response = page.goto(tracking_url.replace("/folj/", "/folj/x"))
    assert response.status == 404
    context.close()


def test_citizen_with_contact_follows_the_answer_staff_gave(page: Page, activity) -> None:
    page.set_viewport_size(PHONE)
    tracking_url = submit_and_follow(page, "Maten var kall.", email="eva@example.se")
    assert OutgoingEmail.objects.filter(recipients="eva@example.se").count() == 1
    page.goto("/synpunkter/tillganglighet/")
    checked_page(page, "feedback-accessibility-phone")
    page.goto("/synpunkter/")
    page.get_by_role("textbox", name="Din synpunkt").fill("Kort text som skickas utan verksamhet.")
    page.get_by_role("button", name="Skicka synpunkten").click()
    expect(page.get_by_role("alert")).to_contain_text("Formuläret innehåller fel")
    expect(page.get_by_role("textbox", name="Din synpunkt")).to_have_value(
        "Kort text som skickas utan verksamhet."
    )
    checked_page(page, "feedback-form-errors-phone")

    # The chef answers in the queue.
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, "chef")
    main_nav(page).get_by_role("link", name="Synpunkter").click()
    checked_page(page, "feedback-queue-chef")
    page.get_by_role("link", name=re.compile(r"SY-\d{4}-\d{5}")).first.click()
    expect(page.get_by_text("eva@example.se")).to_be_visible()
    checked_page(page, "feedback-detail-chef")
    page.get_by_role("textbox", name="Svar till den som lämnat synpunkten").fill(
        "Vi har bytt värmeskåp. Tack för att du hörde av dig."
    )
    page.get_by_role("button", name="Spara och skicka svaret").click()
    expect(page.get_by_role("status")).to_contain_text("Svaret är sparat.")
    checked_page(page, "feedback-answered-chef")
    page.get_by_role("banner").get_by_role("button", name="Logga ut").click()

    # The citizen reads the answer through the link, and only that.
    page.set_viewport_size(PHONE)
    page.goto(tracking_url)
    expect(page.get_by_text("Vi har bytt värmeskåp.")).to_be_visible()
    expect(page.get_by_text("Besvarad", exact=True)).to_be_visible()
    expect(page.get_by_text("Maten var kall.")).to_have_count(0)
    checked_page(page, "feedback-track-answered-phone")


def test_staff_suggestion_and_legal_pages_have_no_axe_violations(page: Page, demo_data) -> None:
    log_in(page, "chef")
    page.goto("/avvikelser/forslag/")
    checked_page(page, "suggestions-chef")
    page.get_by_role("link", name="Lämna ett förslag").click()
    checked_page(page, "suggestion-create-chef")
    page.goto("/avvikelser/forslag/")
    page.get_by_role("link", name=re.compile(r"FF-\d{4}-\d{5}")).first.click()
    checked_page(page, "suggestion-detail-chef")
    page.goto("/avvikelser/anmalningsspar/")
    checked_page(page, "legal-tracks-chef")
    page.get_by_role("link", name=re.compile(r"AV-\d{4}-\d{5}")).first.click()
    expect(page.get_by_role("heading", name="Anmälningsspår")).to_be_visible()
    checked_page(page, "legal-track-deviation-chef")
    page.get_by_role("banner").get_by_role("button", name="Logga ut").click()
    log_in(page, "samordnare")
    page.goto("/avvikelser/forslag/statistik/")
    checked_page(page, "suggestion-counts-coordinator")
    page.goto("/")
    checked_page(page, "start-coordinator-with-feedback")
