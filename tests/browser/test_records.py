"""Records management in a real browser with a real worker, on the demo data: the
arkivansvarig adopts a thinning rule, has a proposal made, reviews and approves it, follows the
run and downloads the gallringsprotokoll; then orders an e-archive package. axe checks each
page."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from deviations.models import Deviation
from records.models import Proposal, RetentionRule
from tests.browser.test_deviations import checked_page
from tests.browser.test_journeys import assert_no_axe_violations, log_in, main_nav
from tests.pdfs import pdf_text

pytestmark = pytest.mark.browser


def old_closed_cases(count: int) -> list[Deviation]:
    """Close a few demo cases of Exempelkommun two years ago: due under a one-year rule."""
    cases = list(
        Deviation.objects.filter(organisation__name="Exempelkommun").order_by("pk")[:count]
    )
    long_ago = timezone.now() - datetime.timedelta(days=730)
    Deviation.objects.filter(pk__in=[c.pk for c in cases]).update(
        status=Deviation.Status.CLOSED, closed_at=long_ago
    )
    return cases


def test_archivist_adopts_a_rule_approves_a_proposal_and_downloads_the_protocol(
    page: Page, demo_data, celery_worker_process, tmp_path
) -> None:
    cases = old_closed_cases(3)
    log_in(page, "arkiv")
    main_nav(page).get_by_role("link", name="Arkiv och gallring").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Informationshanteringsplan")
    checked_page(page, "records-plan")

    # Adopt a new decision: Exempelkommun's deviations are thinned one year after closing
    # (the plan said five).
    page.get_by_role("link", name="Ändra regeln för Avvikelse i Exempelkommun").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ändra regel: Avvikelse")
    page.get_by_role("radio", name="Gallras").check()
    page.get_by_label("Gallras efter (antal)").fill("1")
    page.get_by_label("Tidsenhet").select_option(label="år")
    page.get_by_label("Räknat från").select_option(label="avslut (avslutad eller avskriven)")
    page.get_by_label("Beslutande organ").fill("Socialnämnden")
    page.get_by_label("Beslutsdatum").fill("2026-02-12")
    page.get_by_label("Beslutets referens").fill("")
    page.get_by_role("button", name="Spara regeln").click()
    # The reference was left out: the error is announced, what was typed is kept.
    expect(page.get_by_role("alert")).to_contain_text("Formuläret innehåller fel")
    expect(page.get_by_label("Beslutande organ")).to_have_value("Socialnämnden")
    assert_no_axe_violations(page)
    page.get_by_label("Beslutets referens").fill("SN 2026/31 § 12")
    page.get_by_role("button", name="Spara regeln").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Informationshanteringsplan")
    expect(page.locator("#typ-deviations\\.deviation")).to_contain_text(
        "Exempelkommun: Gallras 1 år efter avslut (avslutad eller avskriven)"
    )
    rule = RetentionRule.objects.get(
        record_type="deviations.deviation", organisation__name="Exempelkommun"
    )
    assert rule.decision_reference == "SN 2026/31 § 12"
    page.get_by_role("link", name="Historik över planen").click()
    expect(page.locator("main")).to_contain_text("SN 2026/31 § 12")
    checked_page(page, "records-plan-history")
    page.get_by_role("link", name="Informationshanteringsplan").first.click()

    # A proposal now, made by the worker.
    page.get_by_role("link", name="Gallringsförslag").click()
    page.get_by_role("button", name="Ta fram förslag nu").click()
    expect(page.get_by_role("status")).to_contain_text("Förslagen tas fram")
    table = page.get_by_role("table", name="Förslag")
    row = table.get_by_role("row").filter(has_text="Exempelkommun")
    for _ in range(60):
        if row.count():
            break
        page.wait_for_timeout(1000)
        page.reload()
    assert row.count(), celery_worker_process.output()[-3000:]
    expect(row).to_contain_text("Att granska")
    checked_page(page, "records-proposals")
    row.get_by_role("link").click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Gallringsförslag för Exempelkommun")
    summary = page.get_by_role("table", name="Förslaget per informationstyp")
    expect(summary).to_contain_text("SN 2026/31 § 12")
    page.get_by_role("link", name="Avvikelse", exact=True).click()
    listed = page.get_by_role("table", name="Ärenden i förslaget")
    for case in cases:
        expect(listed).to_contain_text(case.number)
    checked_page(page, "records-proposal")

    # Approve: the worker thins; the page follows the run until the protocol can be fetched.
    page.get_by_role("button", name="Godkänn och gallra").click()
    expect(page.get_by_role("status").first).to_contain_text("Förslaget är godkänt")
    protocol = page.get_by_role("link", name="Hämta gallringsprotokollet (PDF/A)")
    expect(protocol).to_be_visible(timeout=90_000)
    assert "records.tasks.apply_proposal" in celery_worker_process.output()
    assert_no_axe_violations(page)
    assert not Deviation.objects.filter(pk__in=[c.pk for c in cases]).exists()
    proposal = Proposal.objects.get(organisation__name="Exempelkommun")
    assert proposal.status == Proposal.Status.DONE
    with page.expect_download() as info:
        protocol.click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"%PDF-")
    text = " ".join(pdf_text(data, tmp_path).split())
    assert "Gallringsprotokoll" in text and "SN 2026/31 § 12" in text
    assert "Arkiv" in text or "arkiv" in text.lower()
    for case in cases:
        assert case.number in text or re.search(re.escape(case.number[:-2]), text)


def test_archivist_orders_an_e_archive_package_and_the_worker_builds_it(
    page: Page, demo_data, celery_worker_process
) -> None:
    log_in(page, "arkiv")
    page.goto("/arkiv/")
    page.get_by_role("link", name="Leveranser till e-arkiv").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Leveranser till e-arkiv")
    checked_page(page, "records-packages")
    page.get_by_label("Informationstyp").select_option(label="Avvikelse")
    page.get_by_label("Organisation").select_option(label="— Exempelkommun")
    today = timezone.localdate()
    page.get_by_label("Ärenden från").fill((today - datetime.timedelta(days=30)).isoformat())
    page.get_by_label("Ärenden till och med").fill(today.isoformat())
    page.get_by_role("button", name="Bygg paketet").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("E-arkivpaket QMS-")
    download = page.get_by_role("link", name="Hämta paketet (ZIP)")
    expect(download).to_be_visible(timeout=120_000)
    assert "records.tasks.build_package" in celery_worker_process.output()
    checked_page(page, "records-package")
    page.get_by_label("E-arkivets kvittens").fill("EA-2026-0042")
    page.get_by_role("button", name="Registrera leveransen").click()
    expect(page.locator("main")).to_contain_text("Kvittens: EA-2026-0042")
    assert_no_axe_violations(page)
