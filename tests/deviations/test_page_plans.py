"""No page reads the whole deviations or actions table at the scaled size (issue 12).

Every query the main pages send (lists, search, registers, case page, start page, statistics,
overview), for a coordinator, a chef and a staff member of the demo, is EXPLAINed as PostgreSQL
would plan it at a million cases: the tables keep the demo's rows and column statistics, but
pg_class says they hold 1,000,000 rows each (relpages stays the table's real size, so the
planner takes the density as given and estimates a million). Filling the tables for real would
take minutes; test_plans.py does that for the list's own queries at 40,000 rows.

A plan may read the table sequentially only under a LIMIT (a capped count of a broad scope,
where the planner expects to stop after the first thousand matches); any other "Seq Scan" on
deviations_deviation or deviations_action fails, with the page, the user and the plan.
The fake statistics live in a transaction that is rolled back.
"""

from __future__ import annotations

import json

from django.db import connection, transaction
from django.urls import reverse

from deviations.models import Deviation
from qms.models import User
from tests.plans import full_scans, page_queries

BIG_TABLES = ("deviations_deviation", "deviations_action")
TABLES = r"\b(deviations_deviation|deviations_action)\b"
ROWS = 1_000_000
PAGES = [
    "/",
    reverse("deviations:list"),
    reverse("deviations:list") + "?q=fall",
    reverse("deviations:list") + "?q=legionella",
    reverse("deviations:list") + "?status=investigating&status=acting",
    reverse("deviations:action_list"),
    reverse("deviations:action_list") + "?forsenade=on",
    reverse("deviations:my_actions"),
    reverse("deviations:dashboard"),
    reverse("overview:page"),
]


def test_no_page_reads_a_million_cases_sequentially(seeded_demo, client):
    users = list(User.objects.filter(username__in=["samordnare", "chef", "medarbetare"]))
    assert len(users) == 3
    queries = []  # (user, url, sql)
    for user in users:
        case = Deviation.objects.visible_to(user).order_by("-created_at").first()
        for url in [*PAGES, case.get_absolute_url()]:
            for sql in page_queries(client, user, url, TABLES) or []:
                queries.append((user.username, url, sql))
    assert len(queries) > 30  # the pages did query the big tables

    failures = []
    with transaction.atomic(), connection.cursor() as cursor:
        for table in BIG_TABLES:
            cursor.execute(
                "UPDATE pg_class SET reltuples = %s, "
                "relpages = greatest(1, pg_relation_size(oid) / current_setting('block_size')::int)"
                " WHERE oid = %s::regclass",
                [ROWS, table],
            )
        cursor.execute("EXPLAIN (FORMAT JSON) SELECT * FROM deviations_deviation")
        (estimate,) = cursor.fetchone()
        estimate = json.loads(estimate) if isinstance(estimate, str) else estimate
        assert estimate[0]["Plan"]["Plan Rows"] == ROWS  # the planner believes the fake size
        for username, url, sql in queries:
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
            (result,) = cursor.fetchone()
            plan = (json.loads(result) if isinstance(result, str) else result)[0]["Plan"]
            if scanned := full_scans(plan, BIG_TABLES):
                failures.append(f"{username} {url}: {scanned}\n{sql[:500]}")
        transaction.set_rollback(True)
    assert not failures, "\n\n".join(failures)
