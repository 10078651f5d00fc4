"""Benchmark of thinning (gallring): a run over --rows deviations of which --due are due.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_gallring_bench \\
        .venv/bin/python tests/benchmarks/bench_gallring.py [--rows 1000000] [--due 300000]

Not a test (pytest does not collect it). Against a migrated benchmark database (the demo is
seeded when it is empty; the database grows and is changed: the demo plan's rules are removed):

1. fills up to --rows deviations with actions for every third (tests/benchmarks/bench_lists.py,
   no history for the generated rows), then moves the closing date of the --due oldest closed
   cases seven years back (unmeasured) and adopts one group-wide rule: "Avvikelse, gallras 6
   år efter avslut";
2. builds the proposals (`thinning.build_proposals`, as the monthly job) in a child process:
   wall time and the child's peak RSS (VmHWM);
3. approves them and measures the deviation list (`/avvikelser/`, as the coordinator, Django's
   test client) --samples times *before* the run;
4. applies them in a child process (`thinning.apply_proposal`, the worker's code, batches of
   thinning.BATCH) while a second child requests the list over and over and samples how many
   sessions wait for a lock: wall time, peak RSS, list p50/p95/max during the run, and the
   most sessions seen waiting for a lock;
5. checks the result: exactly --due cases gone, the rest there, the protocol's CSV lists each
   thinned case once.

Use a fresh database: the generated case numbers follow the row count, so after a run has
thinned cases, pass the current count as --rows (nothing is added then).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qms.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from deviations.models import Deviation  # noqa: E402
from qms.models import Membership, OrganisationUnit, Role, User  # noqa: E402
from records import services, thinning  # noqa: E402
from records.models import Proposal, ProposalItem, RetentionRule  # noqa: E402

SCRIPT = Path(__file__).resolve()


def peak_rss_megabytes() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / 1e6
    raise RuntimeError("No VmHWM in /proc/self/status")


def archivist() -> User:
    group = OrganisationUnit.objects.filter(depth=1).order_by("path").first()
    user, _ = User.objects.get_or_create(
        username="bench.arkiv", defaults={"first_name": "Bench", "last_name": "Arkiv"}
    )
    Membership.objects.get_or_create(user=user, unit=group, role=Role.ARCHIVIST)
    return User.objects.get(pk=user.pk)


def prepare(rows: int, due: int) -> None:
    from tests.benchmarks.bench_lists import ensure_demo_data, fill

    ensure_demo_data()
    fill(rows)
    started = time.monotonic()
    table = Deviation._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
        missing = due - already_due()
        if missing > 0:
            cursor.execute(
                f"""
                UPDATE {table} SET closed_at = closed_at - interval '7 years'
                WHERE id IN (
                    SELECT id FROM {table} WHERE status = 'closed' AND closed_at IS NOT NULL
                      AND closed_at > now() - interval '6 years'
                    ORDER BY id LIMIT %s
                )
                """,
                [missing],
            )
        elif missing < 0:  # an earlier run asked for more: give the newest of them back
            cursor.execute(
                f"""
                UPDATE {table} SET closed_at = closed_at + interval '7 years'
                WHERE id IN (
                    SELECT id FROM {table} WHERE status = 'closed'
                      AND closed_at <= now() - interval '6 years'
                    ORDER BY id DESC LIMIT %s
                )
                """,
                [-missing],
            )
        cursor.execute("SET session_replication_role = origin")
        cursor.execute(f"VACUUM ANALYZE {table}")
    RetentionRule.objects.all().delete()
    Proposal.objects.filter(status__in=Proposal.OPEN_STATUSES).update(
        status=Proposal.Status.REJECTED, rejected_reason="benchmark"
    )
    services.save_rule(
        RetentionRule(
            record_type="deviations.deviation",
            action=RetentionRule.Action.THIN,
            period=6,
            period_unit=RetentionRule.Unit.YEARS,
            event="closed",
            decision_body="Kommunstyrelsen",
            decision_date="2026-01-20",
            decision_reference="KS 2026/1 § 1 (benchmark)",
        ),
        by=archivist(),
    )
    print(f"förberett på {time.monotonic() - started:.0f} s", flush=True)


def already_due() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM {Deviation._meta.db_table} "
            "WHERE status = 'closed' AND closed_at <= now() - interval '6 years'"
        )
        return cursor.fetchone()[0]


def child(mode: str, *extra: str) -> dict:
    """Run a step in a fresh process (its memory its own); its last line is JSON."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--child", mode, *extra],
        capture_output=True,
        text=True,
        env=os.environ,
    )
    if result.returncode:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"{mode} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_build() -> dict:
    started = time.monotonic()
    proposals = thinning.build_proposals(as_of=django.utils.timezone.localdate(), by=archivist())
    seconds = time.monotonic() - started
    return {
        "seconds": seconds,
        "peak_mb": peak_rss_megabytes(),
        "proposals": [p.pk for p in proposals],
    }


def run_apply(ids: list[int]) -> dict:
    started = time.monotonic()
    for pk in ids:
        thinning.apply_proposal(pk)
    return {"seconds": time.monotonic() - started, "peak_mb": peak_rss_megabytes()}


def sample_list(until: Path | None, count: int) -> dict:
    """Request the list as the coordinator, `count` times or until the file `until` exists;
    between requests, count the sessions waiting for a lock."""
    setup_test_environment()
    client = Client()
    client.force_login(
        User.objects.get(username="samordnare"),
        backend="qms.auth.AccountBackend",
    )
    client.get("/avvikelser/")  # warm-up
    times, waiting = [], 0
    while (until is None and len(times) < count) or (until is not None and not until.exists()):
        started = time.perf_counter()
        response = client.get("/avvikelser/")
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
            waiting = max(waiting, cursor.fetchone()[0])
        if until is not None:
            time.sleep(0.05)
    return {"times": times, "lock_waiters_max": waiting}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def describe(name: str, times: list[float]) -> str:
    return (
        f"{name:24} n={len(times):4d} p50 {statistics.median(times):7.1f} ms  "
        f"p95 {percentile(times, 0.95):7.1f} ms  max {max(times):7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--due", type=int, default=300_000)
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        mode, *extra = args.child
        if mode == "build":
            result = run_build()
        elif mode == "apply":
            result = run_apply([int(pk) for pk in extra])
        else:
            result = sample_list(Path(extra[0]) if extra else None, args.samples)
        print(json.dumps(result))
        return

    prepare(args.rows, args.due)
    total = Deviation.objects.count()
    print(f"{total} avvikelser, varav {already_due()} gallringsbara\n", flush=True)

    built = child("build")
    items = ProposalItem.objects.filter(proposal_id__in=built["proposals"]).count()
    print(
        f"förslag: {len(built['proposals'])} st med {items} ärenden på "
        f"{built['seconds']:.1f} s, toppminne {built['peak_mb']:.0f} MB",
        flush=True,
    )
    by = archivist()
    for proposal in Proposal.objects.filter(pk__in=built["proposals"]):
        # Approved without queueing the worker: the run below is the worker's code.
        Proposal.objects.filter(pk=proposal.pk).update(
            status=Proposal.Status.APPROVED, approved_by=by, approved_at=django.utils.timezone.now()
        )
    before = child("sample", "--samples", str(args.samples))

    with tempfile.TemporaryDirectory() as folder:
        flag = Path(folder) / "done"
        sampler = subprocess.Popen(
            [sys.executable, str(SCRIPT), "--child", "sample", str(flag)],
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ,
        )
        applied = child("apply", *[str(pk) for pk in built["proposals"]])
        flag.touch()
        out, _ = sampler.communicate()
        during = json.loads(out.strip().splitlines()[-1])

    remaining = Deviation.objects.count()
    deleted = ProposalItem.objects.filter(
        proposal_id__in=built["proposals"], status=ProposalItem.Status.DELETED
    ).count()
    listed = 0
    for proposal in Proposal.objects.filter(pk__in=built["proposals"]):
        with proposal.protocol_csv.open("rb") as handle:
            rows = csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8"), delimiter=";")
            listed += sum(1 for row in rows if row["status"] == "Gallrad")
    print(
        f"gallring: {deleted} ärenden på {applied['seconds']:.1f} s "
        f"({deleted / applied['seconds']:.0f}/s), toppminne {applied['peak_mb']:.0f} MB"
    )
    print(describe("listan före", before["times"]))
    print(describe("listan under gallringen", during["times"]))
    print(f"sessioner som väntade på lås (högst samtidigt): {during['lock_waiters_max']}")
    print(f"kvar: {remaining} av {total}; protokollen listar {listed} gallrade")
    ok = remaining == total - deleted and deleted == items and listed == deleted
    print("OK" if ok else "FEL: antalen stämmer inte")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
