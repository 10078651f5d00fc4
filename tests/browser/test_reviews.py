"""Management reviews (ledningens genomgång) in a real browser, on the demo data: the coordinator
prepares this year's draft and a real Celery worker builds its pack, the chair approves it, and
the board member reads the frozen pack without reaching the review itself."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from qms.models import OrganisationUnit
from reviews.models import Item, Review, ReviewItem
from tests.browser.test_deviations import checked_page, log_out
from tests.browser.test_journeys import assert_no_axe_violations, log_in, main_nav
from tests.pdfs import pdf_text

pytestmark = pytest.mark.browser


def draft_title() -> str:
    return f"Ledningens genomgång Socialförvaltningen {timezone.localdate().year}"


def approved_title() -> str:
    return f"Ledningens genomgång Socialförvaltningen {timezone.localdate().year - 1}"


def open_review(page: Page, title: str) -> None:
    """From anywhere, through the main menu and the list, as a person gets there."""
    main_nav(page).get_by_role("link", name="Ledningens genomgång").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ledningens genomgång")
    page.get_by_role("table", name="Genomgångar").get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def agenda_item(page: Page, code: str):
    return page.get_by_role("region", name=str(Item(code).label), exact=True)


def downloaded_text(page: Page, link, tmp_path: Path) -> str:
    """Click a download link and read the PDF back, whitespace folded (lines wrap)."""
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF-")
    return " ".join(pdf_text(data, tmp_path).split())


def test_coordinator_prepares_the_draft_and_a_worker_builds_its_pack(
    page: Page, demo_data, celery_worker_process, tmp_path
) -> None:
    log_in(page, "samordnare")
    open_review(page, draft_title())
    checked_page(page, "review-draft")

    # An assessment is saved in place (htmx): the page is not loaded again.
    page.evaluate("window.sameDocument = true")
    c4 = agenda_item(page, "c4")
    assessment = "Fler avvikelser rapporteras, men de avslutas snabbare än förra året."
    c4.get_by_role("textbox", name="Bedömning").fill(assessment)
    c4.get_by_role("button", name="Spara bedömningen").click()
    expect(c4.locator("#saved-c4")).to_have_text("Sparad.")
    assert page.evaluate("window.sameDocument") is True, "saving reloaded the whole page"

    new_decision = page.locator("form").filter(has=page.get_by_role("heading", name="Nytt beslut"))
    new_decision.get_by_label("Typ av beslut").select_option(label="Förbättring")
    new_decision.get_by_role("textbox", name="Beslut").fill(
        "Digital signering införs även i hemtjänsten."
    )
    new_decision.get_by_role("button", name="Lägg till beslutet").click()
    expect(page.get_by_role("status")).to_contain_text("Beslutet är tillagt.")
    expect(page.get_by_role("region", name="Beslut 1: Förbättring")).to_be_visible()

    # A second decision without its text: the error is announced and the chosen kind is kept.
    new_decision.get_by_label("Typ av beslut").select_option(label="Resursbehov")
    new_decision.get_by_role("button", name="Lägg till beslutet").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Formuläret innehåller fel")
    expect(summary.get_by_role("link", name=re.compile(r"^Beslut:"))).to_be_visible()
    expect(summary).to_be_focused()
    text = new_decision.get_by_role("textbox", name="Beslut")
    expect(text).to_have_attribute("aria-invalid", "true")
    expect(text).to_have_accessible_description("Detta fält måste fyllas i.")
    expect(new_decision.get_by_label("Typ av beslut")).to_have_value("resource_need")
    assert_no_axe_violations(page)
    # The assessment saved through htmx is there after the full page load.
    expect(agenda_item(page, "c4").get_by_role("textbox", name="Bedömning")).to_have_value(
        assessment
    )

    decision_text = "En extra sjuksköterska anställs för helgerna på Solgården."
    text.fill(decision_text)
    new_decision.get_by_role("button", name="Lägg till beslutet").click()
    expect(page.get_by_role("status")).to_contain_text("Beslutet är tillagt.")
    decision = page.get_by_role("region", name="Beslut 2: Resursbehov")
    expect(decision).to_contain_text(decision_text)

    # Its action: a missing due date keeps the title and owner typed.
    decision.get_by_text("Lägg till åtgärd", exact=True).click()
    action_title = "Rekrytera sjuksköterska till helgtjänstgöring"
    decision.get_by_role("textbox", name="Åtgärd").fill(action_title)
    decision.get_by_label("Ansvarig").select_option(label="Karin Berg")
    decision.get_by_role("button", name="Lägg till åtgärden").click()
    expect(page.get_by_role("alert")).to_contain_text("Klart senast: Detta fält måste fyllas i.")
    decision = page.get_by_role("region", name="Beslut 2: Resursbehov")
    expect(decision.get_by_role("textbox", name="Åtgärd")).to_have_value(action_title)
    # The error belongs to this decision's form only.
    first = page.get_by_role("region", name="Beslut 1: Förbättring")
    expect(first.locator("[aria-invalid]")).to_have_count(0)
    expect(first.locator("details")).not_to_have_attribute("open", "")
    expect(decision.get_by_label("Ansvarig").locator("option:checked")).to_have_text("Karin Berg")
    due = timezone.localdate() + datetime.timedelta(days=45)
    decision.get_by_label("Klart senast").fill(due.isoformat())
    decision.get_by_role("button", name="Lägg till åtgärden").click()
    expect(page.get_by_role("status")).to_contain_text("Åtgärden är tillagd i åtgärdsregistret.")
    decision = page.get_by_role("region", name="Beslut 2: Resursbehov")
    expect(decision.get_by_role("listitem")).to_have_text(
        f"{action_title} – Karin Berg, klar senast {due.isoformat()} (planerad)"
    )
    checked_page(page, "review-draft-with-decision")

    # The draft pack: queued, built by the worker, followed by polling until it can be fetched.
    page.evaluate("window.sameDocument = true")
    pack = page.get_by_role("region", name="Underlag som PDF")
    pack.get_by_role("button", name="Skapa utkast som PDF").click()
    expect(pack.get_by_role("progressbar", name="Förlopp")).to_be_visible()
    # The button is gone: focus moves to the progress message, not to the top of the page,
    # and stays on it while the polling replaces the section.
    state = pack.get_by_role("status")
    expect(state).to_be_focused()
    download = pack.get_by_role("link", name="Ladda ner utkastet (PDF)")
    expect(download).to_be_visible(timeout=60_000)
    expect(state).to_be_focused()
    page.keyboard.press("Tab")
    expect(download).to_be_focused()
    assert page.evaluate("window.sameDocument") is True, "the progress reloaded the whole page"
    assert "reviews.tasks.build_draft_pack" in celery_worker_process.output()
    assert_no_axe_violations(page)

    text = downloaded_text(page, download, tmp_path)
    assert "Utkast – inte godkänt" in text
    assert "Underlag (ISO 9001 9.3.2)" in text
    for _code, label in Item.choices:
        assert str(label) in text, f"the pack has no heading {label!r}"
    for expected in (assessment, decision_text, action_title, "Beslut 2: Resursbehov"):
        assert expected in text, f"the pack lacks {expected!r}"


def test_chair_approves_and_the_board_member_reads_only_the_frozen_pack(
    page: Page, demo_data, tmp_path
) -> None:
    draft = Review.objects.get(title=draft_title())
    assert draft.chair.username == "anna.svensson"
    log_in(page, "anna.svensson")
    open_review(page, draft_title())
    page.get_by_role("button", name="Godkänn genomgången").click()

    expect(page.get_by_role("status")).to_contain_text("Genomgången är godkänd.")
    expect(page.locator(".status")).to_have_text("Godkänd")
    expect(page.locator(".facts")).to_contain_text("av Anna Svensson")
    # Frozen: the page has no forms left to change it with, only the pack to download.
    main = page.get_by_role("main")
    expect(main.locator("form")).to_have_count(0)
    expect(main.get_by_role("textbox")).to_have_count(0)
    expect(main.get_by_role("button")).to_have_count(0)
    expect(agenda_item(page, "b")).to_contain_text("Nya socialtjänstlagen (2025:400) gäller")
    expect(page.get_by_role("link", name="Ladda ner det godkända underlaget (PDF)")).to_be_visible()
    checked_page(page, "review-approved-now")
    log_out(page)

    log_in(page, "styrelse")
    main_nav(page).get_by_role("link", name="Rapporter", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporter")
    checked_page(page, "review-reports-styrelse")
    # Two approved packs and last year's published quality report.
    packs = page.get_by_role("main").get_by_role("listitem")
    expect(packs).to_have_count(3)
    text = downloaded_text(
        page, page.get_by_role("link", name=re.compile(re.escape(draft_title()))), tmp_path
    )
    today = timezone.localdate().isoformat()
    assert f"Godkänd {today} av Anna Svensson" in text
    assert "Utkast" not in text
    assert "Nya socialtjänstlagen (2025:400) gäller" in text

    response = page.goto(draft.get_absolute_url())
    assert response is not None
    assert response.status in (403, 404), f"the board member got {response.status}"
    expect(page.get_by_role("heading", level=1)).not_to_have_text(draft_title())


def test_review_and_objective_pages_pass_axe(page: Page, demo_data) -> None:
    log_in(page, "samordnare")
    open_review(page, approved_title())
    expect(page.locator(".status")).to_have_text("Godkänd")
    # The coordinator may only start a revision of it (a folded form); nothing edits it.
    main = page.get_by_role("main")
    expect(main.locator("form")).to_have_count(1)
    expect(main.get_by_role("button", name="Skapa revision")).to_be_hidden()
    expect(main.get_by_role("textbox", name="Bedömning")).to_have_count(0)
    checked_page(page, "review-approved")

    page.get_by_role("navigation", name="Brödsmulor").get_by_role(
        "link", name="Ledningens genomgång"
    ).click()
    checked_page(page, "review-list")

    page.get_by_role("link", name="Godkända rapporter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporter")
    expect(page.get_by_role("main").get_by_role("listitem")).to_have_count(2)
    checked_page(page, "review-reports")

    page.go_back()
    page.get_by_role("link", name="Kvalitetsmål och nyckeltal").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kvalitetsmål och nyckeltal")
    checked_page(page, "objective-list")

    page.get_by_role("link", name="Trygga och nöjda boende").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Trygga och nöjda boende")
    falls = page.get_by_role("region", name="Fallolyckor per 1 000 vårddygn")
    chart = falls.get_by_role("img", name="Utveckling: Fallolyckor per 1 000 vårddygn")
    expect(chart).to_be_visible()
    expect(falls.get_by_role("table").get_by_role("row")).to_have_count(13)
    checked_page(page, "objective-detail")


def test_assessment_is_saved_with_the_keyboard_only(page: Page, demo_data) -> None:
    log_in(page, "samordnare")
    draft = Review.objects.get(title=draft_title())
    page.goto(draft.get_absolute_url())
    d_item = agenda_item(page, "d")
    textbox = d_item.get_by_role("textbox", name="Bedömning")
    # Twelve boxes, twelve names: a screen reader says which item the assessment is for.
    expect(textbox).to_have_accessible_name(f"Bedömning – {Item.D.label}")
    names = (
        page.get_by_role("main")
        .get_by_role("textbox", name="Bedömning")
        .evaluate_all("boxes => boxes.map(box => box.labels[0].textContent.trim())")
    )
    assert len(names) == len(Item.choices) == len(set(names)), names
    textbox_id = textbox.get_attribute("id")

    # Tab from the top of the page until the assessment of item d) has focus.
    for _ in range(120):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == textbox_id:
            break
    expect(textbox).to_be_focused()
    page.keyboard.type("Bemanningen räcker inte på helgerna.")
    page.keyboard.press("Tab")
    button = d_item.get_by_role("button", name="Spara bedömningen")
    expect(button).to_be_focused()
    page.keyboard.press("Enter")

    expect(d_item.locator("#saved-d")).to_have_text("Sparad.")
    expect(button).to_be_focused()
    saved = ReviewItem.objects.get(review=draft, code="d")
    assert saved.assessment == "Bemanningen räcker inte på helgerna."


def test_assessment_that_can_no_longer_be_saved_says_so_and_keeps_the_text(
    page: Page, demo_data
) -> None:
    from reviews import services

    log_in(page, "samordnare")
    draft = Review.objects.get(title=draft_title())
    page.goto(draft.get_absolute_url())
    # Meanwhile the chair approves the review in another window.
    services.approve_review(draft, by=draft.chair)

    e_item = agenda_item(page, "e")
    textbox = e_item.get_by_role("textbox", name="Bedömning")
    textbox.fill("Riskanalysen inför sommaren behöver göras tidigare.")
    e_item.get_by_role("button", name="Spara bedömningen").click()

    expect(e_item.get_by_role("alert")).to_contain_text("Bedömningen kunde inte sparas.")
    expect(e_item.locator("#saved-e")).to_have_text("")
    expect(textbox).to_have_value("Riskanalysen inför sommaren behöver göras tidigare.")
    assert ReviewItem.objects.get(review=draft, code="e").assessment == ""


def test_coordinator_reads_last_years_quality_report_and_starts_this_years(
    page: Page, demo_data, tmp_path
) -> None:
    last_year = timezone.localdate().year - 1
    log_in(page, "samordnare")
    main_nav(page).get_by_role("link", name="Ledningens genomgång").click()
    page.get_by_role("link", name="Kvalitetsberättelser").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kvalitetsberättelser")
    checked_page(page, "quality-report-list")

    page.get_by_role("link", name=f"Kvalitetsberättelse {last_year}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Kvalitetsberättelse {last_year} – Socialförvaltningen"
    )
    expect(page.locator(".status")).to_have_text("Publicerad")
    # Frozen: only a revision can be started (a folded form); nothing edits this one.
    main = page.get_by_role("main")
    expect(main.locator("form")).to_have_count(1)
    expect(main.get_by_role("button", name="Skapa revision")).to_be_hidden()
    expect(main.get_by_role("textbox", name="Så har kvalitetsarbetet bedrivits")).to_have_count(0)
    expect(page.get_by_role("heading", name="Anmälningar: lex Sarah, lex Maria")).to_be_visible()
    checked_page(page, "quality-report-published")
    text = downloaded_text(
        page, page.get_by_role("link", name="Ladda ner kvalitetsberättelsen (PDF)"), tmp_path
    )
    assert f"Kvalitetsberättelse {last_year}" in text
    assert "Så har kvalitetsarbetet bedrivits" in text and "Uppnådda resultat" in text

    # This year's, as a draft: a failed publication says why and loses nothing.
    page.get_by_role("navigation", name="Brödsmulor").get_by_role(
        "link", name="Kvalitetsberättelser"
    ).click()
    page.get_by_role("link", name="Ny kvalitetsberättelse").click()
    checked_page(page, "quality-report-create")
    social = OrganisationUnit.objects.get(code="soc")
    page.get_by_label("Omfattning").select_option(str(social.pk))
    page.get_by_label("År").select_option(str(timezone.localdate().year))
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Kvalitetsberättelsen är skapad.")
    page.get_by_label("Så har kvalitetsarbetet bedrivits").fill("Egenkontroller varje månad.")
    page.get_by_role("button", name="Spara texterna").click()
    expect(page.get_by_label("Så har kvalitetsarbetet bedrivits")).to_have_value(
        "Egenkontroller varje månad."
    )
    page.get_by_role("button", name="Publicera kvalitetsberättelsen").click()
    expect(page.get_by_role("status")).to_contain_text("Året är inte slut")
    expect(page.locator(".status")).to_have_text("Utkast")
    checked_page(page, "quality-report-draft")


def test_coordinator_edits_and_publishes_the_patient_safety_report_and_it_freezes(
    page: Page, demo_data
) -> None:
    """The demo's draft of last year (every heading written): edit a text, publish, and the
    page shows it frozen; axe and a phone at 390 px without sideways scrolling in each state."""
    year = timezone.localdate().year - 1
    title = f"Patientsäkerhetsberättelse {year} – Socialförvaltningen"
    phone = {"width": 390, "height": 844}

    def checked_on_a_phone(name: str) -> None:
        desktop = page.viewport_size
        page.set_viewport_size(phone)
        width = page.evaluate("document.documentElement.scrollWidth")
        wide = page.evaluate(
            "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right"
            " > innerWidth).slice(0, 8).map(e => e.tagName + '.' + e.className + ' '"
            " + Math.round(e.getBoundingClientRect().right))"
        )
        assert width <= phone["width"], f"{page.url}: sideways scrolling at {width}px: {wide}"
        checked_page(page, f"{name}-phone")
        page.set_viewport_size(desktop)

    log_in(page, "samordnare")
    main_nav(page).get_by_role("link", name="Ledningens genomgång").click()
    page.get_by_role("link", name="Patientsäkerhetsberättelser").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Patientsäkerhetsberättelser")
    page.get_by_role("link", name=f"Patientsäkerhetsberättelse {year}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".status")).to_have_text("Utkast")
    checked_page(page, "patient-safety-report-draft")
    checked_on_a_phone("patient-safety-report-draft")

    risk = page.get_by_role("textbox", name="Riskanalys", exact=True)
    risk.fill("Riskanalys inför sommaren gjordes i april på alla särskilda boenden.")
    page.get_by_role("button", name="Spara texterna").click()
    expect(page.get_by_role("textbox", name="Riskanalys", exact=True)).to_have_value(
        "Riskanalys inför sommaren gjordes i april på alla särskilda boenden."
    )

    page.get_by_role("button", name="Publicera patientsäkerhetsberättelsen").click()
    expect(page.get_by_role("status")).to_contain_text("Patientsäkerhetsberättelsen är publicerad")
    expect(page.locator(".status")).to_have_text("Publicerad")
    # Frozen: no text to edit and no publish button; only a (folded) revision form remains.
    main = page.get_by_role("main")
    expect(main.get_by_role("textbox", name="Riskanalys", exact=True)).to_have_count(0)
    expect(main.get_by_role("button", name="Publicera patientsäkerhetsberättelsen")).to_have_count(
        0
    )
    expect(main.locator("form")).to_have_count(1)
    expect(main).to_contain_text("Riskanalys inför sommaren gjordes i april")
    expect(
        main.get_by_role("link", name="Ladda ner patientsäkerhetsberättelsen (PDF)")
    ).to_be_visible()
    checked_page(page, "patient-safety-report-published")
    checked_on_a_phone("patient-safety-report-published")
