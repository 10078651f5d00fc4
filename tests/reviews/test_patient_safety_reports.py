"""The yearly patient safety report (patientsäkerhetsberättelse): the health care's figures
for a scope and year, every heading of SKR's template written before publication, publication
that freezes it, revisions, who may see what, and the PDF as a reader sees it."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from deviations.models import Deviation, LegalTrack, LegalTrackKind
from qms.models import Notification
from reviews import services
from reviews.inputs import compile_patient_safety_year
from reviews.models import PatientSafetyReport
from tests.conftest import login
from tests.deviations.builders import make_deviations
from tests.pdfs import pdf_text
from tests.reviews.conftest import at, make_category, make_feedback
from tests.reviews.test_inputs import BEFORE, IN_PERIOD
from tests.reviews.test_pack_layout import keep_pages, page_texts

pytestmark = pytest.mark.django_db

YEAR = IN_PERIOD.year  # 2025: a year that is over
TEXTS = {
    name: f"Text under {name}: skriven av samordnaren." for name in PatientSafetyReport.TEXT_FIELDS
}
# SKR's template, as the headings read in the report.
HEADINGS = [
    "Övergripande mål och strategier",
    "Organisatoriskt ansvar för patientsäkerhetsarbetet",
    "Struktur för uppföljning och utvärdering",
    "Samverkan för att förebygga vårdskador",
    "Riskanalys",
    "Egenkontroll",
    "Avvikelser",
    "Klagomål och synpunkter",
    "Sammanfattande analys",
    "Resultat",
    "Mål och strategier för kommande år",
]


def health_care_dataset(cast) -> dict:
    """In Socialförvaltningen in 2025: 3 falls (a category marked HSL; 2 risk-assessed high, 1
    critical), 2 under a medication category whose parent is marked HSL (not assessed), 1
    Arbetsmiljö case that is not health care; 1 fall in 2024; 2 falls in the school. Two lex
    Maria tracks: one reported to IVO with the patient told, one assessed as not reportable."""
    t = cast.tree
    care = make_category("Vård och omsorg")
    falls = make_category("Fall", parent=care)
    falls.is_health_care = True
    falls.save()
    hsl = make_category("Hälso- och sjukvård")
    hsl.is_health_care = True
    hsl.save()
    medication = make_category("Läkemedel", parent=hsl)
    work = make_category("Arbetsmiljö")
    high = make_deviations(
        t.solgarden,
        cast.participant,
        2,
        created_at=at(IN_PERIOD),
        category=falls,
        probability=3,
        consequence=3,
    )
    critical = make_deviations(
        t.homecare,
        cast.participant,
        1,
        created_at=at(IN_PERIOD),
        category=falls,
        probability=4,
        consequence=4,
        is_confidential=True,
        title="Sekretessmarkerad fallolycka hos brukare",
        status=Deviation.Status.CLOSED,
    )
    make_deviations(t.solgarden, cast.participant, 2, created_at=at(IN_PERIOD), category=medication)
    make_deviations(t.solgarden, cast.participant, 1, created_at=at(IN_PERIOD), category=work)
    make_deviations(t.solgarden, cast.participant, 1, created_at=at(BEFORE), category=falls)
    make_deviations(t.school, cast.participant, 2, created_at=at(IN_PERIOD), category=falls)
    LegalTrack.objects.create(
        deviation=critical[0],
        kind=LegalTrackKind.LEX_MARIA,
        flagged_by=cast.chair,
        flagged_at=at(datetime.date(2025, 3, 11)),
        aware_at=at(datetime.date(2025, 3, 10)),
        status=LegalTrack.Status.REPORTED,
        reported_at=at(datetime.date(2025, 3, 12)),
        patient_informed=True,
    )
    LegalTrack.objects.create(
        deviation=high[0],
        kind=LegalTrackKind.LEX_MARIA,
        flagged_by=cast.chair,
        flagged_at=at(datetime.date(2025, 3, 11)),
        aware_at=at(datetime.date(2025, 3, 10)),
        status=LegalTrack.Status.NOT_REPORTABLE,
    )
    make_feedback(t.solgarden, "complaint", IN_PERIOD, answered_at=at(IN_PERIOD))
    return {"confidential_title": critical[0].title}


def make_report(cast, year: int = YEAR, texts: dict | None = TEXTS) -> PatientSafetyReport:
    report = services.create_yearly_report(
        PatientSafetyReport, by=cast.coordinator, unit=cast.tree.social, year=year
    )
    if texts:
        report = services.save_yearly_report_texts(report, by=cast.coordinator, **texts)
    return report


def published(cast) -> PatientSafetyReport:
    return services.publish_yearly_report(make_report(cast), by=cast.coordinator)


# The figures -----------------------------------------------------------------------------------


def test_health_care_figures_count_hsl_categories_risk_levels_and_lex_maria(cast):
    health_care_dataset(cast)
    figures = compile_patient_safety_year(cast.tree.social, YEAR)

    hsl = figures["hsl"]
    # A category marked HSL, and a category under a parent marked HSL; not Arbetsmiljö.
    assert hsl["total"] == 5 and hsl["previous"] == 1 and hsl["still_open"] == 4
    assert hsl["by_category"] == [
        ["Vård och omsorg › Fall", 3],
        ["Hälso- och sjukvård › Läkemedel", 2],
    ]
    assert hsl["by_level"] == [
        ["Kritisk", 1],
        ["Hög", 2],
        ["Medel", 0],
        ["Låg", 0],
        ["Inte riskbedömd", 2],
    ]
    assert figures["lex_maria"] == {
        "flagged": 2,
        "not_reportable": 1,
        "reported": 1,
        "decided": 0,
        "still_open": 1,
        "patient_informed": 1,
    }
    # The whole scope's figures come with it, as in the quality report.
    assert figures["c4"]["total"] == 6 and figures["c1"]["total"] == 1
    school = compile_patient_safety_year(cast.tree.school, YEAR)
    assert school["hsl"]["total"] == 2 and school["lex_maria"]["flagged"] == 0


# Publication -----------------------------------------------------------------------------------


def test_every_heading_is_written_before_publication_and_publication_freezes_it(cast):
    health_care_dataset(cast)
    report = make_report(cast, texts={**TEXTS, "risk_analysis": " ", "next_year": ""})
    with pytest.raises(ValidationError) as refused:
        services.publish_yearly_report(report, by=cast.coordinator)
    assert "riskanalys, mål och strategier för kommande år" in refused.value.messages[0]
    this_year = make_report(cast, year=datetime.date.today().year)
    with pytest.raises(ValidationError, match="Året är inte slut"):
        services.publish_yearly_report(this_year, by=cast.coordinator)

    report = services.save_yearly_report_texts(report, by=cast.coordinator, **TEXTS)
    report = services.publish_yearly_report(report, by=cast.coordinator)
    pdf_before = report.pdf.open("rb").read()
    assert report.snapshot["hsl"]["total"] == 5
    notice = Notification.objects.get(event_key=f"patient-safety-report-published:{report.pk}")
    assert notice.recipient == cast.board

    # Later data does not reach it; nothing can be changed.
    make_deviations(cast.tree.solgarden, cast.participant, 2, created_at=at(IN_PERIOD))
    report.refresh_from_db()
    assert report.snapshot["hsl"]["total"] == 5
    assert report.pdf.open("rb").read() == pdf_before
    with pytest.raises(ValidationError, match="publicerad och kan inte ändras"):
        services.save_yearly_report_texts(report, by=cast.coordinator, **TEXTS)
    with pytest.raises(ValidationError):
        services.publish_yearly_report(report, by=cast.coordinator)
    # One per scope and year.
    with pytest.raises(ValidationError, match="finns redan en patientsäkerhetsberättelse"):
        make_report(cast)


def test_a_correction_is_a_revision_that_replaces_it_for_the_board(client, cast):
    first = published(cast)
    with pytest.raises(ValidationError, match="skälet"):
        services.revise_yearly_report(first, by=cast.coordinator, reason=" ")
    revision = services.revise_yearly_report(first, by=cast.coordinator, reason="Fel siffra.")
    assert revision.goals == TEXTS["goals"] and not revision.is_published
    with pytest.raises(ValidationError, match="redan en revision"):
        services.revise_yearly_report(first, by=cast.coordinator, reason="Igen.")
    services.publish_yearly_report(revision, by=cast.coordinator)
    assert Notification.objects.filter(
        event_key=f"patient-safety-report-published:{revision.pk}",
        subject__startswith="En rättad patientsäkerhetsberättelse",
    ).exists()
    login(client, cast.board)
    page = client.get(reverse("reviews:reports")).content.decode()
    assert page.count("Patientsäkerhetsberättelse 2025 – Socialförvaltningen") == 2
    assert "ersatt av revision" in page
    start = client.get(reverse("home")).content.decode()
    assert revision.pdf_url in start and first.pdf_url not in start


# Pages and permissions -------------------------------------------------------------------------


@pytest.fixture
def reports(cast):
    """A published report of Socialförvaltningen and a draft of the next year."""
    return {"published": published(cast), "draft": make_report(cast, year=YEAR + 1, texts=None)}


def report_urls(reports) -> dict[str, tuple[str, str]]:
    p, d = reports["published"].pk, reports["draft"].pk
    name = "reviews:patient_safety_report_"
    return {
        "list": ("get", reverse(name + "list")),
        "create": ("get", reverse(name + "create")),
        "detail": ("get", reverse(name + "detail", args=[d])),
        "texts": ("post", reverse(name + "texts", args=[d])),
        "publish": ("post", reverse(name + "publish", args=[d])),
        "draft_pdf": ("get", reverse(name + "pdf", args=[d])),
        "published_detail": ("get", reverse(name + "detail", args=[p])),
        "published_pdf": ("get", reverse(name + "pdf", args=[p])),
        "revise": ("post", reverse(name + "revise", args=[p])),
    }


def statuses(client, user, reports) -> dict[str, int]:
    login(client, user)
    return {
        name: getattr(client, method)(url).status_code
        for name, (method, url) in report_urls(reports).items()
    }


HIDDEN = {
    "detail": 404,
    "texts": 404,
    "publish": 404,
    "draft_pdf": 404,
    "published_detail": 404,
    "revise": 404,
}


def test_permission_matrix_of_every_page(client, cast, reports):
    # The board member over the scope downloads the published PDF and nothing else.
    assert statuses(client, cast.board, reports) == {
        "list": 403,
        "create": 403,
        "published_pdf": 200,
        **HIDDEN,
    }
    # A board member of another organisation, readers outside the scope: nothing of it.
    for user in (cast.company_board, cast.school_coordinator, cast.chef, cast.area_chef):
        result = statuses(client, user, reports)
        assert {k: v for k, v in result.items() if k not in ("list", "create")} == {
            **HIDDEN,
            "published_pdf": 404,
        }, user
    assert set(statuses(client, cast.staff, reports).values()) <= {403, 404}
    # The chef of the scope reads but does not write.
    chair = statuses(client, cast.chair, reports)
    assert (chair["detail"], chair["draft_pdf"], chair["published_pdf"]) == (200, 200, 200)
    assert (chair["texts"], chair["publish"], chair["revise"], chair["create"]) == (
        403,
        403,
        403,
        403,
    )
    client.logout()
    for method, url in report_urls(reports).values():
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/konto/login/" in response["Location"]
    assert not PatientSafetyReport.objects.filter(revision_of__isnull=False).exists()


def test_coordinator_creates_writes_and_publishes_from_the_pages(client, cast):
    health_care_dataset(cast)
    login(client, cast.coordinator)
    create = reverse("reviews:patient_safety_report_create")
    response = client.post(create, {"unit": cast.tree.social.pk, "year": YEAR})
    report = PatientSafetyReport.objects.get()
    assert response.status_code == 302 and response["Location"] == report.get_absolute_url()
    again = client.post(create, {"unit": cast.tree.social.pk, "year": YEAR})
    assert "finns redan en patientsäkerhetsberättelse" in again.content.decode()

    page = client.get(report.get_absolute_url()).content.decode()
    for heading in HEADINGS:
        assert f">{heading}</h2>" in page, heading
    assert "Rapporterade 2025 i kategorier för hälso- och sjukvård: 5 (året innan: 1)." in page
    texts = reverse("reviews:patient_safety_report_texts", args=[report.pk])
    publish = reverse("reviews:patient_safety_report_publish", args=[report.pk])
    refused = client.post(publish, follow=True).content.decode()
    assert "innan patientsäkerhetsberättelsen publiceras" in refused

    # Bad input keeps what was typed: a stale version is refused with the texts kept.
    form = client.get(report.get_absolute_url()).context["form"]
    version = form["version"].value()
    assert client.post(texts, {**TEXTS, "version": version}).status_code == 302
    stale = client.post(texts, {**TEXTS, "goals": "Mitt utkast", "version": version})
    assert stale.status_code == 400 and "Mitt utkast" in stale.content.decode()

    assert client.post(publish).status_code == 302
    report.refresh_from_db()
    assert report.is_published and report.goals == TEXTS["goals"]
    listing = client.get(reverse("reviews:patient_safety_report_list")).content.decode()
    assert "Patientsäkerhetsberättelse 2025" in listing and "Publicerad" in listing

    # A correction through the page: an empty reason is refused, a reason makes the revision.
    revise = reverse("reviews:patient_safety_report_revise", args=[report.pk])
    assert client.post(revise, {"reason": " "}).status_code == 400
    revised = client.post(revise, {"reason": "Fel siffra i avvikelserna."})
    assert revised.status_code == 302
    assert type(report).objects.get(revision_of=report).get_absolute_url() == revised["Location"]


@pytest.mark.usefixtures("production_static")  # as production renders it
def test_the_pdf_has_page_one_every_heading_and_the_figures(cast, tmp_path):
    secrets = health_care_dataset(cast)
    report = make_report(cast)
    report = services.save_yearly_report_texts(
        report,
        by=cast.coordinator,
        **TEXTS,
        messages="Fallen ökade under året.\nLäkemedelsavvikelserna ska minska.",
        decisions_asked="Nämnden godkänner patientsäkerhetsberättelsen.",
    )
    report = services.publish_yearly_report(report, by=cast.coordinator)
    data = report.pdf.open("rb").read()
    keep_pages(data, "patient-safety-report")
    pages = page_texts(data, tmp_path)
    one = " ".join(pages[0].split())
    assert "Patientsäkerhetsberättelse 2025" in one and "Sammanfattning" in one
    assert "Fallen ökade under året." in one
    assert "Nämnden godkänner patientsäkerhetsberättelsen." in one
    text = " ".join(pdf_text(data, tmp_path).split())
    for heading in HEADINGS:
        assert text.count(heading) >= 2, heading  # in the contents and as a chapter
    for name in PatientSafetyReport.TEXT_FIELDS:
        assert TEXTS[name] in text
    assert "Rapporterade 2025 i kategorier för hälso- och sjukvård: 5 (året innan: 1)." in text
    assert "Vård och omsorg › Fall 3" in text and "Hälso- och sjukvård › Läkemedel 2" in text
    assert "Kritisk 1 Hög 2 Medel 0 Låg 0 Inte riskbedömd 2" in text
    assert "Anmälda till IVO 1" in text and "Patienten eller närstående informerad 1" in text
    # Counts only: no case is named, a confidential one least of all.
    assert secrets["confidential_title"] not in text
    assert "Inte skrivet ännu." not in text
