"""Query plans at a realistic size: the list's queries use the indexes meant for them and never
read the whole table. Plans, not timings: PostgreSQL chooses a plan from the table's statistics,
so the table is filled with 40,000 cases over 60 units (ANALYZEd) before asking.

At a few hundred rows a sequential scan is the right plan, and the tests at that size cannot
tell a plan that reads everything from one that does not. Here a plan that walks or scans the
table to find a rare word, or joins the unit tree for a chef, shows up as a node over
deviations_deviation that is neither an index scan nor a lookup by id."""

from __future__ import annotations

import json

import pgtrigger
import pytest
from django.db import connection, transaction
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from deviations.filters import DeviationFilter
from deviations.models import Deviation
from deviations.pagination import Ordering
from qms.models import OrganisationUnit, Role
from tests.factories import Tree, make_tree, make_user

pytestmark = pytest.mark.django_db
ROWS = 40_000
TABLE = "deviations_deviation"


def fill(tree: Tree) -> list[OrganisationUnit]:
    """60 units under the kommun's two förvaltningar, 40,000 cases over five years; the word
    "legionella" in three of them, "läkemedel" in every ninth."""
    K = OrganisationUnit.Kind
    units = []
    for n in range(60):
        parent = tree.social if n % 3 else tree.school
        parent = OrganisationUnit.objects.get(pk=parent.pk)
        units.append(
            OrganisationUnit.objects.add_child(
                parent, {"name": f"Enhet {n}", "kind": K.UNIT, "code": f"t-e{n}"}
            )
        )
    reporter = make_user(tree.social, Role.STAFF)
    ids = [unit.pk for unit in units]
    # Without the audit history's row trigger (a history event per inserted row), as the
    # legacy import loads rows; the tallies' statement trigger stays on.
    with pgtrigger.ignore("deviations.Deviation:insert_insert"), connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {TABLE} (number, previous_number, organisation_id, unit_id, status,
                title, description, occurred_at, location, immediate_action, ia_case_number,
                reported_by_id, is_confidential, cause_groups, cause_analysis,
                effectiveness_evaluation, dismissal_reason, reopen_reason, created_at,
                updated_at)
            SELECT 'AV-P-' || g, '', %s, (%s::bigint[])[1 + g %% %s],
                   (ARRAY['reported', 'investigating', 'acting', 'closed'])[1 + g %% 4],
                   CASE WHEN g %% 9 = 0 THEN 'Fel läkemedel gavs' ELSE 'Fall i korridoren' END,
                   CASE WHEN g IN (11, 20011, 39011) THEN 'Legionella i duschen'
                        ELSE 'Brukaren halkade vid ' || (g %% 97) END,
                   now() - g * interval '43 minutes', '', '', '', %s, g %% 50 = 0, '{{}}',
                   '', '', '', '', now() - g * interval '43 minutes', now()
            FROM generate_series(1, %s) g
            """,
            [tree.kommun.pk, ids, len(ids), reporter.pk, ROWS],
        )
        cursor.execute(f"ANALYZE {TABLE}")
        cursor.execute("ANALYZE qms_organisationunit")
    return units


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The tree and its 40,000 cases, made once for the module (about 5 s) in a transaction
    that is rolled back after its last test. Each test runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        tree = make_tree()
        yield tree, fill(tree)
        transaction.set_rollback(True)


@pytest.fixture
def tree(world, db) -> Tree:
    return world[0]


@pytest.fixture
def register(world, db) -> list[OrganisationUnit]:
    return world[1]


def plan(queryset) -> dict:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        (result,) = cursor.fetchone()
    return (json.loads(result) if isinstance(result, str) else result)[0]["Plan"]


def nodes(node: dict):
    yield node
    for child in node.get("Plans", []):
        yield from nodes(child)


def reads_of_the_table(node: dict) -> set[str]:
    """How each plan node reaching deviations_deviation reads it."""
    return {
        n["Node Type"] + ":" + n.get("Index Name", "")
        for n in nodes(node)
        if n.get("Relation Name") == TABLE
    }


def first_page(user, **params):
    query = QueryDict(mutable=True)
    query.update(params)
    filterset = DeviationFilter(query, Deviation.objects.visible_to(user), user=user)
    assert filterset.is_valid()
    ordering: Ordering = filterset.ordering
    return filterset.qs.order_by(*ordering.order_by())[:26], filterset.qs


def test_register_is_filled(register):
    assert Deviation.objects.count() == ROWS


def test_a_chefs_first_page_walks_the_date_index_without_the_unit_tree(tree, register):
    chef = make_user(tree.social, Role.MANAGER)
    page, _rows = first_page(chef)
    reads = reads_of_the_table(plan(page))
    assert not any(r.startswith("Seq Scan") for r in reads), reads
    assert any("deviation_created_idx" in r or "deviation_unit_idx" in r for r in reads), reads
    sql = str(page.query)
    assert "= ANY(" in sql and "qms_organisationunit" not in sql


def test_a_rare_word_is_looked_up_in_the_text_index(tree, register):
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    page, rows = first_page(coordinator, q="legionella")
    assert list(rows.values_list("description", flat=True)) == ["Legionella i duschen"] * 3
    # The page and the count fetch the few matches by id, not by walking the date index.
    for queryset in (page, rows.order_by().values("pk")[:1001]):
        reads = reads_of_the_table(plan(queryset))
        assert not any(r.startswith("Seq Scan") for r in reads), reads
        assert not any("deviation_created_idx" in r for r in reads), reads
    # The lookup that found them asks the text index (and the partial index of old numbers).
    everything = Deviation.objects.all()
    filterset = DeviationFilter(QueryDict("q=legionella"), everything, user=coordinator)
    with CaptureQueriesContext(connection) as queries:
        assert filterset.qs.count() == 3
    # (The EXPLAINs before it estimate whether the word is common: it is not.)
    lookup = next(q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT"))
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + lookup)
        (result,) = cursor.fetchone()
    tree_ = (json.loads(result) if isinstance(result, str) else result)[0]["Plan"]
    reads = reads_of_the_table(tree_)
    indexes = {n.get("Index Name") for n in nodes(tree_)}  # a bitmap's index scans, too
    assert "deviation_search_idx" in indexes, (reads, indexes)
    assert not any(r.startswith("Seq Scan") for r in reads), reads


def test_a_common_word_finds_its_page_in_the_first_rows_of_the_date_index(tree, register):
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    page, _rows = first_page(coordinator, q="läkemedel")
    assert len(list(page)) == 26
    reads = reads_of_the_table(plan(page))
    assert not any(r.startswith("Seq Scan") for r in reads), reads


def test_a_unit_filter_uses_the_units_ids(tree, register):
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    page, _rows = first_page(coordinator, enhet=str(register[7].pk))
    reads = reads_of_the_table(plan(page))
    assert not any(r.startswith("Seq Scan") for r in reads), reads
    assert len(list(page)) == 26


def indexes_used(sql: str, params=None) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        (result,) = cursor.fetchone()
    tree_ = (json.loads(result) if isinstance(result, str) else result)[0]["Plan"]
    return {n.get("Index Name") for n in nodes(tree_)} - {None}


@pytest.mark.parametrize("scope", ["one unit", "kommun"])
def test_a_common_word_is_tested_on_the_rows_of_the_scope_not_looked_up_in_the_text_index(
    tree, register, scope
):
    """One case in nine says "läkemedel": the text index's bitmap of every match (100,000 at a
    million cases) would be built for the lookup, the page and the count. Neither a chef of
    one unit (a few hundred cases) nor a coordinator (the first rows of the date index) needs
    it: no query of the search reads the text index, and the rows are the same."""
    user = make_user(register[0] if scope == "one unit" else tree.kommun, Role.MANAGER)
    filterset = DeviationFilter(
        QueryDict("q=läkemedel"), Deviation.objects.visible_to(user), user=user
    )
    with CaptureQueriesContext(connection) as queries:
        page = filterset.qs.order_by(*filterset.ordering.order_by())[:26]
        shown = list(page)
        counted = filterset.bounded_count()  # as the list counts
    visible = Deviation.objects.visible_to(user)
    expected = visible.filter(title="Fel läkemedel gavs").order_by("-created_at", "-pk")
    assert [d.pk for d in shown] == list(expected.values_list("pk", flat=True)[:26])
    assert counted == min(1001, expected.count()) > 0
    for query in queries.captured_queries:
        if query["sql"].startswith("SELECT"):
            assert "deviation_search_idx" not in indexes_used(query["sql"]), query["sql"]
    if scope == "kommun":
        assert any("deviation_created_idx" in r for r in reads_of_the_table(plan(page)))
        # The count reads on in the page's order, from the rows the page has just read: not
        # a sequential scan from the table's start (which reads past PostgreSQL's buffers).
        (count,) = [q["sql"] for q in queries.captured_queries if "COUNT(*)" in q["sql"]]
        assert "ORDER BY" in count, count
        reads = {n["Node Type"] for n in nodes(explain(count)) if n.get("Relation Name") == TABLE}
        assert reads == {"Index Scan"}, reads


def explain(sql: str) -> dict:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        (result,) = cursor.fetchone()
    return (json.loads(result) if isinstance(result, str) else result)[0]["Plan"]


def test_other_filters_are_counted_in_no_order(tree, register):
    """Counting in the page's order pays only for a common word: a unit filter's or a rare
    word's count reads its rows however PostgreSQL finds them cheapest."""
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    for params in ({"enhet": str(register[7].pk)}, {"q": "legionella"}, {}):
        query = QueryDict(mutable=True)
        query.update(params)
        filterset = DeviationFilter(
            query, Deviation.objects.visible_to(coordinator), user=coordinator
        )
        with CaptureQueriesContext(connection) as queries:
            assert filterset.bounded_count() > 0
        (count,) = [q["sql"] for q in queries.captured_queries if "COUNT(*)" in q["sql"]]
        assert "ORDER BY" not in count, (params, count)


def test_a_word_neither_rare_nor_common_is_not_first_looked_up_by_id(tree, register, monkeypatch):
    """A word PostgreSQL expects in more cases than SEARCH_FEW (but not in a COMMON_SHARE of
    them) would only be looked up by id to find too many and be thrown away: "dörr" in 19,000
    of a million cases took 30-50 ms for that in the load test. Here "läkemedel" (every ninth
    of the 40,000 cases) is made such a word by the two limits."""
    from deviations import filters

    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    visible = Deviation.objects.visible_to(coordinator)

    def search() -> tuple[int, list[str]]:
        filterset = DeviationFilter(QueryDict("q=läkemedel"), visible, user=coordinator)
        with CaptureQueriesContext(connection) as queries:
            count = filterset.qs.count()
        limit = f"LIMIT {filters.SEARCH_FEW + 1}"
        return count, [q["sql"] for q in queries.captured_queries if limit in q["sql"]]

    monkeypatch.setattr(filters, "COMMON_SHARE", 0.5)  # not common: 4,444 of 40,000
    monkeypatch.setattr(filters, "SEARCH_FEW", 10_000)
    looked_up, lookups = search()  # fewer expected than SEARCH_FEW: looked up by id
    assert looked_up > 4_000 and len(lookups) == 1
    monkeypatch.setattr(filters, "SEARCH_FEW", 3_000)
    count, lookups = search()  # more expected than SEARCH_FEW: not looked up, the same rows
    assert count == looked_up and lookups == []
    # A rare word (3 cases) is expected as every word PostgreSQL has no statistics of: more
    # than this SEARCH_FEW, but it is still looked up by id (not searched for row by row).
    monkeypatch.setattr(filters, "SEARCH_FEW", 50)
    assert filters.unknown_word_matches() > 50
    filterset = DeviationFilter(QueryDict("q=legionella"), visible, user=coordinator)
    with CaptureQueriesContext(connection) as queries:
        assert filterset.qs.count() == 3
    assert any("LIMIT 51" in q["sql"] for q in queries.captured_queries)
