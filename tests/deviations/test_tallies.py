"""The tallies PostgreSQL keeps for the statistics (deviations.tallies) equal a recount from the
cases after every kind of change, and the dashboard's figures from them equal the figures
counted from the cases for every kind of user."""

from __future__ import annotations

import datetime
import json

import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from deviations import services, statistics, tallies
from deviations.models import Deviation, DeviationTally
from qms.lookups import IdArray
from qms.models import Membership, OrganisationUnit, Role
from tests.deviations.builders import make_category, make_deviation, make_deviations, make_people
from tests.factories import make_user

pytestmark = pytest.mark.django_db
S = Deviation.Status


def assert_exact() -> None:
    assert tallies.current() == tallies.recount()


def months_ago(months: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=30 * months + 3)


@pytest.fixture
def people(tree):
    return make_people(tree)


@pytest.fixture
def cases(tree, people):
    fall = make_category("Fall", parent=make_category("Vård"))
    other = make_category("Lokaler")
    made = [
        *make_deviations(tree.solgarden, people.staff, 3, category=fall),
        *make_deviations(tree.homecare, people.staff, 2, status=S.ACTING, category=other),
        *make_deviations(tree.school, people.other_staff, 2, is_confidential=True),
        make_deviation(tree.kommun, people.chef, status=S.INVESTIGATING),
        make_deviation(tree.company, people.staff, created_at=months_ago(14)),
        make_deviation(tree.homecare, people.staff, created_at=months_ago(3), category=fall),
    ]
    Deviation.objects.filter(pk=made[3].pk).update(
        status=S.CLOSED, closed_at=timezone.now() - datetime.timedelta(days=2)
    )
    Deviation.objects.filter(pk=made[4].pk).update(status=S.DISMISSED)
    return made


def test_tallies_follow_inserts_updates_deletes_and_moves(tree, people, cases):
    assert_exact()
    root = DeviationTally.objects.filter(unit=tree.group, subtree=True, kind="new")
    assert sum(root.values_list("count", flat=True)) == Deviation.objects.count() == 10

    # One case through its workflow, with the services (row by row, as the pages do).
    case = cases[0]
    services.start_investigation(case, by=people.chef)
    assert_exact()
    case.refresh_from_db()
    case.unit = tree.homecare
    case.is_confidential = True
    case.save()
    assert_exact()
    Deviation.objects.filter(unit=tree.homecare).update(status=S.CLOSED, closed_at=timezone.now())
    assert_exact()
    Deviation.objects.filter(pk=cases[1].pk).update(title="Bara rubriken ändras")  # no change
    assert_exact()
    Deviation.objects.filter(pk__in=[cases[2].pk, cases[5].pk]).delete()
    assert_exact()

    tallies.compact()
    assert_exact()
    keys = DeviationTally.objects.values_list(
        "unit_id", "subtree", "kind", "month", "status", "category_id", "is_confidential"
    )
    assert len(keys) == len(set(keys))  # one row per key after compacting

    # A subtree moved elsewhere in the tree (as an HR import does): every tally is recounted.
    OrganisationUnit.objects.get(pk=tree.elderly.pk).move(
        OrganisationUnit.objects.get(pk=tree.school.pk), "sorted-child"
    )
    assert_exact()
    school = DeviationTally.objects.filter(unit=tree.school, subtree=True, kind="new")
    moved = Deviation.objects.filter(unit__path__startswith=tree.school.path).count()
    assert (
        moved
        == Deviation.objects.filter(
            unit__in=[tree.school, tree.elderly, tree.solgarden, tree.homecare]
        ).count()
    )
    assert sum(school.values_list("count", flat=True)) == moved


def test_the_rebuild_gives_what_the_triggers_keep(tree, people, cases):
    before = tallies.current()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM deviations_deviationtally")
    tallies.rebuild()
    assert tallies.current() == before


@pytest.mark.parametrize(
    "who", ["coordinator", "chef", "sibling_chef", "sensitive_chef", "staff", "group"]
)
def test_figures_from_tallies_equal_figures_counted_from_the_cases(tree, people, cases, who):
    if who == "group":
        user = make_user(tree.group, Role.COORDINATOR)
        Membership.objects.filter(user=user).update(sensitive_access=True)
        user = type(user).objects.get(pk=user.pk)
    else:
        user = getattr(people, who)
    # The chef also reported a case in the kommun's own unit, outside the chef's scope.
    today = timezone.localdate()
    for unit in (None, tree.elderly, tree.homecare):
        tallied = statistics.compute(user, unit, today)
        counted = statistics.compute_from_cases(user, unit, today)
        for name in (
            "open_by_status",
            "new_by_category",
            "top_units",
            "closed_count",
            "overdue_actions",
        ):
            assert getattr(tallied, name) == getattr(counted, name), (who, unit, name)
        if counted.average_days_to_close is None:
            assert tallied.average_days_to_close is None
        else:
            assert tallied.average_days_to_close == pytest.approx(counted.average_days_to_close)


def test_reading_the_figures_costs_the_same_with_many_more_cases(tree, people, cases):
    user = people.coordinator
    today = timezone.localdate()
    statistics.compute(user, None, today)  # the user's memberships and units, read once
    with CaptureQueriesContext(connection) as small:
        statistics.compute(user, None, today)
    make_deviations(tree.solgarden, people.staff, 300)
    with CaptureQueriesContext(connection) as large:
        statistics.compute(user, None, today)
    assert len(small) == len(large)
    # The coordinator sees nothing beyond the kommun's units: the cases themselves are only
    # asked for the few outside them (reported or investigated by the coordinator), through
    # the reporter and investigator indexes, never grouped over the kommun's cases.
    read_cases = [q["sql"] for q in large if 'FROM "deviations_deviation"' in q["sql"]]
    assert read_cases and all('"reported_by_id" =' in sql for sql in read_cases)


def test_the_worker_folds_the_deltas_every_ten_minutes(settings, tree, people, cases):
    from deviations.tasks import compact_tallies
    from qms.celery import app

    for case in cases[:4]:
        Deviation.objects.filter(pk=case.pk).update(status=S.FOLLOW_UP)  # a delta per statement
    rows = DeviationTally.objects.count()
    left = compact_tallies()
    assert left == DeviationTally.objects.count() < rows
    assert_exact()
    entry = settings.CELERY_BEAT_SCHEDULE["compact-tallies"]
    assert entry["schedule"] == 600.0 and entry["task"] in app.tasks


def test_a_kommuns_ranking_of_units_reads_the_last_twelve_months_not_every_year():
    """The ranking sums the units' own rows of the last twelve months: read by month first,
    not every month of the five years the register holds for each of 2,000 units. (The rows
    are few beside a real register's: sequential scans are off, the question is which index.)"""
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {DeviationTally._meta.db_table} (unit_id, subtree, kind, month, "
            "status, is_confidential, count, seconds) "
            "SELECT u, false, 'new', date '2022-01-01' + m * interval '1 month', '', false, 3, 0"
            " FROM generate_series(1, 2000) u, generate_series(0, 59) m"
        )
        cursor.execute(f"ANALYZE {DeviationTally._meta.db_table}")
        cursor.execute("SET LOCAL enable_seqscan = off")
    since = datetime.date(2026, 1, 1)
    ranking = statistics.own_new_cases(Q(unit_id__any=IdArray(range(1, 2001))), since)
    sql, params = ranking.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params)
        (result,) = cursor.fetchone()
    plan = (json.loads(result) if isinstance(result, str) else result)[0]["Plan"]
    # (Without a visibility map in the test's transaction it may be a bitmap scan; an index
    # keeps entries of rows rolled back before, so rows are counted at the table.)
    indexes = [node["Index Name"] for node in _nodes(plan) if node.get("Index Name")]
    assert indexes == ["deviation_tally_own_month_idx"], plan
    (table,) = (node for node in _nodes(plan) if node.get("Relation Name"))
    assert table["Actual Rows"] == 2000 * 12  # the months of 2026 only
    assert dict(ranking)[7] == 36


def _nodes(node: dict):
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)
