"""The statistics dashboard: figures scoped to what the user may see, charts with tables."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from deviations import statistics
from deviations.models import Action, Deviation
from deviations.statistics import first_of_month
from tests.conftest import login
from tests.deviations.builders import (
    People,
    make_action,
    make_category,
    make_deviation,
    make_deviations,
    make_people,
)
from tests.factories import Tree

DASHBOARD = reverse("deviations:dashboard")
S = Deviation.Status


@pytest.fixture
def people(tree: Tree) -> People:
    return make_people(tree)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def figures(client, user, **params):
    cache.clear()
    login(client, user)
    response = client.get(DASHBOARD, params)
    assert response.status_code == 200
    return response.context["figures"]


def in_month(months_back: int, day: int = 10) -> datetime.datetime:
    """Noon on `day` of the month `months_back` before this one (local time)."""
    first = first_of_month(timezone.localdate(), months_back)
    moment = datetime.datetime.combine(first.replace(day=day), datetime.time(12))
    return min(timezone.make_aware(moment), timezone.now())


@pytest.mark.django_db
def test_staff_may_not_see_the_dashboard(client, tree, people):
    login(client, people.staff)
    assert client.get(DASHBOARD).status_code == 403
    assert client.get(DASHBOARD, headers={"HX-Request": "true"}).status_code == 403


@pytest.mark.django_db
def test_dashboard_counts_open_cases_by_status(client, tree, people):
    make_deviations(tree.solgarden, people.staff, 3, status=S.REPORTED)
    make_deviations(tree.homecare, people.staff, 2, status=S.ACTING)
    make_deviations(tree.homecare, people.staff, 4, status=S.CLOSED)
    make_deviations(tree.school, people.other_staff, 1, status=S.DISMISSED)

    result = figures(client, people.coordinator)
    assert {status: count for status, _, count in result.open_by_status} == {
        S.REPORTED: 3,
        S.INVESTIGATING: 0,
        S.ACTING: 2,
        S.FOLLOW_UP: 0,
    }
    assert result.open_total == 5


@pytest.mark.django_db
def test_new_cases_per_month_by_top_category_over_twelve_months(client, tree, people):
    care = make_category("Vård och omsorg")
    fall = make_category("Fall", parent=care)
    it = make_category("IT")
    make_deviations(tree.solgarden, people.staff, 2, category=fall, created_at=in_month(0, 1))
    make_deviations(tree.solgarden, people.staff, 1, category=care, created_at=in_month(2))
    make_deviations(tree.solgarden, people.staff, 3, category=it, created_at=in_month(11))
    make_deviations(tree.solgarden, people.staff, 1, created_at=in_month(5))
    make_deviations(tree.solgarden, people.staff, 7, category=it, created_at=in_month(12))

    result = figures(client, people.coordinator)
    assert result.months[0] == first_of_month(timezone.localdate(), 11)
    assert result.months[-1] == first_of_month(timezone.localdate())
    assert result.new_by_category == {
        "IT": [3] + [0] * 11,
        "Vård och omsorg": [0] * 9 + [1, 0, 2],
        None: [0] * 6 + [1] + [0] * 5,
    }
    assert result.new_total == 7


@pytest.mark.django_db
def test_top_units_average_days_to_close_and_overdue_actions(client, tree, people):
    now = timezone.now()
    make_deviations(tree.homecare, people.staff, 3)
    make_deviations(tree.solgarden, people.staff, 1)
    for days in (10, 4):
        make_deviation(
            tree.solgarden,
            people.staff,
            status=S.CLOSED,
            created_at=now - datetime.timedelta(days=days),
            closed_at=now,
        )
    make_deviation(  # closed long ago: not in the last twelve months
        tree.solgarden,
        people.staff,
        status=S.CLOSED,
        created_at=now - datetime.timedelta(days=800),
        closed_at=now - datetime.timedelta(days=700),
    )
    case = make_deviation(tree.solgarden, people.staff, status=S.ACTING)
    today = timezone.localdate()
    make_action(case, owner=people.chef, due_date=today - datetime.timedelta(days=2))
    make_action(case, owner=people.chef, due_date=today + datetime.timedelta(days=2))
    make_action(
        case,
        owner=people.chef,
        due_date=today - datetime.timedelta(days=2),
        status=Action.Status.DONE,
    )

    result = figures(client, people.coordinator)
    assert [(name, count) for _, name, count in result.top_units] == [
        ("Solgården", 4),
        ("Hemtjänsten", 3),
    ]
    assert result.closed_count == 2
    assert result.average_days_to_close == pytest.approx(7, abs=0.01)
    assert result.overdue_actions == 1


@pytest.mark.django_db
def test_dashboard_counts_only_what_the_user_may_see(client, tree, people):
    make_deviations(tree.solgarden, people.staff, 2, status=S.REPORTED)
    secret = make_deviation(tree.solgarden, people.staff, is_confidential=True)
    make_action(
        secret, owner=people.sensitive_chef, due_date=timezone.localdate().replace(year=2020)
    )
    make_deviations(tree.school, people.other_staff, 5)

    chef = figures(client, people.chef)
    assert chef.open_total == 2 and chef.new_total == 2 and chef.overdue_actions == 0
    sibling = figures(client, people.sibling_chef)
    assert sibling.open_total == 0 and sibling.new_total == 0 and sibling.top_units == []
    sensitive = figures(client, people.sensitive_chef)
    assert sensitive.open_total == 3 and sensitive.overdue_actions == 1
    assert figures(client, people.coordinator).open_total == 7


@pytest.mark.django_db
def test_unit_filter_narrows_the_figures_and_refuses_units_out_of_sight(client, tree, people):
    make_deviations(tree.solgarden, people.staff, 2)
    make_deviations(tree.school, people.other_staff, 3)
    assert figures(client, people.coordinator, enhet=tree.school.pk).open_total == 3
    assert figures(client, people.coordinator, enhet=tree.elderly.pk).open_total == 2

    login(client, people.chef)
    response = client.get(DASHBOARD, {"enhet": tree.school.pk})
    assert response.status_code == 200
    assert "figures" not in response.context
    assert 'role="alert"' in response.content.decode()


@pytest.mark.django_db
def test_charts_are_named_images_with_the_numbers_in_tables(client, tree, people):
    make_deviations(tree.solgarden, people.staff, 3, category=make_category("Fall"))
    login(client, people.coordinator)
    html = client.get(DASHBOARD).content.decode()
    charts = re.findall(r'<svg class="chart" role="img" aria-labelledby="([\w-]+)"', html)
    assert charts == ["chart-status-title", "chart-new-title", "chart-units-title"]
    for title_id in charts:
        assert f'<title id="{title_id}">' in html
    assert "<title>Rapporterad: 3</title>" in html
    assert "<title>Solgården: 3</title>" in html
    assert html.count("<summary>Visa som tabell</summary>") == 3
    assert html.count("<caption>") == 3
    assert '<th scope="row">' in html and '<th scope="col"' in html


@pytest.mark.django_db
def test_htmx_filter_change_gets_only_the_figures(client, tree, people):
    make_deviations(tree.school, people.other_staff, 3)
    login(client, people.coordinator)
    response = client.get(DASHBOARD, {"enhet": tree.school.pk}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html and "<form" not in html
    assert 'role="img"' in html


@pytest.mark.django_db
def test_dashboard_query_count_is_the_same_with_5_and_500_deviations(client, tree, people):
    categories = [make_category(name) for name in ("Fall", "IT", "Miljö", "Bemötande")]
    make_deviations(tree.solgarden, people.staff, 5, category=categories[0])
    login(client, people.coordinator)
    client.get(DASHBOARD)

    def queries() -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(DASHBOARD).status_code == 200
        return len(captured)

    small = queries()
    for months_back, category in enumerate(categories * 3):
        case = make_deviations(
            tree.homecare,
            people.staff,
            40,
            category=category,
            created_at=in_month(months_back),
            status=S.CLOSED,
            closed_at=timezone.now(),
        )[0]
        make_action(case, owner=people.chef, due_date=datetime.date(2020, 1, 1))
    make_deviations(tree.school, people.other_staff, 15)
    assert Deviation.objects.count() == 500
    assert queries() == small


@pytest.mark.django_db
def test_second_visit_within_minutes_comes_from_the_cache(
    client, tree, people, django_capture_on_commit_callbacks, monkeypatch
):
    clock = statistics._now()
    monkeypatch.setattr(statistics, "_now", lambda: clock)
    cases = make_deviations(tree.solgarden, people.staff, 3)
    login(client, people.coordinator)
    with CaptureQueriesContext(connection) as first:
        client.get(DASHBOARD)
    with CaptureQueriesContext(connection) as second:
        response = client.get(DASHBOARD)

    def case_queries(context) -> list[str]:
        return [q["sql"] for q in context.captured_queries if "deviations_deviation" in q["sql"]]

    computed = len(case_queries(first))  # the tallies, and the coordinator's own cases
    assert computed == 4
    assert case_queries(second) == []
    assert response.context["figures"].open_total == 3  # computed a moment ago, not again

    # A case closed, committed: every cached dashboard is old, and is computed afresh once it
    # is a minute old (STATISTICS_REFRESH_SECONDS), not at every view.
    make_deviations(tree.solgarden, people.staff, 2)  # bulk: no signal, still the cached one
    assert client.get(DASHBOARD).context["figures"].open_total == 3
    with django_capture_on_commit_callbacks(execute=True):
        cases[0].status = S.CLOSED
        cases[0].save()
    clock += 59
    assert client.get(DASHBOARD).context["figures"].open_total == 3
    clock += 1
    with CaptureQueriesContext(connection) as third:
        response = client.get(DASHBOARD)
    assert response.context["figures"].open_total == 4
    assert len(case_queries(third)) == computed
    # Another user never gets the first one's figures.
    login(client, people.chef)
    assert client.get(DASHBOARD).context["figures"].open_total == 4


@pytest.mark.django_db
def test_the_cached_figures_are_kept_per_language(client, tree, people):
    make_deviations(tree.solgarden, people.staff, 1, status=S.REPORTED)
    login(client, people.coordinator)
    swedish = client.get(DASHBOARD, headers={"Accept-Language": "sv"}).context["figures"]
    english = client.get(DASHBOARD, headers={"Accept-Language": "en"}).context["figures"]
    assert swedish.open_by_status[0][1] != english.open_by_status[0][1]
    assert english.open_by_status[0][1] == "Reported"


@pytest.mark.django_db
def test_chart_labels_are_escaped(client, tree, people):
    make_deviations(tree.solgarden, people.staff, 2, category=make_category("<b>Fall</b>"))
    login(client, people.coordinator)
    html = client.get(DASHBOARD).content.decode()
    assert "<b>Fall</b>" not in html
    assert "&lt;b&gt;Fall&lt;/b&gt;" in html


@pytest.mark.django_db
def test_a_cached_dashboard_never_reaches_someone_who_may_see_less(client, tree, people):
    """Two chefs over the same unit, one with access to confidential cases: each gets figures
    computed for what they may see, in whichever order they come and in either language."""
    from qms.models import Membership, Role
    from tests.factories import make_user

    make_deviations(tree.solgarden, people.staff, 2, status=S.REPORTED)
    make_deviations(tree.solgarden, people.staff, 3, status=S.REPORTED, is_confidential=True)
    plain = make_user(tree.elderly, Role.MANAGER)
    sensitive = make_user()
    Membership.objects.create(
        user=sensitive, unit=tree.elderly, role=Role.MANAGER, sensitive_access=True
    )
    for language in ("sv", "en", "sv"):
        for user, expected in ((sensitive, 5), (plain, 2), (sensitive, 5)):
            login(client, user)
            figures = client.get(DASHBOARD, headers={"Accept-Language": language}).context[
                "figures"
            ]
            assert figures.open_total == expected, (user, language)
            label = figures.open_by_status[0][1]
            assert label == ("Reported" if language == "en" else "Rapporterad"), label


def test_a_refresh_interval_longer_than_the_pages_promise_is_refused():
    """The pages say the figures may be up to five minutes old: a longer interval is refused
    at start, with a clear message (0, at the next view, is what the two-node test runs)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "qms.settings",
        "STATISTICS_REFRESH_SECONDS": "301",
    }
    run = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode != 0
    assert "STATISTICS_REFRESH_SECONDS måste vara mellan 0 och 300." in run.stderr
