"""Thinning: proposals, holds, approval, an interrupted run and its protocol."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from deviations.models import Deviation, Feedback
from qms.models import Role
from records import services, thinning
from records.models import LegalHold, Proposal, ProposalItem, RetentionRule
from tests.deviations.builders import make_deviations
from tests.factories import make_user
from tests.records.conftest import adopt, later


def closed_cases(cast, count: int, *, days_ago: int = 40, **fields) -> list[Deviation]:
    closed_at = timezone.now() - datetime.timedelta(days=days_ago)
    return make_deviations(
        cast.tree.solgarden,
        cast.staff,
        count,
        status=Deviation.Status.CLOSED,
        closed_at=closed_at,
        **fields,
    )


def hold(case, by, **fields) -> LegalHold:
    return services.place_hold(
        case,
        key="deviations.deviation",
        by=by,
        reason_kind=fields.get("reason_kind", LegalHold.Reason.JO),
        reason=fields.get("reason", "JO-anmälan 1234-2026"),
        review_date=timezone.localdate() + datetime.timedelta(days=90),
    )


def protocol_rows(proposal: Proposal) -> list[dict]:
    proposal.refresh_from_db()
    with proposal.protocol_csv.open("rb") as handle:
        return list(csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8"), delimiter=";"))


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_only_due_cases_are_proposed_and_open_cases_never(cast, archivist):
    due = closed_cases(cast, 3)
    recent = closed_cases(cast, 1, days_ago=2)
    make_deviations(cast.tree.solgarden, cast.staff, 1)  # open
    adopt("deviations.deviation", archivist)  # 1 month after closing
    (proposal,) = thinning.build_proposals(as_of=timezone.localdate(), by=archivist)
    proposed = set(proposal.items.values_list("object_id", flat=True))
    assert proposed == {case.pk for case in due}
    assert recent[0].pk not in proposed
    assert proposal.status == Proposal.Status.PROPOSED
    assert Deviation.objects.count() == 5  # nothing removed before approval


def test_without_a_rule_everything_is_kept(cast, archivist):
    closed_cases(cast, 3, days_ago=3000)
    assert thinning.build_proposals(as_of=later(), by=archivist) == []


def test_an_organisations_own_rule_wins_over_the_group_rule(cast, archivist):
    closed_cases(cast, 2)
    adopt("deviations.deviation", archivist)
    services.save_rule(
        RetentionRule(
            record_type="deviations.deviation",
            organisation=cast.tree.kommun,
            action=RetentionRule.Action.KEEP,
            decision_body="Socialnämnden",
            decision_date=datetime.date(2026, 1, 5),
            decision_reference="SN 2026/3",
        ),
        by=archivist,
    )
    assert thinning.build_proposals(as_of=later(), by=archivist) == []


def test_held_cases_are_never_proposed_and_survive_a_run(cast, archivist):
    held, free = closed_cases(cast, 2)
    hold(held, archivist)
    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    assert list(proposal.items.values_list("object_id", flat=True)) == [free.pk]
    thinning.approve_proposal(proposal, by=archivist)
    thinning.apply_proposal(proposal.pk)
    assert Deviation.objects.filter(pk=held.pk).exists()
    assert not Deviation.objects.filter(pk=free.pk).exists()


def test_a_hold_on_a_case_in_an_approved_proposal_takes_it_out(cast, archivist):
    cases = closed_cases(cast, 3)
    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    thinning.approve_proposal(proposal, by=archivist)
    hold(cases[1], cast.coordinator)  # before the worker has run
    thinning.apply_proposal(proposal.pk)
    assert Deviation.objects.filter(pk=cases[1].pk).exists()
    statuses = dict(proposal.items.values_list("object_id", "status"))
    assert statuses[cases[1].pk] == ProposalItem.Status.HELD
    rows = protocol_rows(proposal)
    gallrade = [r["arende"] for r in rows if r["status"] == "Gallrad"]
    assert sorted(gallrade) == sorted([cases[0].number, cases[2].number])


def test_a_hold_placed_after_the_batch_was_taken_waits_and_the_run_checks_again(cast, archivist):
    """A hold that commits while the run works is honoured: the batch re-reads holds after it
    has locked the items."""
    (case,) = closed_cases(cast, 1)
    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    thinning.approve_proposal(proposal, by=archivist)
    # The hold row exists although the item was not taken out (as if placed in the gap).
    LegalHold.objects.create(
        content_type=ContentType.objects.get_for_model(Deviation),
        object_id=case.pk,
        record_type="deviations.deviation",
        identifier=case.number,
        reason_kind="appeal",
        reason="Överklagat",
        review_date=later(),
        placed_by=archivist,
    )
    thinning.apply_proposal(proposal.pk)
    assert Deviation.objects.filter(pk=case.pk).exists()
    assert proposal.items.get().status == ProposalItem.Status.HELD


def test_approving_twice_is_refused_and_thins_once(cast, archivist):
    closed_cases(cast, 2)
    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    thinning.approve_proposal(proposal, by=archivist)
    with pytest.raises(ValidationError):
        thinning.approve_proposal(proposal, by=archivist)
    thinning.apply_proposal(proposal.pk)
    thinning.apply_proposal(proposal.pk)  # a repeated task changes nothing
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.DONE
    assert proposal.progress_done == 2
    assert len([r for r in protocol_rows(proposal) if r["status"] == "Gallrad"]) == 2


def test_nothing_is_thinned_without_approval(cast, archivist):
    closed_cases(cast, 2)
    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    with pytest.raises(ValidationError):
        thinning.apply_proposal(proposal.pk)
    assert Deviation.objects.count() == 2


def test_only_an_archivist_over_the_organisation_approves(cast, archivist):
    closed_cases(cast, 1)
    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    company_archivist = make_user(cast.tree.company, Role.ARCHIVIST)
    for someone in (cast.coordinator, company_archivist):
        with pytest.raises(PermissionDenied):
            thinning.approve_proposal(proposal, by=someone)


def test_an_interrupted_run_resumes_and_the_protocol_lists_exactly_what_was_thinned(
    cast, archivist, monkeypatch
):
    cases = closed_cases(cast, 7)
    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    thinning.approve_proposal(proposal, by=archivist)
    monkeypatch.setattr(thinning, "BATCH", 3)
    real_purge = thinning.remove_everywhere
    calls = {"n": 0}

    def crash_in_the_second_batch(removed):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("the worker died")
        return real_purge(removed)

    monkeypatch.setattr(thinning, "remove_everywhere", crash_in_the_second_batch)
    with pytest.raises(RuntimeError):
        thinning.apply_proposal(proposal.pk)
    # The first batch is committed, the second rolled back whole.
    assert Deviation.objects.count() == 4
    assert proposal.items.filter(status=ProposalItem.Status.DELETED).count() == 3
    monkeypatch.setattr(thinning, "remove_everywhere", real_purge)
    thinning.apply_proposal(proposal.pk)  # resumed (beat does this hourly)
    assert Deviation.objects.count() == 0
    rows = protocol_rows(proposal)
    assert sorted(r["arende"] for r in rows if r["status"] == "Gallrad") == sorted(
        c.number for c in cases
    )
    assert len(rows) == 7  # each once


def test_a_reopened_case_is_skipped_not_thinned(cast, archivist):
    (case,) = closed_cases(cast, 1)
    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    thinning.approve_proposal(proposal, by=archivist)
    Deviation.objects.filter(pk=case.pk).update(
        status=Deviation.Status.INVESTIGATING, closed_at=None
    )
    thinning.apply_proposal(proposal.pk)
    assert Deviation.objects.filter(pk=case.pk).exists()
    assert proposal.items.get().status == ProposalItem.Status.SKIPPED


def test_a_new_proposal_replaces_one_nobody_approved(cast, archivist):
    closed_cases(cast, 1)
    adopt("deviations.deviation", archivist)
    (first,) = thinning.build_proposals(as_of=later(), by=archivist)
    (second,) = thinning.build_proposals(as_of=later(), by=archivist)
    first.refresh_from_db()
    assert first.status == Proposal.Status.REJECTED
    assert second.items.count() == 1


def test_a_rule_thinning_what_is_younger_than_a_month_must_be_confirmed(cast, archivist):
    rule = RetentionRule(
        record_type="deviations.export",
        action=RetentionRule.Action.THIN,
        period=0,
        period_unit=RetentionRule.Unit.MONTHS,
        event="created",
        decision_body="Kommunstyrelsen",
        decision_date=datetime.date(2026, 3, 10),
        decision_reference="KS 2026/12",
    )
    with pytest.raises(ValidationError) as refused:
        services.save_rule(rule, by=archivist)
    assert "confirm_short" in refused.value.message_dict
    services.save_rule(rule, by=archivist, confirmed=True)
    assert rule.confirmed_short


def test_contact_details_follow_their_own_rule(cast, archivist):
    feedback = Feedback.objects.create(
        number="SY-T-9",
        organisation=cast.tree.kommun,
        unit=cast.tree.solgarden,
        kind=Feedback.Kind.COMPLAINT,
        text="Maten var kall.",
        contact_name="Greta Garbo",
        contact_email="greta@example.se",
        due_date=timezone.localdate(),
        status=Feedback.Status.CLOSED,
        closed_at=timezone.now() - datetime.timedelta(days=45),
        tracking_token_hash="y" * 64,
    )
    adopt("deviations.feedback_contact", archivist)
    (proposal,) = thinning.build_proposals(as_of=timezone.localdate(), by=archivist)
    thinning.approve_proposal(proposal, by=archivist)
    thinning.apply_proposal(proposal.pk)
    feedback.refresh_from_db()
    assert (feedback.contact_name, feedback.contact_email) == ("", "")
    assert feedback.contact_removed_at is not None
    assert feedback.text == "Maten var kall."  # the synpunkt itself is kept


def test_the_command_counts_what_is_due_and_writes_nothing_on_a_dry_run(cast, archivist):
    from django.core.management import call_command

    closed_cases(cast, 3)
    adopt("deviations.deviation", archivist)
    out = io.StringIO()
    call_command("gallring", "--dry-run", "--date", later().isoformat(), stdout=out)
    assert "Avvikelse: 3" in out.getvalue()
    assert Proposal.objects.count() == 0
    call_command("gallring", "--date", later().isoformat(), stdout=out)
    assert Proposal.objects.get().items.count() == 3
    assert Deviation.objects.count() == 3


def test_records_of_no_unit_are_proposed_once_under_the_root_with_other_organisations(
    cast, archivist
):
    """Export files belong to no unit: proposed in the group's proposal only. Building the
    kommun's proposal beside it failed with a FieldError (found by the browser journey)."""
    from deviations.models import Export

    closed_cases(cast, 1)
    export = Export.objects.create(requested_by=cast.coordinator, format=Export.Format.CSV)
    Export.objects.filter(pk=export.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=200)
    )
    adopt("deviations.deviation", archivist)
    adopt("deviations.export", archivist, period=3, event="created")
    proposals = {p.organisation_id: p for p in thinning.build_proposals(as_of=later(), by=None)}
    exports = [
        (org, item.object_id)
        for org, p in proposals.items()
        for item in p.items.filter(record_type="deviations.export")
    ]
    assert exports == [(cast.tree.group.pk, export.pk)]
    assert proposals[cast.tree.kommun.pk].items.filter(record_type="deviations.deviation").count()
