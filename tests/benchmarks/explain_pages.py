"""Where a page's time goes: its queries, the slowest ones EXPLAINed (ANALYZE, BUFFERS), and the
time left to Python (views, forms, templates).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_bench \\
        .venv/bin/python tests/benchmarks/explain_pages.py --user samordnare --url /avvikelser/
    DATABASE_URL=… .venv/bin/python tests/benchmarks/explain_pages.py \\
        --pages 'list|register|my actions|statistics|overview|audit' [--users chef medarbetare] \\
        [--top 2] [--repeat 5] [--profile 20] > explain.txt

Not a test (pytest does not collect it). Each page is requested in this process through Django's
test client, with the benchmark's settings (tests.benchmarks.http_settings: the production
settings, DEBUG off, no connection pool) and a cache of this process's own memory, emptied
before each request of a page marked cold (computed statistics). The first request warms the
process; then --repeat requests are timed, and the last one's queries are captured
(CaptureQueriesContext). For each page it prints the total time, the time of its queries and
the rest (Python), the query list, and EXPLAIN (ANALYZE, BUFFERS) of the --top slowest SELECTs.
With --profile N, cProfile's N most expensive functions (own time) of one more request.

Everything runs in one transaction that is rolled back at the end (the test client's log-in
writes a session; nothing else should write on a GET): the database is left as it was, so the
shared, read-only benchmark databases may be used. --pages selects pages of
tests/benchmarks/pages.py by name, as bench_http.py's option does; --url names one path.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.update(
    DJANGO_SETTINGS_MODULE="tests.benchmarks.http_settings",
    DEBUG="0",
    DATABASE_POOL="0",
    SECURE_SSL_REDIRECT="0",
    SECURE_COOKIES="0",
    SECURE_HSTS_SECONDS="0",
    ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
    LOG_LEVEL="WARNING",
    # No collectstatic here: plain static URLs (the manifest's lookup is a dict read).
    STATICFILES_BACKEND="django.contrib.staticfiles.storage.StaticFilesStorage",
)
os.environ.setdefault("SECRET_KEY", "explain-pages-only-not-a-secret")

import django

django.setup()

from django.core.cache import caches  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

LOCAL_CACHE = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SQL_SHOWN = 160  # characters of each query in the list


def is_select(sql: str) -> bool:
    """A query to EXPLAIN: a SELECT, not an EXPLAIN the page made itself (pghistory puts its
    context in front of statements that are not plain SELECTs)."""
    return sql.lstrip().upper().startswith(("SELECT", "WITH")) and "EXPLAIN" not in sql.upper()


def request(client: Client, url: str, cold: bool) -> tuple[float, float, int]:
    """The wall time and this process's CPU time of one request (ms), and its status. The CPU
    time is the Python side alone (the database works in its own process) and varies less
    than the wall time on a busy machine."""
    if cold:
        for backend in caches.all():
            backend.clear()
    started, cpu = time.perf_counter(), time.process_time()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, (time.process_time() - cpu) * 1000, response.status_code


def explain(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


def measure(
    user, url: str, *, cold: bool, repeat: int, top: int, profile: int, sort: str, out
) -> dict:
    client = Client()
    client.force_login(user)
    request(client, url, cold)  # warm: imports, templates, the connection
    totals, cpu_times, sql_times = [], [], []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            elapsed, cpu, status = request(client, url, cold)
        totals.append(elapsed)
        cpu_times.append(cpu)
        sql_times.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
    queries = captured.captured_queries
    total, in_sql = statistics.median(totals), statistics.median(sql_times)
    cpu = statistics.median(cpu_times)
    print(f"\n{'=' * 100}\n{user.username} GET {url}  (HTTP {status})", file=out)
    print(
        f"median of {repeat}: {total:.1f} ms, of which SQL {in_sql:.1f} ms, Python "
        f"{total - in_sql:.1f} ms (CPU {cpu:.1f} ms); {len(queries)} queries",
        file=out,
    )
    for index, query in enumerate(queries, 1):
        sql = " ".join(query["sql"].split())
        print(f"  {index:2}. {float(query['time']) * 1000:7.1f} ms  {sql[:SQL_SHOWN]}", file=out)
    slowest = sorted((q for q in queries if is_select(q["sql"])), key=lambda q: -float(q["time"]))
    seen: set[str] = set()
    shown = 0
    for query in slowest:
        if shown >= top or query["sql"] in seen:
            continue
        seen.add(query["sql"])
        shown += 1
        print(f"\n--- slowest #{shown}: {float(query['time']) * 1000:.1f} ms", file=out)
        print(query["sql"], file=out)
        print(explain(query["sql"]), file=out)
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        request(client, url, cold)
        profiler.disable()
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats(sort).print_stats(profile)
        # The count of function calls first: unlike the times, it is the same on a busy machine.
        calls, _blank, _ordered, _reduced, rest = text.getvalue().split("\n", 4)
        print(f"\n--- cProfile ({sort}): {calls.strip()}\n" + rest, file=out)
    return {
        "user": user.username,
        "url": url,
        "median": total,
        "sql": in_sql,
        "cpu": cpu,
        "n": len(queries),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="one path (with --user)")
    parser.add_argument("--user", help="the username for --url")
    parser.add_argument("--pages", help="pages of tests/benchmarks/pages.py whose name matches")
    parser.add_argument("--users", nargs="*", help="users for --pages (default: the benchmark's)")
    parser.add_argument("--cold", action="store_true", help="empty the cache before --url")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--top", type=int, default=2, help="how many slowest SELECTs to EXPLAIN")
    parser.add_argument("--profile", type=int, default=0, help="cProfile's N costliest functions")
    parser.add_argument(
        "--sort", default="tottime", help="cProfile's order: tottime (own time) or cumulative"
    )
    args = parser.parse_args()
    if not (args.url and args.user) and not args.pages:
        parser.error("give --url and --user, or --pages")

    from qms.models import User
    from tests.benchmarks import pages as specs

    plan = []  # (user, url, cold)
    if args.url:
        plan.append((User.objects.get(username=args.user), args.url, args.cold))
    if args.pages:
        pattern = re.compile(args.pages)
        for username in args.users or specs.USERS:
            user = User.objects.get(username=username)
            for page in specs.PAGES:
                url = page.url_for(user) if pattern.search(page.name) else None
                if url:
                    plan.append((user, url, page.cold))

    out = sys.stdout
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM deviations_deviation")
        (deviations,) = cursor.fetchone()
    print(
        f"explain_pages {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, "
        f"{connection.settings_dict['NAME']}: {deviations:,} deviations, load average "
        f"{Path('/proc/loadavg').read_text().split()[0]}",
        file=out,
    )
    summary = []
    with override_settings(CACHES=LOCAL_CACHE), transaction.atomic():
        for user, url, cold in plan:
            summary.append(
                measure(
                    user,
                    url,
                    cold=cold,
                    repeat=args.repeat,
                    top=args.top,
                    profile=args.profile,
                    sort=args.sort,
                    out=out,
                )
            )
        transaction.set_rollback(True)
    print(f"\n{'=' * 100}\nSummary (medians, ms; CPU: this process's, the Python side)", file=out)
    for row in summary:
        print(
            f"  {row['user']:12} {row['median']:7.1f} total {row['sql']:7.1f} SQL "
            f"{row['median'] - row['sql']:7.1f} Python {row['cpu']:7.1f} CPU "
            f"{row['n']:3} queries  {row['url']}",
            file=out,
        )
    print(f"load average {Path('/proc/loadavg').read_text().split()[0]}", file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
