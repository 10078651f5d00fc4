"""Provisioning a whole directory over SCIM, over HTTP: 40,000 users and their groups.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_scim_bench \\
        .venv/bin/python tests/benchmarks/bench_scim.py [--users 40000] [--groups 300] \\
        [--batch 1000] [--port 8121] [--clients 2]

Not a test (pytest does not collect it). It (re)creates the database named in DATABASE_URL –
never point it at a database you want to keep – migrates it, makes an organisation of --groups
units under one root with a role mapping per directory group (Medarbetare on its unit, and a
chef group for every tenth unit), and a SCIM client token. Then it starts gunicorn as the
Procfile does (3 workers) with the production settings (DEBUG off) and times, as Entra ID or a
first load would send them:

1. the groups, created with one SCIM bulk request;
2. the users, in bulk requests of --batch `POST /Users` operations, --clients at a time;
3. the memberships: one `PATCH /Groups/{id}` (members `Add`) per group, in bulk requests of
   at most --batch members' worth of operations; each member gets the mapped role.

It prints the time of each step and in total, the peak memory (VmHWM) of every gunicorn
process, checks the result in the database, and exits 1 when the total is over 60 s or a
process peaked over 500 MB (the goals of issue 11).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))
GOAL_SECONDS = 60.0
GOAL_MB = 500.0
BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


def recreate_database(url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    if not name.startswith("qms_") or "bench" not in name:
        sys.exit(f"Refusing to recreate {name!r}: use a database named qms_…bench…")
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def prepare(groups: int) -> tuple[str, list[tuple[str, str]]]:
    """Migrate, make the units, groups' role mappings and a SCIM token."""
    import django

    django.setup()
    from django.core.management import call_command

    from identity.models import RoleMapping
    from provisioning.services import create_scim_client
    from qms.models import OrganisationUnit, Role, User

    call_command("migrate", verbosity=0)
    root = OrganisationUnit.objects.add_root(
        {"name": "Benchkoncernen", "kind": "group", "code": "b-root"}
    )
    kommun = OrganisationUnit.objects.add_child(
        root, {"name": "Benchkommun", "kind": "municipality", "code": "b-kommun"}
    )
    directory_groups = []
    mappings = []
    for number in range(groups):
        unit = OrganisationUnit.objects.add_child(
            kommun, {"name": f"Enhet {number:04d}", "kind": "unit", "code": f"b-{number:04d}"}
        )
        staff_group = f"00000000-0000-4000-8000-{number:012d}"
        directory_groups.append((staff_group, f"QMS Medarbetare {unit.name}"))
        mappings.append(RoleMapping(value=staff_group, unit=unit, role=Role.STAFF))
        if number % 10 == 0:
            chef_group = f"00000000-0000-4000-9000-{number:012d}"
            directory_groups.append((chef_group, f"QMS Chefer {unit.name}"))
            mappings.append(RoleMapping(value=chef_group, unit=unit, role=Role.MANAGER))
    RoleMapping.objects.bulk_create(mappings)
    admin = User.objects.create_user("bench-admin", is_superuser=True)
    _client, token = create_scim_client(by=admin, name="Entra ID (benchmark)")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()
    return token, directory_groups


def start_gunicorn(port: int, log_path: Path) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        STATICFILES_BACKEND="django.contrib.staticfiles.storage.StaticFilesStorage",
        CELERY_QUEUE=f"qms-bench-{port}",
        LOG_LEVEL="WARNING",
    )
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "qms.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "3",
        "--timeout",
        "120",
        "--error-logfile",
        str(log_path),
    ]
    log = log_path.open("w")
    server = subprocess.Popen(
        command, cwd=BASE_DIR, env=env, start_new_session=True, stdout=log, stderr=log
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return server
        except urllib.error.HTTPError as error:
            sys.exit(f"gunicorn answers /healthz with {error.code}: {error.read()[:500]!r}")
        except OSError:
            if server.poll() is not None:
                break
            time.sleep(0.3)
    server.kill()
    sys.exit(f"gunicorn did not start:\n{log_path.read_text()}")


def peak_memory_mb(pid: int) -> dict[int, float]:
    """VmHWM (peak resident memory) of the gunicorn master and each worker."""
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    peaks = {}
    for process in pids:
        for line in Path(f"/proc/{process}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks[process] = int(line.split()[1]) / 1024
    return peaks


def post(port: int, token: str, path: str, body: dict) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/scim/v2{path}",
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"},
    )
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.loads(response.read())


def bulk(port: int, token: str, operations: list[dict]) -> list[dict]:
    started = time.perf_counter()
    answer = post(port, token, "/Bulk", {"schemas": [BULK], "Operations": operations})
    print(
        f"  bulk of {len(operations)} operations: {time.perf_counter() - started:.1f} s", flush=True
    )
    failed = [op for op in answer["Operations"] if int(op["status"]) >= 400]
    if failed:
        sys.exit(f"{len(failed)} operations failed, e.g. {failed[0]}")
    return answer["Operations"]


def user_operation(number: int) -> dict:
    user_name = f"person{number:05d}@benchkommun.se"
    return {
        "method": "POST",
        "path": "/Users",
        "bulkId": f"u{number}",
        "data": {
            "schemas": [USER],
            "externalId": f"10000000-0000-4000-8000-{number:012d}",
            "userName": user_name,
            "active": True,
            "displayName": f"Person {number}",
            "name": {"givenName": "Person", "familyName": f"Nummer {number}"},
            "title": "Medarbetare",
            "emails": [{"primary": True, "type": "work", "value": user_name}],
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=40_000)
    parser.add_argument("--groups", type=int, default=300)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--port", type=int, default=8121)
    parser.add_argument("--clients", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qms.settings")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret")
    url = os.environ["DATABASE_URL"]

    print(f"Preparing {urlsplit(url).path.lstrip('/')} ({args.groups} units) …", flush=True)
    recreate_database(url)
    token, directory_groups = prepare(args.groups)
    log_path = Path("/tmp") / f"bench-scim-gunicorn-{args.port}.log"
    server = start_gunicorn(args.port, log_path)
    times = {}
    try:
        started = time.perf_counter()
        results = bulk(
            args.port,
            token,
            [
                {
                    "method": "POST",
                    "path": "/Groups",
                    "bulkId": external_id,
                    "data": {"schemas": [GROUP], "externalId": external_id, "displayName": name},
                }
                for external_id, name in directory_groups
            ],
        )
        group_ids = {op["bulkId"]: op["location"].rsplit("/", 1)[-1] for op in results}
        times["groups"] = time.perf_counter() - started

        step = time.perf_counter()
        batches = [
            [user_operation(n) for n in range(first, min(first + args.batch, args.users))]
            for first in range(0, args.users, args.batch)
        ]
        with ThreadPoolExecutor(args.clients) as pool:
            answers = list(pool.map(lambda ops: bulk(args.port, token, ops), batches))
        user_ids = {
            int(op["bulkId"][1:]): op["location"].rsplit("/", 1)[-1]
            for answer in answers
            for op in answer
        }
        times["users"] = time.perf_counter() - step

        step = time.perf_counter()
        members: dict[str, list[str]] = {external_id: [] for external_id, _ in directory_groups}
        staff_groups = [g for g, name in directory_groups if "Medarbetare" in name]
        chef_groups = [g for g, name in directory_groups if "Chefer" in name]
        for number, user_id in user_ids.items():
            members[staff_groups[number % len(staff_groups)]].append(user_id)
            if number % 20 == 0:
                members[chef_groups[number % len(chef_groups)]].append(user_id)
        operations, batches, weight = [], [], 0
        for external_id, ids in members.items():
            for first in range(0, len(ids), args.batch):
                chunk = ids[first : first + args.batch]
                operations.append(
                    {
                        "method": "PATCH",
                        "path": f"/Groups/{group_ids[external_id]}",
                        "data": {
                            "schemas": [PATCH],
                            "Operations": [
                                {
                                    "op": "Add",
                                    "path": "members",
                                    "value": [{"value": i} for i in chunk],
                                }
                            ],
                        },
                    }
                )
                weight += len(chunk)
                if weight >= args.batch:
                    batches.append(operations)
                    operations, weight = [], 0
        if operations:
            batches.append(operations)
        with ThreadPoolExecutor(args.clients) as pool:
            list(pool.map(lambda ops: bulk(args.port, token, ops), batches))
        times["memberships"] = time.perf_counter() - step
        total = time.perf_counter() - started
        peaks = peak_memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)

    from identity.models import GrantedMembership
    from provisioning.models import ScimGroupMember, ScimUser

    provisioned = ScimUser.objects.count()
    group_members = ScimGroupMember.objects.count()
    roles = GrantedMembership.objects.count()
    expected_members = sum(len(ids) for ids in members.values())
    print(f"groups:       {len(directory_groups):>6} in {times['groups']:6.1f} s")
    print(f"users:        {provisioned:>6} in {times['users']:6.1f} s ({len(user_ids)} answered)")
    print(f"memberships:  {group_members:>6} in {times['memberships']:6.1f} s ({roles} roles)")
    print(f"total:        {total:6.1f} s (goal ≤ {GOAL_SECONDS:.0f} s)")
    for pid, peak in sorted(peaks.items()):
        role = "master" if pid == server.pid else "worker"
        print(f"peak memory:  {peak:6.0f} MB  gunicorn {role} {pid}")
    print(f"load average: {os.getloadavg()[0]:.1f}")
    ok = (
        provisioned == args.users
        and group_members == expected_members
        and roles == expected_members
        and total <= GOAL_SECONDS
        and max(peaks.values()) <= GOAL_MB
    )
    print("OK" if ok else "GOAL MISSED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
