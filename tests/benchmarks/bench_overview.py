"""Benchmark of the overview (Översikt) for a kommun-wide coordinator at a million deviations.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_bench \\
        .venv/bin/python tests/benchmarks/bench_overview.py [--unit stor] [--small ek] \\
        [--repeat 200] [--cold 7] [--json FILE]

Not a test (pytest does not collect it). Read-only against a database that someone else has
filled (`seed_demo`, `seed_demo --scale 100`: Storstads kommun with a million deviations): a
coordinator over --unit (and one over --small, the demo's kommun, for the query count at the
demo's size) is made inside a transaction that is rolled back at the end, so the database is
left as it was; the session lives in a signed cookie and the figures in Redis under a key
prefix of this run's own, so nothing else is written, and no one else's cache is touched.

Through Django's test client (middleware and templates included; not in the test environment,
whose template instrumentation copies every context) it measures, per scope:

- cold: the page with the overview's cached figures removed first (they are compiled from the
  tables: `reviews.overview.compile_overview`), --cold times after one warm-up; the worst and
  the median;
- warm: the page with the figures in the cache, --repeat times; median and p95;
- the queries of a cold and of a warm page, at the demo's size and at a million.

Prints the table with the machine's one-minute load average beside each figure, and the goals
of issue 16: warm p95 ≤ 150 ms, cold ≤ 1.5 s, at most 30 queries at either size (the bound
the page's test holds); exits 1 when one is missed. The times are judged as measured: on a
loaded machine (see the load average) they say little, the query counts still do.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qms.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault(
    "STATICFILES_BACKEND", "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# The figures in Redis as in production, under a prefix no one else uses.
os.environ["CACHE_KEY_PREFIX"] = f"bench-overview-{secrets.token_hex(4)}"

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from deviations import statistics as dashboard  # noqa: E402
from deviations.models import Deviation  # noqa: E402
from qms.models import Membership, OrganisationUnit, Role, User  # noqa: E402
from reviews import overview  # noqa: E402
from tests.benchmarks.sessions import logged_in_cookie  # noqa: E402

WARM_P95_MS = 150.0
COLD_MS = 1500.0
# The page's query bound (tests/reviews/test_overview.py holds it at 1× and 20× the data).
MAX_QUERIES = 30


class Rollback(Exception):
    """Leaves the transaction that made the benchmark's coordinators."""


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def coordinator(unit: OrganisationUnit, name: str) -> User:
    user = User.objects.create(username=f"bench-overview-{name}-{secrets.token_hex(3)}")
    Membership.objects.create(user=user, unit=unit, role=Role.COORDINATOR)
    return User.objects.get(pk=user.pk)


def cache_key(unit: OrganisationUnit) -> str:
    """The overview's key (reviews.overview.overview_for) for today."""
    return overview.cache_key(unit, timezone.localdate())


def timed(client: Client, url: str) -> tuple[float, int]:
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed, len(queries)


def measure(unit: OrganisationUnit, user: User, repeat: int, cold: int) -> dict:
    client = Client()
    for name, value in logged_in_cookie(user).items():
        client.cookies[name] = value
    url = f"{reverse('overview:page')}?enhet={unit.pk}"
    timed(client, url)  # warm-up: imports, templates, the connection
    cold_ms, cold_loads = [], []
    for _round in range(cold):
        cache.delete(cache_key(unit))
        cold_loads.append(load_average())
        elapsed, cold_queries = timed(client, url)
        cold_ms.append(elapsed)
    timed(client, url)  # the figures are in the cache now
    warm_ms, warm_loads = [], []
    for _round in range(repeat):
        warm_loads.append(load_average())
        elapsed, warm_queries = timed(client, url)
        warm_ms.append(elapsed)
    warm_sorted = sorted(warm_ms)
    return {
        "unit": unit.name,
        "deviations": Deviation.objects.filter(unit__path__startswith=unit.path).count(),
        "cold_median_ms": round(statistics.median(cold_ms), 1),
        "cold_max_ms": round(max(cold_ms), 1),
        "cold_queries": cold_queries,
        "cold_load": round(statistics.mean(cold_loads), 2),
        "warm_median_ms": round(statistics.median(warm_ms), 1),
        "warm_p95_ms": round(warm_sorted[int(0.95 * (len(warm_sorted) - 1))], 1),
        "warm_queries": warm_queries,
        "warm_load": round(statistics.mean(warm_loads), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--unit", default="stor", help="code of the kommun at a million")
    parser.add_argument("--small", default="ek", help="code of the demo's kommun")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--cold", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows, keys = [], []
    try:
        with (
            override_settings(
                SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies",
                ALLOWED_HOSTS=["testserver"],
            ),
            transaction.atomic(),
        ):
            for code, name in ((args.small, "small"), (args.unit, "large")):
                unit = OrganisationUnit.objects.get(code=code)
                keys.append(cache_key(unit))
                rows.append(measure(unit, coordinator(unit, name), args.repeat, args.cold))
            raise Rollback
    except Rollback:
        pass
    finally:
        # This run's own keys (never cache.clear(): that empties the whole shared Redis).
        cache.delete_many([*keys, dashboard.GENERATION_KEY])
    database = settings.DATABASES["default"]["NAME"]
    print(f"Översikt for a coordinator over the whole kommun ({database})")
    header = (
        f"{'scope':28} {'deviations':>10} {'cold med':>9} {'cold max':>9} {'q':>3} {'load':>5} "
        f"{'warm med':>9} {'warm p95':>9} {'q':>3} {'load':>5}"
    )
    print(header)
    for r in rows:
        print(
            f"{r['unit'][:28]:28} {r['deviations']:>10} {r['cold_median_ms']:>9} "
            f"{r['cold_max_ms']:>9} {r['cold_queries']:>3} {r['cold_load']:>5} "
            f"{r['warm_median_ms']:>9} {r['warm_p95_ms']:>9} {r['warm_queries']:>3} "
            f"{r['warm_load']:>5}"
        )
    large = rows[-1]
    goals = {
        f"warm p95 ≤ {WARM_P95_MS:.0f} ms": large["warm_p95_ms"] <= WARM_P95_MS,
        f"cold ≤ {COLD_MS:.0f} ms (worst)": large["cold_max_ms"] <= COLD_MS,
        f"queries ≤ {MAX_QUERIES} at both sizes": max(
            r[key] for r in rows for key in ("cold_queries", "warm_queries")
        )
        <= MAX_QUERIES,
    }
    for goal, met in goals.items():
        print(f"{'met ' if met else 'MISSED'} {goal}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "goals": goals}, indent=2))
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
