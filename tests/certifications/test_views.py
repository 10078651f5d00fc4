"""Every view: who gets in (200), who is refused (403) or kept in the dark (404), and the forms."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certifications.models import Certificate, Cycle, CycleEvent, EvidenceItem
from tests.certifications.factories import make_certificate, standard
from tests.conftest import login

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"


def pdf_upload(name: str = "certifikat.pdf", content: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def new_certificate_data(units, responsible, **fields) -> dict:
    """What a coordinator fills in on the "Nytt certifikat" form."""
    return {
        "standard": standard(fields.pop("code", "iso-9001")).pk,
        "units": [unit.pk for unit in units],
        "issuer": "Nordisk Certifiering AB",
        "responsible": responsible.pk,
        "status": "active",
        "issue_date": "2025-01-10",
        **fields,
    }


def urls(certificate: Certificate) -> dict[str, str]:
    cycle = certificate.current_cycle
    return {
        "overview": reverse("certifications:overview"),
        "board": reverse("certifications:board"),
        "create": reverse("certifications:create"),
        "detail": reverse("certifications:detail", args=[certificate.pk]),
        "history": reverse("certifications:history", args=[certificate.pk]),
        "update": reverse("certifications:update", args=[certificate.pk]),
        "status": reverse("certifications:status", args=[certificate.pk]),
        "not_renewing": reverse("certifications:not_renewing", args=[certificate.pk]),
        "renew": reverse("certifications:renew", args=[certificate.pk]),
        "cycle_update": reverse("certifications:cycle_update", args=[cycle.pk]),
        "evidence": reverse("certifications:evidence", args=[cycle.pk]),
        "evidence_update": reverse(
            "certifications:evidence_update", args=[cycle.evidence.first().pk]
        ),
        "event_update": reverse("certifications:event_update", args=[cycle.events.first().pk]),
        "calendar": reverse("certifications:calendar"),
    }


# Who may open which page. Everyone else in the fixture gets the status given in REFUSED.
ALLOWED = {
    "overview": {"admin", "coordinator", "school_coordinator", "responsible", "unit_manager",
                 "company_manager", "auditor"},
    "board": {"admin", "coordinator", "school_coordinator", "board"},
    "create": {"admin", "coordinator", "school_coordinator"},
    "detail": {"admin", "coordinator", "responsible", "unit_manager", "auditor"},
    "history": {"admin", "coordinator", "responsible", "unit_manager", "auditor"},
    "update": {"admin", "coordinator"},
    "status": {"admin", "coordinator"},
    "not_renewing": {"admin", "coordinator"},
    "renew": {"admin", "coordinator"},
    "cycle_update": {"admin", "coordinator"},
    "evidence": {"admin", "coordinator", "responsible", "unit_manager", "auditor"},
    "evidence_update": {"admin", "coordinator", "responsible"},
    "event_update": {"admin", "coordinator", "responsible"},
    "calendar": {"admin", "coordinator", "school_coordinator", "responsible", "unit_manager",
                 "company_manager", "auditor", "staff", "board"},
}  # fmt: skip
# People who cannot see the certificate at all get 404 for its pages (they learn nothing).
OUT_OF_SCOPE = {"school_coordinator", "company_manager"}
OBJECT_PAGES = set(ALLOWED) - {"overview", "board", "create", "calendar"}
EVERYONE = ALLOWED["calendar"]


def expected_status(page: str, who: str) -> int:
    if who in ALLOWED[page]:
        return 200
    if page in OBJECT_PAGES and who in OUT_OF_SCOPE:
        return 404
    return 403


@pytest.mark.parametrize("page", sorted(ALLOWED))
def test_permission_matrix_for_every_page(client, people, certificate, page):
    url = urls(certificate)[page]
    for who in sorted(EVERYONE):
        client.logout()
        login(client, getattr(people, who))
        assert client.get(url).status_code == expected_status(page, who), (page, who)


@pytest.mark.parametrize("page", sorted(ALLOWED))
def test_anonymous_is_sent_to_login(client, certificate, page):
    url = urls(certificate)[page]
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith("/konto/login/?next=")


@pytest.mark.parametrize(
    "page", ["update", "status", "not_renewing", "renew", "cycle_update", "event_update"]
)
def test_refused_posts_change_nothing(client, people, certificate, page):
    before = Certificate.objects.filter(pk=certificate.pk).values().get()
    for who, status in (("unit_manager", 403), ("company_manager", 404), ("staff", 403)):
        login(client, getattr(people, who))
        assert client.post(urls(certificate)[page], {"status": "withdrawn"}).status_code == status
    assert Certificate.objects.filter(pk=certificate.pk).values().get() == before


def test_coordinator_registers_certificate_with_pdf_and_derived_expiry(client, tree, people):
    login(client, people.coordinator)
    data = new_certificate_data(
        [tree.company],
        people.company_manager,
        code="iso-14001",
        issue_date="2024-02-29",
        number="NC-1",
        certificate_file=pdf_upload(),
    )
    response = client.post(reverse("certifications:create"), data)
    certificate = Certificate.objects.get(standard__code="iso-14001")
    assert response.status_code == 302 and response.url == certificate.get_absolute_url()
    cycle = certificate.current_cycle
    assert cycle.expiry_date == datetime.date(2027, 2, 28)
    assert cycle.certificate_file_name == "certifikat.pdf"
    assert "certifikat.pdf" not in cycle.certificate_file.name  # stored under a random name

    download = client.get(reverse("certifications:cycle_file", args=[cycle.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"] == 'attachment; filename="certifikat.pdf"'
    assert b"".join(download.streaming_content) == PDF
    login(client, people.staff)
    assert client.get(reverse("certifications:cycle_file", args=[cycle.pk])).status_code == 403
    login(client, people.school_coordinator)
    assert client.get(reverse("certifications:cycle_file", args=[cycle.pk])).status_code == 404


def test_a_file_named_pdf_that_is_not_a_pdf_is_refused_and_input_kept(client, tree, people):
    login(client, people.coordinator)
    data = new_certificate_data(
        [tree.social],
        people.responsible,
        certificate_file=pdf_upload(content=b"<html><script>alert(1)</script></html>"),
    )
    response = client.post(reverse("certifications:create"), data)
    assert response.status_code == 200
    assert "Filen måste vara en PDF." in response.content.decode()
    assert 'value="Nordisk Certifiering AB"' in response.content.decode()
    assert not Certificate.objects.exists()


def test_coordinator_cannot_put_units_outside_their_subtree_in_scope(client, tree, people):
    login(client, people.school_coordinator)
    data = new_certificate_data([tree.social], people.school_coordinator)
    response = client.post(reverse("certifications:create"), data)
    assert response.status_code == 200 and not Certificate.objects.exists()


def test_expiry_override_without_reason_is_refused_and_with_reason_recorded(
    client, people, certificate
):
    login(client, people.coordinator)
    cycle = certificate.current_cycle
    url = reverse("certifications:cycle_update", args=[cycle.pk])
    data = {
        "number": "C-100",
        "issue_date": cycle.issue_date.isoformat(),
        "expiry_override": "2030-06-30",
    }
    response = client.post(url, {**data, "expiry_override_reason": ""})
    assert response.status_code == 200
    assert "Ange varför utgångsdatumet avviker från cykeln." in response.content.decode()
    assert 'value="2030-06-30"' in response.content.decode()

    response = client.post(
        url, {**data, "expiry_override_reason": "Beslut från certifieringsorganet."}
    )
    assert response.status_code == 302
    cycle.refresh_from_db()
    assert cycle.expiry_date == datetime.date(2030, 6, 30)
    page = client.get(certificate.get_absolute_url()).content.decode()
    assert "avviker från cykeln" in page and "Beslut från certifieringsorganet." in page


def test_responsible_records_surveillance_audit_result(client, people, certificate):
    login(client, people.responsible)
    event = certificate.current_cycle.events.get(name="Övervakningsrevision år 2")
    url = reverse("certifications:event_update", args=[event.pk])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    fields = {"planned_date": event.planned_date.isoformat(), "audit_reference": "R-7", "notes": ""}
    response = client.post(
        url, {**fields, "actual_date": tomorrow.isoformat(), "outcome": "passed"}
    )
    assert "Ett genomfört datum kan inte ligga i framtiden." in response.content.decode()

    today = timezone.localdate().isoformat()
    response = client.post(
        url,
        {**fields, "actual_date": today, "outcome": "findings", "notes": "En mindre avvikelse."},
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.actual_date.isoformat(), event.outcome) == (today, "findings")
    assert "En mindre avvikelse." in client.get(certificate.get_absolute_url()).content.decode()


def test_status_change_offers_only_allowed_transitions(client, people, certificate):
    login(client, people.coordinator)
    url = reverse("certifications:status", args=[certificate.pk])
    page = client.get(url).content.decode()
    assert 'value="suspended"' in page and 'value="planned"' not in page
    assert client.post(url, {"status": "planned"}).status_code == 200
    assert client.post(url, {"status": "suspended"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.SUSPENDED


def test_not_renewing_decision_is_recorded_with_date_person_and_reason(client, people, certificate):
    login(client, people.coordinator)
    url = reverse("certifications:not_renewing", args=[certificate.pk])
    assert client.post(url, {"decided_on": "2026-09-01", "reason": ""}).status_code == 200
    response = client.post(
        url, {"decided_on": "2026-09-01", "reason": "Vi behåller arbetssätten utan certifikat."}
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.NOT_RENEWING
    assert certificate.not_renewing_decided_by == people.coordinator
    assert certificate.not_renewing_decided_on == datetime.date(2026, 9, 1)


def test_renewal_needs_a_complete_checklist_and_prefills_the_next(client, people, certificate):
    login(client, people.coordinator)
    cycle = certificate.current_cycle
    first = cycle.evidence.order_by("order").first()
    response = client.post(
        reverse("certifications:evidence_update", args=[first.pk]),
        {"text": "Protokoll från tre genomgångar.", "done": "on", "document": pdf_upload("lg.pdf")},
    )
    assert response.status_code == 302
    renew_url = reverse("certifications:renew", args=[certificate.pk])
    issue = (cycle.issue_date + datetime.timedelta(days=900)).isoformat()
    response = client.post(renew_url, {"issue_date": issue, "number": "C-200"})
    assert (
        "Alla punkter i underlaget måste vara klara innan förnyelsen." in response.content.decode()
    )

    cycle.evidence.update(done=True)
    assert client.post(renew_url, {"issue_date": issue, "number": "C-200"}).status_code == 302
    new = Cycle.objects.current().get(certificate=certificate)
    copied = new.evidence.order_by("order").first()
    assert copied.text == "Protokoll från tre genomgångar." and not copied.done
    assert copied.document.name == first.document.name or copied.document_name == "lg.pdf"
    download = client.get(reverse("certifications:evidence_file", args=[copied.pk]))
    assert download["Content-Disposition"] == 'attachment; filename="lg.pdf"'


def test_marking_evidence_done_with_htmx_returns_the_entry_and_progress(
    client, people, certificate
):
    login(client, people.responsible)
    item = certificate.current_cycle.evidence.order_by("order").first()
    url = reverse("certifications:evidence_done", args=[item.pk])
    response = client.post(url, {"done": "1"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert f'id="item-{item.pk}"' in html and "Markera som ej klar" in html
    total = certificate.current_cycle.evidence.count()
    assert 'hx-swap-oob="true"' in html and f"1 av {total} punkter klara." in html

    response = client.post(url, {"done": "0"})
    assert response.status_code == 302 and response.url.endswith(f"#item-{item.pk}")
    item.refresh_from_db()
    assert not item.done and item.done_by is None
    login(client, people.unit_manager)
    assert client.post(url, {"done": "1"}, headers={"HX-Request": "true"}).status_code == 403


def test_overview_filters_with_htmx_fragment_and_shows_units_without_certificate(
    client, tree, people, certificate
):
    make_certificate(
        [tree.company], people.coordinator, code="iso-14001", issue_date=datetime.date(2025, 3, 1)
    )
    login(client, people.coordinator)
    page = client.get(reverse("certifications:overview")).content.decode()
    assert "Enheter utan certifikat" in page
    uncovered = page.split("Enheter utan certifikat")[1]
    assert "Skolförvaltningen" in uncovered and "Socialförvaltningen" not in uncovered
    assert "<svg" in page and "Händelser de kommande 36 månaderna" in page

    iso_14001 = standard("iso-14001").pk
    response = client.get(
        reverse("certifications:overview"), {"standard": iso_14001}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html and "ISO 14001" in html and "ISO 9001" not in html


def test_overview_and_board_query_counts_do_not_grow_with_certificates(client, tree, people):
    units = [tree.social, tree.school, tree.company, tree.solgarden, tree.homecare, tree.elderly]

    def count(page: str) -> int:
        login(client, people.coordinator)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(page)).status_code == 200
        return len(queries)

    make_certificate(units[:1], people.coordinator, issue_date=datetime.date(2025, 3, 1))
    small = count("certifications:overview"), count("certifications:board")
    for unit in units[1:]:
        make_certificate([unit], people.coordinator, issue_date=datetime.date(2025, 3, 1))
    large = count("certifications:overview"), count("certifications:board")
    assert small == large


def test_board_page_is_read_only_status(client, people, certificate):
    login(client, people.board)
    page = client.get(reverse("certifications:board")).content.decode()
    assert "ISO 9001:2015" in page and "Giltig" in page
    assert reverse("certifications:update", args=[certificate.pk]) not in page
    assert '<form method="post"' not in page.split("<main")[1]


def test_menu_shows_overview_to_coordinator_and_status_page_to_board(client, people, certificate):
    login(client, people.coordinator)
    assert 'href="/certifieringar/"' in client.get("/").content.decode()
    client.logout()
    login(client, people.board)
    page = client.get("/").content.decode()
    assert 'href="/certifieringar/styrelse/"' in page and 'href="/certifieringar/"' not in page
    client.logout()
    login(client, people.staff)
    assert "/certifieringar/" not in client.get("/").content.decode()


def test_event_and_evidence_lookups_are_scoped(client, people, certificate):
    event = CycleEvent.objects.filter(cycle__certificate=certificate).first()
    item = EvidenceItem.objects.filter(cycle__certificate=certificate).first()
    login(client, people.company_manager)
    for url in (
        reverse("certifications:event_update", args=[event.pk]),
        reverse("certifications:evidence_update", args=[item.pk]),
        reverse("certifications:evidence_file", args=[item.pk]),
    ):
        assert client.get(url).status_code == 404


def test_start_page_panel_lists_next_events_in_scope(client, people, certificate):
    login(client, people.unit_manager)
    page = client.get("/").content.decode()
    assert "Övervakningsrevision år 2, ISO 9001:2015" in page
    login(client, people.company_manager)
    assert "Övervakningsrevision år 2" not in client.get("/").content.decode()


def test_two_people_recording_one_event_the_later_is_refused_and_keeps_what_was_typed(
    people, certificate
):
    event = certificate.current_cycle.events.get(name="Övervakningsrevision år 2")
    url = reverse("certifications:event_update", args=[event.pk])
    responsible = login(Client(), people.responsible)
    coordinator = login(Client(), people.coordinator)
    versions = [
        re.search(r'name="version" value="([^"]+)"', c.get(url).content.decode()).group(1)
        for c in (responsible, coordinator)
    ]
    today = timezone.localdate().isoformat()
    fields = {"planned_date": event.planned_date.isoformat(), "audit_reference": "R-7"}
    saved = responsible.post(
        url,
        {**fields, "actual_date": today, "outcome": "passed", "notes": "", "version": versions[0]},
    )
    assert saved.status_code == 302
    refused = coordinator.post(
        url,
        {**fields, "actual_date": "", "outcome": "", "notes": "Flyttad.", "version": versions[1]},
    )
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Någon annan har sparat ändringar här" in html
    assert "Flyttad." in html
    event.refresh_from_db()
    assert (event.actual_date.isoformat(), event.notes) == (today, "")


def test_an_issue_date_in_year_9999_is_refused_with_a_message(client, tree, people, certificate):
    """Issue 13 #7: the date arithmetic of the cycle (ValueError) answered 500 on both forms."""
    login(client, people.coordinator)
    response = client.post(
        reverse("certifications:create"),
        new_certificate_data([tree.company], people.company_manager, issue_date="9999-12-31"),
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Ange ett datum mellan 1900-01-01 och 2200-12-31." in body
    assert 'value="9999-12-31"' in body
    assert Certificate.objects.count() == 1

    cycle = certificate.current_cycle
    response = client.post(
        reverse("certifications:cycle_update", args=[cycle.pk]),
        {"number": "C-100", "issue_date": "9999-12-31", "expiry_override": "0001-01-01"},
    )
    assert response.status_code == 200
    message = "Ange ett datum mellan 1900-01-01 och 2200-12-31."
    errors = response.context["form"].errors
    assert (errors["issue_date"], errors["expiry_override"]) == ([message], [message])
    before = cycle.issue_date
    cycle.refresh_from_db()
    assert cycle.issue_date == before


def test_coordinator_changes_the_scope_issuer_and_responsible(client, tree, people, certificate):
    login(client, people.coordinator)
    url = reverse("certifications:update", args=[certificate.pk])
    form = {
        "units": [tree.social.pk, tree.school.pk],
        "issuer": "Intertek Certifiering AB",
        "responsible": people.unit_manager.pk,
    }
    assert client.post(url, {**form, "issuer": ""}).status_code == 200  # shown again
    response = client.post(url, form)
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.issuer == "Intertek Certifiering AB"
    assert certificate.responsible == people.unit_manager
    assert set(certificate.units.all()) == {tree.social, tree.school}
