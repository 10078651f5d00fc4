"""Benchmark of the deviation list, the action register and the dashboard at a million rows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_lists_bench \\
        .venv/bin/python tests/benchmarks/bench_lists.py [--rows 1000000] [--repeat 5]

Not a test (pytest does not collect it). Against a migrated database: loads the demo
organisation with `seed_demo` when there are no units yet, then fills up to --rows deviations
(and an action for every third) with one INSERT … SELECT generate_series per 100 000 rows.
Prints, per page and user, the median wall time of --repeat requests (after one warm-up
request) and the query count. Times are through Django's test client, templates included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qms.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

import django

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from deviations.models import Action, Category, Deviation  # noqa: E402
from deviations.pagination import encode_cursor  # noqa: E402
from qms.models import OrganisationUnit, Role, User  # noqa: E402

BATCH = 100_000
TITLES = [
    "Fallolycka i badrummet",
    "Fel läkemedel gavs till brukare",
    "Utebliven insats i hemtjänsten",
    "Hot mot personal vid besök",
    "Personuppgifter skickades till fel mottagare",
    "Brandlarm utlöstes i köket",
    "Felaktig dokumentation i journalen",
    "Försenad utbetalning av försörjningsstöd",
    "Vattenläcka i källarförrådet",
    "Bristande bemötande i receptionen",
    "Lyftskada vid förflyttning",
    "Trasig dörrautomatik vid entrén",
    "Elever lämnades utan tillsyn",
    "Avbrott i fjärrvärmen",
    "Inloggning till verksamhetssystemet fungerade inte",
    "Halkolycka på gångvägen",
]
CATEGORIES = {
    "Vård och omsorg": ["Fall", "Läkemedel", "Utebliven insats"],
    "Arbetsmiljö": ["Tillbud", "Olycka"],
    "Informationssäkerhet": ["Personuppgiftsincident"],
    "IT": [],
    "Bemötande": [],
    "Miljö": [],
    "Ekonomi": [],
}


def ensure_demo_data() -> None:
    if not OrganisationUnit.objects.exists():
        call_command("seed_demo")
    for parent_name, children in CATEGORIES.items():
        parent, _ = Category.objects.get_or_create(name=parent_name, parent=None)
        for name in children:
            Category.objects.get_or_create(name=name, parent=parent)


def sql_array(values) -> str:
    return "ARRAY[" + ",".join(str(int(v)) for v in values) + "]::bigint[]"


def fill(rows: int) -> None:
    """Insert deviations (and actions for every third) until there are `rows` of them."""
    existing = Deviation.objects.count()
    if existing >= rows:
        print(f"{existing} avvikelser finns redan")
        return
    units = list(OrganisationUnit.objects.all())
    unit_ids = [u.pk for u in units]
    org_ids = [(u.organisation() or u).pk for u in units]
    users = list(User.objects.values_list("pk", flat=True))
    managers = (
        list(User.objects.filter(memberships__role=Role.MANAGER).values_list("pk", flat=True))
        or users
    )
    categories = list(Category.objects.values_list("pk", flat=True))
    titles = "ARRAY[" + ",".join(f"'{t}'" for t in TITLES) + "]"
    deviation_type = ContentType.objects.get_for_model(Deviation).pk
    table, actions = Deviation._meta.db_table, Action._meta.db_table
    started = time.monotonic()
    with connection.cursor() as cursor:
        # No history triggers (and no FK triggers) for generated rows; ids are valid by design.
        cursor.execute("SET session_replication_role = replica")
        start = existing
        cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}")
        (last_id,) = cursor.fetchone()
        while start < rows:
            end = min(start + BATCH, rows)
            cursor.execute(
                f"""
                INSERT INTO {table} (
                    number, organisation_id, unit_id, status, title, description, occurred_at,
                    location, immediate_action, reported_by_id, category_id, ia_case_number,
                    probability, consequence, investigator_id, is_confidential, cause_groups,
                    cause_analysis, effectiveness_evaluation, dismissal_reason, reopen_reason,
                    created_at, updated_at, closed_at
                )
                SELECT
                    'AV-B-' || lpad(i::text, 8, '0'),
                    orgs[1 + i %% cardinality(orgs)],
                    units[1 + i %% cardinality(units)],
                    CASE WHEN age_days > 120 AND r < 0.9 THEN 'closed'
                         WHEN r < 0.05 THEN 'dismissed'
                         ELSE (ARRAY['reported','investigating','acting','follow_up',
                                     'closed'])[1 + (i / 7) %% 5] END,
                    titles[1 + i %% cardinality(titles)],
                    titles[1 + (i / 3) %% cardinality(titles)] || '. Händelse nummer ' || i
                        || CASE WHEN i %% 1000 = 7 THEN ' legionella i vattnet' ELSE '' END,
                    created - interval '2 hours',
                    '', '', reporters[1 + (i * 7) %% cardinality(reporters)],
                    CASE WHEN i %% 10 = 0 THEN NULL
                         ELSE cats[1 + (i / 11) %% cardinality(cats)] END,
                    '',
                    CASE WHEN i %% 4 = 0 THEN NULL ELSE 1 + i %% 4 END,
                    CASE WHEN i %% 4 = 0 THEN NULL ELSE 1 + (i / 4) %% 4 END,
                    CASE WHEN i %% 2 = 0 THEN managers[1 + i %% cardinality(managers)] END,
                    i %% 20 = 0, '{{}}', '', '', '', '',
                    created, created,
                    CASE WHEN age_days > 120 AND r < 0.9
                         THEN created + (1 + (i %% 60)) * interval '1 day' END
                FROM (
                    SELECT i, r, now() - age_days * interval '1 day' AS created, age_days,
                           {sql_array(org_ids)} AS orgs, {sql_array(unit_ids)} AS units,
                           {sql_array(users)} AS reporters, {sql_array(managers)} AS managers,
                           {sql_array(categories)} AS cats, {titles} AS titles
                    FROM (
                        -- Reported in the order they were inserted, as in real life.
                        SELECT i, random() AS r, (%s - i) * 1826.0 / %s AS age_days
                        FROM generate_series(%s, %s) AS i
                    ) AS g
                ) AS s
                """,
                [rows, rows, start + 1, end],
            )
            cursor.execute(
                f"""
                INSERT INTO {actions} (
                    content_type_id, object_id, kind, title, description, owner_id, unit_id,
                    due_date, status, result, effectiveness_check, is_confidential,
                    created_by_id, created_at
                )
                SELECT %s, d.id,
                       (ARRAY['correction','corrective','preventive','improvement'])[1 + d.id %% 4],
                       'Åtgärd för ' || d.number, '', coalesce(d.investigator_id, d.reported_by_id),
                       d.unit_id, (d.created_at + interval '30 days')::date,
                       CASE WHEN d.status IN ('closed', 'dismissed') THEN 'verified'
                            ELSE (ARRAY['planned','in_progress','done'])[1 + d.id %% 3] END,
                       '', '', d.is_confidential, d.reported_by_id, d.created_at
                FROM {table} d
                WHERE d.id > %s AND d.id %% 3 = 0
                """,
                [deviation_type, last_id],
            )
            cursor.execute(f"SELECT max(id) FROM {table}")
            (last_id,) = cursor.fetchone()
            start = end
            print(f"  {end} avvikelser ({time.monotonic() - started:.0f} s)", flush=True)
        cursor.execute("SET session_replication_role = origin")
        cursor.execute(f"VACUUM ANALYZE {table}")
        cursor.execute(f"VACUUM ANALYZE {actions}")


def analyze() -> None:
    """Statistics for every table. Tiny tables (units, categories) stay below autovacuum's
    threshold after seeding, and without statistics PostgreSQL misjudges every join to them."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(client: Client, url: str, repeat: int, *, fresh_cache: bool = False) -> tuple:
    times, queries = [], 0
    if fresh_cache:
        cache.clear()
    client.get(url)  # warm-up, not counted: templates compiled, connection open
    for _ in range(repeat):
        if fresh_cache:
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code)
        times.append(elapsed * 1000)
        queries = len(captured)
    return statistics.median(times), queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    setup_test_environment()
    ensure_demo_data()
    fill(args.rows)
    analyze()
    total = Deviation.objects.count()
    print(f"{total} avvikelser, {Action.objects.count()} åtgärder\n")

    deep = Deviation.objects.order_by("-created_at", "-pk")[total // 2]
    cursor = encode_cursor(deep.created_at, deep.pk)
    soc = OrganisationUnit.objects.get(code="soc")
    care = Category.objects.get(name="Vård och omsorg", parent=None)
    pages = [
        ("list, first page", "/avvikelser/", {}),
        ("list, deep keyset page", f"/avvikelser/?efter={cursor}", {}),
        (
            "list, filtered",
            f"/avvikelser/?enhet={soc.pk}&status=investigating&status=acting"
            f"&kategori={care.pk}&allvarlighet=high",
            {},
        ),
        ("list, overdue actions", "/avvikelser/?forsenade=on", {}),
        ("list, search (common)", "/avvikelser/?q=fallolycka", {}),
        ("list, search (rare)", "/avvikelser/?q=legionella", {}),
        ("list, sorted by occurred", "/avvikelser/?sortering=intraffad", {}),
        ("dashboard, computed", "/avvikelser/statistik/", {"fresh_cache": True}),
        ("dashboard, cached", "/avvikelser/statistik/", {}),
        ("action register", "/avvikelser/atgarder/", {}),
        ("action register, overdue", "/avvikelser/atgarder/?forsenade=on", {}),
        ("my actions", "/avvikelser/atgarder/mina/", {}),
    ]
    print(f"{'page':32} {'user':12} {'median ms':>10} {'queries':>8}")
    for username in ("samordnare", "chef"):
        client = Client()
        client.force_login(
            User.objects.get(username=username),
            backend="qms.auth.AccountBackend",
        )
        for name, url, options in pages:
            median, queries = measure(client, url, args.repeat, **options)
            print(f"{name:32} {username:12} {median:10.1f} {queries:8d}", flush=True)


if __name__ == "__main__":
    main()
