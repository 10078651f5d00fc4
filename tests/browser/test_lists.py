"""The deviation list and the dashboard in a real browser: htmx filtering, pages, axe."""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from deviations.models import Deviation
from qms.models import OrganisationUnit, User
from tests.browser.test_journeys import assert_no_axe_violations, log_in, main_nav, save_screenshot
from tests.deviations.builders import make_action, make_category, make_deviations

pytestmark = pytest.mark.browser


@pytest.fixture
def deviations(demo_organisation) -> None:
    solgarden = OrganisationUnit.objects.get(code="soc-solg")
    reporter = User.objects.get(username="medarbetare")
    fall = make_category("Fall", parent=make_category("Vård och omsorg"))
    cases = make_deviations(
        solgarden,
        reporter,
        30,
        title="Fallolycka vid förflyttning",
        category=fall,
        status=Deviation.Status.ACTING,
        probability=2,
        consequence=3,
    )
    make_deviations(solgarden, reporter, 12, title="Fel läkemedel", is_confidential=True)
    make_deviations(
        OrganisationUnit.objects.get(code="buf-central"),
        User.objects.get(username="peter.larsson"),
        8,
        title="Elev skadade sig",
        status=Deviation.Status.CLOSED,
    )
    chef = User.objects.get(username="chef")
    make_action(cases[0], owner=chef, title="Ny rutin för förflyttning")
    make_action(cases[1], owner=chef, title="Utbildning i lyftteknik", due_date=date(2020, 1, 1))


def test_coordinator_filters_the_list_in_place_pages_on_and_opens_the_dashboard(
    page: Page, deviations
) -> None:
    log_in(page, "samordnare")
    main_nav(page).get_by_role("link", name="Avvikelser").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Avvikelser")
    results = page.locator("#results")
    expect(results.get_by_role("heading", level=2)).to_have_text("38 avvikelser")
    assert_no_axe_violations(page)
    # A full page load would drop this marker; an htmx swap keeps it.
    page.evaluate("window.sameDocument = true")

    page.get_by_role("checkbox", name="Åtgärder pågår").check()
    expect(page).to_have_url(re.compile(r"/avvikelser/\?.*status=acting"))
    expect(results.get_by_role("heading", level=2)).to_have_text("30 avvikelser")

    search = page.get_by_label("Sök i rubrik och beskrivning")
    search.press_sequentially("fallolyckor")
    expect(page).to_have_url(re.compile(r"q=fallolyckor"))
    expect(results.get_by_role("heading", level=2)).to_have_text("30 avvikelser")
    expect(search).to_be_focused()
    rows = results.get_by_role("table").locator("tbody tr")
    expect(rows).to_have_count(25)
    first_page_number = rows.first.get_by_role("link").inner_text()
    assert page.evaluate("window.sameDocument") is True, "filtering reloaded the whole page"
    assert_no_axe_violations(page)
    save_screenshot(page, "deviation-list-filtered")

    results.get_by_role("link", name="Nästa sida").click()
    expect(page).to_have_url(re.compile(r"efter="))
    expect(page).to_have_url(re.compile(r"status=acting"))
    expect(rows).to_have_count(5)
    expect(rows.first).not_to_contain_text(first_page_number)
    expect(results.get_by_role("heading", level=2)).to_be_focused()
    assert page.evaluate("window.sameDocument") is True, "paging reloaded the whole page"
    expect(results.get_by_role("link", name="Föregående")).to_be_visible()
    assert_no_axe_violations(page)

    # The address is the whole state: opened afresh it shows the same page.
    page.goto(page.url)
    expect(rows).to_have_count(5)
    expect(page.get_by_role("checkbox", name="Åtgärder pågår")).to_be_checked()

    main_nav(page).get_by_role("link", name="Statistik").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Statistik över avvikelser")
    expect(page.get_by_role("img", name="Öppna avvikelser per status")).to_be_visible()
    assert_no_axe_violations(page)
    for summary in page.locator("main summary").all():  # the charts' tables
        summary.click()
    table = page.get_by_role("table", name="Öppna avvikelser per status")
    expect(table.get_by_role("row", name=re.compile(r"Åtgärder pågår\s+30"))).to_be_visible()
    assert_no_axe_violations(page)
    save_screenshot(page, "dashboard")

    school = OrganisationUnit.objects.get(code="buf-central")
    page.get_by_label("Enhet (med underliggande)").select_option(str(school.pk))
    expect(page).to_have_url(re.compile(rf"enhet={school.pk}"))
    open_figure = page.locator(".key-figures > div").filter(has_text="Öppna avvikelser")
    expect(open_figure.locator("dd")).to_have_text("0")
    expect(page.get_by_role("img", name="Enheter med flest nya avvikelser")).to_be_visible()
    assert_no_axe_violations(page)


def test_list_works_without_javascript(browser, live_server, deviations) -> None:
    context = browser.new_context(
        java_script_enabled=False, base_url=live_server.url, locale="sv-SE"
    )
    page = context.new_page()
    log_in(page, "chef")
    page.goto("/avvikelser/")
    page.get_by_role("checkbox", name="Åtgärder pågår").check()
    page.get_by_role("button", name="Visa", exact=True).click()
    expect(page).to_have_url(re.compile(r"status=acting"))
    expect(page.locator("#results h2")).to_have_text("30 avvikelser")
    page.get_by_role("link", name="Nästa sida").click()
    expect(page.locator("#results tbody tr")).to_have_count(5)
    context.close()


def test_action_register_and_my_actions_for_a_chef(page: Page, deviations) -> None:
    log_in(page, "chef")
    main_nav(page).get_by_role("link", name="Åtgärder").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mina åtgärder")
    late = page.get_by_role("row").filter(has_text="Utbildning i lyftteknik")
    expect(late).to_contain_text("Försenad")
    assert_no_axe_violations(page)

    page.get_by_role("link", name=re.compile("åtgärdsregistret")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Åtgärdsregistret")
    page.evaluate("window.sameDocument = true")
    page.get_by_label("Bara försenade").check()
    expect(page).to_have_url(re.compile(r"forsenade=on"))
    rows = page.locator("#results tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Utbildning i lyftteknik")
    expect(rows.first.get_by_role("link", name=re.compile(r"AV-T-"))).to_be_visible()
    assert page.evaluate("window.sameDocument") is True
    assert_no_axe_violations(page)
    save_screenshot(page, "action-register")
