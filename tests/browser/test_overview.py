"""Översikt (issue 16) in a real browser on the demo data: the coordinator, a chef and a board
member each open it from the main menu, pick a unit with the keyboard and read it on a phone;
the board member's menu leads to nothing empty or refused."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_deviations import checked_page, log_out
from tests.browser.test_journeys import assert_no_axe_violations, log_in, main_nav

pytestmark = pytest.mark.browser

SMALL_PHONE = {"width": 360, "height": 740}
LAPTOP = {"width": 1366, "height": 900}


def open_overview(page: Page, heading: str) -> None:
    main_nav(page).get_by_role("link", name="Översikt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def pick_by_keyboard(page: Page, unit: str) -> None:
    """Choose a unit in the picker and show it, with the keyboard only."""
    picker = page.get_by_label("Enhet")
    picker.focus()
    picker.select_option(label=unit)  # what arrow keys do in an open list
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Visa")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Översikt: {unit.strip()}")


def fits_a_phone(page: Page) -> None:
    """Nothing in the overview (the page's main part) reaches past a 360 px screen."""
    page.set_viewport_size(SMALL_PHONE)
    too_wide = page.evaluate(
        """() => [...document.querySelectorAll('main *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map(e => `${e.tagName}: ${(e.textContent || '').trim().slice(0, 40)}`)"""
    )
    assert too_wide == [], f"wider than a 360 px phone: {too_wide}"
    # Nor does the page scroll sideways: the header bar (brand, report, bell with its count,
    # Meny) fits too.
    assert page.evaluate("document.documentElement.scrollWidth") <= SMALL_PHONE["width"]
    assert_no_axe_violations(page)


@pytest.mark.parametrize(
    ("username", "heading", "unit", "links"),
    [
        ("samordnare", "Översikt: Exempelkommuns kommunkoncern", "Socialförvaltningen", True),
        ("chef", "Översikt: Solgårdens särskilda boende", None, True),
        ("styrelse", "Översikt: Exempelkommun", "Socialförvaltningen", False),
    ],
    ids=["samordnare", "chef", "styrelse"],
)
def test_overview_from_the_menu_by_keyboard_and_on_a_phone(
    page: Page, demo_data, username, heading, unit, links
) -> None:
    page.set_viewport_size(LAPTOP)
    log_in(page, username)
    open_overview(page, heading)
    checked_page(page, f"overview-{username}")
    objectives = page.get_by_role("region", name="Kvalitetsmål")
    expect(objectives.get_by_text("Grönt: målet nås.")).to_be_visible()
    main = page.get_by_role("main")
    deviation_links = main.locator("a[href^='/avvikelser/']")
    if links:
        expect(deviation_links.first).to_be_visible()
    else:
        expect(deviation_links).to_have_count(0)
    if unit:
        option = page.get_by_label("Enhet").locator("option", has_text=unit).first
        pick_by_keyboard(page, option.inner_text())
        assert_no_axe_violations(page)
    fits_a_phone(page)
    checked_page(page, f"overview-{username}-phone")
    page.set_viewport_size(LAPTOP)
    log_out(page)


def test_board_members_menu_leads_to_nothing_empty_or_refused(page: Page, demo_data) -> None:
    page.set_viewport_size(LAPTOP)
    log_in(page, "styrelse")
    labels = main_nav(page).get_by_role("link").all_inner_texts()
    assert "Översikt" in labels and "Rapporter" in labels
    for hidden in ("Avvikelser", "Åtgärder", "Förbättringsförslag", "Statistik"):
        assert hidden not in labels
    hrefs = (
        main_nav(page)
        .get_by_role("link")
        .evaluate_all("links => links.map(link => link.getAttribute('href'))")
    )
    for href in hrefs:
        response = page.goto(href)
        assert response is not None and response.ok, f"{href} answered {response.status}"
        text = page.get_by_role("main").inner_text()
        assert "Åtkomst nekad" not in text, href
        assert "0 avvikelser" not in text, href
        assert_no_axe_violations(page)
