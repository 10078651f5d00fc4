"""The pages of records management: who may open and post to each (wrong role, wrong unit),
and what they show."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone, translation

from deviations.models import Deviation
from qms.models import Role
from records import thinning
from records.models import LegalHold, Proposal, RetentionRule
from tests.conftest import login
from tests.deviations.builders import make_deviations
from tests.factories import make_user
from tests.records.conftest import adopt, later


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def world(cast, archivist):
    """A group-wide rule, a proposal for the kommun and one for the company, and a hold."""
    closed = timezone.now() - datetime.timedelta(days=60)
    kommun_case, held_case = make_deviations(
        cast.tree.solgarden, cast.staff, 2, status="closed", closed_at=closed
    )
    company_staff = make_user(cast.tree.company, Role.STAFF)
    make_deviations(cast.tree.company, company_staff, 1, status="closed", closed_at=closed)
    rule = adopt("deviations.deviation", archivist)
    proposals = {p.organisation_id: p for p in thinning.build_proposals(as_of=later(), by=None)}
    hold = LegalHold.objects.create(
        content_type=ContentType.objects.get_for_model(Deviation),
        object_id=held_case.pk,
        record_type="deviations.deviation",
        identifier=held_case.number,
        unit=cast.tree.solgarden,
        reason_kind="jo",
        reason="JO",
        review_date=later(),
        placed_by=archivist,
    )
    return {
        "rule": rule,
        "kommun": proposals[cast.tree.kommun.pk],
        "company": proposals[cast.tree.company.pk],
        "hold": hold,
        "case": kommun_case,
        "company_archivist": make_user(cast.tree.company, Role.ARCHIVIST),
        "dpo": make_user(cast.tree.kommun, Role.DPO),
    }


def status(client, user, method, url, data=None):
    login(client, user)
    response = client.post(url, data or {}) if method == "post" else client.get(url)
    client.logout()
    return response.status_code


def test_the_plan_is_read_by_those_who_work_with_it_and_no_one_else(client, cast, archivist, world):
    url = reverse("records:plan")
    assert status(client, archivist, "get", url) == 200
    assert status(client, cast.coordinator, "get", url) == 200
    assert status(client, world["dpo"], "get", url) == 200
    for user in (cast.staff, cast.chef, cast.board):
        assert status(client, user, "get", url) == 403
    assert client.get(url).status_code == 302  # not logged in: to the log-in page


def test_the_plan_lists_every_record_type_with_its_rule_and_note(client, archivist, world):
    login(client, archivist)
    page = client.get(reverse("records:plan")).content.decode()
    for label in ("Avvikelse", "Lex Sarah-ärende", "Kontaktuppgifter i synpunkter", "Historik"):
        assert label in page
    assert "Gallras 1 månad efter avslut" in page
    assert "KS 2026/12 § 4" in page


@pytest.mark.parametrize(
    ("name", "method", "kwargs"),
    [
        ("records:rule_create", "get", {"key": "deviations.deviation"}),
        ("records:rule_update", "get", "rule"),
        ("records:rule_history", "get", "rule"),
        ("records:rule_delete", "post", "rule"),
        ("records:proposal_list", "get", None),
        ("records:proposal_build", "post", None),
    ],
)
def test_only_archivists_keep_the_plan(client, cast, world, name, method, kwargs):
    if kwargs == "rule":
        kwargs = {"pk": world["rule"].pk}
    url = reverse(name, kwargs=kwargs)
    for user in (cast.coordinator, cast.staff, world["dpo"]):
        assert status(client, user, method, url) == 403
    if kwargs and "pk" in kwargs:
        # The company's arkivansvarig does not keep the group-wide rule.
        assert status(client, world["company_archivist"], method, url) == 404


def test_an_archivist_adopts_a_rule_and_its_change_is_in_the_history(client, archivist, world):
    login(client, archivist)
    url = reverse("records:rule_create", args=["deviations.suggestion"])
    response = client.post(
        url,
        {
            "organisation": "",
            "action": "thin",
            "period": "2",
            "period_unit": "years",
            "event": "decided",
            "decision_body": "Kommunstyrelsen",
            "decision_date": "2026-03-10",
            "decision_reference": "KS 2026/99 § 7",
            "guidance_number": "",
            "note": "",
        },
    )
    assert response.status_code == 302
    rule = RetentionRule.objects.get(record_type="deviations.suggestion")
    assert rule.summary == "Gallras 2 år efter beslutet"
    with translation.override("en"):  # a count with its plural ("5 year after" once)
        assert rule.summary.startswith("Thinned 2 years after")
    page = client.get(reverse("records:plan_history")).content.decode()
    assert "KS 2026/99 § 7" in page and "Antagen" in page


def test_a_short_rule_asks_for_confirmation_and_keeps_what_was_typed(client, archivist, world):
    login(client, archivist)
    data = {
        "organisation": "",
        "action": "thin",
        "period": "0",
        "period_unit": "months",
        "event": "created",
        "decision_body": "Kommunstyrelsen",
        "decision_date": "2026-03-10",
        "decision_reference": "KS 2026/5",
    }
    url = reverse("records:rule_create", args=["deviations.export"])
    response = client.post(url, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "yngre än en månad" in page
    assert "KS 2026/5" in page  # what was typed is kept
    assert not RetentionRule.objects.filter(record_type="deviations.export").exists()
    response = client.post(url, {**data, "confirm_short": "on"})
    assert response.status_code == 302
    assert RetentionRule.objects.get(record_type="deviations.export").confirmed_short


def test_proposals_are_seen_and_approved_only_by_the_archivist_over_the_organisation(
    client, cast, archivist, world
):
    kommun, company = world["kommun"], world["company"]
    detail = reverse("records:proposal_detail", args=[kommun.pk])
    assert status(client, archivist, "get", detail) == 200
    assert status(client, world["company_archivist"], "get", detail) == 404
    assert status(client, world["company_archivist"], "get", company.get_absolute_url()) == 200
    for user in (cast.coordinator, cast.staff):
        assert status(client, user, "get", detail) == 403
    for name in ("records:proposal_approve", "records:proposal_reject", "records:proposal_resume"):
        url = reverse(name, args=[kommun.pk])
        assert status(client, world["company_archivist"], "post", url) == 404
        assert status(client, cast.coordinator, "post", url) == 403
    kommun.refresh_from_db()
    assert kommun.status == Proposal.Status.PROPOSED


def test_the_progress_fragment_and_the_protocol_downloads(client, archivist, world):
    proposal = world["kommun"]
    login(client, archivist)
    response = client.post(reverse("records:proposal_approve", args=[proposal.pk]))
    assert response.status_code == 302
    fragment = client.get(proposal.get_absolute_url(), headers={"HX-Request": "true"})
    assert b"proposal-progress" in fragment.content and b"<html" not in fragment.content
    thinning.apply_proposal(proposal.pk)
    pdf = client.get(reverse("records:protocol_download", args=[proposal.pk, "pdf"]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf["Cache-Control"] == "private, no-store"
    csv = client.get(reverse("records:protocol_download", args=[proposal.pk, "csv"]))
    assert world["case"].number in b"".join(csv.streaming_content).decode()
    client.logout()
    login(client, world["company_archivist"])
    url = reverse("records:protocol_download", args=[proposal.pk, "pdf"])
    assert client.get(url).status_code == 404


def test_holds_are_placed_by_coordinators_and_officers_over_the_unit(client, cast, world):
    case = world["case"]
    query = f"?record_type=deviations.deviation&identifier={case.number}"
    url = reverse("records:hold_create") + query
    assert status(client, cast.coordinator, "get", url) == 200
    assert status(client, cast.staff, "get", url) == 403
    school_coordinator = make_user(cast.tree.school, Role.COORDINATOR)
    # Another unit's coordinator cannot see the case: not found, and nothing about it shown.
    login(client, school_coordinator)
    page = client.get(url)
    assert page.status_code == 200 and case.number.encode() not in page.content.split(b"value=")[0]
    assert b"Hittade inget" in page.content
    client.logout()
    login(client, cast.coordinator)
    response = client.post(
        reverse("records:hold_create"),
        {
            "record_type": "deviations.deviation",
            "identifier": case.number,
            "reason_kind": "ivo",
            "reason": "IVO-tillsyn dnr 8.5.1-1/2026",
            "review_date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        },
    )
    assert response.status_code == 302
    hold = LegalHold.objects.get(object_id=case.pk)
    assert hold.placed_by == cast.coordinator
    assert world["kommun"].items.get(object_id=case.pk).status == "held"


def test_holds_are_lifted_with_a_reason_by_those_over_the_unit(client, cast, archivist, world):
    hold = world["hold"]
    url = reverse("records:hold_lift", args=[hold.pk])
    assert status(client, world["company_archivist"], "post", url, {"reason": "x"}) == 404
    assert status(client, cast.staff, "post", url, {"reason": "x"}) == 403
    assert status(client, cast.coordinator, "post", url, {"reason": ""}) == 400
    assert status(client, cast.coordinator, "post", url, {"reason": "JO avslutade"}) == 302
    hold.refresh_from_db()
    assert hold.lifted_by == cast.coordinator
    login(client, archivist)
    page = client.get(reverse("records:hold_detail", args=[hold.pk])).content.decode()
    assert "JO avslutade" in page
    assert status(client, cast.staff, "get", reverse("records:hold_list")) == 403
