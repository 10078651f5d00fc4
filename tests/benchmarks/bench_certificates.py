"""Certificates at 100,000: `send_reminders` with nothing due, and the certificate pages over HTTP.

    createdb -h 127.0.0.1 -U postgres -T qms_bench_demo qms_certs   # a copy: this script writes
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_certs REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python tests/benchmarks/bench_certificates.py [--certificates 100000] \\
        [--port 8150] [--repeat 5] [--skip-pages]

Not a test (pytest does not collect it). DATABASE_URL is the plain demo (`seed_demo`, four
certificates), copied: the script changes it. It

1. runs `send_reminders` once on the demo's four certificates, so that every reminder due
   today is sent (the state of a database after yesterday's run);
2. copies the demo's certificates, with their units, cycles, events, evidence items and sent
   reminders, until there are --certificates (in SQL, triggers off: seconds, not hours; each
   copy's units are spread over the tree), then VACUUM ANALYZE;
3. runs `manage.py send_reminders` twice in a child process and reports its wall time and peak
   memory (max RSS), and the service's own time without Django's start-up: nothing is due, so
   both runs must send nothing (goal: the run ≤ 2 s, the process ≤ 150 MB);
4. unless --skip-pages, runs bench_http.py on the same database for the certificate pages and
   the start page (--pages 'certificates|start page', --skip-load).

It prints the figures and exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
REMINDERS_SECONDS = 2.0
REMINDERS_MB = 150.0


def connect():
    import psycopg

    url = os.environ["DATABASE_URL"].replace("postgres://", "postgresql://", 1)
    return psycopg.connect(url, autocommit=True)


def count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def manage_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SECRET_KEY", "bench-certificates-" + "x" * 40)
    env.setdefault("EMAIL_URL", "consolemail://")
    env["DJANGO_SETTINGS_MODULE"] = "qms.settings"
    env["LOG_LEVEL"] = "WARNING"
    # Reminders notify through the outbox and queue e-mail tasks: on a queue nobody takes.
    env["CELERY_QUEUE"] = "qms-bench-certificates"
    return env


RUN = """
import json, resource, time, django
django.setup()
from certifications import services
started = time.perf_counter()
run = services.send_due_reminders()
print(json.dumps({"seconds": time.perf_counter() - started, "sent": run.sent,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def send_reminders() -> tuple[float, float, float, float, str]:
    """`manage.py send_reminders` in a child process under GNU time (wall seconds, peak RSS in
    MB, its output), and the service's own time in another child, without Django's start-up
    (on a busy two-core machine the start-up alone takes seconds)."""
    result = subprocess.run(
        ["/usr/bin/time", "-f", "TIME %e %M", sys.executable, "manage.py", "send_reminders"],
        cwd=BASE_DIR,
        env=manage_env(),
        check=True,
        capture_output=True,
        text=True,
    )
    seconds, kilobytes = re.search(r"TIME ([\d.]+) (\d+)", result.stderr).groups()
    service = subprocess.run(
        [sys.executable, "-c", RUN],
        cwd=BASE_DIR,
        env=manage_env(),
        check=True,
        capture_output=True,
        text=True,
    )
    own = json.loads(service.stdout.strip().splitlines()[-1])
    return (
        float(seconds),
        int(kilobytes) / 1024,
        own["seconds"],
        own["peak_mb"],
        result.stdout.strip(),
    )


def seed(conn, wanted: int) -> None:
    have = count(conn, "certifications_certificate")
    if have >= wanted:
        print(f"{have:,} certificates already; not seeding")
        return
    if have == 0:
        raise SystemExit("No certificates to copy: DATABASE_URL must be a copy of the demo.")
    copies = -(-(wanted - have) // have)
    strides = {
        table: conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
        for table in (
            "certifications_certificate",
            "certifications_certificate_units",
            "certifications_cycle",
            "certifications_cycleevent",
            "certifications_evidenceitem",
            "certifications_sentreminder",
        )
    }
    c, cu, cy, ev, ei, sr = strides.values()
    started = time.perf_counter()
    print(f"Copying {have} certificates {copies:,} times …", flush=True)
    with conn.transaction():
        # Triggers (history, foreign-key checks) off for the copy: the rows are copies of valid
        # rows with their references moved by the same strides.
        conn.execute("SET LOCAL session_replication_role = replica")
        conn.execute(
            "CREATE TEMP TABLE bench_copy ON COMMIT DROP AS SELECT generate_series(1, %s) AS k",
            [copies],
        )
        conn.execute(
            "CREATE TEMP TABLE bench_units ON COMMIT DROP AS "
            "SELECT array_agg(id ORDER BY id) AS ids FROM qms_organisationunit WHERE is_active"
        )
        conn.execute(
            f"""INSERT INTO certifications_certificate
                (id, issuer, status, not_renewing_decided_on, not_renewing_reason, created_at,
                 not_renewing_decided_by_id, responsible_id, standard_id)
            SELECT x.id + k * {c}, x.issuer, x.status, x.not_renewing_decided_on,
                   x.not_renewing_reason, x.created_at, x.not_renewing_decided_by_id,
                   x.responsible_id, x.standard_id
            FROM certifications_certificate x, bench_copy WHERE x.id <= {c}"""
        )
        conn.execute(
            f"""INSERT INTO certifications_certificate_units
                (id, certificate_id, organisationunit_id)
            SELECT x.id + k * {cu}, x.certificate_id + k * {c},
                   u.ids[1 + (x.organisationunit_id + k * 7) % array_length(u.ids, 1)]
            FROM certifications_certificate_units x, bench_copy, bench_units u
            WHERE x.id <= {cu}"""
        )
        conn.execute(
            f"""INSERT INTO certifications_cycle
                (id, number, issue_date, is_initial, expiry_date, expiry_override,
                 expiry_override_reason, certificate_file, certificate_file_name, created_at,
                 certificate_id, previous_id)
            SELECT x.id + k * {cy}, x.number || '-' || k, x.issue_date, x.is_initial,
                   x.expiry_date, x.expiry_override, x.expiry_override_reason, '', '',
                   x.created_at, x.certificate_id + k * {c}, x.previous_id + k * {cy}
            FROM certifications_cycle x, bench_copy WHERE x.id <= {cy}"""
        )
        conn.execute(
            f"""INSERT INTO certifications_cycleevent
                (id, kind, name, planned_date, planned_by_cycle, actual_date, outcome, notes,
                 audit_reference, audit_object_id, audit_content_type_id, cycle_id, template_id,
                 reminding)
            SELECT x.id + k * {ev}, x.kind, x.name, x.planned_date, x.planned_by_cycle,
                   x.actual_date, x.outcome, x.notes, x.audit_reference, NULL, NULL,
                   x.cycle_id + k * {cy}, x.template_id, x.reminding
            FROM certifications_cycleevent x, bench_copy WHERE x.id <= {ev}"""
        )
        conn.execute(
            f"""INSERT INTO certifications_evidenceitem
                ("order", title, guidance, text, document, document_name, done, done_at,
                 copied_from_id, cycle_id, done_by_id, id)
            SELECT x."order", x.title, x.guidance, x.text, '', '', x.done, x.done_at,
                   x.copied_from_id + k * {ei}, x.cycle_id + k * {cy}, x.done_by_id,
                   x.id + k * {ei}
            FROM certifications_evidenceitem x, bench_copy WHERE x.id <= {ei}"""
        )
        conn.execute(
            f"""INSERT INTO certifications_sentreminder
                (id, target_date, days_before, due_date, late, sent_at, cycle_id, event_id)
            SELECT x.id + k * {sr}, x.target_date, x.days_before, x.due_date, x.late, x.sent_at,
                   x.cycle_id + k * {cy}, x.event_id + k * {ev}
            FROM certifications_sentreminder x, bench_copy WHERE x.id <= {sr}"""
        )
        for table in strides:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
    for table in strides:
        conn.execute(f"VACUUM ANALYZE {table}")
    print(
        f"  {count(conn, 'certifications_certificate'):,} certificates, "
        f"{count(conn, 'certifications_cycleevent'):,} events, "
        f"{count(conn, 'certifications_sentreminder'):,} sent reminders "
        f"({time.perf_counter() - started:.0f} s)",
        flush=True,
    )


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--certificates", type=int, default=100_000)
    parser.add_argument("--port", type=int, default=8150)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-pages", action="store_true")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        parser.error("DATABASE_URL must name a copy of the demo database")

    misses = []
    with connect() as conn:
        if count(conn, "certifications_certificate") < args.certificates:
            print("send_reminders on the demo's certificates first:", send_reminders()[-1])
        seed(conn, args.certificates)
    print(
        f"\nGoals: send_reminders with nothing due, the service ≤ {REMINDERS_SECONDS:g} s and "
        f"the command's process ≤ {REMINDERS_MB:g} MB peak RSS; the overview, the board's "
        "status page and the start page p95 ≤ 3× the floor's p95 in the same run (bench_http.py)"
    )
    print(f"\n## send_reminders, nothing due ({args.certificates:,} certificates)")
    print("| run | command s | command peak MB | service s | service peak MB | output | load |")
    print("|---|--:|--:|--:|--:|---|--:|")
    for run in (1, 2):
        seconds, megabytes, own, own_mb, output = send_reminders()
        print(
            f"| {run} | {seconds:.2f} | {megabytes:.0f} | {own:.2f} | {own_mb:.0f} | {output} "
            f"| {load_average():.1f} |"
        )
        if not re.search(r"skickade: 0\b", output):
            misses.append(f"send_reminders run {run} sent something: {output}")
        if own > REMINDERS_SECONDS:
            misses.append(f"send_reminders run {run}: {own:.2f} s > {REMINDERS_SECONDS:g} s")
        if megabytes > REMINDERS_MB:
            misses.append(f"send_reminders run {run}: {megabytes:.0f} MB > {REMINDERS_MB:g} MB")

    if not args.skip_pages:
        result = subprocess.run(
            [
                sys.executable,
                str(BASE_DIR / "tests" / "benchmarks" / "bench_http.py"),
                "--port",
                str(args.port),
                "--repeat",
                str(args.repeat),
                "--skip-load",
                "--pages",
                "certificates|start page",
            ],
            cwd=BASE_DIR,
            check=False,
        )
        if result.returncode:
            misses.append("bench_http.py: a page missed its goal (above)")

    print(f"\n## Goals: {len(misses)} missed")
    for miss in misses:
        print(f"- MISSED {miss}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
