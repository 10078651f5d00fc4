"""Throughput by the number of web processes: 1, 2 and 4 gunicorn workers on the scaled database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_bench REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python tests/benchmarks/bench_scaling.py [--port 8106] [--processes 1,2,4] \\
        [--clients 8] [--seconds 60] [--warmup 15] [--json FILE]

Not a test (pytest does not collect it). DATABASE_URL is the scaled demo (`seed_demo` then
`seed_demo --scale 100`: a million deviations), which this script never changes: every database
connection, the server's and its own, runs with `default_transaction_read_only=on` (a page that
tried to write would fail and be counted as an error), there is no migrate and no ANALYZE, and the
sessions of the virtual users are kept in the shared Redis (tests/benchmarks/scaling_settings.py),
under a cache prefix of this run's own that is removed at the end. For each number of processes:

1. the Procfile's `web:` command with `--workers N` (gunicorn sync workers, production settings,
   DEBUG off, whitenoise's compressed static files, the shared Redis as cache), on 127.0.0.1;
2. locust (tests/benchmarks/locust_reads.py): --clients virtual users, 10 % coordinators, 35 %
   chefs, 55 % staff, each a real person of the demo with the pages they would open, the working
   day's read mix (lists and search 40, case pages 30, statistics or "my actions" 10, start page
   10), **no think time** – a closed loop that keeps the workers busy, so requests/s is the
   capacity and p95 includes the time a request waits for a free worker;
3. --warmup seconds not counted, then --seconds counted: requests/s, median, p95, p99, failures;
   afterwards each worker's memory (RSS, and USS: what the process alone holds); the one-minute
   load average before and after.

The load generator (one locust process, gevent) runs on the same machine and takes part of a core;
PostgreSQL and Redis too. On a machine of C cores more than C busy workers cannot add throughput:
the figures show where the processes stop helping, and what waiting costs in p95.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from tests.benchmarks.bench_http import (  # noqa: E402
    count_rows,
    forget_queue,
    load_average,
    number,
    print_table,
    procfile_web_command,
    server_env,
    start_server,
    stop_server,
)

SETTINGS = "tests.benchmarks.scaling_settings"
READ_ONLY = "options=-c%20default_transaction_read_only%3Don"


def read_only(url: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{READ_ONLY}"


def with_workers(command: list[str], workers: int) -> list[str]:
    """The Procfile's command with --workers N in place of its own number (and --timeout 120)."""
    out, skip = [], False
    for word in command:
        if skip:
            skip = False
            continue
        if word in ("--workers", "-w"):
            skip = True
            continue
        if not word.startswith("--workers="):
            out.append(word)
    # gunicorn kills a worker that has not reported within --timeout (30 s), also while it boots;
    # on a busy shared machine importing the app took longer than that.
    return [*out, "--workers", str(workers), "--timeout", "120"]


def people(count: int, workdir: Path) -> Path:
    """The virtual users (bench_http's load-test people) with sessions in Redis; case pages of
    confidential cases are left out (opening one writes a read-log row)."""
    import django

    django.setup()
    from deviations.models import Deviation
    from tests.benchmarks.locustfile import resolve_people

    virtual = resolve_people(count)
    pks = {int(re.search(r"\d+", url).group()) for p in virtual for url in p["cases"]}
    secret = set(Deviation.objects.filter(pk__in=pks, is_confidential=True).values_list("pk"))
    secret_urls = {f"/{pk}/" for (pk,) in secret}
    for person in virtual:
        person["cases"] = [u for u in person["cases"] if not any(s in u for s in secret_urls)]
    config = workdir / "people.json"
    config.write_text(json.dumps(virtual))
    return config


def locust(port: int, clients: int, seconds: int, config: Path, prefix: Path) -> dict:
    command = [
        sys.executable,
        "-m",
        "locust",
        "-f",
        str(BASE_DIR / "tests" / "benchmarks" / "locust_reads.py"),
        "--headless",
        "--users",
        str(clients),
        "--spawn-rate",
        str(clients),
        "--run-time",
        f"{seconds}s",
        "--host",
        f"http://127.0.0.1:{port}",
        "--csv",
        str(prefix),
        "--only-summary",
        "--stop-timeout",
        "5",
        "--loglevel",
        "WARNING",
        "Reader",
    ]
    env = dict(os.environ, BENCH_LOAD_CONFIG=str(config))
    with open(f"{prefix}.log", "w") as log:
        subprocess.run(command, cwd=BASE_DIR, env=env, check=False, stdout=log, stderr=log)
    rows = {row["Name"]: row for row in csv.DictReader(open(f"{prefix}_stats.csv"))}  # noqa: SIM115
    total = rows["Aggregated"]
    return {
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
        "rps": number(total["Requests/s"]),
        "median": number(total["50%"]),
        "p95": number(total["95%"]),
        "p99": number(total["99%"]),
        "pages": {
            name: {"requests": int(row["Request Count"]), "p95": number(row["95%"])}
            for name, row in rows.items()
            if name != "Aggregated"
        },
    }


def worker_memory(server) -> list[dict]:
    import psutil

    found = []
    for child in psutil.Process(server.pid).children():
        info = child.memory_full_info()
        found.append({"rss_mb": info.rss / 2**20, "uss_mb": info.uss / 2**20})
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8106)
    parser.add_argument("--processes", default="1,2,4", help="gunicorn workers, comma-separated")
    parser.add_argument("--clients", type=int, default=8, help="virtual users, no think time")
    parser.add_argument("--people", type=int, default=40, help="distinct people (sessions)")
    parser.add_argument("--seconds", type=int, default=60, help="counted seconds per setting")
    parser.add_argument("--warmup", type=int, default=15, help="uncounted seconds first")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    database = os.environ.get("DATABASE_URL")
    if not database or not os.environ.get("REDIS_URL"):
        parser.error("DATABASE_URL (the scaled demo) and REDIS_URL must be set")
    prefix = f"bench-scaling-{secrets.token_hex(4)}"
    results = []
    with tempfile.TemporaryDirectory(prefix="qms-scaling-", ignore_cleanup_errors=True) as tmp:
        workdir = Path(tmp)
        (workdir / "mail").mkdir()
        env = server_env(read_only(database), args.port, workdir, secrets.token_urlsafe(50))
        # OUTBOX_READY_MAX_AGE=0: e-mail that waits in the shared database (no worker runs
        # here) must not make /healthz, which start_server waits for, answer 503.
        env.update(DJANGO_SETTINGS_MODULE=SETTINGS, CACHE_KEY_PREFIX=prefix)
        env.update(OUTBOX_READY_MAX_AGE="0")
        os.environ.update(env)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            cwd=BASE_DIR,
            check=True,
        )
        config = people(args.people, workdir)
        try:
            for workers in [int(n) for n in args.processes.split(",")]:
                log = workdir / f"gunicorn-{workers}.log"
                command = with_workers(procfile_web_command(args.port, log), workers)
                print(f"{workers} worker(s): {' '.join(command)}", flush=True)
                server = start_server(args.port, log, command)
                try:
                    locust(args.port, args.clients, args.warmup, config, workdir / "warm")
                    before = load_average()
                    measured = locust(
                        args.port, args.clients, args.seconds, config, workdir / f"run-{workers}"
                    )
                    after = load_average()
                    memory = worker_memory(server)
                finally:
                    stop_server(server)
                errors = log.read_text().count("Traceback")
                failed = (workdir / f"run-{workers}_failures.csv").read_text()
                if measured["failures"]:
                    print(failed, flush=True)
                results.append(
                    {
                        "workers": workers,
                        **measured,
                        "server_tracebacks": errors,
                        "memory": memory,
                        "load_before": before,
                        "load_after": after,
                    }
                )
                print(
                    f"  {measured['rps']:.1f} req/s, p95 {measured['p95']:.0f} ms, "
                    f"{measured['failures']} failures, load {before:.1f} → {after:.1f}",
                    flush=True,
                )
        finally:
            forget_queue(f"qms-bench-{args.port}")
            forget_cache(prefix)
    report(args, results, database)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


def forget_cache(prefix: str) -> None:
    """Remove this run's cache and sessions from the shared Redis, nothing else."""
    import redis

    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    for key in client.scan_iter(f"{prefix}:*", count=1000):
        client.delete(key)


def report(args, results: list[dict], database: str) -> None:
    deviations, actions = count_rows(database)
    print(
        f"\n# Throughput by web processes, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"{os.cpu_count()} cores, {deviations:,} deviations, {actions:,} actions"
    )
    print(
        f"{args.clients} clients without think time, {args.people} people, "
        f"{args.warmup} s warm-up, {args.seconds} s counted per row\n"
    )
    base = results[0]["rps"] if results and results[0]["rps"] else None
    rows = []
    for r in results:
        rss = [m["rss_mb"] for m in r["memory"]]
        uss = [m["uss_mb"] for m in r["memory"]]
        rows.append(
            [
                r["workers"],
                f"{r['rps']:.1f}",
                f"{r['rps'] / base:.2f}×" if base else "-",
                f"{r['median']:.0f}",
                f"{r['p95']:.0f}",
                f"{r['p99']:.0f}",
                r["requests"],
                r["failures"] + r["server_tracebacks"],
                f"{max(rss):.0f}" if rss else "-",
                f"{max(uss):.0f}" if uss else "-",
                f"{r['load_before']:.1f} → {r['load_after']:.1f}",
            ]
        )
    print_table(
        [
            "workers",
            "req/s",
            "vs 1",
            "median ms",
            "p95 ms",
            "p99 ms",
            "requests",
            "errors",
            "RSS MB/worker",
            "USS MB/worker",
            "load average",
        ],
        rows,
    )


if __name__ == "__main__":
    sys.exit(main())
