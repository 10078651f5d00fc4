"""The audit workflow's rules, tested on the services directly."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from audits import services
from audits.models import Audit, Finding, Grade, TeamMember
from deviations import services as deviation_services
from deviations.models import Action, Deviation
from qms.models import Notification
from tests.audits.conftest import (
    add_action,
    answer_all,
    iso,
    make_programme,
    performed,
    plan,
    prepared,
    reported,
)

Status = Audit.Status
pytestmark = pytest.mark.django_db


def finish_actions(finding: Finding, by) -> None:
    for action in Action.objects.for_object(finding).open():
        deviation_services.complete_action(action, by=by, result="Rutinen är uppdaterad.")


# Planning and independence ---------------------------------------------------------------------


def test_only_coordinators_over_the_unit_plan_audits(cast) -> None:
    programme = make_programme(cast)
    with pytest.raises(PermissionDenied):
        plan(cast, programme=programme, by=cast.school_coordinator)
    with pytest.raises(PermissionDenied):
        plan(cast, programme=programme, by=cast.chef)
    assert plan(cast, programme=programme).status == Status.PLANNED


def test_planned_date_must_lie_in_the_programme_year(cast) -> None:
    programme = make_programme(cast)
    with pytest.raises(ValidationError, match="programåret"):
        plan(cast, programme=programme, planned_date=datetime.date(programme.year + 1, 1, 10))


def test_auditor_from_the_audited_unit_is_refused_without_override(cast) -> None:
    audit = plan(cast)
    with pytest.raises(ValidationError, match="inte oberoende") as refused:
        services.add_team_member(audit, by=cast.coordinator, user=cast.insider, role="auditor")
    assert refused.value.error_list[0].code == "not_independent"
    assert not audit.team.exists()


def test_independence_override_records_who_when_and_why(cast) -> None:
    audit = plan(cast)
    member = services.add_team_member(
        audit,
        by=cast.coordinator,
        user=cast.insider,
        role="auditor",
        override_reason="Enda revisorn med kunskap om läkemedelshantering.",
    )
    assert member.override_by == cast.coordinator
    assert member.override_at is not None
    assert member.override_reason.startswith("Enda revisorn")


def test_independent_auditor_needs_no_override(cast) -> None:
    member = services.add_team_member(
        plan(cast), by=cast.coordinator, user=cast.auditor, role="lead"
    )
    assert member.override_by is None
    assert Notification.objects.filter(recipient=cast.auditor).exists()


def test_staff_above_the_unit_is_not_independent_but_sibling_unit_staff_is(cast) -> None:
    unit = cast.tree.solgarden
    assert services.independence_conflicts(cast.area_staff, unit)
    assert services.independence_conflicts(cast.chef, unit)
    assert not services.independence_conflicts(cast.sibling_chef, unit)
    assert not services.independence_conflicts(cast.coordinator, unit)


# Every allowed and refused transition ----------------------------------------------------------


def test_prepare_needs_a_lead_auditor_and_creates_the_checklist(cast) -> None:
    audit = plan(cast)
    with pytest.raises(ValidationError, match="revisionsledare"):
        services.prepare_audit(audit, by=cast.coordinator)
    services.add_team_member(audit, by=cast.coordinator, user=cast.auditor, role="lead")
    services.prepare_audit(audit, by=cast.auditor)
    audit.refresh_from_db()
    assert audit.status == Status.PREPARED
    expected = sum(c.questions.filter(is_active=True).count() for c in iso("7", "10"))
    assert audit.answers.count() == expected > 0


def test_perform_needs_every_question_graded(cast) -> None:
    audit = prepared(cast)
    with pytest.raises(ValidationError, match="saknar bedömning"):
        services.perform_audit(audit, by=cast.auditor, performed_on=timezone.localdate())
    answer_all(audit, cast.auditor)
    services.perform_audit(audit, by=cast.auditor, performed_on=timezone.localdate())
    audit.refresh_from_db()
    assert audit.status == Status.PERFORMED
    assert audit.report_due == timezone.localdate() + datetime.timedelta(days=14)


def test_report_needs_an_action_or_deviation_for_each_nonconformity(cast) -> None:
    audit = performed(cast, {0: Grade.MINOR})
    with pytest.raises(ValidationError, match="åtgärd eller en avvikelserapport"):
        services.report_audit(audit, by=cast.auditor, summary="Sammanfattning")
    finding = audit.findings.get()
    services.report_finding_deviation(finding, by=cast.auditor)
    services.report_audit(audit, by=cast.auditor, summary="Sammanfattning")
    audit.refresh_from_db()
    assert audit.status == Status.REPORTED
    assert Notification.objects.filter(
        recipient=cast.chef, event_key=f"audit:{audit.pk}:reported"
    ).exists()


@pytest.mark.parametrize(
    ("start", "target", "allowed"),
    [
        (Status.PLANNED, Status.PREPARED, True),
        (Status.PLANNED, Status.CANCELLED, True),
        (Status.PLANNED, Status.PERFORMED, False),
        (Status.PLANNED, Status.REPORTED, False),
        (Status.PLANNED, Status.CLOSED, False),
        (Status.PREPARED, Status.PERFORMED, True),
        (Status.PREPARED, Status.CANCELLED, True),
        (Status.PREPARED, Status.REPORTED, False),
        (Status.PREPARED, Status.CLOSED, False),
        (Status.PERFORMED, Status.REPORTED, True),
        (Status.PERFORMED, Status.CANCELLED, False),
        (Status.PERFORMED, Status.CLOSED, False),
        (Status.REPORTED, Status.CLOSED, True),
        (Status.REPORTED, Status.CANCELLED, False),
        (Status.CLOSED, Status.CANCELLED, False),
        (Status.CANCELLED, Status.PREPARED, False),
    ],
)
def test_transition_table(cast, start, target, allowed) -> None:
    builders = {
        Status.PLANNED: lambda: plan(cast),
        Status.PREPARED: lambda: prepared(cast),
        Status.PERFORMED: lambda: performed(cast),
        Status.REPORTED: lambda: reported(cast),
    }
    if start == Status.CLOSED:
        audit = reported(cast)
        services.close_audit(audit, by=cast.auditor)
    elif start == Status.CANCELLED:
        audit = plan(cast)
        services.cancel_audit(audit, by=cast.coordinator, reason="Enheten omorganiseras.")
    else:
        audit = builders[start]()
    audit.refresh_from_db()
    run = {
        Status.PREPARED: lambda: services.prepare_audit(audit, by=cast.coordinator),
        Status.PERFORMED: lambda: services.perform_audit(
            audit, by=cast.coordinator, performed_on=timezone.localdate()
        ),
        Status.REPORTED: lambda: services.report_audit(audit, by=cast.coordinator, summary="S"),
        Status.CLOSED: lambda: services.close_audit(audit, by=cast.coordinator),
        Status.CANCELLED: lambda: services.cancel_audit(audit, by=cast.coordinator, reason="Skäl"),
    }[target]
    if target == Status.PREPARED and allowed:
        services.add_team_member(audit, by=cast.coordinator, user=cast.auditor, role="lead")
    if target == Status.PERFORMED and allowed:
        answer_all(audit, cast.auditor)
    if allowed:
        run()
        audit.refresh_from_db()
        assert audit.status == target
    else:
        with pytest.raises(ValidationError, match="kan inte gå från"):
            run()
        audit.refresh_from_db()
        assert audit.status == start


def test_people_outside_the_team_cannot_move_the_audit(cast) -> None:
    audit = plan(cast)
    services.add_team_member(audit, by=cast.coordinator, user=cast.auditor, role="lead")
    for outsider in (cast.chef, cast.staff, cast.school_coordinator):
        with pytest.raises(PermissionDenied):
            services.prepare_audit(audit, by=outsider)


def test_cancel_needs_a_reason_and_a_coordinator(cast) -> None:
    audit = plan(cast)
    with pytest.raises(ValidationError):
        services.cancel_audit(audit, by=cast.coordinator, reason=" ")
    with pytest.raises(PermissionDenied):
        services.cancel_audit(audit, by=cast.auditor, reason="Skäl")


# Findings, actions, verification and closing --------------------------------------------------


def test_graded_answers_become_findings_and_follow_the_grade(cast) -> None:
    audit = prepared(cast)
    answer = audit.answers.order_by("order").first()
    services.save_answer(answer, by=cast.auditor, grade=Grade.MINOR, notes="Gamla versioner")
    finding = Finding.objects.get(answer=answer)
    assert (finding.grade, finding.description) == (Grade.MINOR, "Gamla versioner")
    services.save_answer(answer, by=cast.auditor, grade=Grade.OBSERVATION, notes="Bättre")
    finding.refresh_from_db()
    assert finding.grade == Grade.OBSERVATION
    services.save_answer(answer, by=cast.auditor, grade=Grade.CONFORMS)
    assert not Finding.objects.filter(answer=answer).exists()


def test_answers_cannot_change_after_the_report(cast) -> None:
    audit = reported(cast)
    with pytest.raises(ValidationError, match="under revisionen"):
        services.save_answer(audit.answers.first(), by=cast.auditor, grade=Grade.MAJOR)


def test_findings_to_actions_to_verification_to_closed(cast) -> None:
    audit = performed(cast, {0: Grade.MINOR, 1: Grade.OPPORTUNITY, 2: Grade.STRENGTH})
    minor = audit.findings.get(grade=Grade.MINOR)
    idea = audit.findings.get(grade=Grade.OPPORTUNITY)
    action = add_action(cast, minor)
    assert action.source == minor
    assert action.unit == cast.tree.solgarden
    assert action.owner == cast.chef
    services.report_audit(audit, by=cast.auditor, summary="Sammanfattning")

    # Verification waits for the action to be done.
    with pytest.raises(ValidationError, match="genomförda eller avbrutna"):
        services.verify_finding(minor, by=cast.auditor, verification="Kontrollerat")
    # Only the auditor verifies.
    finish_actions(minor, cast.chef)
    with pytest.raises(PermissionDenied):
        services.verify_finding(minor, by=cast.chef, verification="Kontrollerat")
    services.verify_finding(minor, by=cast.auditor, verification="Ny rutin finns i pärmen.")
    services.verify_finding(idea, by=cast.auditor, verification="Idén är omhändertagen.")

    services.close_audit(audit, by=cast.auditor)
    audit.refresh_from_db()
    assert audit.status == Status.CLOSED
    assert audit.report_pdf.name.endswith(".pdf")


def test_closing_with_an_unverified_finding_is_refused(cast) -> None:
    audit = reported(cast, {0: Grade.MINOR})
    with pytest.raises(ValidationError, match="inte verifierade"):
        services.close_audit(audit, by=cast.auditor)
    audit.refresh_from_db()
    assert audit.status == Status.REPORTED
    assert not audit.report_pdf


def test_nonconformity_without_a_completed_action_cannot_be_verified(cast) -> None:
    audit = reported(cast, {0: Grade.MAJOR})
    finding = audit.findings.get()
    for action in Action.objects.for_object(finding):
        deviation_services.cancel_action(action, by=cast.chef, reason="Fel åtgärd")
    with pytest.raises(ValidationError, match="genomförd åtgärd"):
        services.verify_finding(finding, by=cast.auditor, verification="Kontrollerat")


def test_nonconformity_can_be_reported_as_a_deviation_once(cast) -> None:
    audit = performed(cast, {0: Grade.MAJOR, 1: Grade.OBSERVATION})
    major = audit.findings.get(grade=Grade.MAJOR)
    deviation = services.report_finding_deviation(major, by=cast.auditor)
    assert deviation.unit == cast.tree.solgarden
    assert Deviation.objects.get(pk=deviation.pk).reported_by == cast.auditor
    with pytest.raises(ValidationError, match="redan"):
        services.report_finding_deviation(major, by=cast.auditor)
    with pytest.raises(ValidationError, match="Bara avvikelser"):
        services.report_finding_deviation(
            audit.findings.get(grade=Grade.OBSERVATION), by=cast.auditor
        )


def test_improvement_day_needs_a_facilitator_and_records_ideas(cast) -> None:
    audit = plan(
        cast,
        kind=Audit.Kind.IMPROVEMENT_DAY,
        title="Förbättringsdag Solgården",
        participants="Hela arbetsgruppen",
    )
    services.add_team_member(audit, by=cast.coordinator, user=cast.auditor, role="lead")
    with pytest.raises(ValidationError, match="processledare"):
        services.prepare_audit(audit, by=cast.auditor)
    audit.team.all().delete()
    services.add_team_member(
        audit, by=cast.coordinator, user=cast.auditor, role=TeamMember.Role.FACILITATOR
    )
    services.prepare_audit(audit, by=cast.auditor)
    idea = services.record_finding(
        audit, by=cast.auditor, grade=Grade.OPPORTUNITY, title="Gemensam överlämningslista"
    )
    assert idea.audit == audit and idea.needs_verification


def test_external_audit_is_recorded_with_findings_without_checklist(cast) -> None:
    audit = plan(
        cast,
        kind=Audit.Kind.CERTIFICATION,
        title="Övervakningsrevision",
        external_body="Nordisk Certifiering AB",
        criteria=[],
    )
    services.prepare_audit(audit, by=cast.coordinator)
    finding = services.record_finding(
        audit, by=cast.coordinator, grade=Grade.MINOR, title="Mål följs inte upp"
    )
    services.perform_audit(audit, by=cast.coordinator, performed_on=timezone.localdate())
    add_action(cast, finding, by=cast.coordinator)
    services.report_audit(audit, by=cast.coordinator, summary="Två mindre avvikelser.")
    finish_actions(finding, cast.chef)
    # A coordinator records the external body's verification.
    services.verify_finding(finding, by=cast.coordinator, verification="Godkänt av organet.")
    services.close_audit(audit, by=cast.coordinator)
    audit.refresh_from_db()
    assert audit.status == Status.CLOSED


def test_external_audit_needs_the_external_party(cast) -> None:
    with pytest.raises(ValidationError, match="certifieringsorgan"):
        plan(cast, kind=Audit.Kind.SUPPLIER, external_body="", criteria=[])


# Reminders ------------------------------------------------------------------------------------


def test_reminders_14_and_7_days_before_each_once(cast) -> None:
    today = timezone.localdate()
    planned_date = today + datetime.timedelta(days=14)
    audit = plan(cast, planned_date=planned_date, programme=make_programme(cast, planned_date.year))
    services.add_team_member(audit, by=cast.coordinator, user=cast.auditor, role="lead")
    assert services.send_reminders(today) == 1
    assert services.send_reminders(today) == 0
    assert services.send_reminders(today + datetime.timedelta(days=7)) == 1
    assert services.send_reminders(today + datetime.timedelta(days=8)) == 0
    keys = set(
        Notification.objects.filter(
            recipient=cast.auditor, event_key__contains=":before:"
        ).values_list("event_key", flat=True)
    )
    assert keys == {
        f"audit:{audit.pk}:before:14:{audit.planned_date}",
        f"audit:{audit.pk}:before:7:{audit.planned_date}",
    }


def test_report_due_reminder_14_days_after_performing(cast) -> None:
    audit = performed(cast)
    performed_on = audit.performed_on
    assert services.send_reminders(performed_on + datetime.timedelta(days=13)) == 0
    assert services.send_reminders(performed_on + datetime.timedelta(days=14)) == 1
    assert services.send_reminders(performed_on + datetime.timedelta(days=15)) == 0
