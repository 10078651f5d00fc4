"""The guided path on the case page (deviations/guidance.py): which step a case is at and what
that step still needs, shown only to those who handle the case."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from deviations import services
from deviations.guidance import guided_steps
from deviations.models import Action, Category
from tests.conftest import login
from tests.deviations.conftest import add_action, investigate_to_acting, report

pytestmark = pytest.mark.django_db


def states(deviation) -> dict[str, str]:
    steps = guided_steps(deviation, list(Action.objects.for_object(deviation)))
    return {step.key: step.state for step in steps}


def current(deviation):
    steps = guided_steps(deviation, list(Action.objects.for_object(deviation)))
    return next(step for step in steps if step.is_current)


def test_a_new_case_is_at_assessment_and_says_what_is_missing(cast):
    deviation = report(cast)
    step = current(deviation)
    assert step.key == "assess"
    assert [anchor for _what, anchor in step.missing] == ["#h-assess", "#h-assess"]

    services.assess_deviation(
        deviation,
        by=cast.chef,
        category=Category.objects.create(name="Fall"),
        requirement=None,
        probability=2,
        consequence=3,
        is_confidential=False,
    )
    deviation.refresh_from_db()
    assert states(deviation) == {
        "assess": "done",
        "investigate": "current",
        "act": "upcoming",
        "close": "upcoming",
        "effect": "upcoming",
    }
    assert [what for what, _anchor in current(deviation).missing] == [
        "En utredare",
        "Orsaksanalys (5 varför)",
    ]


def test_actions_step_counts_the_open_actions_then_closing_needs_the_evaluation(cast):
    deviation = investigate_to_acting(report(cast), cast.chef)
    assert current(deviation).missing == [("Minst en åtgärd", "#h-actions")]
    action = add_action(deviation, cast.chef)
    add_action(deviation, cast.chef, title="Informera personalen")
    assert current(deviation).missing == [("2 åtgärder är inte klara", "#h-actions")]
    for each in Action.objects.for_object(deviation):
        services.complete_action(each, by=cast.chef, result="Klart")
    assert action.pk and current(deviation).missing == []
    deviation = services.start_follow_up(deviation, by=cast.chef)
    assert current(deviation).key == "close"
    assert current(deviation).missing == [("Utvärdering av effekt", "#h-workflow")]

    due = timezone.localdate() + datetime.timedelta(days=60)
    deviation = services.close_deviation(
        deviation, by=cast.chef, evaluation="Inga fler fall.", effect_check_on=due
    )
    step = current(deviation)
    assert (step.key, step.note) == ("effect", f"Senast {due.isoformat()}")
    assert step.missing == [("Uppföljningen av effekten", "#h-effect-check")]


def test_guide_shown_to_the_handler_only_and_reopening_is_secondary(client, cast):
    deviation = report(cast)
    login(client, cast.chef)
    page = client.get(deviation.get_absolute_url()).content.decode()
    assert 'aria-label="Handläggningens steg"' in page
    assert 'aria-current="step"' in page and "Nu: Bedöm" in page
    assert '<a href="#h-assess">Kategori</a>' in page

    login(client, cast.staff)  # the reporter reads the case but does not handle it
    page = client.get(deviation.get_absolute_url()).content.decode()
    assert "Handläggningens steg" not in page and "Det här saknas" not in page

    deviation = investigate_to_acting(deviation, cast.chef)
    for each in [add_action(deviation, cast.chef)]:
        services.complete_action(each, by=cast.chef, result="Klart")
    deviation = services.start_follow_up(deviation, by=cast.chef)
    services.close_deviation(deviation, by=cast.chef, evaluation="Fungerar.")
    login(client, cast.chef)
    page = client.get(deviation.get_absolute_url()).content.decode()
    assert "<summary>Behöver ärendet öppnas igen?</summary>" in page
    assert "Ingen uppföljning planerad" in page and 'aria-current="step"' not in page


def test_a_dismissed_case_has_no_guide(client, cast):
    deviation = report(cast)
    services.dismiss_deviation(deviation, by=cast.chef, reason="Ingen avvikelse.")
    deviation.refresh_from_db()
    assert guided_steps(deviation, []) == []
