"""A finding's title is a statement, not the checklist question (a deviation filed from it
reads as what was found), made from the question and editable by those who work on the audit."""

from __future__ import annotations

import pytest
from django.urls import reverse

from audits import services
from audits.models import Grade
from tests.audits.conftest import answer_all, prepared
from tests.conftest import login
from tests.deviations.test_stale_edits import form_version

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "Finns mätbara kvalitetsmål med plan för hur de nås?",
            "Mätbara kvalitetsmål med plan för hur de nås",
        ),
        (
            "Är kvalitetspolicyn känd bland medarbetarna?",
            "Kvalitetspolicyn känd bland medarbetarna",
        ),
        ("Hur planeras förändringar?", "Hur planeras förändringar"),
        ("Finns?", "Finns"),
    ],
)
def test_statement_title_from_a_question(question, title):
    assert services.statement_title(question) == title


def graded_finding(cast):
    audit = prepared(cast)
    answer_all(audit, cast.auditor, {0: Grade.MINOR})
    finding = audit.findings.get()
    return audit, finding


def test_graded_answer_gives_a_statement_title_that_the_auditor_may_change(client, cast):
    audit, finding = graded_finding(cast)
    assert not finding.title.endswith("?")
    assert finding.title == services.statement_title(finding.answer.question_text)

    login(client, cast.auditor)
    url = reverse("audits:finding_title", args=[audit.pk, finding.pk])
    version = form_version(client.get(audit.get_absolute_url()), url)
    response = client.post(url, {"title": "Rutinerna är inte kända", "version": version})
    assert response.status_code == 302
    finding.refresh_from_db()
    assert finding.title == "Rutinerna är inte kända"

    # Saving the answer again keeps the title the auditor wrote.
    services.save_answer(finding.answer, by=cast.auditor, grade=Grade.MAJOR, notes="Ny")
    finding.refresh_from_db()
    assert (finding.title, finding.grade) == ("Rutinerna är inte kända", Grade.MAJOR)

    # A filed deviation carries the statement.
    services.perform_audit(audit, by=cast.auditor, performed_on=audit.planned_date)
    deviation = services.report_finding_deviation(finding, by=cast.auditor)
    assert deviation.title == "Rutinerna är inte kända"


def test_empty_or_stale_title_is_refused_and_keeps_what_was_typed(client, cast):
    audit, finding = graded_finding(cast)
    login(client, cast.auditor)
    url = reverse("audits:finding_title", args=[audit.pk, finding.pk])
    version = form_version(client.get(audit.get_absolute_url()), url)
    empty = client.post(url, {"title": "  ", "version": version})
    assert empty.status_code == 400
    services.retitle_finding(finding, by=cast.coordinator, title="Samordnarens rubrik")
    stale = client.post(url, {"title": "Revisorns rubrik", "version": version})
    assert stale.status_code == 400
    assert "Revisorns rubrik" in stale.content.decode()
    finding.refresh_from_db()
    assert finding.title == "Samordnarens rubrik"


def test_retitle_refused_to_other_roles_and_units(client, cast):
    audit, finding = graded_finding(cast)
    url = reverse("audits:finding_title", args=[audit.pk, finding.pk])
    for outsider in (cast.staff, cast.chef, cast.other_staff, cast.school_coordinator):
        login(client, outsider)
        assert client.post(url, {"title": "Intrång"}).status_code in (403, 404), outsider
    finding.refresh_from_db()
    assert finding.title != "Intrång"
