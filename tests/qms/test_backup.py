"""The backup and restore of docs/operations.md, as the commands an operator runs: a backup
of a real database (its own PostgreSQL) and its files, restored on "another machine" (another
database, another MEDIA_ROOT), gives the same table counts, the same audit history and the same
file bytes."""

from __future__ import annotations

import datetime
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from deviations import services
from qms.models import Role
from tests.factories import make_tree, make_user
from tests.processes import PrivatePostgres

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def files(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


def tables(postgres: PrivatePostgres, database: str) -> dict[str, str]:
    """Every table's row count, and for the audit-history tables a checksum of every row."""
    names = postgres.psql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", database
    ).split()
    found = {}
    for name in names:
        if name.endswith("event") or "history" in name:
            found[name] = postgres.psql(
                f"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY "
                f"t::text)), '') FROM {name} t",
                database,
            ).strip()
        else:
            found[name] = postgres.psql(f"SELECT count(*) FROM {name}", database).strip()
    return found


def test_a_restored_backup_has_the_same_tables_history_and_files(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    tree = make_tree()
    staff = make_user(tree.solgarden, Role.STAFF)
    chef = make_user(tree.solgarden, Role.MANAGER)
    for n in range(3):
        deviation = services.report_deviation(
            by=staff,
            unit=tree.solgarden,
            title=f"Händelse {n}",
            description="Något hände.",
            occurred_at=datetime.datetime.now(datetime.UTC),
            files=[SimpleUploadedFile(f"bild-{n}.pdf", PDF + bytes([n]) * 5000, "application/pdf")],
        )
        services.assess_deviation(  # a change: the audit history has more than the inserts
            deviation,
            by=chef,
            category=None,
            requirement=None,
            probability=2,
            consequence=n + 1,
            is_confidential=False,
        )

    postgres = PrivatePostgres()
    try:
        postgres.copy_test_database("qms")
        env = {
            **os.environ,
            "DATABASE_URL": postgres.url("qms"),
            "DATABASE_POOL": "0",
            "MEDIA_ROOT": settings.MEDIA_ROOT,
            "PG_BIN_DIR": str(postgres.bin),
        }
        # As docs/operations.md says: the backup to standard output, into a file.
        backup_file = tmp_path / "qms-backup.tar"
        with backup_file.open("wb") as target:
            made = subprocess.run(
                [sys.executable, "manage.py", "backup", "-"],
                cwd=settings.BASE_DIR,
                env=env,
                stdout=target,
                stderr=subprocess.PIPE,
                text=False,
                timeout=300,
            )
        assert made.returncode == 0, made.stderr.decode()

        # Another machine: an empty database, and a MEDIA_ROOT with something else in it.
        postgres.psql("CREATE DATABASE qms_restored")
        other_media = tmp_path / "other-media"
        (other_media / "attachments").mkdir(parents=True)
        (other_media / "attachments" / "stale.pdf").write_bytes(PDF)
        there = {
            **env,
            "DATABASE_URL": postgres.url("qms_restored"),
            "MEDIA_ROOT": str(other_media),
        }

        refused = manage(there, "restore", str(backup_file))
        assert refused.returncode != 0 and "--yes" in refused.stderr
        # Not while web, worker or beat are connected.
        with psycopg.connect(postgres.server.get_uri("qms_restored")):
            busy = manage(there, "restore", str(backup_file), "--yes")
        assert busy.returncode != 0 and "Stoppa web, worker och beat" in busy.stderr

        with backup_file.open("rb") as source:  # from standard input, as documented
            restored = subprocess.run(
                [sys.executable, "manage.py", "restore", "-", "--yes"],
                cwd=settings.BASE_DIR,
                env=there,
                stdin=source,
                capture_output=True,
                text=True,
                timeout=300,
            )
        assert restored.returncode == 0, restored.stderr
        assert "stämmer med kopian" in restored.stdout

        original, copy = tables(postgres, "qms"), tables(postgres, "qms_restored")
    finally:
        postgres.stop()

    assert copy == original
    assert int(original["deviations_deviation"]) == 3
    assert int(original["deviations_deviationevent"].split(":")[0]) >= 6  # inserts and changes
    assert files(other_media) == files(Path(settings.MEDIA_ROOT))
    assert len(files(other_media)) == 3
