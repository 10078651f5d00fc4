"""compile_inputs: each 9.3.2 input counted for the scope (a subtree) and the period only."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from audits.models import Grade
from deviations import services as deviation_services
from deviations.models import Action, Deviation, Feedback, LegalTrack, LegalTrackKind, Suggestion
from qms.models import OrganisationUnit
from reviews import services
from reviews.inputs import compile_figures, compile_inputs
from reviews.models import Decision, Indicator, IndicatorValue, Objective
from reviews.reports import charts_for
from tests.deviations.builders import make_deviations
from tests.reviews.conftest import (
    at,
    make_audit,
    make_category,
    make_feedback,
    make_review,
    make_suggestion,
)

pytestmark = pytest.mark.django_db

IN_PERIOD = datetime.date(2025, 3, 10)
BEFORE = datetime.date(2024, 12, 20)


def deviations_dataset(cast) -> None:
    """In the scope (Socialförvaltningen) and period: 3 Arbetsmiljö (2 of them Tillbud) and 2
    Vård; around it, cases before the period and in another förvaltning that must not count."""
    t = cast.tree
    work = make_category("Arbetsmiljö")
    near_miss = make_category("Tillbud", parent=work)
    care = make_category("Vård och omsorg")
    make_deviations(t.solgarden, cast.participant, 2, created_at=at(IN_PERIOD), category=near_miss)
    make_deviations(t.homecare, cast.participant, 1, created_at=at(IN_PERIOD), category=work)
    closed = make_deviations(
        t.solgarden,
        cast.participant,
        2,
        created_at=at(datetime.date(2025, 5, 2)),
        category=care,
        status=Deviation.Status.CLOSED,
    )
    # Closed after 4 and after 10 days: the mean is 7.
    for deviation, days in zip(closed, (4, 10), strict=True):
        Deviation.objects.filter(pk=deviation.pk).update(
            closed_at=deviation.created_at + datetime.timedelta(days=days)
        )
    make_deviations(t.solgarden, cast.participant, 3, created_at=at(BEFORE), category=care)
    make_deviations(t.school, cast.participant, 4, created_at=at(IN_PERIOD), category=care)
    LegalTrack.objects.create(
        deviation=closed[0],
        kind=LegalTrackKind.LEX_SARAH,
        flagged_by=cast.chair,
        flagged_at=at(datetime.date(2025, 5, 3)),
        aware_at=at(datetime.date(2025, 5, 2)),
        reported_at=at(datetime.date(2025, 5, 4)),
    )


def test_deviations_are_counted_by_category_unit_and_time_to_close(cast):
    deviations_dataset(cast)
    c4 = compile_inputs(make_review(cast))["c4"]
    assert c4["total"] == 5
    assert c4["by_category"] == [["Arbetsmiljö", 3], ["Vård och omsorg", 2]]
    assert c4["by_unit"] == [["Solgården", 4], ["Hemtjänsten", 1]]
    # Every month of the period, empty ones as 0: a trend must not skip a quiet month.
    months = [f"2025-{month:02}" for month in range(1, 13)]
    expected = {"2025-03": 3, "2025-05": 2}
    assert c4["by_month"] == [[month, expected.get(month, 0)] for month in months]
    assert c4["closed"] == 2
    assert c4["mean_days_to_close"] == 7.0
    assert ["Lex Sarah", 1, 1] in c4["legal_tracks"]
    assert ["Lex Maria", 0, 0] in c4["legal_tracks"]


def test_a_period_without_deviations_has_no_month_chart(cast):
    inputs = compile_inputs(make_review(cast))
    assert inputs["c4"]["total"] == 0
    assert [n for _month, n in inputs["c4"]["by_month"]] == [0] * 12
    assert charts_for(inputs)["c4_months"] == ""


def test_other_scopes_never_leak_into_the_inputs(cast):
    deviations_dataset(cast)
    inputs = compile_inputs(make_review(cast, unit=cast.tree.school))
    assert inputs["c4"]["total"] == 4
    assert inputs["c4"]["by_unit"] == [["Skolförvaltningen", 4]]
    assert "Solgården" not in str(inputs)


def test_survey_results_appear_with_the_feedback(cast):
    objective = services.create_objective(
        by=cast.coordinator, unit=cast.tree.solgarden, title="Nöjda boende"
    )
    fields = {"unit_of_measure": "%", "target": Decimal("90"), "direction": "higher"}
    survey = services.add_indicator(
        objective, by=cast.coordinator, name="Brukarundersökningen", period="year",
        is_survey=True, **fields,
    )  # fmt: skip
    services.add_indicator(objective, by=cast.coordinator, name="Fall", period="year", **fields)
    services.record_value(survey, by=cast.coordinator, period_start=IN_PERIOD, value=Decimal("87"))
    c1 = compile_inputs(make_review(cast))["c1"]
    assert [(row["name"], row["latest"], row["status"]) for row in c1["surveys"]] == [
        ("Brukarundersökningen", 87.0, "at_risk")
    ]


def test_feedback_is_counted_by_kind_with_answers_in_time(cast):
    t = cast.tree
    K = Feedback.Kind
    make_feedback(t.solgarden, K.COMPLAINT, IN_PERIOD, answered_at=at(IN_PERIOD))
    make_feedback(
        t.solgarden,
        K.COMPLAINT,
        IN_PERIOD,
        answered_at=at(IN_PERIOD + datetime.timedelta(days=40)),
    )
    make_feedback(t.homecare, K.PRAISE, IN_PERIOD)
    make_feedback(t.school, K.COMPLAINT, IN_PERIOD)  # another scope
    make_feedback(t.solgarden, K.QUESTION, BEFORE)  # before the period
    c1 = compile_inputs(make_review(cast))["c1"]
    assert c1["by_kind"] == [["Klagomål", 2], ["Beröm", 1], ["Förslag", 0], ["Fråga", 0]]
    assert (c1["total"], c1["answered"], c1["answered_in_time"]) == (3, 2, 1)


def test_audits_are_listed_with_findings_by_grade(cast):
    t = cast.tree
    make_audit(
        t.solgarden,
        cast.coordinator,
        IN_PERIOD,
        grades=[Grade.MINOR, Grade.MINOR, Grade.OPPORTUNITY, Grade.STRENGTH],
        title="Revision Solgården",
    )
    make_audit(t.school, cast.coordinator, IN_PERIOD, grades=[Grade.MAJOR])
    make_audit(t.homecare, cast.coordinator, BEFORE, grades=[Grade.MAJOR])
    inputs = compile_inputs(make_review(cast))
    c6 = inputs["c6"]
    grades = dict(c6["findings_by_grade"])
    assert c6["performed"] == 1
    assert [a["title"] for a in c6["audits"]] == ["Revision Solgården"]
    assert grades["Mindre avvikelse"] == 2
    assert grades["Större avvikelse"] == 0
    assert grades["Förbättringsmöjlighet"] == 1
    assert c6["open_findings"] == 3  # the strength needs no verification
    assert [o["audit"] for o in inputs["f"]["opportunities"]] == ["Revision Solgården"]


def test_objectives_status_from_the_latest_value_in_the_period(cast):
    t = cast.tree

    def objective(unit, title, values, target="90", direction=Indicator.Direction.HIGHER):
        o = Objective.objects.create(unit=unit, title=title)
        indicator = Indicator.objects.create(
            objective=o,
            name=f"Nyckeltal {title}",
            unit_of_measure="%",
            target=Decimal(target),
            direction=direction,
            period=Indicator.Period.QUARTER,
        )
        for month, value in values:
            IndicatorValue.objects.create(
                indicator=indicator,
                period_start=datetime.date(2025, month, 1),
                value=Decimal(value),
                entered_by=cast.coordinator,
            )

    objective(t.solgarden, "Nöjda brukare", [(1, "70"), (10, "95")])  # on track at the end
    objective(t.homecare, "Snabba svar", [(1, "95"), (10, "85")])  # at risk (within 10 %)
    objective(t.social, "Få fall", [(4, "20")], target="10", direction="lower")  # missed
    objective(t.social, "Utan värden", [])
    objective(t.school, "Skolans mål", [(1, "10")])  # another scope
    inputs = compile_inputs(make_review(cast))
    statuses = {row["title"]: row["status"] for row in inputs["c2"]["objectives"]}
    assert statuses == {
        "Nöjda brukare": "on_track",
        "Snabba svar": "at_risk",
        "Få fall": "missed",
        "Utan värden": "",
    }
    assert dict(inputs["c2"]["counts"]) == {
        "Uppfylls": 1,
        "Risk att inte uppfyllas": 1,
        "Uppfylls inte": 1,
        "Inget värde": 1,
    }
    series = {s["name"]: s["points"] for s in inputs["c5"]["series"]}
    assert series["Nyckeltal Nöjda brukare (Solgården)"] == [["K1 2025", 70.0], ["K4 2025", 95.0]]


def test_accepted_suggestions_in_the_period_are_improvement_opportunities(cast):
    t = cast.tree
    S = Suggestion.Status
    make_suggestion(
        t.solgarden,
        cast.participant,
        IN_PERIOD,
        title="Digital signering",
        status=S.ACCEPTED,
        decided_at=at(IN_PERIOD),
    )
    make_suggestion(t.solgarden, cast.participant, IN_PERIOD, title="Nej tack", status=S.REJECTED)
    make_suggestion(
        t.school, cast.participant, IN_PERIOD, status=S.ACCEPTED, decided_at=at(IN_PERIOD)
    )
    f = compile_inputs(make_review(cast))["f"]
    assert [s["title"] for s in f["accepted"]] == ["Digital signering"]
    assert dict(f["suggestions_by_status"])["Avslaget"] == 1


def test_previous_reviews_actions_and_their_status_appear_in_item_a(cast):
    earlier = make_review(
        cast, period=(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)), title="LG 2024"
    )
    decision = services.add_decision(
        earlier, by=cast.coordinator, kind=Decision.Kind.IMPROVEMENT, text="Inför digital signering"
    )
    done = services.add_decision_action(
        decision,
        by=cast.coordinator,
        title="Upphandla",
        owner=cast.chair,
        due_date=datetime.date(2025, 3, 1),
    )
    services.add_decision_action(
        decision,
        by=cast.coordinator,
        title="Utbilda personalen",
        owner=cast.chef,
        due_date=datetime.date(2025, 6, 1),
    )
    services.approve_review(earlier, by=cast.chair)
    deviation_services.complete_action(done, by=cast.chair, result="Klart")
    # A review of another scope is not "the previous review" of this one.
    other = make_review(
        cast, unit=cast.tree.school, period=(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    )
    services.approve_review(other, by=cast.chair)

    a = compile_inputs(make_review(cast))["a"]
    assert a["previous"]["title"] == "LG 2024"
    statuses = {row["title"]: row["status"] for row in a["actions"]}
    assert statuses == {"Upphandla": Action.Status.DONE, "Utbilda personalen": "planned"}
    assert a["counts"]["total"] == 2 and a["counts"]["done"] == 1
    assert all(row["decision"] == "Inför digital signering" for row in a["actions"])


def test_compiling_costs_the_same_number_of_queries_for_more_data(cast):
    deviations_dataset(cast)
    review = make_review(cast)
    with CaptureQueriesContext(connection) as small:
        compile_inputs(review)
    deviations_dataset(cast)
    make_deviations(cast.tree.homecare, cast.participant, 200, created_at=at(IN_PERIOD))
    with CaptureQueriesContext(connection) as large:
        compile_inputs(review)
    assert len(large) == len(small)


def spread_dataset(cast) -> None:
    """Deviations around the edges the tallies are cut at: at local midnight on the first of a
    month and the microsecond before, on the days daylight saving starts and ends, on 29
    February, on days inside months, in the period and the year before; with and without a
    category, closed after odd times (some closed in another month than reported), dismissed,
    confidential; in two units of the same name; one moved, one re-dated, one deleted
    afterwards; and cases in another förvaltning that must not count."""
    t = cast.tree
    zone = timezone.get_current_timezone()
    work = make_category("Arbetsmiljö")
    categories = [make_category("Tillbud", parent=work), work, make_category("Vård"), None]
    namesake = OrganisationUnit.objects.add_child(
        t.social, {"name": "Hemtjänsten", "kind": OrganisationUnit.Kind.UNIT, "code": "t-ht2"}
    )
    units = [t.solgarden, t.homecare, namesake, t.social, t.school]
    instants = [
        datetime.datetime(*fields, tzinfo=zone)
        for fields in [
            (2023, 12, 31, 23, 59, 59, 999999),
            (2024, 1, 1),
            (2024, 1, 15, 9),
            (2024, 2, 29, 12),
            (2024, 3, 1),
            (2024, 3, 10, 8),
            (2024, 3, 31, 2, 30),
            (2024, 11, 20, 23, 59),
            (2024, 12, 31, 23, 59, 59, 999999),
            (2025, 1, 1),
            (2025, 1, 14, 23, 59, 59),
            (2025, 1, 15),
            (2025, 2, 28, 18),
            (2025, 3, 1),
            (2025, 3, 5, 7),
            (2025, 3, 30, 1, 30),
            (2025, 3, 30, 3, 30),
            (2025, 6, 18, 12),
            (2025, 10, 26, 2, 30),
            (2025, 10, 31, 23, 59, 59, 999999),
            (2025, 11, 20, 23, 59),
            (2025, 11, 21),
            (2025, 12, 31, 23, 59, 59, 999999),
            (2026, 1, 1),
        ]
    ]
    made = []
    for n, instant in enumerate(instants):
        for k, unit in enumerate(units):
            made += make_deviations(
                unit,
                cast.participant,
                1 + (n + k) % 3,
                created_at=instant,
                step=datetime.timedelta(microseconds=1),
                category=categories[(n + k) % len(categories)],
                is_confidential=(n + k) % 5 == 0,
            )
    S = Deviation.Status
    for n, deviation in enumerate(made):
        if n % 3 == 0:  # closed after 1-40 days and some hours, minutes and microseconds
            took = datetime.timedelta(days=1 + n % 40, hours=n % 24, minutes=n, microseconds=n)
            status = S.DISMISSED if n % 7 == 0 else S.CLOSED
            Deviation.objects.filter(pk=deviation.pk).update(
                status=status, closed_at=deviation.created_at + took
            )
    Deviation.objects.filter(pk=made[5].pk).update(unit=t.school)
    Deviation.objects.filter(pk=made[6].pk).update(unit=t.homecare)
    Deviation.objects.filter(pk=made[7].pk).update(
        created_at=datetime.datetime(2025, 7, 1, tzinfo=zone)
    )
    Deviation.objects.filter(pk=made[8].pk).delete()


def test_deviations_from_the_tallies_equal_those_counted_from_the_cases(cast):
    """c4 and last year's figures read from the tallies (whole months) and the cases (the days
    outside them) are the figures counted from the cases alone, whatever the period."""
    spread_dataset(cast)
    periods = [
        (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)),  # twelve whole months
        (datetime.date(2025, 1, 15), datetime.date(2025, 11, 20)),  # days at both ends
        (datetime.date(2025, 2, 1), datetime.date(2025, 11, 20)),  # days at the end only
        (datetime.date(2025, 1, 15), datetime.date(2025, 10, 31)),  # days at the start only
        (datetime.date(2025, 3, 5), datetime.date(2025, 3, 30)),  # inside one month
        (datetime.date(2024, 2, 29), datetime.date(2025, 2, 28)),  # a year before: 28 Feb
        (datetime.date(2024, 3, 1), datetime.date(2025, 12, 31)),  # longer than a year
    ]
    for start, end in periods:
        tallied = compile_figures(cast.tree.social, start, end)
        counted = compile_figures(cast.tree.social, start, end, from_cases=True)
        del tallied["compiled_at"], counted["compiled_at"]
        assert tallied == counted, (start, end)
        assert tallied["c4"]["total"] and tallied["c4"]["closed"], (start, end)
        assert tallied["previous"]["deviations"], (start, end)
    year = compile_figures(cast.tree.social, *periods[0])
    # The two units named Hemtjänsten are one row, as they always were.
    assert [name for name, _n in year["c4"]["by_unit"]].count("Hemtjänsten") == 1
    assert "Skolförvaltningen" not in str(year["c4"])


def test_a_calendar_year_reads_its_deviation_counts_from_the_tallies(cast):
    """A year at a million cases: the counts per category and month, the time to close and the
    units' ranking come from the tallies, not from a pass over the year's cases, and the whole
    compilation takes a fixed, small number of queries."""
    spread_dataset(cast)
    review = make_review(cast)
    with CaptureQueriesContext(connection) as queries:
        compile_inputs(review)
    over_cases = [
        q["sql"]
        for q in queries.captured_queries
        if re.search(r'FROM "?deviations_deviation\b', q["sql"])
    ]
    # Only c7's tagged cases (by supplier) are read from the cases.
    assert len(over_cases) == 1 and '"deviations_supplier"' in over_cases[0], over_cases
    assert len(queries) <= 21, [q["sql"][:80] for q in queries.captured_queries]
