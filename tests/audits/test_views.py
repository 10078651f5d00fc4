"""Audit pages: who may see and do what, the htmx fragments, and stable query counts."""

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

from audits import services
from audits.models import Audit, Evidence, Grade
from deviations.models import Action, Deviation
from qms.models import Membership, Role
from tests.audits.conftest import add_action, performed, plan, prepared, reported
from tests.conftest import login
from tests.deviations.builders import make_deviations
from tests.factories import make_user

pytestmark = pytest.mark.django_db

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def closed(cast) -> Audit:
    audit = reported(cast, {0: Grade.STRENGTH})
    return services.close_audit(audit, by=cast.auditor)


def status_for(client, user, url: str, method: str = "get", **data) -> int:
    client.logout()
    if user is not None:
        login(client, user)
    return getattr(client, method)(url, data).status_code


# The permission matrix -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("coordinator", 200),
        ("auditor", 200),
        ("chef", 200),
        ("staff", 200),
        ("area_staff", 200),
        ("other_staff", 404),
        ("sibling_chef", 404),
        ("school_coordinator", 404),
        ("board", 404),
    ],
)
def test_who_sees_an_audit(client, cast, who, expected) -> None:
    audit = plan(cast)
    assert status_for(client, getattr(cast, who), audit.get_absolute_url()) == expected


def test_an_auditor_on_the_team_sees_an_audit_outside_their_scope(client, cast) -> None:
    audit = plan(cast)
    services.add_team_member(audit, by=cast.coordinator, user=cast.sibling_chef, role="contact")
    assert status_for(client, cast.sibling_chef, audit.get_absolute_url()) == 200


AUDIT_URLS = [
    ("detail", "get", {}),
    ("checklist", "get", {}),
    ("team_add", "post", {}),
    ("transition", "post", {"transition": "forbered"}),
    ("finding_create", "post", {}),
    ("report_pdf", "get", {}),
]


@pytest.mark.parametrize(("name", "method", "kwargs"), AUDIT_URLS)
def test_anonymous_is_sent_to_login_from_every_audit_page(client, cast, name, method, kwargs):
    audit = prepared(cast)
    url = reverse(f"audits:{name}", kwargs={"pk": audit.pk, **kwargs})
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize(("name", "method", "kwargs"), AUDIT_URLS)
def test_staff_of_an_unaudited_unit_gets_404_on_every_audit_page(
    client, cast, name, method, kwargs
) -> None:
    audit = performed(cast)
    url = reverse(f"audits:{name}", kwargs={"pk": audit.pk, **kwargs})
    assert status_for(client, cast.other_staff, url, method) == 404


@pytest.mark.parametrize("name", ["checklist", "team_add", "finding_create"])
def test_auditees_cannot_work_on_the_audit(client, cast, name) -> None:
    audit = prepared(cast)
    url = reverse(f"audits:{name}", args=[audit.pk])
    method = "get" if name == "checklist" else "post"
    assert status_for(client, cast.chef, url, method) == 403
    assert status_for(client, cast.staff, url, method) == 403


def test_auditee_cannot_move_the_audit(client, cast) -> None:
    audit = plan(cast)
    services.add_team_member(audit, by=cast.coordinator, user=cast.auditor, role="lead")
    url = reverse("audits:transition", args=[audit.pk, "forbered"])
    assert status_for(client, cast.chef, url, "post") == 403
    audit.refresh_from_db()
    assert audit.status == Audit.Status.PLANNED


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("coordinator", 200),
        ("chef", 200),
        ("staff", 200),
        ("board", 200),
        ("other_staff", 404),
        ("school_coordinator", 404),
    ],
)
def test_who_downloads_the_closed_report(client, cast, who, expected) -> None:
    audit = closed(cast)
    url = reverse("audits:report_pdf", args=[audit.pk])
    assert status_for(client, getattr(cast, who), url) == expected


def test_board_member_sees_no_report_before_the_audit_is_closed(client, cast) -> None:
    audit = reported(cast)
    url = reverse("audits:report_pdf", args=[audit.pk])
    assert status_for(client, cast.board, url) == 404
    assert status_for(client, cast.chef, url) == 200  # the draft, for the auditee


def test_no_report_before_the_audit_is_performed(client, cast) -> None:
    audit = prepared(cast)
    assert (
        status_for(client, cast.coordinator, reverse("audits:report_pdf", args=[audit.pk])) == 404
    )


@pytest.mark.parametrize(
    ("who", "expected"),
    [("coordinator", 200), ("auditor", 200), ("chef", 200), ("staff", 200), ("board", 403)],
)
def test_who_sees_the_programme(client, cast, who, expected) -> None:
    plan(cast)
    assert status_for(client, getattr(cast, who), reverse("audits:programme")) == expected


def test_programme_lists_only_audits_the_user_may_see(client, cast) -> None:
    plan(cast, title="Revision av Solgården")
    plan(cast, title="Revision av Hemtjänsten", unit=cast.tree.homecare)
    login(client, cast.staff)
    content = client.get(reverse("audits:programme")).content.decode()
    assert "Revision av Solgården" in content
    assert "Revision av Hemtjänsten" not in content


@pytest.mark.parametrize(
    ("who", "expected"), [("coordinator", 200), ("auditor", 200), ("staff", 403), ("board", 403)]
)
def test_who_sees_the_coverage_matrix(client, cast, who, expected) -> None:
    assert status_for(client, getattr(cast, who), reverse("audits:coverage")) == expected


@pytest.mark.parametrize(
    ("who", "reads", "edits"),
    [
        ("group_coordinator", 200, 200),
        ("coordinator", 200, 403),  # the kommun's: the bank is the whole group's
        ("auditor", 403, 403),
        ("chef", 403, 403),
    ],
)
def test_who_edits_the_question_bank(client, cast, who, reads, edits) -> None:
    user = (
        make_user(cast.tree.group, Role.COORDINATOR)
        if who == "group_coordinator"
        else getattr(cast, who)
    )
    assert status_for(client, user, reverse("audits:question_bank")) == reads
    assert status_for(client, user, reverse("audits:question_create")) == edits


def test_coordinator_adds_a_question_to_the_bank(client, cast) -> None:
    from audits.models import Criterion

    criterion = Criterion.objects.get(framework="iso9001", reference="7")
    login(client, make_user(cast.tree.group, Role.COORDINATOR))
    response = client.post(
        reverse("audits:question_create"),
        {
            "criterion": criterion.pk,
            "text": "Finns en aktuell kompetensplan?",
            "order": 9,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assert criterion.questions.filter(text="Finns en aktuell kompetensplan?").exists()


def test_group_coordinator_adds_a_criterion_and_edits_a_question(client, cast) -> None:
    from audits.models import Criterion, Question

    login(client, make_user(cast.tree.group, Role.COORDINATOR))
    response = client.post(
        reverse("audits:criterion_create"),
        {"framework": "own", "reference": "N9", "title": "Rutin för nyckelhantering", "order": 1},
    )
    assert response.status_code == 302 and response["Location"] == reverse("audits:question_bank")
    criterion = Criterion.objects.get(framework="own", reference="N9")
    assert criterion.title == "Rutin för nyckelhantering" and not criterion.is_active

    question = Question.objects.filter(criterion__framework="iso9001").first()
    url = reverse("audits:question_update", args=[question.pk])
    form = {"criterion": criterion.pk, "text": "Kvitteras nycklar ut?", "order": 2}
    assert client.post(url, {**form, "text": ""}).status_code == 200  # the form, with the error
    assert client.post(url, {**form, "is_active": "on"}).status_code == 302
    question.refresh_from_db()
    assert (question.criterion, question.text, question.is_active) == (
        criterion,
        "Kvitteras nycklar ut?",
        True,
    )
    login(client, cast.coordinator)  # the kommun's coordinator: the bank is the group's
    assert client.post(url, {**form, "text": "Ändrat"}).status_code == 403


# The programme, coverage and planning --------------------------------------------------------


def test_programme_shows_deviation_and_finding_counts_for_the_unit(client, cast) -> None:
    from tests.deviations.conftest import report

    report(cast)  # a deviation at Solgården
    plan(cast, planned_date=timezone.localdate())
    login(client, cast.coordinator)
    response = client.get(reverse("audits:programme"))
    audit = next(a for a in response.context["audits"] if a.unit == cast.tree.solgarden)
    assert audit.recent_deviations == 1
    assert audit.earlier_nonconformities == 0


def programme_count(client, user, unit) -> int:
    login(client, user)
    response = client.get(reverse("audits:programme"))
    assert response.status_code == 200
    return next(a for a in response.context["audits"] if a.unit == unit).recent_deviations


@pytest.mark.parametrize("few_units", [500, 0], ids=["per unit", "per audit"])
def test_audit_programme_counts_only_the_deviations_the_viewer_may_read(
    client, cast, monkeypatch, few_units
):
    # Both ways of counting (a viewer who reads a few units, or a large scope) agree.
    monkeypatch.setattr("audits.views.FEW_UNITS", few_units)
    solgarden = cast.tree.solgarden
    colleague = make_user(solgarden, Role.STAFF)
    make_deviations(solgarden, cast.staff, 1)  # her own
    make_deviations(solgarden, colleague, 2)  # a colleague's
    make_deviations(solgarden, colleague, 3, is_confidential=True)
    plan(cast)
    assert Deviation.objects.filter(unit=solgarden).count() == 6
    # Staff read their own cases only; the chef all but the confidential ones; a chef with
    # access to confidential cases all of them.
    assert programme_count(client, cast.staff, solgarden) == 1
    assert programme_count(client, cast.chef, solgarden) == 3
    Membership.objects.filter(user=cast.chef).update(sensitive_access=True)
    assert programme_count(client, cast.chef, solgarden) == 6
    # The count stops one past the limit, and the page says "more than".
    monkeypatch.setattr("audits.views.RECENT_LIMIT", 4)
    assert programme_count(client, cast.chef, solgarden) == 5
    assert '<td class="num">4+</td>' in client.get(reverse("audits:programme")).content.decode()


@pytest.mark.parametrize("few_units", [500, 0], ids=["per unit", "per audit"])
def test_audit_programme_counts_each_audited_units_whole_subtree(
    client, cast, monkeypatch, few_units
):
    # Audits of a division, of one of its units and of a unit beside it: each counts its own
    # subtree, the division its units' cases too, and neither the other's.
    monkeypatch.setattr("audits.views.FEW_UNITS", few_units)
    tree = cast.tree
    make_deviations(tree.elderly, cast.coordinator, 1)
    make_deviations(tree.solgarden, cast.coordinator, 2)
    make_deviations(tree.homecare, cast.coordinator, 4)
    make_deviations(tree.school, cast.coordinator, 8)
    old = timezone.now() - datetime.timedelta(days=400)  # before the year the page counts
    make_deviations(tree.solgarden, cast.coordinator, 16, created_at=old)
    for unit in (tree.elderly, tree.solgarden, tree.school):
        plan(cast, unit=unit)
    counts = {
        unit: programme_count(client, cast.coordinator, unit)
        for unit in (tree.elderly, tree.solgarden, tree.school)
    }
    assert counts == {tree.elderly: 7, tree.solgarden: 2, tree.school: 8}


def test_coordinator_creates_a_programme_once_per_unit_and_year(client, cast) -> None:
    from audits.models import Programme

    login(client, cast.coordinator)
    form = {"unit": cast.tree.kommun.pk, "year": 2031, "objectives": "Alla enheter vart tredje år."}
    response = client.post(reverse("audits:programme_create"), form)
    assert response.status_code == 302
    assert response["Location"] == reverse("audits:programme") + "?ar=2031"
    programme = Programme.objects.get(unit=cast.tree.kommun, year=2031)
    assert programme.created_by == cast.coordinator

    again = client.post(reverse("audits:programme_create"), form)
    assert again.status_code == 200
    assert "Revisionsprogram med samma Omfattar och År finns redan." in again.content.decode()
    login(client, cast.school_coordinator)  # the kommun is not theirs to plan
    refused = client.post(reverse("audits:programme_create"), {**form, "year": 2032})
    assert refused.status_code == 200 and not Programme.objects.filter(year=2032).exists()


def test_auditor_records_a_finding_outside_the_checklist(client, cast) -> None:
    audit = prepared(cast)
    login(client, cast.auditor)
    url = reverse("audits:finding_create", args=[audit.pk])
    response = client.post(
        url, {"grade": "opportunity", "title": "Inför digital signering", "description": "Idé"}
    )
    assert response.status_code == 302 and response["Location"] == audit.get_absolute_url()
    finding = audit.findings.get(title="Inför digital signering")
    assert (finding.grade, finding.description) == ("opportunity", "Idé")
    refused = client.post(url, {"grade": "conforms", "title": "Allt bra"})
    assert refused.status_code == 400
    assert "Välj ett giltigt alternativ. conforms finns inte" in refused.content.decode()


def test_programme_year_switch_returns_the_fragment_for_htmx(client, cast) -> None:
    login(client, cast.coordinator)
    year = timezone.localdate().year - 1
    response = client.get(reverse("audits:programme"), {"ar": year}, headers={"HX-Request": "true"})
    content = response.content.decode()
    assert response.status_code == 200
    assert f"Revisionsprogram {year}" in content
    assert "<html" not in content


@pytest.mark.parametrize("few_units", [500, 0], ids=["per unit", "per audit"])
def test_programme_query_count_does_not_grow_with_the_audits(
    client, cast, monkeypatch, few_units
) -> None:
    monkeypatch.setattr("audits.views.FEW_UNITS", few_units)
    login(client, cast.coordinator)
    url = reverse("audits:programme")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    plan(cast)
    few = count()
    for unit in (cast.tree.homecare, cast.tree.elderly, cast.tree.school, cast.tree.social):
        audit = plan(cast, unit=unit)
        services.add_team_member(audit, by=cast.coordinator, user=cast.auditor, role="lead")
    assert count() == few


def test_coverage_shows_a_clause_not_audited_in_the_cycle_as_a_gap(client, cast) -> None:
    audit = performed(cast)  # ISO 9001 clauses 7 and 10 at Solgården
    login(client, cast.coordinator)
    response = client.get(reverse("audits:coverage"))
    uncovered = {c.reference for c in response.context["uncovered"] if c.framework == "iso9001"}
    assert uncovered == {"4", "5", "6", "8", "9"}
    row = next(r for r in response.context["rows"] if r["unit"] == audit.unit)
    states = {
        c["criterion"].reference: c["state"]
        for c in row["cells"]
        if c["criterion"].framework == "iso9001"
    }
    assert states["7"] == "done"
    assert states["8"] == "gap"
    # The audit of Solgården counts for the förvaltning above it too.
    social = next(r for r in response.context["rows"] if r["unit"] == cast.tree.social)
    assert any(c["state"] == "done" for c in social["cells"])
    assert "lucka" in response.content.decode()


def test_coordinator_plans_an_audit_through_the_form(client, cast) -> None:
    from audits.models import Criterion
    from tests.audits.conftest import make_programme

    programme = make_programme(cast)
    login(client, cast.coordinator)
    response = client.post(
        reverse("audits:create", args=[programme.pk]),
        {
            "kind": "internal",
            "title": "Läkemedelshantering",
            "unit": cast.tree.solgarden.pk,
            "planned_date": timezone.localdate().isoformat(),
            "criteria": [Criterion.objects.get(framework="own", reference="R2").pk],
            "priority": "high",
        },
    )
    audit = Audit.objects.get(title="Läkemedelshantering")
    assert response.status_code == 302 and response.url == audit.get_absolute_url()


# Independence through the page -----------------------------------------------------------------


def test_team_form_warns_about_independence_and_records_the_override(client, cast) -> None:
    audit = plan(cast)
    login(client, cast.coordinator)
    url = reverse("audits:team_add", args=[audit.pk])
    response = client.post(url, {"user": cast.insider.pk, "role": "auditor"})
    assert response.status_code == 400
    assert "inte oberoende" in response.content.decode()
    assert not audit.team.exists()
    response = client.post(
        url,
        {"user": cast.insider.pk, "role": "auditor", "override_reason": "Ingen annan finns."},
    )
    assert response.status_code == 302
    member = audit.team.get()
    assert (member.override_by, member.override_reason) == (cast.coordinator, "Ingen annan finns.")
    page = client.get(audit.get_absolute_url()).content.decode()
    assert "Undantag från oberoendet" in page and "Ingen annan finns." in page


# Performing: the checklist ---------------------------------------------------------------------


def test_htmx_answer_save_returns_the_answer_fragment(client, cast) -> None:
    audit = prepared(cast)
    answer = audit.answers.order_by("order").first()
    login(client, cast.auditor)
    response = client.post(
        reverse("audits:answer", args=[audit.pk, answer.pk]),
        {
            "grade": "minor",
            "notes": "Rutinen saknar datum.",
            "evidence": SimpleUploadedFile("foto.png", PNG, content_type="image/png"),
        },
        headers={"HX-Request": "true"},
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "<form" not in content and "<html" not in content  # the answer's status only
    assert "Sparat" in content and "foto.png" in content
    answer.refresh_from_db()
    assert answer.grade == "minor"
    assert answer.finding.grade == "minor"


def test_invalid_htmx_answer_returns_the_fragment_with_errors(client, cast) -> None:
    audit = prepared(cast)
    answer = audit.answers.first()
    login(client, cast.auditor)
    response = client.post(
        reverse("audits:answer", args=[audit.pk, answer.pk]),
        {"grade": "", "notes": "x"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 422
    assert "Inte sparat" in response.content.decode()
    assert "<form" not in response.content.decode()


def test_answer_without_javascript_redirects_back_to_the_question(client, cast) -> None:
    audit = prepared(cast)
    answer = audit.answers.first()
    login(client, cast.auditor)
    response = client.post(
        reverse("audits:answer", args=[audit.pk, answer.pk]), {"grade": "conforms", "notes": ""}
    )
    assert response.status_code == 302
    assert response.url.endswith(f"#q-{answer.pk}")


def test_evidence_is_served_as_attachment_only_to_those_who_see_the_audit(client, cast) -> None:
    audit = prepared(cast)
    answer = audit.answers.first()
    services.save_answer(
        answer,
        by=cast.auditor,
        grade="minor",
        files=[SimpleUploadedFile("bevis.png", PNG, content_type="image/png")],
    )
    evidence = Evidence.objects.get()
    url = evidence.get_absolute_url()
    login(client, cast.chef)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == PNG
    assert status_for(client, cast.other_staff, url) == 404
    assert status_for(client, cast.board, url) == 404


def test_evidence_of_the_wrong_type_is_refused(client, cast) -> None:
    audit = prepared(cast)
    answer = audit.answers.first()
    login(client, cast.auditor)
    response = client.post(
        reverse("audits:answer", args=[audit.pk, answer.pk]),
        {"grade": "minor", "evidence": SimpleUploadedFile("x.png", b"MZ\x90\x00 not an image")},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 422
    assert not Evidence.objects.exists()


# Findings through the page ---------------------------------------------------------------------


def test_finding_action_reaches_the_register_and_the_chef_sees_it(client, cast) -> None:
    audit = performed(cast, {0: Grade.MINOR})
    finding = audit.findings.get()
    login(client, cast.auditor)
    response = client.post(
        reverse("audits:finding_action", args=[audit.pk, finding.pk]),
        {
            "kind": "corrective",
            "title": "Rensa gamla rutiner ur pärmen",
            "owner": cast.chef.pk,
            "due_date": (timezone.localdate() + datetime.timedelta(days=20)).isoformat(),
        },
    )
    assert response.status_code == 302
    action = Action.objects.for_object(finding).get()
    assert status_for(client, cast.chef, action.get_absolute_url()) == 200
    page = client.get(audit.get_absolute_url()).content.decode()
    assert "Rensa gamla rutiner ur pärmen" in page


def test_report_a_nonconformity_as_a_deviation_through_the_page(client, cast) -> None:
    """The "Anmäl som avvikelse" button: one deviation, a message with its number, and a
    second press says it is already reported (issue 13 #1: this page answered 500)."""
    audit = performed(cast, {0: Grade.MAJOR})
    finding = audit.findings.get()
    login(client, cast.auditor)
    url = reverse("audits:finding_deviation", args=[audit.pk, finding.pk])
    assert f'action="{url}"' in client.get(audit.get_absolute_url()).content.decode()

    response = client.post(url, follow=True)
    assert response.redirect_chain == [(finding.get_absolute_url(), 302)]
    finding.refresh_from_db()
    deviation = finding.deviation
    assert deviation.unit == cast.tree.solgarden and deviation.reported_by == cast.auditor
    assert f"Avvikelsen {deviation.number} är rapporterad." in response.content.decode()

    again = client.post(url, follow=True)
    assert again.redirect_chain == [(finding.get_absolute_url(), 302)]
    assert "Iakttagelsen har redan en avvikelserapport." in again.content.decode()
    assert Deviation.objects.filter(reported_by=cast.auditor).count() == 1


def test_verify_through_the_page_and_close(client, cast) -> None:
    audit = reported(cast, {0: Grade.MINOR})
    finding = audit.findings.get()
    for action in Action.objects.for_object(finding):
        from deviations import services as deviation_services

        deviation_services.complete_action(action, by=cast.chef, result="Klart")
    login(client, cast.auditor)
    url = reverse("audits:finding_verify", args=[audit.pk, finding.pk])
    assert client.post(url, {"verification": ""}).status_code == 400
    assert client.post(url, {"verification": "Kontrollerat på plats."}).status_code == 302
    response = client.post(reverse("audits:transition", args=[audit.pk, "avsluta"]))
    assert response.status_code == 302
    audit.refresh_from_db()
    assert audit.status == Audit.Status.CLOSED


def test_closing_with_unverified_finding_through_the_page_says_why(client, cast) -> None:
    audit = reported(cast, {0: Grade.MINOR})
    login(client, cast.auditor)
    response = client.post(reverse("audits:transition", args=[audit.pk, "avsluta"]), follow=True)
    assert "inte verifierade" in response.content.decode()
    audit.refresh_from_db()
    assert audit.status == Audit.Status.REPORTED


def test_chef_adds_no_action_to_someone_elses_audit(client, cast) -> None:
    audit = performed(cast, {0: Grade.MINOR})
    finding = audit.findings.get()
    url = reverse("audits:finding_action", args=[audit.pk, finding.pk])
    assert status_for(client, cast.chef, url, "post") == 403
    assert add_action(cast, finding).pk  # the auditor may


# Start page and calendar ---------------------------------------------------------------------


def test_start_page_panel_lists_my_audits(client, cast) -> None:
    audit = prepared(cast, title="Revision av dokumentstyrningen")
    login(client, cast.auditor)
    content = client.get(reverse("home")).content.decode()
    assert "Mina revisioner" in content and audit.title in content


def test_board_start_page_lists_closed_reports(client, cast) -> None:
    audit = closed(cast)
    login(client, cast.board)
    content = client.get(reverse("home")).content.decode()
    assert reverse("audits:report_pdf", args=[audit.pk]) in content


def test_calendar_has_the_planned_dates_of_my_audits_only(cast) -> None:
    from qms.calendar import events_for

    today = timezone.localdate()
    audit = prepared(cast)
    events = events_for(cast.auditor, today - datetime.timedelta(days=1), today)
    assert f"audit-{audit.pk}@qms" in {e.uid for e in events}
    assert not [e for e in events_for(cast.chef, today, today) if e.uid.startswith("audit-")]


def test_two_auditors_on_one_answer_the_later_save_is_refused_and_keeps_the_notes(
    client, cast
) -> None:
    """The checklist saves each answer with htmx; a save based on an answer someone else has
    changed since answers 422 with the change, and the form's version follows each own save."""
    audit = prepared(cast)
    services.add_team_member(audit, by=cast.coordinator, user=cast.insider, role="member")
    answer = audit.answers.order_by("order").first()
    url = reverse("audits:answer", args=[audit.pk, answer.pk])
    version_input = re.compile(
        r'name="version"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="version"'
    )
    pages = []
    for person in (cast.auditor, cast.coordinator):
        other = login(Client(), person)
        html = other.get(reverse("audits:checklist", args=[audit.pk])).content.decode()
        start = html.index(f'id="q-{answer.pk}"')
        pages.append((other, next(g for g in version_input.search(html, start).groups() if g)))
    (first, first_version), (second, second_version) = pages
    htmx = {"HX-Request": "true"}

    saved = first.post(
        url, {"grade": "minor", "notes": "Saknar datum.", "version": first_version}, headers=htmx
    )
    assert saved.status_code == 200
    refused = second.post(
        url,
        {"grade": "conforms", "notes": "Allt i ordning.", "version": second_version},
        headers=htmx,
    )
    assert refused.status_code == 422
    content = refused.content.decode()
    assert "Någon annan har sparat ändringar här" in content
    answer.refresh_from_db()
    assert (answer.grade, answer.notes) == ("minor", "Saknar datum.")
    # The first auditor goes on typing: the version from the save is the base of the next one.
    next_version = next(g for g in version_input.search(saved.content.decode()).groups() if g)
    again = first.post(
        url,
        {"grade": "minor", "notes": "Saknar datum och ansvarig.", "version": next_version},
        headers=htmx,
    )
    assert again.status_code == 200
    answer.refresh_from_db()
    assert answer.notes == "Saknar datum och ansvarig."
