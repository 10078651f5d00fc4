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
from tests.pdfs import pdf_info, pdf_text

pytestmark = pytest.mark.django_db


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
