"""Tallies of the cases, kept by PostgreSQL, so that statistics never read the cases themselves.

`DeviationTally` holds counts (and, for closed cases, the summed time to close) per unit:

- `subtree` rows count the unit and everything below it, so the figures for anyone's scope
  (a membership's subtree) or a filter on a subtree are a handful of rows of that unit;
- the unit's `own` rows count only its own new cases per month (the dashboard's "units with
  the most new cases").

Three kinds: `open` (per status, however old), `new` (per month reported and category) and
`closed` (per month closed, with the seconds from report to closing).

Statement-level triggers with transition tables (created by migration 0007 from the SQL
below) add what a statement inserted and take away what it deleted or changed, in the same
transaction, so the tallies are exact at every commit. They append rows (deltas) rather than
update one counter: two reports in the same kommun never wait for each other's counter row.
`compact()` folds the deltas together (the worker, every few minutes); reads sum over what
is there, so compacting is never needed for a right answer. When units move in the tree (an
HR import), the subtree rows no longer fit: a trigger on the unit table recounts everything
(`rebuild`, a few seconds at a million cases).

The month is the month in settings.TIME_ZONE, as TruncMonth would give it; the migration
writes that zone into the functions (`install()` writes them again after a change).
"""

from __future__ import annotations

from django.conf import settings
from django.db import connection

from qms.models import OrganisationUnit

TABLE = "deviations_deviationtally"
CASES = "deviations_deviation"
UNITS = "qms_organisationunit"
CLOSED = ("closed", "dismissed")


def _contributions(source: str, tz: str) -> str:
    """SELECT of tally rows (unit, subtree, kind, month, status, category, confidential,
    count, seconds) for the case rows of `source`, a query with the columns sign, unit_id,
    status, category_id, is_confidential, created_at, closed_at.

    The rows are first summed per unit and key, and only the distinct units are looked up in
    the tree: a statement that touches a million cases joins a few thousand units with their
    ancestors, not a million rows (and a misestimated transition table cannot make it a
    nested loop over the cases)."""
    step = OrganisationUnit.steplen
    closed = ", ".join(f"'{status}'" for status in CLOSED)
    return f"""
        WITH s AS MATERIALIZED ({source}),
        k AS MATERIALIZED (
            SELECT s.unit_id, k.kind, k.month, k.status, k.category_id, s.is_confidential,
                   sum(s.sign) AS n, sum(s.sign * k.seconds) AS seconds
            FROM s CROSS JOIN LATERAL (VALUES
                ('open', NULL::date, s.status, NULL::bigint, 0::float8,
                 s.status NOT IN ({closed})),
                ('new', date_trunc('month', s.created_at AT TIME ZONE '{tz}')::date, '',
                 s.category_id, 0::float8, true),
                ('closed', date_trunc('month', s.closed_at AT TIME ZONE '{tz}')::date, '',
                 NULL::bigint, extract(epoch FROM s.closed_at - s.created_at)::float8,
                 s.status = 'closed' AND s.closed_at IS NOT NULL)
            ) AS k (kind, month, status, category_id, seconds, applies)
            WHERE k.applies
            GROUP BY 1, 2, 3, 4, 5, 6
        ),
        anc AS MATERIALIZED (
            SELECT u.id AS unit_id, a.id AS ancestor_id
            FROM (SELECT DISTINCT unit_id FROM k) d
            JOIN {UNITS} u ON u.id = d.unit_id
            CROSS JOIN LATERAL generate_series(1, length(u.path) / {step}) g
            JOIN {UNITS} a ON a.path = left(u.path, {step} * g)
        )
        SELECT c.unit_id, c.subtree, c.kind, c.month, c.status, c.category_id,
               c.is_confidential, sum(c.n)::integer, sum(c.seconds)
        FROM (
            SELECT anc.ancestor_id AS unit_id, true AS subtree, k.kind, k.month, k.status,
                   k.category_id, k.is_confidential, k.n, k.seconds
            FROM k JOIN anc ON anc.unit_id = k.unit_id
            UNION ALL
            SELECT k.unit_id, false, 'new', k.month, '', NULL, k.is_confidential, k.n, 0
            FROM k WHERE k.kind = 'new'
        ) c
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        HAVING sum(c.n) <> 0
    """


INSERT = f"""INSERT INTO {TABLE}
    (unit_id, subtree, kind, month, status, category_id, is_confidential, count, seconds)"""
COLUMNS = "unit_id, status, category_id, is_confidential, created_at, closed_at"
RELEVANT = "(o.unit_id, o.status, o.category_id, o.is_confidential, o.created_at, o.closed_at)"


def _function(name: str, body: str) -> str:
    return f"""
        CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {body};
            RETURN NULL;
        END $$;
    """


def install_sql(tz: str | None = None) -> list[str]:
    """The functions and triggers (idempotent)."""
    tz = tz or settings.TIME_ZONE
    changed = f"""
        SELECT -1 AS sign, o.{COLUMNS.replace(", ", ", o.")}
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE {RELEVANT} IS DISTINCT FROM
              {RELEVANT.replace("o.", "n.")}
        UNION ALL
        SELECT 1, n.{COLUMNS.replace(", ", ", n.")}
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE {RELEVANT} IS DISTINCT FROM
              {RELEVANT.replace("o.", "n.")}
    """
    inserted = f"SELECT 1 AS sign, {COLUMNS} FROM new_rows"
    deleted = f"SELECT -1 AS sign, {COLUMNS} FROM old_rows"
    statements = [
        _function("deviation_tally_inserted", INSERT + _contributions(inserted, tz)),
        _function("deviation_tally_deleted", INSERT + _contributions(deleted, tz)),
        _function("deviation_tally_updated", INSERT + _contributions(changed, tz)),
        _function(
            "deviation_tally_units_moved",
            """IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                           WHERE o.path IS DISTINCT FROM n.path) THEN
                    PERFORM deviation_tally_rebuild();
                END IF""",
        ),
        f"""
        CREATE OR REPLACE FUNCTION deviation_tally_rebuild() RETURNS void LANGUAGE sql AS $$
            DELETE FROM {TABLE};
            {INSERT}
            {_contributions(f"SELECT 1 AS sign, {COLUMNS} FROM {CASES}", tz)};
        $$;
        """,
    ]
    for event, rows in (
        ("INSERT", "NEW TABLE AS new_rows"),
        ("DELETE", "OLD TABLE AS old_rows"),
        ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    ):
        name = {"INSERT": "inserted", "DELETE": "deleted", "UPDATE": "updated"}[event]
        statements += [
            f"DROP TRIGGER IF EXISTS deviation_tally_{name} ON {CASES}",
            f"""CREATE TRIGGER deviation_tally_{name} AFTER {event} ON {CASES}
                REFERENCING {rows} FOR EACH STATEMENT
                EXECUTE FUNCTION deviation_tally_{name}()""",
        ]
    statements += [
        f"DROP TRIGGER IF EXISTS deviation_tally_units_moved ON {UNITS}",
        f"""CREATE TRIGGER deviation_tally_units_moved AFTER UPDATE ON {UNITS}
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
            EXECUTE FUNCTION deviation_tally_units_moved()""",
    ]
    return statements


def uninstall_sql() -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS deviation_tally_inserted ON {CASES}",
        f"DROP TRIGGER IF EXISTS deviation_tally_deleted ON {CASES}",
        f"DROP TRIGGER IF EXISTS deviation_tally_updated ON {CASES}",
        f"DROP TRIGGER IF EXISTS deviation_tally_units_moved ON {UNITS}",
        "DROP FUNCTION IF EXISTS deviation_tally_inserted()",
        "DROP FUNCTION IF EXISTS deviation_tally_deleted()",
        "DROP FUNCTION IF EXISTS deviation_tally_updated()",
        "DROP FUNCTION IF EXISTS deviation_tally_units_moved()",
        "DROP FUNCTION IF EXISTS deviation_tally_rebuild()",
    ]


def install() -> None:
    """(Re)create the functions and triggers, e.g. after TIME_ZONE changed, then recount."""
    with connection.cursor() as cursor:
        for statement in install_sql():
            cursor.execute(statement)
    rebuild()


def rebuild() -> None:
    """Recount every tally from the cases (one statement)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT deviation_tally_rebuild()")


def compact() -> int:
    """Fold the deltas into one row per key; returns the rows left. Safe beside writers: rows
    of transactions not yet committed are not seen, and stay as they are."""
    keys = "unit_id, subtree, kind, month, status, category_id, is_confidential"
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH gone AS (DELETE FROM {TABLE} RETURNING *)
            {INSERT}
            SELECT {keys}, sum(count), sum(seconds) FROM gone
            GROUP BY {keys} HAVING sum(count) <> 0
            """
        )
        return cursor.rowcount


def recount() -> list[tuple]:
    """What the tallies should hold, counted from the cases (for tests and checks)."""
    with connection.cursor() as cursor:
        cursor.execute(
            _contributions(f"SELECT 1 AS sign, {COLUMNS} FROM {CASES}", settings.TIME_ZONE)
        )
        return sorted((_key(row) for row in cursor.fetchall()), key=repr)


def current() -> list[tuple]:
    """The tallies as they are, deltas summed."""
    keys = "unit_id, subtree, kind, month, status, category_id, is_confidential"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {keys}, sum(count)::integer, sum(seconds) FROM {TABLE}"
            f" GROUP BY {keys} HAVING sum(count) <> 0"
        )
        return sorted((_key(row) for row in cursor.fetchall()), key=repr)


def _key(row: tuple) -> tuple:
    *key, count, seconds = row
    return (*key, count, round(seconds or 0.0, 3))
