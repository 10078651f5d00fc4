"""The workflow rules, enforced in the services whatever the UI shows."""

from __future__ import annotations

import datetime
import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from deviations import services
from deviations.models import Action, Deviation
from qms.models import Notification
from tests.deviations.conftest import add_action, investigate_to_acting, report

Status = Deviation.Status
pytestmark = pytest.mark.django_db


def test_report_gets_a_number_and_tells_the_chef_and_the_coordinator(cast):
    deviation = report(cast)
    assert deviation.number == f"AV-{timezone.localdate().year}-00001"
    assert deviation.organisation == cast.tree.kommun
    assert deviation.status == Status.REPORTED
    told = set(
        Notification.objects.filter(event_key__endswith=":reported").values_list(
            "recipient", flat=True
        )
    )
    # The nearest chef (Solgården), not the chef above, and every coordinator above the unit.
    assert told == {cast.chef.pk, cast.coordinator.pk}


def test_report_in_the_future_is_refused(cast):
    with pytest.raises(ValidationError, match="framtiden"):
        report(cast, occurred_at=timezone.now() + datetime.timedelta(days=1))
    assert not Deviation.objects.exists()


def test_full_happy_path_to_closed(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef)
    services.complete_action(action, by=cast.chef, result="Halkmatta på plats.")
    services.start_follow_up(deviation, by=cast.chef)
    services.close_deviation(deviation, by=cast.coordinator, evaluation="Inga fler fall.")
    deviation.refresh_from_db()
    assert deviation.status == Status.CLOSED
    assert deviation.closed_at is not None
    assert deviation.effectiveness_evaluation == "Inga fler fall."


# Every (from, to) pair: allowed ones are in the table, all others are refused.
def _put_in(deviation: Deviation, status: str) -> Deviation:
    Deviation.objects.filter(pk=deviation.pk).update(status=status)
    deviation.refresh_from_db()
    return deviation


ALL_PAIRS = list(itertools.product(Status.values, Status.values))


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS)
def test_transition_table(cast, current, target):
    deviation = _put_in(report(cast), current)
    if target in services.ALLOWED[current]:
        services.ensure_transition(deviation, target)
    else:
        with pytest.raises(ValidationError):
            services.ensure_transition(deviation, target)


def test_transition_table_matches_the_issue():
    assert {
        Status.REPORTED: {Status.INVESTIGATING, Status.DISMISSED},
        Status.INVESTIGATING: {Status.ACTING, Status.DISMISSED},
        Status.ACTING: {Status.FOLLOW_UP},
        Status.FOLLOW_UP: {Status.CLOSED, Status.ACTING},
        Status.CLOSED: {Status.INVESTIGATING},
        Status.DISMISSED: {Status.INVESTIGATING},
    } == services.ALLOWED


@pytest.mark.parametrize(
    ("status", "service", "kwargs"),
    [
        (Status.ACTING, services.start_investigation, {}),
        (Status.CLOSED, services.start_investigation, {}),
        (Status.REPORTED, services.start_actions, {}),
        (Status.REPORTED, services.start_follow_up, {}),
        (Status.INVESTIGATING, services.close_deviation, {"evaluation": "Bra"}),
        (Status.ACTING, services.close_deviation, {"evaluation": "Bra"}),
        (Status.ACTING, services.dismiss_deviation, {"reason": "Ingen avvikelse"}),
        (Status.FOLLOW_UP, services.dismiss_deviation, {"reason": "Ingen avvikelse"}),
        (Status.INVESTIGATING, services.reopen_deviation, {"reason": "Ny info"}),
        (Status.REPORTED, services.return_to_actions, {}),
    ],
)
def test_each_service_refuses_a_move_not_in_the_table(cast, status, service, kwargs):
    deviation = _put_in(report(cast), status)
    with pytest.raises(ValidationError):
        service(deviation, by=cast.coordinator, **kwargs)
    deviation.refresh_from_db()
    assert deviation.status == status


def test_cannot_start_actions_without_a_cause_analysis(cast):
    deviation = report(cast)
    services.start_investigation(deviation, by=cast.chef)
    with pytest.raises(ValidationError, match="orsaksanalys"):
        services.start_actions(deviation, by=cast.chef)
    services.record_cause_analysis(
        deviation, by=cast.chef, cause_groups=["people"], cause_analysis="   "
    )
    with pytest.raises(ValidationError, match="orsaksanalys"):
        services.start_actions(deviation, by=cast.chef)


def test_cannot_close_while_an_action_is_open(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    done = add_action(deviation, cast.chef)
    services.complete_action(done, by=cast.chef, result="Klar")
    services.start_follow_up(deviation, by=cast.chef)
    add_action(deviation, cast.chef, title="Utbilda personalen")  # added during follow-up
    with pytest.raises(ValidationError, match="1 är fortfarande öppna"):
        services.close_deviation(deviation, by=cast.coordinator, evaluation="Bra")
    deviation.refresh_from_db()
    assert deviation.status == Status.FOLLOW_UP


def test_cannot_close_without_an_effectiveness_evaluation(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    services.complete_action(add_action(deviation, cast.chef), by=cast.chef, result="Klar")
    services.start_follow_up(deviation, by=cast.chef)
    with pytest.raises(ValidationError, match="utvärdering"):
        services.close_deviation(deviation, by=cast.coordinator, evaluation="  ")


def test_follow_up_needs_actions_and_none_open(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    with pytest.raises(ValidationError, match="minst en åtgärd"):
        services.start_follow_up(deviation, by=cast.chef)
    add_action(deviation, cast.chef)
    with pytest.raises(ValidationError, match="öppna"):
        services.start_follow_up(deviation, by=cast.chef)


def test_dismiss_needs_a_reason_and_reopen_brings_it_back(cast):
    deviation = report(cast)
    with pytest.raises(ValidationError):
        services.dismiss_deviation(deviation, by=cast.chef, reason="")
    services.dismiss_deviation(deviation, by=cast.chef, reason="Ingen avvikelse från krav.")
    deviation.refresh_from_db()
    assert deviation.status == Status.DISMISSED and deviation.closed_at
    with pytest.raises(ValidationError):
        services.reopen_deviation(deviation, by=cast.chef, reason=" ")
    services.reopen_deviation(deviation, by=cast.chef, reason="Anhörig hörde av sig igen.")
    deviation.refresh_from_db()
    assert deviation.status == Status.INVESTIGATING
    assert deviation.closed_at is None
    assert deviation.reopen_reason == "Anhörig hörde av sig igen."


@pytest.mark.parametrize("who", ["staff", "sibling_chef", "school_chef", "board", "other_staff"])
def test_only_investigator_chef_or_coordinator_may_move_it(cast, who):
    deviation = report(cast)
    with pytest.raises(PermissionDenied):
        services.start_investigation(deviation, by=getattr(cast, who))
    deviation.refresh_from_db()
    assert deviation.status == Status.REPORTED


def test_assigned_investigator_from_the_staff_may_move_it(cast):
    deviation = report(cast)
    services.start_investigation(deviation, by=cast.chef, investigator=cast.staff)
    services.record_cause_analysis(
        deviation, by=cast.staff, cause_groups=["method"], cause_analysis="Rutinen saknades."
    )
    services.start_actions(deviation, by=cast.staff)
    deviation.refresh_from_db()
    assert deviation.status == Status.ACTING


def test_investigator_must_belong_to_the_unit(cast):
    deviation = report(cast)
    with pytest.raises(ValidationError):
        services.assign_investigator(deviation, by=cast.chef, investigator=cast.school_chef)


def test_assignment_and_status_changes_notify_once_each(cast):
    deviation = report(cast)
    services.start_investigation(deviation, by=cast.chef, investigator=cast.coordinator)
    assigned = cast.coordinator.notifications.filter(event_key__contains=":assigned:")
    assert assigned.count() == 1
    assert deviation.number in assigned.get().subject
    status = cast.staff.notifications.filter(event_key__contains=":status:")
    assert [n.subject for n in status] == [f"Avvikelse {deviation.number}: Under utredning"]
    # Re-assigning the same person is not a new event.
    services.assign_investigator(deviation, by=cast.chef, investigator=cast.coordinator)
    assert assigned.count() == 1


def test_confidential_case_mail_does_not_carry_its_title(cast, sensitive_category):
    deviation = report(cast, category=sensitive_category, title="Brukare X slogs av personal")
    told = Notification.objects.filter(event_key=f"deviation:{deviation.pk}:reported")
    # Only people who may read it are told: the chef with sensitive access, not Solgården's chef.
    assert set(told.values_list("recipient", flat=True)) == {cast.sensitive_chef.pk}
    notice = told.get()
    assert "slogs" not in notice.subject + notice.body
    assert "slogs" not in str(notice.email.message)


def test_confidential_category_marks_the_case_and_its_actions(cast, sensitive_category):
    deviation = report(cast, category=sensitive_category)
    assert deviation.is_confidential
    services.start_investigation(deviation, by=cast.sensitive_chef, investigator=cast.chef)
    services.record_cause_analysis(
        deviation, by=cast.chef, cause_groups=["people"], cause_analysis="Stress"
    )
    services.start_actions(deviation, by=cast.chef)
    action = add_action(deviation, cast.chef)
    assert action.is_confidential
    # Un-marking carries over to its actions.
    services.assess_deviation(
        deviation,
        by=cast.sensitive_chef,
        category=None,
        requirement=None,
        probability=2,
        consequence=3,
        is_confidential=False,
    )
    action.refresh_from_db()
    assert not action.is_confidential
    deviation.refresh_from_db()
    assert deviation.risk_score == 6 and deviation.severity == "medium"


def test_risk_needs_both_probability_and_consequence(cast):
    deviation = report(cast)
    with pytest.raises(ValidationError):
        services.assess_deviation(
            deviation,
            by=cast.chef,
            category=None,
            requirement=None,
            probability=2,
            consequence=None,
            is_confidential=False,
        )


def test_action_steps_and_who_may_take_them(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef, owner=cast.staff)
    with pytest.raises(PermissionDenied):
        services.complete_action(action, by=cast.sibling_chef, result="Klar")
    services.start_action(action, by=cast.staff)
    with pytest.raises(ValidationError):
        services.verify_action(action, by=cast.chef, effectiveness_check="Bra")  # not done yet
    services.complete_action(action, by=cast.staff, result="Mattan ligger på plats.")
    with pytest.raises(PermissionDenied):  # the owner does not verify their own work
        services.verify_action(action, by=cast.staff, effectiveness_check="Bra")
    services.verify_action(action, by=cast.chef, effectiveness_check="Inga fall på tre veckor.")
    action.refresh_from_db()
    assert action.status == Action.Status.VERIFIED and action.verified_by == cast.chef
    with pytest.raises(ValidationError):
        services.cancel_action(action, by=cast.chef, reason="Behövs inte")


def test_action_reminders_once_per_milestone_and_catch_up(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    today = timezone.localdate()
    soon = add_action(
        deviation, cast.chef, owner=cast.staff, due_date=today + datetime.timedelta(days=3)
    )
    later = add_action(
        deviation, cast.chef, owner=cast.staff, due_date=today + datetime.timedelta(days=30)
    )
    late = add_action(deviation, cast.chef, owner=cast.staff, due_date=today)
    Action.objects.filter(pk=late.pk).update(due_date=today - datetime.timedelta(days=4))
    assert services.send_action_reminders(today) == 2
    assert services.send_action_reminders(today) == 0  # a second run, a retried task
    keys = set(cast.staff.notifications.values_list("event_key", flat=True))
    assert f"action:{soon.pk}:due-soon:{soon.due_date.isoformat()}" in keys
    assert any(k.startswith(f"action:{late.pk}:overdue:") for k in keys)
    assert not any(k.startswith(f"action:{later.pk}:due-") for k in keys)
    # Weeks later (the scheduler was down): each missed milestone once, not once per day missed.
    in_a_month = today + datetime.timedelta(days=30)
    # `later` is now due soon and `soon` overdue; `late` was already told.
    assert services.send_action_reminders(in_a_month) == 2
    assert services.send_action_reminders(in_a_month) == 0
