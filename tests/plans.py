"""Shared by the tests that EXPLAIN pages' queries as PostgreSQL would plan them at scale
(tests/deviations/test_page_plans.py, tests/certifications/test_scale.py)."""

from __future__ import annotations

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext


def full_scans(
    node: dict, tables, *, whole_index: bool = False, under_limit: bool = False
) -> list[str]:
    """The tables of `tables` this plan node (or one below it) reads whole, not under a LIMIT: a
    sequential scan, and with `whole_index` also an index scan without a condition (all of the
    index, in its order)."""
    found = []
    whole = node["Node Type"] == "Seq Scan" or (
        whole_index
        and node["Node Type"] in ("Index Scan", "Index Only Scan")
        and "Index Cond" not in node
    )
    if whole and node.get("Relation Name") in tables and not under_limit:
        found.append(f"{node['Node Type']} on {node['Relation Name']}")
    under_limit = under_limit or node["Node Type"] == "Limit"
    for child in node.get("Plans", []):
        found += full_scans(child, tables, whole_index=whole_index, under_limit=under_limit)
    return found


def page_queries(
    client, user, url: str, tables: str, *, hidden: tuple[int, ...] = (403,)
) -> list[str] | None:
    """The SELECTs one page sends that name a table matching the regular expression `tables`
    (without pghistory's set_config prefix); None if the page answers one of `hidden`."""
    client.force_login(user)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    if response.status_code in hidden:
        return None
    assert response.status_code == 200, (user.username, url, response.status_code)
    queries = [query["sql"].split("true); ", 1)[-1] for query in captured.captured_queries]
    return [
        sql
        for sql in queries
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and re.search(tables, sql)
    ]
