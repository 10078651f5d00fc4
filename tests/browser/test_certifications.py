"""Certification journeys in a real browser, with axe on every page visited."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.browser.test_journeys import assert_no_axe_violations, log_in, main_nav, save_screenshot

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def open_certificate(page: Page, scope_text: str) -> None:
    main_nav(page).get_by_role("link", name="Certifieringar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Certifieringar")
    row = (
        page.get_by_role("table", name="Certifikat per standard")
        .get_by_role("row")
        .filter(has_text=scope_text)
    )
    row.get_by_role("link").first.click()


def test_coordinator_records_surveillance_result_and_renews_quality_mark(
    page: Page, demo_data
) -> None:
    today = timezone.localdate().isoformat()
    log_in(page, "samordnare")
    main_nav(page).get_by_role("link", name="Certifieringar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Certifieringar")
    expect(page.get_by_role("img", name="Tidslinje för certifikaten")).to_be_visible()
    expect(page.get_by_role("heading", name="Enheter utan certifikat")).to_be_visible()
    assert_no_axe_violations(page)
    save_screenshot(page, "certifications-overview")

    # The group certificate: record the surveillance audit of year 3.
    open_certificate(page, "Bostadsbolaget")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "ISO 9001:2015 Ledningssystem för kvalitet"
    )
    assert_no_axe_violations(page)
    # (The event's name is visually hidden text, which Chromium names with a space before ":".)
    page.get_by_role(
        "link", name=re.compile(r"^Registrera resultat ?: Övervakningsrevision år 3")
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Övervakningsrevision år 3")
    assert_no_axe_violations(page)
    page.get_by_label("Genomfört datum").fill(today)
    page.get_by_label("Resultat").select_option(label="Godkänd")
    page.get_by_label("Rapportnummer").fill("NC-R-2026-88")
    page.get_by_label("Iakttagelser och avvikelser").fill(
        "Inga avvikelser. Två förbättringsförslag."
    )
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Ändringarna är sparade.")
    events = page.get_by_role("table", name="Revisioner och ansökningar")
    year_3 = events.get_by_role("row").filter(has_text="Övervakningsrevision år 3")
    expect(year_3).to_contain_text(today)
    expect(year_3).to_contain_text("Godkänd")
    expect(year_3).to_contain_text("NC-R-2026-88")
    save_screenshot(page, "certifications-detail-iso9001")

    # The Quality Mark: revise the prefilled application and register the renewal.
    open_certificate(page, "Unika Exempelstad")
    expect(page.get_by_role("heading", level=1)).to_have_text("Quality Mark (Svenska Stadskärnor)")
    expect(page.get_by_role("table", name="Tidigare cykler")).to_contain_text("2017-03-20")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Öppna underlaget").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Underlag för förnyelse")
    expect(page.locator("#evidence-progress")).to_contain_text("4 av 9 punkter klara.")
    expect(page.get_by_text("Unika Exempelstad bildades 2014")).to_be_visible()
    assert_no_axe_violations(page)
    save_screenshot(page, "certifications-evidence")

    page.get_by_role("link", name=re.compile(r"^Revidera ?: Mål & strategi$")).click()
    text = page.get_by_label("Beskrivning")
    expect(text).to_have_value(re.compile("en tryggare stadskärna"))
    assert_no_axe_violations(page)
    text.fill("Fler besökare och evenemang, en tryggare och grönare stadskärna.")
    page.get_by_label("Klar").check()
    page.get_by_role("button", name="Spara").click()
    expect(page.locator("#evidence-progress")).to_contain_text("5 av 9 punkter klara.")
    expect(page.get_by_text("grönare stadskärna")).to_be_visible()

    # The remaining sections still hold: mark them done in place (htmx, no page load).
    page.evaluate("window.sameDocument = true")
    remaining = page.get_by_role("button", name=re.compile(r"^Markera som klar"))
    for left in range(4, 0, -1):
        expect(remaining).to_have_count(left)
        remaining.first.click()
        expect(page.locator("#evidence-progress")).to_contain_text(
            f"{9 - left + 1} av 9 punkter klara."
        )
    assert page.evaluate("window.sameDocument") is True, "marking done reloaded the page"
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Registrera förnyelse").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Registrera förnyat certifikat")
    assert_no_axe_violations(page)
    page.get_by_label("Det nya certifikatets utfärdandedatum").fill(today)
    page.get_by_label("Certifikatnummer").fill("QM-2026-02")
    page.get_by_role("button", name="Registrera förnyelsen").click()

    expect(page.get_by_role("status")).to_contain_text("Det förnyade certifikatet är registrerat.")
    expect(page.get_by_role("table", name="Tidigare cykler").get_by_role("row")).to_have_count(4)
    expect(page.locator(".facts")).to_contain_text("QM-2026-02")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Öppna underlaget").click()
    expect(page.locator("#evidence-progress")).to_contain_text("0 av 9 punkter klara.")
    expect(page.get_by_text("grönare stadskärna")).to_be_visible()  # prefilled from this revision
    save_screenshot(page, "certifications-renewed")


def test_board_member_reads_status_and_anyone_makes_a_calendar_address(
    page: Page, demo_data
) -> None:
    log_in(page, "styrelse")
    main_nav(page).get_by_role("link", name="Certifieringar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Certifikatens status")
    expect(page.get_by_role("table")).to_contain_text("Förnyas inte")
    assert_no_axe_violations(page)
    save_screenshot(page, "certifications-board")

    page.goto("/certifieringar/kalender/")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Skapa kalenderadress").click()
    address = page.get_by_label("Kalenderadress")
    expect(address).to_have_value(re.compile(r"/certifieringar/kalender/[\w-]+\.ics$"))
    assert_no_axe_violations(page)
    feed = page.request.get(address.input_value())
    assert feed.ok and feed.text().startswith("BEGIN:VCALENDAR")


def test_on_a_phone_the_coverage_grid_stays_a_grid_with_its_standards_named(
    page: Page, demo_data
) -> None:
    """Each status in the grid needs its column's standard: on a phone the grid is not turned
    into a list of bare statuses, it scrolls sideways in its region and the page does not."""
    page.set_viewport_size(PHONE)
    log_in(page, "samordnare")
    page.goto("/certifieringar/")
    grid = page.get_by_role("table", name="Gällande certifikat per enhet och standard")
    expect(grid.get_by_role("columnheader", name="Enhet")).to_be_visible()
    header = grid.get_by_role("columnheader").nth(1)
    expect(header).to_contain_text("ISO")
    row = grid.get_by_role("row").filter(has_text="Bostadsbolaget")
    tops = row.locator("th, td").evaluate_all(
        "cells => cells.map(c => Math.round(c.getBoundingClientRect().top))"
    )
    assert len(tops) > 2 and len(set(tops)) == 1, f"the row's cells are not side by side: {tops}"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    grid.scroll_into_view_if_needed()
    save_screenshot(page, "certifications-coverage-phone")
