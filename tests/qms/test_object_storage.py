"""Files in an S3-compatible object store (S3_BUCKET set), against a real one: moto's S3 server in
its own process (tests/processes.py, S3Server). Names are unguessable, files are read only through
the permission-checked views, missing objects are a 404, orphans are swept from the bucket."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from deviations.models import Attachment, Deviation, Requirement
from qms import storage
from qms.models import Role
from tests.conftest import BASE_DIR, login
from tests.factories import make_user
from tests.processes import S3Server, free_port

pytestmark = pytest.mark.django_db
BUCKET = "qms-filer"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n" + b"0" * 2000
RANDOM = r"[0-9a-f]{32}"


@pytest.fixture(scope="module")
def s3_server(tmp_path_factory):
    server = S3Server(tmp_path_factory.mktemp("s3") / "moto.log")
    yield server
    server.stop()


@pytest.fixture
def object_store(s3_server, settings, request):
    """The default storage is the object store, in a bucket of this test's own."""
    bucket = f"{BUCKET}-{abs(hash(request.node.nodeid)) % 10**8}"
    s3_server.create_bucket(bucket)
    env = s3_server.env(bucket)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "qms.object_stores.ObjectStorage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": env["S3_ENDPOINT_URL"],
                "region_name": env["S3_REGION"],
                "access_key": env["S3_ACCESS_KEY_ID"],
                "secret_key": env["S3_SECRET_ACCESS_KEY"],
            },
        },
    }
    assert storage.is_object_store()
    return s3_server, bucket


def test_the_settings_choose_the_object_store_from_the_environment_only(s3_server):
    code = (
        "from django.core.files.storage import storages; s = storages['default'];"
        "names = ('bucket_name', 'endpoint_url', 'file_overwrite', 'default_acl',"
        " 'querystring_expire');"
        "print(type(s).__name__, *(getattr(s, n, '-') for n in names))"
    )

    def run(extra: dict) -> str:
        env = {"DJANGO_SETTINGS_MODULE": "qms.settings", "DEBUG": "1", "PATH": "/usr/bin:/bin"}
        shown = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            cwd=BASE_DIR,
            env={**env, **extra},
            capture_output=True,
            text=True,
        )
        assert shown.returncode == 0, shown.stderr
        return shown.stdout.strip()

    configured = run(s3_server.env("b1"))
    assert configured == f"ObjectStorage b1 {s3_server.endpoint_url} False None 60"
    assert run({}) == "MediaStorage - - - - -"


def report_data(unit) -> dict:
    return {
        "unit": unit.pk,
        "title": "Fel läkemedel gavs",
        "description": "Kvällsdosen gavs till fel brukare.",
        "occurred_at": (timezone.localtime() - datetime.timedelta(hours=1)).strftime(
            "%Y-%m-%dT%H:%M"
        ),
        "attachments": [SimpleUploadedFile("Händelserapport Sven.pdf", PDF, "application/pdf")],
    }


def report_with_attachment(client, tree):
    """A member of staff reports a case with a PDF through the form; (reporter, attachment)."""
    reporter = make_user(tree.solgarden, Role.STAFF)
    login(client, reporter)
    assert client.post(reverse("deviations:create"), report_data(tree.solgarden)).status_code == 302
    attached = Attachment.objects.get()
    # The key names neither the person nor the case.
    assert re.fullmatch(rf"attachments/\d{{4}}/\d{{2}}/{RANDOM}\.pdf", attached.file.name)
    return reporter, attached


def download_checked(client, tree, attached) -> str:
    """The attachment downloads through its view, and only for its own unit; its URL."""
    url = reverse("deviations:attachment", args=[attached.deviation_id, attached.pk])
    answer = client.get(url)
    assert answer.status_code == 200
    assert b"".join(answer.streaming_content) == PDF
    assert answer["Content-Disposition"].endswith("H%C3%A4ndelserapport%20Sven.pdf")
    assert answer["Cache-Control"] == "private, no-store"

    # Someone at another unit gets a 404 before the store is asked.
    login(client, make_user(tree.school, Role.STAFF))
    assert client.get(url).status_code == 404
    return url


def test_an_attachment_goes_to_the_bucket_under_a_random_key_and_back_through_the_view(
    client, tree, object_store
):
    server, bucket = object_store
    reporter, attached = report_with_attachment(client, tree)
    assert server.keys(bucket) == [attached.file.name]  # in the bucket, not on disk
    url = download_checked(client, tree, attached)

    # An object gone from the store (restored database, lost bucket): 404, not 500.
    server.client().delete_object(Bucket=bucket, Key=attached.file.name)
    login(client, reporter)
    assert client.get(url).status_code == 404


def test_a_store_that_does_not_answer_is_a_503_and_the_report_is_not_saved(
    client, tree, object_store, settings
):
    """The object store down (nothing listens at its address): a download and a report with a
    file get "tillfälligt ur funktion" (503, Retry-After) as during a database outage, never a
    500, and no case is stored without its file."""
    _reporter, attached = report_with_attachment(client, tree)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            **settings.STORAGES["default"],
            "OPTIONS": {
                **settings.STORAGES["default"]["OPTIONS"],
                "endpoint_url": f"http://127.0.0.1:{free_port()}",
            },
        },
    }
    client.raise_request_exception = False
    url = reverse("deviations:attachment", args=[attached.deviation_id, attached.pk])
    report = reverse("deviations:create")
    for answer in (client.get(url), client.post(report, report_data(tree.solgarden))):
        assert answer.status_code == 503
        assert answer["Retry-After"] == "30"
        assert "Tillfälligt ur funktion" in answer.content.decode()
    assert Deviation.objects.count() == 1


def test_a_readable_name_is_put_in_a_random_folder_and_downloads_under_its_own_name(
    client, tree, object_store
):
    server, bucket = object_store
    requirement = Requirement.objects.create(
        owner_unit=tree.kommun, title="Läkemedelsrutin", kind="routine"
    )
    requirement.document.save("Läkemedelsrutin 2026.pdf", ContentFile(PDF))

    year = timezone.now().year
    expected = rf"requirements/{year}/{RANDOM}/Läkemedelsrutin_2026\.pdf"
    assert re.fullmatch(expected, requirement.document.name)
    assert server.keys(bucket) == [requirement.document.name]
    login(client, make_user(tree.solgarden, Role.STAFF))
    answer = client.get(reverse("deviations:requirement_document", args=[requirement.pk]))
    assert b"".join(answer.streaming_content) == PDF
    assert answer["Content-Disposition"].endswith("''L%C3%A4kemedelsrutin_2026.pdf")


def test_orphans_are_swept_from_the_bucket_and_referenced_files_stay(tree, object_store):
    server, bucket = object_store
    requirement = Requirement.objects.create(owner_unit=tree.kommun, title="Rutin", kind="routine")
    requirement.document.save("rutin.pdf", ContentFile(PDF))
    orphan = default_storage.save("attachments/2026/01/rest.pdf", ContentFile(PDF))
    assert sorted(server.keys(bucket)) == sorted([requirement.document.name, orphan])

    # Files younger than a day are never touched (the row naming them may not have committed).
    assert storage.sweep_orphans() == 0
    later = timezone.now() + storage.ORPHAN_AGE + datetime.timedelta(hours=1)
    assert storage.sweep_orphans(now=later) == 1
    assert server.keys(bucket) == [requirement.document.name]
