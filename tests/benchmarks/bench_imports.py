"""Benchmark of the imports: an organisation file of 3,000 units and a legacy register of
100,000 deviations.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_bench \\
        .venv/bin/python tests/benchmarks/bench_imports.py [--units 3000] [--rows 100000]

Not a test (pytest does not collect it). Checks the requirement "importing 3,000 units and
100,000 legacy deviations: at most 60 s and 500 MB each" and exits 1 when it is missed.

On a migrated database (the demo is seeded if it is empty) it first makes, unmeasured: 300
managers (users with e-mail addresses), an organisation file (CSV) of --units units in four
levels under the demo group, with those managers, and an Excel register (.xlsx) of --rows
deviations on those units. Every run uses new unit codes and a new source name, so each run
creates its 3,000 units and 100,000 cases again (the database grows; use a benchmark database).

Then, each in a fresh child process (so its memory is its own): (1) the organisation import –
upload, the dry run and the apply, exactly the services the worker runs – and a second dry run
of the same file, which must find nothing to change; (2) the register – upload (header and
samples for the mapping), mapping, dry run and import. Prints each step's wall time and the
child's peak RSS (the kernel's VmHWM, MB of 10^6 bytes), and checks the result in the database.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qms.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("DEBUG", "0")

import django

django.setup()

from django.core.files import File  # noqa: E402
from django.core.management import call_command  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from deviations.models import Deviation  # noqa: E402
from imports import services  # noqa: E402
from imports.models import ImportJob  # noqa: E402
from qms.models import Membership, OrganisationUnit, Role, User  # noqa: E402

SECONDS_BUDGET = 60.0
MEGABYTES_BUDGET = 500
MANAGERS = 300
STATUSES = ["Avslutad", "Avslutad", "Avslutad", "Pågår", "Ny", "Avskriven", "Uppföljning"]


def peak_rss_megabytes() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / 1e6
    raise RuntimeError("No VmHWM in /proc/self/status")


def prepare(units: int, rows: int, folder: Path) -> dict:
    """The files and the people (unmeasured)."""
    if not OrganisationUnit.objects.exists():
        call_command("seed_demo")
    group = OrganisationUnit.objects.filter(depth=1).order_by("path").first()
    # An administrator: earlier runs may have left other top-level units.
    coordinator, _ = User.objects.get_or_create(
        username="bench.samordnare", defaults={"first_name": "Bench", "last_name": "Samordnare"}
    )
    Membership.objects.get_or_create(user=coordinator, unit=group, role=Role.ADMIN)
    existing = set(
        User.objects.filter(username__startswith="bench.chef.").values_list("username", flat=True)
    )
    User.objects.bulk_create(
        User(
            username=f"bench.chef.{n}",
            email=f"bench.chef.{n}@exempel.se",
            first_name="Chef",
            last_name=str(n),
        )
        for n in range(MANAGERS)
        if f"bench.chef.{n}" not in existing
    )
    run = f"b{int(time.time()) % 10_000_000}"
    codes = organisation_file(folder / "organisation.csv", run, units)
    register_file(folder / "register.xlsx", codes, rows)
    return {"run": run, "group": group.pk, "coordinator": coordinator.pk}


def organisation_file(path: Path, run: str, units: int) -> list[str]:
    """A kommun, förvaltningar of 10 avdelningar of 14 enheter each: --units rows. Every fifth
    enhet (and each förvaltning) names its manager by e-mail. Returns the enheter's codes."""
    top = f"{run}-k"
    rows = [[top, f"Benchmarkkommun {run}", "", "Kommun", "bench.chef.0@exempel.se"]]
    for d in range(-(-units // 151)):
        department = f"{run}-{d}"
        rows.append(
            [department, f"Förvaltning {d}", top, "Förvaltning", f"bench.chef.{d + 1}@exempel.se"]
        )
        for a in range(10):
            division = f"{department}-{a}"
            rows.append([division, f"Avdelning {d}.{a}", department, "Avdelning", ""])
            for e in range(14):
                manager = f"bench.chef.{(d * 140 + a * 14 + e) % MANAGERS}@exempel.se"
                rows.append(
                    [
                        f"{division}-{e}",
                        f"Enhet {d}.{a}.{e}",
                        division,
                        "Enhet",
                        manager if e % 5 == 0 else "",
                    ]
                )
    rows = rows[:units]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Enhetskod", "Namn", "Överordnad", "Typ", "Chef"])
        writer.writerows(rows)
    return [row[0] for row in rows if row[3] == "Enhet"]


def register_file(path: Path, units: list[str], rows: int) -> None:
    random.seed(2026)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Avvikelser")
    sheet.append(["Nr", "Datum", "Enhet", "Rubrik", "Beskrivning", "Status", "Omedelbar åtgärd"])
    start = datetime.datetime(2016, 1, 1)
    for n in range(rows):
        sheet.append(
            [
                f"GR-{n + 1}",
                start + datetime.timedelta(minutes=47 * n),
                random.choice(units),
                f"Avvikelse {n + 1}: fall i samband med förflyttning",
                "Brukaren halkade vid förflyttning från säng till rullstol. Personalen var två. "
                "Ingen synlig skada; sjuksköterska kontaktades.",
                random.choice(STATUSES),
                "Brukaren undersöktes och anhöriga informerades.",
            ]
        )
    workbook.save(path)


def upload(kind: str, path: Path, by: User, **kwargs) -> ImportJob:
    with path.open("rb") as handle:
        return services.start_import(
            by=by, kind=kind, upload=File(handle, name=path.name), queue=False, **kwargs
        )


def timed(steps: dict, name: str, function):
    started = time.perf_counter()
    result = function()
    steps[name] = round(time.perf_counter() - started, 2)
    return result


def child_organisation(folder: Path, setup: dict) -> dict:
    by = User.objects.get(pk=setup["coordinator"])
    steps: dict = {}
    path = folder / "organisation.csv"
    group = OrganisationUnit.objects.get(pk=setup["group"])
    job = timed(
        steps,
        "upload",
        lambda: upload(ImportJob.Kind.ORGANISATION, path, by, place_under=group),
    )
    timed(steps, "dry run", lambda: services.run_check(job.pk))
    job.refresh_from_db()
    assert job.status == ImportJob.Status.CHECKED, job.error
    services.request_apply(job, by=by)
    timed(steps, "apply", lambda: services.run_apply(job.pk))
    job.refresh_from_db()
    assert job.status == ImportJob.Status.APPLIED, job.error
    again = upload(ImportJob.Kind.ORGANISATION, path, by, place_under=group)
    services.run_check(again.pk)
    again.refresh_from_db()
    return {
        "steps": steps,
        "seconds": round(sum(steps.values()), 2),
        "megabytes": round(peak_rss_megabytes(), 1),
        "counts": job.summary["counts"],
        "rerun_changes": sum(again.summary["counts"].values()),
    }


def child_register(folder: Path, setup: dict) -> dict:
    by = User.objects.get(pk=setup["coordinator"])
    steps: dict = {}
    source = f"Benchmark {setup['run']}"
    job = timed(
        steps,
        "upload",
        lambda: upload(ImportJob.Kind.DEVIATIONS, folder / "register.xlsx", by, source=source),
    )
    columns = {
        "external_id": "Nr",
        "occurred_at": "Datum",
        "unit": "Enhet",
        "title": "Rubrik",
        "description": "Beskrivning",
        "status": "Status",
        "immediate_action": "Omedelbar åtgärd",
    }
    services.save_mapping(
        job, by=by, columns=columns, status_values={}, default_status="closed", source=source
    )
    timed(steps, "dry run", lambda: services.run_check(job.pk))
    job.refresh_from_db()
    assert job.status == ImportJob.Status.CHECKED, job.error
    services.request_apply(job, by=by)
    timed(steps, "apply", lambda: services.run_apply(job.pk))
    job.refresh_from_db()
    assert job.status == ImportJob.Status.APPLIED, job.error
    return {
        "steps": steps,
        "seconds": round(sum(steps.values()), 2),
        "megabytes": round(peak_rss_megabytes(), 1),
        "imported": job.result["imported"],
        "errors": job.summary["errors"],
        "found": Deviation.objects.filter(
            previous_number="GR-1", unit__code__startswith=setup["run"]
        ).count(),
    }


def in_child(kind: str, folder: Path, setup: dict) -> dict:
    child = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--folder",
            str(folder),
            "--setup",
            json.dumps(setup),
        ],
        capture_output=True,
        text=True,
        env=os.environ,
    )
    if child.returncode:
        sys.exit(f"{kind} misslyckades:\n{child.stderr}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=3000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--child", choices=["organisation", "register"])
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--setup")
    args = parser.parse_args()
    if args.child:
        work = child_organisation if args.child == "organisation" else child_register
        print(json.dumps(work(args.folder, json.loads(args.setup))))
        return 0

    call_command("migrate", verbosity=0)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        started = time.perf_counter()
        setup = prepare(args.units, args.rows, folder)
        print(
            f"Filer och personer: {time.perf_counter() - started:.0f} s "
            f"({args.units} enheter, {args.rows} avvikelser)"
        )
        results = {
            "organisation": in_child("organisation", folder, setup),
            "register": in_child("register", folder, setup),
        }
    failed = False
    for name, result in results.items():
        within = result["seconds"] <= SECONDS_BUDGET and result["megabytes"] <= MEGABYTES_BUDGET
        failed |= not within
        steps = ", ".join(f"{step} {seconds} s" for step, seconds in result["steps"].items())
        print(
            f"{name}: {result['seconds']} s ({steps}), topp {result['megabytes']} MB "
            f"– {'OK' if within else 'FÖR LÅNGSAMT ELLER FÖR STORT'}"
        )
        extra = {k: v for k, v in result.items() if k not in ("steps", "seconds", "megabytes")}
        print(f"  {extra}")
    org, register = results["organisation"], results["register"]
    if org["counts"]["create"] != args.units or org["rerun_changes"] != 0:
        print("organisation: fel antal skapade enheter, eller en andra körning ändrar något")
        failed = True
    if register["imported"] != args.rows or register["found"] != 1:
        print("register: fel antal importerade avvikelser")
        failed = True
    print(f"Mål: högst {SECONDS_BUDGET:.0f} s och {MEGABYTES_BUDGET} MB för vardera.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
