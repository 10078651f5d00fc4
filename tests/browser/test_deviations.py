"""A deviation's whole life in a real browser: reported on a phone, investigated, closed."""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_journeys import (
    assert_no_axe_violations,
    focused,
    log_in,
    press_on,
    save_screenshot,
    tab_to,
    type_into,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def log_out(page: Page) -> None:
    header = page.get_by_role("banner")
    menu_button = header.locator("summary", has_text="Meny")
    if menu_button.is_visible():  # a phone: the log-out button is in the folded menu
        menu_button.click()
    header.get_by_role("button", name="Logga ut").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Logga in")


def no_sideways_scrolling(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"sideways scrolling: {width}px"


def checked_page(page: Page, name: str) -> None:
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    assert_no_axe_violations(page)
    save_screenshot(page, name)


def test_staff_reports_on_a_phone_chef_acts_coordinator_verifies_and_closes(
    page: Page, demo_organisation
) -> None:
    # Medarbetare, on a phone, by keyboard only: report with a photo, get a receipt.
    page.set_viewport_size(PHONE)
    log_in(page, "medarbetare")
    # On a phone the menu is folded; the report action stays in the header.
    expect(page.get_by_role("navigation", name="Huvudmeny")).to_be_hidden()
    press_on(page, page.get_by_role("banner").get_by_role("link", name="Rapportera avvikelse"))
    checked_page(page, "deviation-report-phone")
    no_sideways_scrolling(page)
    expect(page.get_by_role("combobox", name="Var hände det? (enhet)")).to_have_value(
        re.compile(r"\d+")
    )
    type_into(page, page.get_by_role("textbox", name="Kort rubrik"), "Dörrlarmet fungerade inte")
    type_into(
        page,
        page.get_by_role("textbox", name="Vad hände?"),
        "Larmet på ytterdörren gick inte när dörren öppnades.",
    )
    type_into(
        page,
        page.get_by_role("textbox", name="Omedelbar åtgärd"),
        "Satte personal vid dörren under kvällen.",
    )
    # The file field is reached by Tab; a headless browser has no file chooser to work by
    # keyboard, so the photo is put into the focused field.
    tab_to(page, page.get_by_label("Bilagor"))
    focused(page).set_input_files(
        files=[{"name": "larmpanel.png", "mimeType": "image/png", "buffer": PNG}]
    )
    checked_page(page, "deviation-report-photo-phone")
    no_sideways_scrolling(page)
    press_on(page, page.get_by_role("button", name="Skicka rapporten"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Tack för din rapport")
    number = page.locator(".receipt__number").inner_text()
    assert re.fullmatch(r"AV-\d{4}-\d{5}", number)
    no_sideways_scrolling(page)
    checked_page(page, "deviation-receipt-phone")
    press_on(page, page.get_by_role("link", name="Visa ärendet"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"{number}: Dörrlarmet fungerade inte"
    )
    case_url = page.url
    expect(page.get_by_role("link", name="larmpanel.png", exact=True)).to_be_visible()
    thumbnail = page.locator("img.thumbnail")  # made on the server through the checked view
    expect(thumbnail).to_be_visible()
    page.wait_for_function("() => document.querySelector('img.thumbnail').naturalWidth > 0")
    no_sideways_scrolling(page)
    checked_page(page, "deviation-reporter-view-phone")
    log_out(page)

    # Chef, on a desktop: investigate, find the cause, add an action and carry it out.
    page.set_viewport_size(DESKTOP)
    log_in(page, "chef")
    page.goto(case_url)
    steps = page.get_by_role("list", name="Handläggningens steg")
    expect(steps.locator("[aria-current=step]")).to_contain_text("Bedöm")
    expect(page.get_by_role("link", name="Risk: sannolikhet och konsekvens")).to_be_visible()
    checked_page(page, "deviation-new-chef")
    page.locator("summary", has_text="Riskmatris").click()
    right, box_right = page.locator("table.risk-matrix").evaluate(
        "t => [t.getBoundingClientRect().right, t.closest('section').getBoundingClientRect().right]"
    )
    assert right <= box_right, f"the risk matrix overflows its box: {right} > {box_right}"
    page.get_by_role("combobox", name="Utredare").select_option(label="Karin Berg")
    page.get_by_role("button", name="Tilldela").click()
    expect(page.get_by_role("status")).to_contain_text("Utredaren är tilldelad.")
    page.get_by_role("button", name="Påbörja utredning").click()
    expect(page.locator(".status")).to_have_text("Under utredning")
    expect(steps.locator("[aria-current=step]")).to_contain_text("Utred orsaken")
    page.get_by_label("Utrustning och teknik").check()
    page.get_by_role("textbox", name="Orsaksanalys (5 varför)").fill(
        "Varför gick inte larmet? Batteriet var slut.\nVarför? Ingen kontrollerade det."
    )
    page.get_by_role("button", name="Spara orsaksanalysen").click()
    page.get_by_role("button", name="Orsaken är utredd – gå till åtgärder").click()
    expect(page.locator(".status")).to_have_text("Åtgärder pågår")
    page.get_by_text("Lägg till åtgärd", exact=True).click()
    page.get_by_role("combobox", name="Typ").select_option(label="Korrigerande åtgärd")
    page.get_by_role("textbox", name="Åtgärd", exact=True).fill(
        "Månatlig kontroll av dörrlarmets batteri"
    )
    page.get_by_role("combobox", name="Ansvarig").select_option(label="Karin Berg")
    due = datetime.date.today() + datetime.timedelta(days=14)
    page.get_by_label("Klart senast").fill(due.isoformat())
    page.get_by_role("button", name="Lägg till åtgärden").click()
    checked_page(page, "deviation-acting-chef")
    page.get_by_role("link", name="Månatlig kontroll av dörrlarmets batteri").click()
    checked_page(page, "action-chef")
    page.get_by_role("textbox", name="Vad gjordes?").fill(
        "Kontroll inlagd i veckoschemat, batteri bytt."
    )
    page.get_by_role("button", name="Markera som genomförd").click()
    expect(page.locator(".status")).to_have_text("Genomförd")
    page.goto(case_url)
    page.get_by_role("button", name="Åtgärderna är klara – följ upp").click()
    expect(page.locator(".status")).to_have_text("Uppföljning")
    log_out(page)

    # Samordnare: verify the action's effect, evaluate and close.
    log_in(page, "samordnare")
    page.goto(case_url)
    page.get_by_role("link", name="Månatlig kontroll av dörrlarmets batteri").click()
    page.get_by_role("textbox", name="Effektkontroll").fill("Larmet testat två gånger, fungerar.")
    page.get_by_role("button", name="Verifiera").click()
    expect(page.locator(".status")).to_have_text("Verifierad")
    checked_page(page, "action-verified-coordinator")
    page.goto(case_url)
    # Closing without an evaluation is refused and says why.
    page.get_by_role("button", name="Avsluta avvikelsen").click()
    expect(page.locator(".error-summary")).to_contain_text("Detta fält måste fyllas i.")
    assert_no_axe_violations(page)
    page.get_by_role("textbox", name="Utvärdering av effekt").fill("Inga fler larmfel på en månad.")
    check_on = datetime.date.today() + datetime.timedelta(days=90)
    page.get_by_label("Följ upp effekten senast").fill(check_on.isoformat())
    page.get_by_role("button", name="Avsluta avvikelsen").click()
    expect(page.locator(".status")).to_have_text("Avslutad")
    expect(page.locator("#h-effect-check")).to_have_text("Uppföljning av effekt")
    timeline = page.locator(".timeline")
    for text in ["Avvikelsen rapporterades", "Under utredning", "Åtgärd lades till", "Avslutad"]:
        expect(timeline).to_contain_text(text)
    checked_page(page, "deviation-closed-coordinator")


def test_a_case_with_long_facts_fits_a_laptop_screen(page: Page, demo_data) -> None:
    """The side column's facts wrap within their box: the supplier's long label and a long
    requirement title made a coordinator's case page 29 px wider than a 1280 px screen (seen
    on the screenshots of issue 12's case pages)."""
    from deviations.models import Deviation

    case = (
        Deviation.objects.filter(supplier__isnull=False, requirement__isnull=False)
        .order_by("-pk")
        .first()
    )
    page.set_viewport_size(DESKTOP)
    log_in(page, "samordnare")
    page.goto(case.get_absolute_url())
    expect(page.locator("dl.facts dt", has_text="Extern utförare eller leverantör")).to_be_visible()
    no_sideways_scrolling(page)
