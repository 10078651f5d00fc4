"""Yearly quality reports (kvalitetsberättelser): the year's figures for a scope, publication
that freezes them and the PDF, and who may see what."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from audits.models import Grade
from deviations import services as deviation_services
from deviations.models import Action, Deviation
from qms.models import Notification
from reviews import services
from reviews.inputs import compile_year
from reviews.models import QualityReport
from tests.conftest import login
from tests.deviations.builders import make_deviations
from tests.pdfs import pdf_info, pdf_text
from tests.reviews.conftest import at, make_audit, make_feedback
from tests.reviews.test_inputs import IN_PERIOD, deviations_dataset

pytestmark = pytest.mark.django_db

YEAR = IN_PERIOD.year  # 2025: a year that is over
TEXTS = {
    "work_done": "Avvikelser gås igenom på varje arbetsplatsträff.",
    "actions_taken": "Rutinen för nattillsyn har skrivits om.",
    "results": "Fallolyckorna har minskat med en tredjedel.",
}


def make_report(cast, unit=None, year: int = YEAR, texts: dict | None = TEXTS) -> QualityReport:
    report = services.create_quality_report(
        by=cast.coordinator, unit=unit or cast.tree.social, year=year
    )
    if texts:
        report = services.save_quality_report_texts(report, by=cast.coordinator, **texts)
    return report


def published(cast, **kwargs) -> QualityReport:
    return services.publish_quality_report(make_report(cast, **kwargs), by=cast.coordinator)


def add_action(cast, unit, created: datetime.date, status: str, kind: str, due: datetime.date):
    action = deviation_services.create_action(
        None,
        by=cast.coordinator,
        kind=kind,
        title="Åtgärd",
        owner=cast.chef,
        unit=unit,
        due_date=due,
    )
    Action.objects.filter(pk=action.pk).update(created_at=at(created), status=status)
    return action


# The year's figures ---------------------------------------------------------------------------


def test_year_figures_count_the_scope_and_the_year_only(cast):
    deviations_dataset(cast)  # 5 in Socialförvaltningen in 2025, 3 before, 4 in Skolförvaltningen
    t = cast.tree
    make_feedback(t.solgarden, "complaint", IN_PERIOD, answered_at=at(IN_PERIOD))
    make_feedback(t.school, "complaint", IN_PERIOD)
    make_audit(t.solgarden, cast.coordinator, IN_PERIOD, grades=[Grade.MINOR, Grade.STRENGTH])
    make_audit(t.homecare, cast.coordinator, datetime.date(2026, 1, 5), grades=[Grade.MAJOR])

    figures = compile_year(t.social, YEAR)

    assert figures["period"] == ["2025-01-01", "2025-12-31"]
    assert figures["c4"]["total"] == 5
    assert figures["c4"]["closed"] == 2
    assert ["Lex Sarah", 1, 1] in figures["c4"]["legal_tracks"]
    assert (figures["c1"]["total"], figures["c1"]["answered"]) == (1, 1)
    assert figures["c6"]["performed"] == 1
    school = compile_year(t.school, YEAR)
    assert school["c4"]["total"] == 4 and school["c1"]["total"] == 1
    assert "Solgården" not in str(school) and "Hemtjänsten" not in str(school)


def test_actions_from_every_module_are_counted_by_kind(cast):
    t, A = cast.tree, Action
    late_due = datetime.date(2025, 6, 1)
    add_action(cast, t.solgarden, IN_PERIOD, A.Status.VERIFIED, A.Kind.CORRECTIVE, late_due)
    add_action(cast, t.homecare, IN_PERIOD, A.Status.DONE, A.Kind.CORRECTIVE, late_due)
    add_action(cast, t.homecare, IN_PERIOD, A.Status.PLANNED, A.Kind.IMPROVEMENT, late_due)
    before = datetime.date(2024, 5, 1)
    add_action(cast, t.solgarden, before, A.Status.PLANNED, A.Kind.CORRECTIVE, late_due)
    add_action(cast, t.school, IN_PERIOD, A.Status.PLANNED, A.Kind.CORRECTIVE, late_due)

    actions = compile_year(t.social, YEAR)["actions"]

    by_kind = {row[0]: row[1:] for row in actions["by_kind"]}
    # total, done, verified, open, late
    assert by_kind["Korrigerande åtgärd"] == [2, 2, 1, 0, 0]
    assert by_kind["Förbättring"] == [1, 0, 0, 1, 1]
    assert (actions["total"], actions["done"], actions["open"], actions["late"]) == (3, 2, 1, 1)


# Publication ---------------------------------------------------------------------------------


def test_publication_freezes_the_figures_and_the_pdf(cast):
    deviations_dataset(cast)
    report = published(cast)
    pdf_before = report.pdf.open("rb").read()
    assert report.snapshot["c4"]["total"] == 5

    # Later changes to the data: a case moved out of the scope, another one added.
    moved = Deviation.objects.filter(unit=cast.tree.solgarden, created_at__year=YEAR).first()
    Deviation.objects.filter(pk=moved.pk).update(unit=cast.tree.school)
    make_deviations(cast.tree.homecare, cast.participant, 3, created_at=at(IN_PERIOD))

    report.refresh_from_db()
    assert compile_year(cast.tree.social, YEAR)["c4"]["total"] == 7
    assert report.snapshot["c4"]["total"] == 5
    assert report.pdf.open("rb").read() == pdf_before
    with pytest.raises(ValidationError):
        services.save_quality_report_texts(report, by=cast.coordinator, **TEXTS)
    with pytest.raises(ValidationError):
        services.publish_quality_report(report, by=cast.coordinator)


def test_publication_needs_the_three_texts_and_a_year_that_is_over(cast):
    report = make_report(cast, texts={**TEXTS, "results": "  "})
    with pytest.raises(ValidationError, match="resultat"):
        services.publish_quality_report(report, by=cast.coordinator)
    this_year = make_report(cast, year=datetime.date.today().year)
    with pytest.raises(ValidationError, match="Året är inte slut"):
        services.publish_quality_report(this_year, by=cast.coordinator)
    assert not QualityReport.objects.filter(status=QualityReport.Status.PUBLISHED).exists()


def test_one_report_per_scope_and_year_and_only_by_its_coordinators(cast):
    make_report(cast)
    with pytest.raises(ValidationError, match="finns redan"):
        make_report(cast)
    with pytest.raises(PermissionDenied):
        services.create_quality_report(by=cast.school_coordinator, unit=cast.tree.social, year=YEAR)
    with pytest.raises(PermissionDenied):
        services.create_quality_report(by=cast.chair, unit=cast.tree.social, year=YEAR - 1)


def test_a_correction_is_a_revision_and_the_published_report_stays_as_it_was(cast, tmp_path):
    first = published(cast)
    pdf_before = first.pdf.open("rb").read()
    with pytest.raises(ValidationError, match="skälet"):
        services.revise_quality_report(first, by=cast.coordinator, reason="  ")
    with pytest.raises(ValidationError, match="Bara en publicerad"):
        services.revise_quality_report(
            make_report(cast, year=YEAR - 1), by=cast.coordinator, reason="Fel siffra"
        )
    with pytest.raises(PermissionDenied):
        services.revise_quality_report(first, by=cast.chair, reason="Fel siffra")

    reason = "Antalet fallolyckor i resultattexten var fel."
    revision = services.revise_quality_report(first, by=cast.coordinator, reason=reason)
    assert (revision.unit, revision.year, revision.status) == (first.unit, YEAR, "draft")
    assert {field: getattr(revision, field) for field in TEXTS} == TEXTS
    with pytest.raises(ValidationError, match="redan en revision"):
        services.revise_quality_report(first, by=cast.coordinator, reason=reason)

    corrected = "Fallolyckorna har minskat med en fjärdedel."
    services.save_quality_report_texts(
        revision, by=cast.coordinator, **{**TEXTS, "results": corrected}
    )
    revision = services.publish_quality_report(revision, by=cast.coordinator)
    first.refresh_from_db()
    assert first.is_published and first.results == TEXTS["results"]
    assert first.pdf.open("rb").read() == pdf_before
    text = " ".join(pdf_text(revision.pdf.open("rb").read(), tmp_path).split())
    assert corrected in text and reason in text
    notice = Notification.objects.get(event_key=f"quality-report-published:{revision.pk}")
    assert notice.recipient == cast.board and "rättad" in notice.subject


def test_coordinator_revises_from_the_page_and_the_board_sees_which_is_current(client, cast):
    first = published(cast)
    login(client, cast.coordinator)
    assert "Revidera kvalitetsberättelsen" in client.get(first.get_absolute_url()).content.decode()
    revise = reverse("reviews:quality_report_revise", args=[first.pk])

    refused = client.post(revise, {"reason": ""})
    assert refused.status_code == 400
    assert "Detta fält måste fyllas i." in refused.content.decode()

    response = client.post(revise, {"reason": "Fel siffra i resultaten."})
    revision = QualityReport.objects.get(revision_of=first)
    assert response.status_code == 302 and response["Location"] == revision.get_absolute_url()
    page = client.get(revision.get_absolute_url()).content.decode()
    assert "Revision av tidigare publicerad kvalitetsberättelse" in page
    assert "Fel siffra i resultaten." in page and "Spara texterna" in page
    page = client.get(first.get_absolute_url()).content.decode()
    assert "Revidera kvalitetsberättelsen" not in page and "(utkast)" in page

    # The board reads the first until the revision is published, then both, marked.
    login(client, cast.board)
    reports_page = client.get(reverse("reviews:reports")).content.decode()
    assert reports_page.count("Kvalitetsberättelse 2025") == 1
    assert "ersatt av revision" not in reports_page
    assert (
        reverse("reviews:quality_report_pdf", args=[first.pk])
        in client.get(reverse("home")).content.decode()
    )
    services.publish_quality_report(revision, by=cast.coordinator)
    reports_page = client.get(reverse("reviews:reports")).content.decode()
    assert reports_page.count("Kvalitetsberättelse 2025") == 2
    assert reports_page.count("ersatt av revision") == 1
    # The start-page panel lists only the current version.
    home = client.get(reverse("home")).content.decode()
    assert reverse("reviews:quality_report_pdf", args=[revision.pk]) in home
    assert reverse("reviews:quality_report_pdf", args=[first.pk]) not in home


def test_board_members_over_the_scope_are_told_once(cast):
    report = published(cast)
    notices = Notification.objects.filter(event_key=f"quality-report-published:{report.pk}")
    assert list(notices.values_list("recipient", flat=True)) == [cast.board.pk]
    assert notices.get().url == reverse("reviews:reports")


@pytest.mark.usefixtures("production_static")  # as production renders it
def test_pdf_has_every_chapter_the_texts_and_the_figures_and_is_tagged(cast, tmp_path):
    deviations_dataset(cast)
    report = published(cast)
    data = report.pdf.open("rb").read()
    text = " ".join(pdf_text(data, tmp_path).split())
    for heading in [
        "Kvalitetsberättelse 2025",
        "Socialförvaltningen",
        "Så har kvalitetsarbetet bedrivits",
        "Avvikelser",
        "Anmälningar: lex Sarah, lex Maria",
        "Synpunkter och klagomål",
        "Egenkontroll och internrevisioner",
        "Kvalitetsmål och nyckeltal",
        "Förbättringsarbete",
        "Vidtagna åtgärder",
        "Uppnådda resultat",
        *TEXTS.values(),
        "Rapporterade under perioden: 5.",
    ]:
        assert heading in text, heading
    info = " ".join(pdf_info(data, tmp_path).split())
    assert "Tagged: yes" in info


# Pages -----------------------------------------------------------------------------------------


@pytest.fixture
def reports(cast):
    """A published report of Socialförvaltningen and a draft of the next year."""
    return {"published": published(cast), "draft": make_report(cast, year=YEAR + 1, texts=None)}


def report_urls(reports) -> dict[str, tuple[str, str]]:
    p, d = reports["published"].pk, reports["draft"].pk
    return {
        "list": ("get", reverse("reviews:quality_report_list")),
        "create": ("get", reverse("reviews:quality_report_create")),
        "detail": ("get", reverse("reviews:quality_report_detail", args=[d])),
        "texts": ("post", reverse("reviews:quality_report_texts", args=[d])),
        "publish": ("post", reverse("reviews:quality_report_publish", args=[d])),
        "draft_pdf": ("get", reverse("reviews:quality_report_pdf", args=[d])),
        "published_detail": ("get", reverse("reviews:quality_report_detail", args=[p])),
        "revise": ("post", reverse("reviews:quality_report_revise", args=[p])),
    }


def statuses(client, user, reports) -> dict[str, int]:
    login(client, user)
    return {
        name: getattr(client, method)(url).status_code
        for name, (method, url) in report_urls(reports).items()
    }


def test_board_member_downloads_published_reports_of_their_scope_and_nothing_else(
    client, cast, reports
):
    login(client, cast.board)
    page = client.get(reverse("reviews:reports")).content.decode()
    assert "Kvalitetsberättelse 2025 – Socialförvaltningen" in page
    assert "Kvalitetsberättelse 2026" not in page  # the draft
    response = client.get(reverse("reviews:quality_report_pdf", args=[reports["published"].pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert statuses(client, cast.board, reports) == {
        "list": 403,
        "create": 403,
        "detail": 404,
        "texts": 404,
        "publish": 404,
        "draft_pdf": 404,
        "published_detail": 404,
        "revise": 404,
    }


def test_board_member_of_another_organisation_sees_no_report(client, cast, reports):
    login(client, cast.company_board)
    assert "Kvalitetsberättelse" not in client.get(reverse("reviews:reports")).content.decode()
    url = reverse("reviews:quality_report_pdf", args=[reports["published"].pk])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("who", ["school_coordinator", "chef", "area_chef"])
def test_readers_outside_the_scope_get_404_for_every_report(client, cast, reports, who):
    result = statuses(client, getattr(cast, who), reports)
    assert {k: v for k, v in result.items() if k not in ("list", "create")} == {
        "detail": 404,
        "texts": 404,
        "publish": 404,
        "draft_pdf": 404,
        "published_detail": 404,
        "revise": 404,
    }


def test_staff_and_anonymous_are_kept_out(client, cast, reports):
    assert set(statuses(client, cast.staff, reports).values()) <= {403, 404}
    client.logout()
    for method, url in report_urls(reports).values():
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/konto/login/" in response["Location"]


def test_chair_of_the_scope_reads_but_does_not_edit(client, cast, reports):
    login(client, cast.chair)  # chef of Socialförvaltningen
    page = client.get(reports["draft"].get_absolute_url())
    assert page.status_code == 200
    assert "Spara texterna" not in page.content.decode()
    result = statuses(client, cast.chair, reports)
    assert (result["texts"], result["revise"]) == (403, 403)
    assert not QualityReport.objects.filter(revision_of__isnull=False).exists()


def test_coordinator_creates_writes_and_publishes_from_the_pages(client, cast):
    deviations_dataset(cast)
    login(client, cast.coordinator)
    create = reverse("reviews:quality_report_create")
    response = client.post(create, {"unit": cast.tree.social.pk, "year": YEAR})
    report = QualityReport.objects.get()
    assert response.status_code == 302 and response["Location"] == report.get_absolute_url()

    # The same scope and year again: refused, with the choice kept.
    again = client.post(create, {"unit": cast.tree.social.pk, "year": YEAR})
    assert again.status_code == 200
    assert "finns redan" in again.content.decode()
    assert again.context["form"]["unit"].value() == str(cast.tree.social.pk)

    page = client.get(report.get_absolute_url()).content.decode()
    assert "Rapporterade under perioden: 5." in page and "Publicera kvalitetsberättelsen" in page

    # Publishing before the texts are written: a message, nothing published.
    publish = reverse("reviews:quality_report_publish", args=[report.pk])
    refused = client.post(publish, follow=True).content.decode()
    assert "innan kvalitetsberättelsen publiceras" in refused
    report.refresh_from_db()
    assert not report.is_published

    texts = reverse("reviews:quality_report_texts", args=[report.pk])
    assert client.post(texts, TEXTS).status_code == 302
    assert client.post(publish).status_code == 302
    report.refresh_from_db()
    assert report.is_published and report.published_by == cast.coordinator
    page = client.get(report.get_absolute_url()).content.decode()
    compiled = datetime.datetime.fromisoformat(report.snapshot["compiled_at"])
    shown = f"{timezone.localtime(compiled):%Y-%m-%d %H:%M}"
    assert f"Siffrorna är låsta vid publiceringen (sammanställda {shown})." in page
    assert "Spara texterna" not in page
    assert client.post(texts, TEXTS).status_code == 403


@pytest.mark.usefixtures("production_static")  # as production renders it
def test_draft_pdf_preview_is_rendered_from_the_data_now(client, cast, tmp_path):
    deviations_dataset(cast)
    report = make_report(cast)
    login(client, cast.chair)
    response = client.get(reverse("reviews:quality_report_pdf", args=[report.pk]))
    assert response.status_code == 200
    assert "utkast-kvalitetsberattelse-2025" in response["Content-Disposition"]
    text = pdf_text(b"".join(response.streaming_content), tmp_path)
    assert "Utkast – inte publicerat" in " ".join(text.split())


def report_page_queries(client, user, report) -> int:
    login(client, user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(report.get_absolute_url()).status_code == 200
    return len(queries)


def test_report_page_queries_do_not_grow_with_the_data(client, cast):
    report = make_report(cast)
    small = report_page_queries(client, cast.coordinator, report)
    deviations_dataset(cast)
    make_deviations(cast.tree.homecare, cast.participant, 300, created_at=at(IN_PERIOD))
    make_audit(cast.tree.homecare, cast.coordinator, IN_PERIOD, grades=["minor"] * 5)
    assert report_page_queries(client, cast.coordinator, report) == small
