"""The audit report PDF: its text, its tags, and that a closed audit's report is frozen."""

from __future__ import annotations

import pytest
from django.urls import reverse

from audits import services
from audits.models import Grade
from audits.reports import render_audit_pdf
from deviations import services as deviation_services
from deviations.models import Action
from qms.pdf import BASE_URL, StaticFilesOnly
from tests.audits.conftest import reported
from tests.conftest import login
from tests.pdfs import PageImage, pdf_fonts, pdf_info, pdf_text, word_boxes

# Static files as production serves them: hashed names from whitenoise's manifest.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("production_static")]

MM = 72 / 25.4  # points per millimetre
BLUE = (0x0B, 0x4F, 0x8A)  # report.css: the organisation's name, the header rule; the logo


def closed_with_findings(cast):
    audit = reported(cast, {0: Grade.MINOR, 1: Grade.STRENGTH, 2: Grade.OBSERVATION})
    for finding in audit.findings.exclude(grade=Grade.STRENGTH):
        for action in Action.objects.for_object(finding):
            deviation_services.complete_action(action, by=cast.chef, result="Klart")
        services.verify_finding(finding, by=cast.auditor, verification="Kontrollerat.")
    return services.close_audit(audit, by=cast.auditor)


def test_report_contains_findings_team_and_actions_and_is_tagged(cast, tmp_path) -> None:
    audit = reported(cast, {0: Grade.MINOR, 1: Grade.STRENGTH})
    data = render_audit_pdf(audit)
    text = " ".join(pdf_text(data, tmp_path).split())
    minor = audit.findings.get(grade=Grade.MINOR)
    strength = audit.findings.get(grade=Grade.STRENGTH)
    assert "Revisionsrapport" in text
    assert "Testkommun" in text  # the organisation's name
    assert "Mindre avvikelse" in text
    assert minor.title in text
    assert strength.title in text
    assert "Uppdatera rutinen för dokumentstyrning" in text  # the action
    assert str(cast.auditor) in text
    assert "Sida 1 av" in text
    info = pdf_info(data, tmp_path)
    assert "Tagged:          yes" in info
    assert "Page size:       595.276 x 841.89 pts (A4)" in info


def test_report_is_laid_out_by_its_stylesheet_with_the_logo_in_production(cast, tmp_path):
    """Issue 13 #6: with the manifest storage the PDF fetcher found neither report.css nor the
    logo by their hashed names; the text was all there, so only the look showed it."""
    data = render_audit_pdf(reported(cast, {0: Grade.MINOR}))
    # report.css sets DejaVu Sans everywhere, the page-margin boxes included (WeasyPrint's
    # default would be a serif font).
    assert pdf_fonts(data, tmp_path) == {"DejaVu-Sans", "DejaVu-Sans-Bold"}
    # @page margins 22 mm 18 mm: the text starts 18 mm from the left edge; the page numbers
    # sit in the bottom margin, the body between the margins.
    words = word_boxes(data, tmp_path)
    assert min(x for x, _y, _w in words) == pytest.approx(18 * MM, abs=1)
    footer = next(y for _x, y, word in words if word == "Sida")
    assert footer > 841.89 - 22 * MM
    header, title = (y for _x, y, word in words if word.startswith("Revisionsrapport"))
    assert header < 22 * MM < title < 80 * MM  # @top-right repeats the title in the margin
    # The colours: the logo (14 mm square at the top left of the body) and the organisation's
    # name beside it are blue.
    page = PageImage(data, tmp_path, dpi=72)
    logo = (18 * MM, 22 * MM, 32 * MM, 36 * MM)
    assert page.count(BLUE, box=logo) > 10
    assert page.count(BLUE, box=(36 * MM, 22 * MM, 120 * MM, 36 * MM)) > 10


def test_the_pdf_fetcher_finds_the_collected_files_by_their_hashed_names(production_static):
    from django.templatetags.static import static

    url = static("css/report.css")
    assert url != "/static/css/report.css"  # a hashed name, as production writes it
    response = StaticFilesOnly().fetch(BASE_URL.rstrip("/") + url)
    assert b"@page" in response.read()


def test_closed_report_is_frozen_and_served_from_the_stored_file(client, cast, tmp_path):
    audit = closed_with_findings(cast)
    stored = audit.report_pdf.read()
    audit.report_pdf.close()
    # Later changes to the records do not reach the closed report.
    audit.summary = "Ändrad efteråt"
    audit.save()
    audit.findings.update(title="Ändrad rubrik")
    login(client, cast.chef)
    response = client.get(reverse("audits:report_pdf", args=[audit.pk]))
    served = b"".join(response.streaming_content)
    assert served == stored
    text = pdf_text(served, tmp_path)
    assert "Ändrad" not in text
    assert "slutlig rapport" in text


def test_pdf_fetcher_serves_static_files_and_refuses_everything_else() -> None:
    fetcher = StaticFilesOnly()
    logo = fetcher.fetch(BASE_URL + "static/img/logo.svg")
    assert logo.read().lstrip().startswith(b"<")
    for url in (
        "https://example.com/static/img/logo.svg",
        "file:///etc/passwd",
        BASE_URL + "static/../../etc/passwd",
        BASE_URL + "media/secret.pdf",
        BASE_URL + "static/img/missing.svg",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
