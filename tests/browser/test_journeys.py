"""The main journeys through the system in a real browser, with axe on every page visited."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import ConsoleMessage, Page, expect

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DEMO_PASSWORD = "demo"
AXE = Axe()

# username, full name, first name, role text shown in the header
DEMO_USERS = [
    ("admin", "Alva Admin", "Alva", "Systemadministratör"),
    ("samordnare", "Sara Lindqvist", "Sara", "Kvalitetssamordnare"),
    ("chef", "Karin Berg", "Karin", "Chef"),
    ("medarbetare", "Mohammed Ali", "Mohammed", "Medarbetare"),
    ("revisor", "Rebecka Holm", "Rebecka", "Internrevisor"),
    ("styrelse", "Stefan Nyberg", "Stefan", "Styrelseledamot"),
]


def assert_no_axe_violations(page: Page) -> None:
    """Fail with a readable list when axe finds WCAG 2.1 A/AA violations on the page.

    The page is checked once it has settled: while htmx loads a part (the similar cases, say)
    that part is dimmed, and axe would measure the contrast of the fading text."""
    expect(page.locator(".htmx-request")).to_have_count(0)
    results = AXE.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_21_A_AA},
            "resultTypes": ["violations"],
        },
    )
    violations = results.response["violations"]
    if not violations:
        return
    lines = [f"axe found {len(violations)} WCAG 2.1 A/AA violation(s) on {page.url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            target = " >>> ".join(str(selector) for selector in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {summary}")
    pytest.fail("\n".join(lines))


def save_screenshot(page: Page, name: str) -> None:
    """Keep a full-page picture in test-results/ for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def tab_to(page: Page, target, limit: int = 200) -> None:
    """Move the focus with Tab, as a keyboard user does, until it reaches `target`; fail if it
    never does, or if the focused control shows no visible focus indicator."""
    element = target.element_handle()
    for _ in range(limit):
        if page.evaluate("element => element === document.activeElement", element):
            style = page.evaluate(
                """element => {
                    const s = getComputedStyle(element);
                    return {visible: element.matches(":focus-visible"),
                            outline: s.outlineStyle, shadow: s.boxShadow};
                }""",
                element,
            )
            assert style["visible"] and (style["outline"] != "none" or style["shadow"] != "none"), (
                f"no visible focus on {target}: {style}"
            )
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {target}")


def press_on(page: Page, target, key: str = "Enter") -> None:
    tab_to(page, target)
    page.keyboard.press(key)


def type_into(page: Page, target, text: str) -> None:
    tab_to(page, target)
    page.keyboard.type(text)


def focused(page: Page):
    """The element that has the keyboard focus."""
    return page.locator(":focus")


def submit_login_form(page: Page, username: str) -> None:
    """Fill in the login form and send it with Enter, as a keyboard user does."""
    page.get_by_label("Användarnamn eller e-postadress").fill(username)
    password = page.get_by_label("Lösenord")
    password.fill(DEMO_PASSWORD)
    password.press("Enter")


def log_in(page: Page, username: str) -> None:
    page.goto("/konto/login/")
    submit_login_form(page, username)
    expect(page).to_have_url(re.compile(r"^https?://[^/]+/$"))


def main_nav(page: Page):
    """The main menu, opened first where the viewport folds it behind "Meny" (phones, tablets)."""
    menu = page.locator("header details.site-menu")
    if menu.locator("summary").is_visible() and menu.get_attribute("open") is None:
        menu.locator("summary").click()
    return page.locator("header nav[aria-label]")


def page_slug(url: str) -> str:
    path = urlsplit(url).path.strip("/")
    return path.replace("/", "-") or "start"


@pytest.mark.parametrize(
    ("username", "full_name", "first_name", "role_text"),
    DEMO_USERS,
    ids=[user[0] for user in DEMO_USERS],
)
def test_demo_user_logs_in_by_keyboard_browses_main_menu_and_logs_out(
    page: Page, demo_data, username: str, full_name: str, first_name: str, role_text: str
) -> None:
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/konto/login/\?next=/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Logga in")
    assert_no_axe_violations(page)
    if username == "samordnare":
        save_screenshot(page, "login")

    submit_login_form(page, username)

    expect(page).to_have_url(re.compile(r"^https?://[^/]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Välkommen, {first_name}")
    header = page.get_by_role("banner")
    expect(header.locator(".whoami__name")).to_have_text(full_name)
    expect(header.locator(".whoami__role")).to_contain_text(role_text)
    assert_no_axe_violations(page)
    save_screenshot(page, f"start-{username}")

    links = main_nav(page).get_by_role("link")
    expect(links.first).to_be_visible()
    hrefs = links.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert "/" in hrefs
    assert "/organisation/" in hrefs
    for href in hrefs:
        response = page.goto(href)
        assert response is not None
        assert response.ok, f"{href} answered {response.status}"
        expect(page.get_by_role("heading", level=1).first).to_be_visible()
        assert_no_axe_violations(page)
        if href != "/":
            save_screenshot(page, f"{page_slug(href)}-{username}")

    page.goto("/")
    page.get_by_role("banner").get_by_role("button", name="Logga ut").click()

    expect(page).to_have_url(re.compile(r"/konto/login/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Logga in")
    expect(main_nav(page)).to_have_count(0)


def test_coordinator_creates_child_unit_after_fixing_form_error_and_sees_it_in_history(
    page: Page, demo_organisation
) -> None:
    log_in(page, "samordnare")
    main_nav(page).get_by_role("link", name="Organisation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Organisation")
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Äldreomsorg", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Äldreomsorg")
    assert_no_axe_violations(page)
    save_screenshot(page, "unit-detail")

    page.get_by_role("link", name="Ny underliggande enhet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny enhet under Äldreomsorg")
    assert_no_axe_violations(page)
    page.get_by_label("Typ").select_option(label="Avdelning")
    page.get_by_label("Kortnamn").fill("soc-ao-dag")
    page.get_by_role("button", name="Spara").click()

    error_summary = page.get_by_role("alert")
    expect(error_summary).to_contain_text("Formuläret innehåller fel")
    expect(error_summary.get_by_role("link", name=re.compile(r"^Namn:"))).to_be_visible()
    name = page.get_by_label(re.compile(r"^Namn"))
    expect(name).to_have_attribute("aria-invalid", "true")
    expect(name).to_have_accessible_description("Detta fält måste fyllas i.")
    expect(page.get_by_label("Typ")).to_have_value("division")
    expect(page.get_by_label("Kortnamn")).to_have_value("soc-ao-dag")
    expect(page.get_by_label("Aktiv")).to_be_checked()
    assert_no_axe_violations(page)
    save_screenshot(page, "unit-form-with-errors")

    name.fill("Dagverksamhet Solrosen")
    page.get_by_role("button", name="Spara").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Dagverksamhet Solrosen")
    expect(page.get_by_role("status")).to_contain_text("Enheten Dagverksamhet Solrosen är skapad.")
    breadcrumbs = page.get_by_role("navigation", name="Brödsmulor")
    expect(breadcrumbs.get_by_role("link", name="Äldreomsorg")).to_be_visible()
    expect(page.locator(".facts")).to_contain_text("Avdelning")
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Historik", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Historik för Dagverksamhet Solrosen")
    creation = page.locator(".timeline__item").filter(has_text="Skapad")
    expect(creation).to_have_count(1)
    expect(creation).to_contain_text("av Sara Lindqvist")
    expect(creation).to_contain_text("soc-ao-dag")
    assert_no_axe_violations(page)
    save_screenshot(page, "unit-history")


def test_user_search_updates_results_in_place_and_keeps_focus_in_search_box(
    page: Page, demo_organisation
) -> None:
    log_in(page, "samordnare")
    page.goto("/anvandare/")
    results = page.get_by_role("table", name="Användare")
    expect(results).to_contain_text("Mohammed Ali")
    assert_no_axe_violations(page)
    # A full page load would drop this marker; an htmx swap keeps it.
    page.evaluate("window.sameDocument = true")

    search = page.get_by_label("Sök namn, användarnamn eller e-post")
    search.press_sequentially("lind")

    expect(page).to_have_url(re.compile(r"/anvandare/\?q=lind$"))
    expect(results).not_to_contain_text("Mohammed Ali")
    expect(results).to_contain_text("Sara Lindqvist")
    expect(results).to_contain_text("Veronica Lind")
    assert page.evaluate("window.sameDocument") is True, "the search reloaded the whole page"
    expect(search).to_be_focused()
    expect(search).to_have_value("lind")
    assert_no_axe_violations(page)
    save_screenshot(page, "user-search")


def test_start_page_fits_phone_screen_without_sideways_scrolling(page: Page, demo_data) -> None:
    page.set_viewport_size({"width": 375, "height": 740})
    log_in(page, "medarbetare")
    expect(page.get_by_role("heading", level=1)).to_have_text("Välkommen, Mohammed")

    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, (
        f"the start page is {scroll_width}px wide on a {inner_width}px screen"
    )
    assert_no_axe_violations(page)
    save_screenshot(page, "start-phone-medarbetare")


def test_first_tab_reaches_skip_link_which_moves_focus_to_main_content(
    page: Page, demo_organisation
) -> None:
    log_in(page, "chef")
    page.goto("/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Hoppa till innehållet")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_language_switch_to_english_translates_start_page(page: Page, demo_organisation) -> None:
    log_in(page, "samordnare")

    page.get_by_role("banner").get_by_role("button", name="English").click()

    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Sara")
    nav = main_nav(page)
    expect(nav.get_by_role("link", name="Start", exact=True)).to_be_visible()
    expect(nav.get_by_role("link", name="Users", exact=True)).to_be_visible()
    expect(nav.get_by_role("link", name="Användare", exact=True)).to_have_count(0)


def test_login_journey_runs_under_content_security_policy_without_violations(
    page: Page, demo_organisation
) -> None:
    console: list[str] = []
    page_errors: list[str] = []

    def record(message: ConsoleMessage) -> None:
        console.append(f"{message.type}: {message.text}")

    page.on("console", record)
    page.on("pageerror", lambda error: page_errors.append(str(error)))
    # Chromium logs most blocked loads itself; the event also catches what it only reports.
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', event => console.error("
        "`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI}`))"
    )

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/konto/login/"))
    submit_login_form(page, "admin")
    expect(page.get_by_role("heading", level=1)).to_have_text("Välkommen, Alva")
    assert page.evaluate("typeof window.htmx") == "object", "htmx did not load"

    hrefs = (
        main_nav(page)
        .get_by_role("link")
        .evaluate_all("links => links.map(link => link.getAttribute('href'))")
    )
    for href in hrefs:
        page.goto(href)
        expect(page.get_by_role("heading", level=1).first).to_be_visible()

    # htmx must not only load but also swap content under the policy.
    page.goto("/anvandare/")
    page.get_by_label("Sök namn, användarnamn eller e-post").press_sequentially("berg")
    results = page.get_by_role("table", name="Användare")
    expect(results).not_to_contain_text("Mohammed Ali")
    expect(results).to_contain_text("Karin Berg")

    page.goto("/")
    page.get_by_role("banner").get_by_role("button", name="Logga ut").click()
    expect(page).to_have_url(re.compile(r"/konto/login/$"))

    csp_messages = [
        line for line in console if "Content Security Policy" in line or "CSP violation" in line
    ]
    assert csp_messages == [], "CSP violations:\n" + "\n".join(csp_messages)
    assert page_errors == [], "JavaScript errors:\n" + "\n".join(page_errors)
