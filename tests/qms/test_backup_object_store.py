"""Backup and restore with the files in an object store (moto's S3 server in its own process): the
backup holds the database dump and every object of the bucket with its size and SHA-256; a
restore into another database and another bucket gives the same tables and the same objects,
and removes what the backup does not have."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from deviations import services
from qms.models import Role
from tests.factories import make_tree, make_user
from tests.processes import PrivatePostgres, S3Server
from tests.qms.test_backup import PDF, tables

pytestmark = pytest.mark.django_db(transaction=True)


def objects(s3: S3Server, bucket: str) -> dict[str, str]:
    client = s3.client()
    return {
        key: hashlib.sha256(client.get_object(Bucket=bucket, Key=key)["Body"].read()).hexdigest()
        for key in s3.keys(bucket)
    }


def test_a_backup_from_the_object_store_restores_into_another_bucket(tmp_path, settings):
    s3 = S3Server(tmp_path / "moto.log")
    postgres = None
    try:
        s3.create_bucket("qms-kommun")
        s3.create_bucket("qms-ny")
        source = s3.env("qms-kommun")
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "qms.object_stores.ObjectStorage",
                "OPTIONS": {
                    "bucket_name": "qms-kommun",
                    "endpoint_url": source["S3_ENDPOINT_URL"],
                    "region_name": source["S3_REGION"],
                    "access_key": source["S3_ACCESS_KEY_ID"],
                    "secret_key": source["S3_SECRET_ACCESS_KEY"],
                },
            },
        }
        tree = make_tree()
        staff = make_user(tree.solgarden, Role.STAFF)
        for n in range(3):
            services.report_deviation(
                by=staff,
                unit=tree.solgarden,
                title=f"Händelse {n}",
                description="Något hände.",
                occurred_at=datetime.datetime.now(datetime.UTC),
                files=[SimpleUploadedFile(f"bild-{n}.pdf", PDF + bytes([n]) * 9000)],
            )
        original_objects = objects(s3, "qms-kommun")
        assert len(original_objects) == 3

        postgres = PrivatePostgres()
        postgres.copy_test_database("qms")
        empty_media = tmp_path / "media-unused"
        env = {
            **os.environ,
            "DATABASE_URL": postgres.url("qms"),
            "DATABASE_POOL": "0",
            "MEDIA_ROOT": str(empty_media),
            "PG_BIN_DIR": str(postgres.bin),
            **source,
        }
        backup_file = tmp_path / "qms-backup.tar"
        made = subprocess.run(
            [sys.executable, "manage.py", "backup", str(backup_file)],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert made.returncode == 0, made.stderr

        # The pair: the dump and a listing of every object with its size and checksum.
        with tarfile.open(backup_file) as outer:
            manifest = json.load(outer.extractfile("manifest.json"))
            media = io.BytesIO(outer.extractfile("media.tar.gz").read())
        with tarfile.open(fileobj=media) as inner:
            archived = {m.name for m in inner if m.isfile()}
        assert manifest["storage"] == "s3://qms-kommun"
        assert {name: info["sha256"] for name, info in manifest["files"].items()} == (
            original_objects
        )
        assert archived == set(original_objects)

        # Another installation: an empty database, a bucket with something else in it.
        postgres.psql("CREATE DATABASE qms_restored")
        s3.client().put_object(Bucket="qms-ny", Key="attachments/2020/01/gammal.pdf", Body=PDF)
        there = {**env, "DATABASE_URL": postgres.url("qms_restored"), **s3.env("qms-ny")}
        restored = subprocess.run(
            [sys.executable, "manage.py", "restore", str(backup_file), "--yes"],
            cwd=settings.BASE_DIR,
            env=there,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert restored.returncode == 0, restored.stderr
        assert "stämmer med kopian" in restored.stdout
        assert tables(postgres, "qms_restored") == tables(postgres, "qms")
        assert objects(s3, "qms-ny") == original_objects  # the old object is gone
        assert not empty_media.exists() or not any(empty_media.rglob("*.pdf"))

        # A changed object is found by the comparison after a restore.
        key = sorted(original_objects)[0]
        s3.client().put_object(Bucket="qms-kommun", Key=key, Body=b"%PDF-1.4 changed")
        postgres.psql("DROP DATABASE qms_restored")
        postgres.psql("CREATE DATABASE qms_restored")
        again = subprocess.run(
            [sys.executable, "manage.py", "restore", str(backup_file), "--yes"],
            cwd=settings.BASE_DIR,
            env={**there, **source},  # into the original bucket, whose object changed
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert again.returncode == 0, again.stderr
        assert objects(s3, "qms-kommun") == original_objects  # put back from the backup
    finally:
        if postgres is not None:
            postgres.stop()
        s3.stop()
