"""The API at a million deviations, over real HTTP from gunicorn with the production settings.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_bench \\
        .venv/bin/python tests/benchmarks/bench_api.py [--port 8102] [--repeat 15] \\
        [--posts 200] [--json FILE]

Not a test (pytest does not collect it). DATABASE_URL is the scaled demo (`seed_demo` then
`seed_demo --scale 100`: a million deviations). It:

1. runs `migrate` (as a deploy does) and makes two tokens through the service: a read token of
   the kommun's samordnare (who reads about all of them) and a write token of a medarbetare;
2. starts the Procfile's `web:` command (gunicorn) with DEBUG off on 127.0.0.1:--port, the rate
   limit raised out of the way (API_RATE_LIMIT) and a Celery queue of its own that no worker
   takes (emptied afterwards);
3. **cursor pagination**: `GET /api/v1/deviations/?page_size=50` for the first page, then for
   cursors at 10 %, 50 % and 99.9 % of the samordnare's list (the cursor is built from the
   created_at of the row at that depth, as the API's own `next` link would carry it) and five
   pages followed by `next` from the deepest one; --repeat times each, median and p95;
4. **200 concurrent reports**: --posts threads POST `/api/v1/deviations/` at once (a barrier
   releases them together); every answer must be 201 and every number different, in the
   answers and in the database;
5. revokes the two tokens. The reported deviations stay (200 rows in a million).

It prints the figures with the one-minute load average beside each, and exits 1 when the deep
pages' median is more than 2× the first page's (not flat) or a number repeats.
"""

from __future__ import annotations

import argparse
import base64
import datetime
import json
import os
import secrets
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from tests.benchmarks.bench_http import (  # noqa: E402
    collectstatic,
    forget_queue,
    load_average,
    percentile,
    server_env,
    start_server,
    stop_server,
)

FLAT_RATIO = 2.0
DEPTHS = (0.10, 0.50, 0.999)


def cursor_for(created_at: datetime.datetime) -> str:
    """DRF's CursorPagination cursor for the position `created_at` (what `next` carries)."""
    query = urllib.parse.urlencode({"p": str(created_at)})
    return base64.b64encode(query.encode("ascii")).decode("ascii")


def call(url: str, token: str, body: dict | None = None) -> tuple[int, dict, float]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url,
        data=data,
        method="POST" if body is not None else "GET",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            status, payload = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, payload = error.code, error.read()
    elapsed = (time.perf_counter() - started) * 1000
    try:
        return status, json.loads(payload), elapsed
    except ValueError:
        return status, {"raw": payload[:300].decode(errors="replace")}, elapsed


def timed(url: str, token: str, repeat: int) -> dict:
    times, rows = [], None
    for _ in range(repeat):
        status, body, elapsed = call(url, token)
        if status != 200:
            raise RuntimeError(f"{url}: {status} {body}")
        times.append(elapsed)
        rows = len(body["results"])
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "rows": rows,
        "load": load_average(),
    }


def prepare(posts: int) -> dict:
    """Migrate, find the people and the depths, make the two tokens (in this process)."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from api import services
    from deviations.models import Deviation
    from qms.models import Role, User

    call_command("migrate", "--noinput", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE deviations_deviation")
    reader = User.objects.get(username="samordnare")
    reporter = User.objects.get(username="medarbetare")
    unit = reporter.memberships.filter(role=Role.STAFF).select_related("unit").first().unit
    visible = Deviation.objects.visible_to(reader).order_by("-created_at", "-id")
    total = visible.count()
    positions = {
        depth: visible.values_list("created_at", flat=True)[int(total * depth)] for depth in DEPTHS
    }
    expires = timezone.now() + datetime.timedelta(days=1)
    read_token, read_secret = services.create_token(
        user=reader, by=reader, name="bench_api läsa", scope="read", expires_at=expires
    )
    write_token, write_secret = services.create_token(
        user=reporter, by=reporter, name="bench_api rapportera", scope="write", expires_at=expires
    )
    connection.close()
    return {
        "total": total,
        "positions": positions,
        "unit": unit.pk,
        "tokens": (read_token.pk, write_token.pk),
        "read": read_secret,
        "write": write_secret,
    }


def revoke(token_ids) -> None:
    from django.db import connection

    from api.models import AccessToken

    for token in AccessToken.objects.filter(pk__in=token_ids):
        from api import services

        services.revoke_token(token, by=token.user)
    connection.close()


def measure_pages(base: str, setup: dict, repeat: int) -> dict:
    url = f"{base}/api/v1/deviations/?page_size=50"
    call(url, setup["read"])  # warm every worker's connection a little
    results = {"first": timed(url, setup["read"], repeat)}
    for depth, created_at in setup["positions"].items():
        deep = f"{url}&cursor={urllib.parse.quote(cursor_for(created_at))}"
        results[f"{depth:.1%}"] = timed(deep, setup["read"], repeat)
    # Five pages in a row by the answers' own `next` links, from the deepest position.
    deepest = max(setup["positions"])
    next_url = f"{url}&cursor={urllib.parse.quote(cursor_for(setup['positions'][deepest]))}"
    followed = []
    for _ in range(5):
        status, body, elapsed = call(next_url, setup["read"])
        if status != 200 or not body.get("next"):
            break
        followed.append(elapsed)
        next_url = body["next"]
    results["next×5"] = {
        "median_ms": round(statistics.median(followed), 1) if followed else None,
        "p95_ms": round(max(followed), 1) if followed else None,
        "rows": len(followed),
        "load": load_average(),
    }
    return results


def concurrent_reports(base: str, setup: dict, posts: int) -> dict:
    barrier = threading.Barrier(posts)
    answers: list[tuple[int, dict, float]] = [None] * posts  # type: ignore[list-item]
    occurred = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1)).isoformat()

    def report(index: int) -> None:
        body = {
            "unit": setup["unit"],
            "title": f"Belastningstest {index}",
            "description": "Rapporterad av bench_api.py samtidigt med 199 andra.",
            "occurred_at": occurred,
        }
        barrier.wait()
        answers[index] = call(f"{base}/api/v1/deviations/", setup["write"], body)

    load_before = load_average()
    started = time.perf_counter()
    threads = [threading.Thread(target=report, args=(i,)) for i in range(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    statuses: dict[int, int] = {}
    for status, _body, _ms in answers:
        statuses[status] = statuses.get(status, 0) + 1
    numbers = [body["number"] for status, body, _ms in answers if status == 201]
    times = [ms for _status, _body, ms in answers]
    from deviations.models import Deviation

    in_database = list(
        Deviation.objects.filter(
            title__startswith="Belastningstest ", number__in=numbers
        ).values_list("number", flat=True)
    )
    return {
        "posts": posts,
        "statuses": statuses,
        "numbers": len(numbers),
        "distinct_numbers": len(set(numbers)),
        "distinct_in_database": len(set(in_database)),
        "rows_in_database": len(in_database),
        "wall_s": round(wall, 1),
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "max_ms": round(max(times), 1),
        "load_before": load_before,
        "load_after": load_average(),
        "errors": [body for status, body, _ms in answers if status != 201][:3],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8102)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--json")
    args = parser.parse_args()

    database = os.environ["DATABASE_URL"]
    workdir = Path(tempfile.mkdtemp(prefix="bench-api-"))
    secret_key = secrets.token_urlsafe(50)
    env = server_env(database, args.port, workdir, secret_key)
    env["API_RATE_LIMIT"] = "1000000"  # one token sends every request: measure, not throttle
    os.environ.update(env)
    collectstatic(workdir, secret_key)
    setup = prepare(args.posts)
    print(f"{setup['total']:,} deviations visible to samordnare; load {load_average():.2f}")
    server = start_server(args.port, workdir / "gunicorn.log")
    base = f"http://127.0.0.1:{args.port}"
    try:
        pages = measure_pages(base, setup, args.repeat)
        reports = concurrent_reports(base, setup, args.posts)
    finally:
        stop_server(server)
        forget_queue(env["CELERY_QUEUE"])
        revoke(setup["tokens"])

    print(f"\nCursor pages of /api/v1/deviations/ (50 rows, {args.repeat} requests each)")
    print(f"{'where':<10}{'median ms':>11}{'p95 ms':>9}{'rows':>6}{'load':>7}")
    for where, row in pages.items():
        print(
            f"{where:<10}{row['median_ms'] or '-':>11}{row['p95_ms'] or '-':>9}"
            f"{row['rows']:>6}{row['load']:>7.2f}"
        )
    print(f"\n{args.posts} concurrent POST /api/v1/deviations/")
    for key, value in reports.items():
        print(f"  {key}: {value}")

    first = pages["first"]["median_ms"]
    deepest = max(row["median_ms"] for key, row in pages.items() if key not in ("first", "next×5"))
    flat = deepest <= FLAT_RATIO * first
    unique = (
        reports["statuses"].get(201) == args.posts
        and reports["distinct_numbers"] == args.posts
        and reports["distinct_in_database"] == reports["rows_in_database"] == args.posts
    )
    print(
        f"\nflat: deepest median {deepest} ms vs first {first} ms "
        f"(≤ {FLAT_RATIO}×): {'yes' if flat else 'NO'}"
    )
    print(f"no duplicate numbers, all 201: {'yes' if unique else 'NO'}")
    if args.json:
        Path(args.json).write_text(json.dumps({"pages": pages, "reports": reports}, default=str))
    return 0 if flat and unique else 1


if __name__ == "__main__":
    sys.exit(main())
