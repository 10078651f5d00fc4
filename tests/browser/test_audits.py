"""An internal audit in a real browser: the revisor performs it on a tablet, the chef acts."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.browser.test_deviations import PNG, checked_page, log_out
from tests.browser.test_journeys import log_in, main_nav, save_screenshot

pytestmark = pytest.mark.browser

TABLET = {"width": 820, "height": 1180}
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def prepared_audit(demo_organisation):
    from audits import services
    from audits.catalogue import add_missing_criteria
    from audits.models import Audit, Criterion, Question
    from qms.models import OrganisationUnit, User

    add_missing_criteria(Criterion, Question)
    coordinator = User.objects.get(username="samordnare")
    auditor = User.objects.get(username="revisor")
    kommun = OrganisationUnit.objects.get(code="ek")
    today = timezone.localdate()
    programme = services.create_programme(by=coordinator, unit=kommun, year=today.year)
    audit = services.plan_audit(
        programme,
        by=coordinator,
        kind=Audit.Kind.INTERNAL,
        title="Dokumentstyrning på Solgården",
        unit=OrganisationUnit.objects.get(code="soc-solg"),
        planned_date=today,
        criteria=Criterion.objects.filter(framework="own", reference="R2"),
    )
    services.add_team_member(audit, by=coordinator, user=auditor, role="lead")
    return services.prepare_audit(audit, by=auditor)


def test_revisor_performs_on_a_tablet_and_chef_sees_the_action(page: Page, prepared_audit):
    page.set_viewport_size(TABLET)
    log_in(page, "revisor")
    checked_page(page, "audits-start-revisor")
    expect(page.get_by_role("heading", name="Mina revisioner")).to_be_visible()
    main_nav(page).get_by_role("link", name="Revisioner").click()
    checked_page(page, "audits-programme-tablet")
    page.get_by_role("link", name="Dokumentstyrning på Solgården").click()
    checked_page(page, "audits-detail-prepared")
    page.get_by_role("link", name="Öppna checklistan").click()
    checked_page(page, "audits-checklist-tablet")

    answers = page.locator("form.answer")
    expect(answers).to_have_count(1)
    answer = answers.first
    answer.get_by_role("radio", name="Mindre avvikelse").check()
    expect(answer.get_by_role("status")).to_contain_text("Sparat")
    answer.get_by_role("textbox", name="Anteckningar").fill(
        "Två signeringslistor saknade signatur under vecka 12."
    )
    answer.get_by_label("Underlag (foto eller dokument)").set_input_files(
        files=[{"name": "signeringslista.png", "mimeType": "image/png", "buffer": PNG}]
    )
    expect(answer.get_by_role("link", name="signeringslista.png")).to_be_visible()
    expect(answer.get_by_role("status")).to_contain_text("Sparat")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= TABLET["width"], f"sideways scrolling on a tablet: {width}px"
    checked_page(page, "audits-checklist-answered")

    # The saved answer is there after a reload: nothing was lost.
    page.reload()
    expect(page.get_by_role("radio", name="Mindre avvikelse")).to_be_checked()
    expect(page.get_by_role("textbox", name="Anteckningar")).to_have_value(
        "Två signeringslistor saknade signatur under vecka 12."
    )

    page.get_by_role("link", name="Tillbaka till revisionen").click()
    page.get_by_role("button", name="Revisionen är genomförd").click()
    expect(page.locator(".status").first).to_have_text("Genomförd")
    finding = page.get_by_role("article")
    expect(finding).to_contain_text("Mindre avvikelse")
    finding.locator("summary", has_text="Lägg till åtgärd").click()
    finding.get_by_role("combobox", name="Typ").select_option(label="Korrigerande åtgärd")
    finding.get_by_role("textbox", name="Åtgärd", exact=True).fill(
        "Inför daglig kontroll av signeringslistor"
    )
    finding.get_by_role("combobox", name="Ansvarig").select_option(label="Karin Berg")
    due = timezone.localdate() + datetime.timedelta(days=21)
    finding.get_by_label("Klart senast").fill(due.isoformat())
    finding.get_by_role("button", name="Lägg till åtgärden").click()
    expect(page.get_by_role("status").first).to_contain_text("åtgärdsregistret")
    expect(
        page.get_by_role("link", name="Inför daglig kontroll av signeringslistor")
    ).to_be_visible()
    checked_page(page, "audits-detail-performed")
    log_out(page)

    # The chef of Solgården sees the action among her actions and on the audit.
    log_in(page, "chef")
    page.get_by_role("link", name="Inför daglig kontroll av signeringslistor").first.click()
    checked_page(page, "audits-action-chef")
    page.goto(prepared_audit.get_absolute_url())
    finding = page.get_by_role("article")
    expect(finding).to_contain_text("Två signeringslistor saknade signatur")
    expect(
        finding.get_by_role("link", name="Inför daglig kontroll av signeringslistor")
    ).to_be_visible()
    checked_page(page, "audits-detail-chef")


def fits_its_region(page: Page, selector: str) -> None:
    """The table is no wider than its scrolling region: nothing is cut at this width."""
    table, region = page.locator(selector).evaluate(
        "t => [t.getBoundingClientRect().width, t.closest('.table-scroll').clientWidth]"
    )
    assert table <= region + 1, f"{selector}: {table}px in {region}px"


def test_coordinator_pages_have_no_axe_violations(page: Page, prepared_audit) -> None:
    page.set_viewport_size(LAPTOP)
    log_in(page, "samordnare")
    page.goto("/revisioner/")
    checked_page(page, "audits-programme-coordinator")
    fits_its_region(page, "main table")
    expect(page.locator("main table .status").first).to_be_in_viewport(ratio=1)
    page.get_by_role("link", name="Täckning under certifikatcykeln").click()
    expect(
        page.get_by_role("heading", name="Krav som inte granskats någonstans i cykeln")
    ).to_be_visible()
    checked_page(page, "audits-coverage")
    fits_its_region(page, "table.coverage-table")
    # On a phone the matrix scrolls inside its region; the page itself does not.
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    save_screenshot(page, "audits-coverage-phone")
    page.set_viewport_size(LAPTOP)
    page.goto("/revisioner/")
    page.get_by_role("link", name="Frågebank").click()
    checked_page(page, "audits-question-bank")
    page.goto(prepared_audit.get_absolute_url())
    page.locator("summary", has_text="Lägg till i teamet").click()
    checked_page(page, "audits-detail-coordinator")
