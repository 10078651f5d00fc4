"""Översikt (issue 16): one scope's key figures, who sees them, and what they cost."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django import forms
from django.core.cache import cache
from django.db import connection
from django.test.html import parse_html
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from audits.models import Audit
from deviations import statistics
from deviations.models import Action, Feedback, LegalTrack, LegalTrackKind
from qms.menu import items_for
from qms.models import Membership, OrganisationUnit, Role
from reviews import services
from reviews.forms import OverviewForm
from reviews.models import Indicator
from reviews.overview import compile_overview, overview_for
from tests.certifications.factories import make_certificate
from tests.conftest import login
from tests.deviations.builders import make_action, make_deviations
from tests.factories import make_user
from tests.reviews.conftest import at, make_audit, make_feedback

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def dataset(cast, today=TODAY, scale: int = 1) -> None:
    """In Socialförvaltningen: 4 × scale deviations this year (one of them past `today` last
    year's date), 2 × scale the same days last year; an overdue action; an overdue lex Sarah
    clock and a running lex Maria one; 2 feedback due, 1 answered in time; a programme of 3
    audits with 1 performed; an objective with a percentage this quarter and a year earlier.
    Outside the scope: the school's cases, which must not count."""
    t = cast.tree
    cases = make_deviations(
        t.solgarden,
        cast.participant,
        4 * scale,
        created_at=at(datetime.date(today.year, 3, 1)),
        title="Hemligt ärende om en boende",
    )
    make_deviations(
        t.homecare, cast.participant, 2 * scale, created_at=at(datetime.date(today.year - 1, 2, 1))
    )
    # Last year, but after today's date: not in "the same period last year".
    make_deviations(
        t.homecare, cast.participant, 5, created_at=at(datetime.date(today.year - 1, 11, 1))
    )
    make_deviations(t.school, cast.participant, 7, created_at=at(datetime.date(today.year, 3, 1)))
    make_action(cases[0], owner=cast.chef, due_date=today - datetime.timedelta(days=3))
    make_action(cases[1], owner=cast.chef, due_date=today + datetime.timedelta(days=3))
    now = timezone.now()
    for kind, deadline in ((LegalTrackKind.LEX_SARAH, -1), (LegalTrackKind.LEX_MARIA, 2)):
        LegalTrack.objects.create(
            deviation=cases[2],
            kind=kind,
            flagged_by=cast.chef,
            aware_at=now - datetime.timedelta(days=5),
            deadline=now + datetime.timedelta(days=deadline),
        )
    answered = make_feedback(t.solgarden, Feedback.Kind.COMPLAINT, datetime.date(today.year, 4, 1))
    Feedback.objects.filter(pk=answered.pk).update(answered_at=at(datetime.date(today.year, 4, 10)))
    make_feedback(t.solgarden, Feedback.Kind.COMPLAINT, datetime.date(today.year, 4, 2))
    performed = make_audit(t.solgarden, cast.coordinator, datetime.date(today.year, 2, 1))
    for month in (9, 10):
        Audit.objects.create(
            programme=performed.programme,
            title="Planerad",
            unit=t.homecare,
            planned_date=datetime.date(today.year, month, 1),
            created_by=cast.coordinator,
        )
    objective = services.create_objective(by=cast.coordinator, unit=t.social, title="Nöjda boende")
    indicator = services.add_indicator(
        objective,
        by=cast.coordinator,
        name="Andel nöjda",
        unit_of_measure="%",
        target=Decimal(90),
        direction=Indicator.Direction.HIGHER,
        period=Indicator.Period.QUARTER,
        source=Indicator.Source.MANUAL,
    )
    for start, value in (
        (datetime.date(today.year - 1, 4, 1), 75),
        (datetime.date(today.year, 4, 1), 85),
    ):
        services.record_value(
            indicator, by=cast.coordinator, period_start=start, value=Decimal(value)
        )


def test_the_figures_of_a_scope_against_the_same_days_last_year(cast):
    dataset(cast)
    figures = compile_overview(cast.tree.social, TODAY)
    assert figures["deviations"] == {"now": 4, "before": 2, "change": 2, "open": 11}
    assert figures["actions"] == {"open": 2, "overdue": 1}
    legal = figures["legal_tracks"]
    assert legal["open"] == 2 and legal["overdue"] == 1
    assert [(k["label"], k["running"], k["overdue"]) for k in legal["kinds"]] == [
        ("Lex Sarah", 0, 1),
        ("Lex Maria", 1, 0),
    ]
    assert figures["feedback"]["due"] == 2 and figures["feedback"]["in_time"] == 1
    assert figures["feedback"]["percent"] == 50.0
    assert figures["audits"] == {"planned": 3, "performed": 1, "due": 1, "percent": 33.3}
    [card] = figures["objectives"]["cards"]
    [indicator] = card["indicators"]
    assert (indicator["value"], indicator["last_year"], indicator["target"]) == (85.0, 75.0, 90.0)
    assert card["status"] == "at_risk"  # 85 is within 10 % of 90
    assert "inom 10 % från målet" in figures["objectives"]["rule"]


def test_the_month_in_progress_counts_up_to_the_same_day_as_the_cases_do(cast):
    """Whole months come from the tallies, the month in progress from the cases: a case on the
    day counts, one the day after (last year) does not, the month before counts whole."""
    t = cast.tree
    for day, count in (
        (datetime.date(2026, 6, 15), 1),  # today: this year
        (datetime.date(2026, 6, 20), 64),  # later this month (an imported date): not yet
        (datetime.date(2026, 5, 31), 2),  # the month before: from the tallies
        (datetime.date(2025, 6, 15), 4),  # the same day last year
        (datetime.date(2025, 6, 16), 8),  # the day after, last year: not in the period
        (datetime.date(2025, 5, 1), 16),  # last year's whole months
        (datetime.date(2024, 12, 31), 32),  # the year before: never
    ):
        make_deviations(t.solgarden, cast.participant, count, created_at=at(day))
    figures = compile_overview(t.social, TODAY)["deviations"]
    assert (figures["now"], figures["before"], figures["open"]) == (3, 20, 127)


def test_a_smaller_scope_counts_its_own_subtree_only(cast):
    """Every figure of Hemtjänsten's overview, whose sibling Solgården has the feedback, the
    legal tracks, the performed audit and a certificate: none of them count here (each figure
    is filtered by the subtree's unit ids, not by a join with the unit tree)."""
    dataset(cast)
    make_certificate([cast.tree.solgarden], cast.coordinator, issue_date=TODAY)
    figures = compile_overview(cast.tree.homecare, TODAY)
    assert figures["deviations"]["now"] == 0 and figures["deviations"]["before"] == 2
    assert figures["objectives"]["cards"] == [] and figures["objectives"]["total"] == 0
    assert (figures["feedback"]["due"], figures["feedback"]["overdue"]) == (0, 0)
    assert figures["legal_tracks"]["open"] == 0
    assert figures["audits"] == {"planned": 2, "performed": 0, "due": 0, "percent": 0.0}
    assert figures["certificates"]["rows"] == []
    # The same figures where they are: Solgården's own subtree.
    figures = compile_overview(cast.tree.solgarden, TODAY)
    assert (figures["feedback"]["due"], figures["legal_tracks"]["open"]) == (2, 2)
    assert figures["audits"]["performed"] == 1
    [row] = figures["certificates"]["rows"]
    assert row["standard"].startswith("ISO 9001")


def test_the_actions_are_counted_by_unit_id_from_the_open_actions_index(cast):
    """Open and overdue actions of a scope: the units' ids and a column of the open actions'
    index (which carries the unit), not a join with the unit tree reading every action's row."""
    dataset(cast)
    with CaptureQueriesContext(connection) as queries:
        figures = compile_overview(cast.tree.social, TODAY)["actions"]
    (counted,) = [q["sql"] for q in queries.captured_queries if "deviations_action" in q["sql"]]
    assert "qms_organisationunit" not in counted
    assert 'COUNT("deviations_action"."due_date")' in counted
    open_actions = Action.objects.filter(
        unit__path__startswith=cast.tree.social.path, status__in=Action.OPEN_STATUSES
    )
    assert figures == {
        "open": open_actions.count(),
        "overdue": open_actions.filter(due_date__lt=TODAY).count(),
    }
    assert figures["open"] > 0


def test_coordinator_sees_figures_linked_to_the_filtered_lists(client, cast):
    dataset(cast, today=timezone.localdate())
    login(client, cast.coordinator)
    response = client.get(reverse("overview:page"), {"enhet": cast.tree.social.pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert f"/avvikelser/atgarder/?enhet={cast.tree.social.pk}&amp;forsenade=on" in html
    assert f"/avvikelser/?enhet={cast.tree.social.pk}&amp;fran=" in html
    assert "Nöjda boende" in html and "Hemligt ärende" not in html
    # When the figures were compiled (they may be a minute old after a change, see the cache).
    computed = timezone.localtime(response.context["figures"]["computed_at"])
    assert f"Beräknat {computed:%H:%M}; siffrorna kan vara upp till fem minuter gamla." in html


def test_board_member_reads_counts_only_without_links_or_case_titles(client, cast):
    dataset(cast, today=timezone.localdate())
    login(client, cast.board)
    response = client.get(reverse("overview:page"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Översikt: Testkommun" in html
    assert "/avvikelser/" not in html.split("<main", 1)[1]  # no links into the case lists
    assert "Hemligt ärende" not in html
    # The menu offers nothing that is always empty for a board member.
    menu = {str(item[1]) for item in items_for(cast.board)}
    assert {"Översikt", "Rapporter"} <= menu
    assert not menu & {"Avvikelser", "Åtgärder", "Förbättringsförslag", "Statistik", "API-nycklar"}


def test_no_overview_for_staff_and_no_unit_outside_the_scope(client, cast):
    login(client, cast.staff)
    assert client.get(reverse("overview:page")).status_code == 403
    assert "Översikt" not in {str(item[1]) for item in items_for(cast.staff)}
    login(client, cast.chef)  # chef of Solgården only
    response = client.get(reverse("overview:page"), {"enhet": cast.tree.social.pk})
    assert response.status_code == 400
    assert "Översikt: Solgården" in response.content.decode()
    login(client, cast.company_board)
    response = client.get(reverse("overview:page"), {"enhet": cast.tree.kommun.pk})
    assert response.status_code == 400
    assert "Översikt: Bostadsbolaget" in response.content.decode()


def test_cached_figures_are_kept_apart_by_language(cast, monkeypatch):
    dataset(cast)
    clock = statistics._now()
    monkeypatch.setattr(statistics, "_now", lambda: clock)
    with translation.override("sv"):
        swedish = overview_for(cast.tree.social, TODAY)
    with translation.override("en"):
        english = overview_for(cast.tree.social, TODAY)
    assert swedish["objectives"]["cards"][0]["status_label"] == "Risk att inte uppfyllas"
    assert english["objectives"]["cards"][0]["status_label"] == "At risk"
    # A second call is served from the cache: the data changes, the figures do not (yet).
    make_deviations(cast.tree.solgarden, cast.participant, 3, created_at=at(TODAY))
    with translation.override("sv"):
        assert overview_for(cast.tree.social, TODAY) == swedish
        # A committed change of a case moves the generation on: the figures are old, but are
        # compiled afresh only once they are a minute old (STATISTICS_REFRESH_SECONDS).
        statistics.invalidate()
        clock += 59
        assert overview_for(cast.tree.social, TODAY) == swedish
        clock += 1
        fresh = overview_for(cast.tree.social, TODAY)
        assert fresh["deviations"]["now"] == 7
        assert fresh["computed_at"] > swedish["computed_at"]
        # Fresh figures under the current generation stay until they expire (five minutes).
        clock += 240
        assert overview_for(cast.tree.social, TODAY) == fresh


@pytest.mark.parametrize("scale", [1, 20])
def test_the_page_costs_a_bounded_number_of_queries(
    client, cast, scale, django_assert_max_num_queries
):
    dataset(cast, today=timezone.localdate(), scale=scale)
    login(client, cast.coordinator)
    with django_assert_max_num_queries(30):
        assert client.get(reverse("overview:page")).status_code == 200


def test_the_start_page_shows_the_key_figures_of_the_scope(client, cast):
    dataset(cast, today=timezone.localdate())
    login(client, cast.board)
    html = client.get(reverse("home")).content.decode()
    assert "Försenade åtgärder" in html and "Hela översikten" in html
    assert "Kvalitetsmål som inte uppfylls" in html
    assert "Beräknat " in html and "siffrorna kan vara upp till fem minuter gamla." in html
    login(client, cast.staff)
    assert "Hela översikten" not in client.get(reverse("home")).content.decode()


def test_confidential_cases_are_counted_but_never_named(client, cast):
    """As a kommun expects: the nämnd and the coordinators count every case of the scope, a
    confidential one too, but the overview names none, whoever looks; the list behind a figure
    shows a viewer only the cases they may open."""
    today = timezone.localdate()
    title = "Sekretessmarkerad vårdskada hos patient på Solgården"
    secret = make_deviations(
        cast.tree.solgarden,
        cast.participant,
        2,
        created_at=at(datetime.date(today.year, 1, 2)),
        title=title,
        is_confidential=True,
    )
    LegalTrack.objects.create(
        deviation=secret[0],
        kind=LegalTrackKind.LEX_MARIA,
        flagged_by=cast.chef,
        aware_at=timezone.now(),
        deadline=timezone.now() + datetime.timedelta(days=2),
    )
    make_action(secret[1], owner=cast.chef, due_date=today - datetime.timedelta(days=1))
    sensitive = make_user(cast.tree.social, Role.MANAGER)
    Membership.objects.filter(user=sensitive).update(sensitive_access=True)
    for user in (cast.coordinator, cast.chair, sensitive, cast.board):
        cache.clear()
        login(client, user)
        response = client.get(reverse("overview:page"), {"enhet": cast.tree.social.pk})
        figures = response.context["figures"]
        assert figures["deviations"]["now"] == 2 and figures["deviations"]["open"] == 2
        assert figures["legal_tracks"]["open"] == 1 and figures["actions"]["overdue"] == 1
        html = response.content.decode()
        assert "även sekretessmarkerade, men inget ärende namnges här" in html
        assert title not in html and secret[0].number not in html, user
        if user != sensitive:  # who may read a case sees it in the start page's case panels
            assert title not in client.get(reverse("home")).content.decode(), user
    # A chef without access to confidential cases follows the figure: the list holds none.
    login(client, cast.chair)
    links = client.get(reverse("overview:page"), {"enhet": cast.tree.social.pk}).context["links"]
    listing = client.get(links["open_deviations"]).content.decode()
    assert title not in listing and secret[0].number not in listing


def test_the_picker_is_written_as_django_writes_a_select(cast):
    """reviews.forms.PlainSelect skips the per-option templates, not a single attribute."""
    units = list(OrganisationUnit.objects.order_by("path"))
    form = OverviewForm({"enhet": str(cast.tree.social.pk)}, units=units)
    assert form.is_valid()
    plain = str(form["enhet"])
    form.fields["enhet"].widget = forms.Select(choices=form.fields["enhet"].choices)
    assert parse_html(plain) == parse_html(str(form["enhet"]))
    assert f'<option value="{cast.tree.social.pk}" selected>' in plain
