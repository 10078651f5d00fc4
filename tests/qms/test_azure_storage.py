"""Files in Azure Blob Storage (AZURE_CONTAINER set), against a real Azure-compatible server:
Azurite's Blob service in its own Node.js process (tests/processes.py, AzuriteServer). The same
promises as the S3 store (tests/qms/test_object_storage.py): names are unguessable, files are
read only through the permission-checked views, a missing blob is a 404, orphans are swept, and
the backup's listing and restore work on the container."""

from __future__ import annotations

import datetime
import hashlib
import re
import subprocess
import sys

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone

from deviations.models import Requirement
from qms import backup, storage
from tests.conftest import BASE_DIR, login
from tests.processes import AzuriteServer, free_port
from tests.qms.test_object_storage import PDF, RANDOM, download_checked, report_with_attachment

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def azurite(tmp_path_factory):
    server = AzuriteServer(tmp_path_factory.mktemp("azurite") / "azurite.log")
    yield server
    server.stop()


@pytest.fixture
def azure_store(azurite, settings, request):
    """The default storage is the Azure container of this test's own."""
    container = f"qms-filer-{abs(hash(request.node.nodeid)) % 10**8}"
    azurite.create_container(container)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "qms.object_stores.AzureObjectStorage",
            "OPTIONS": {
                "azure_container": container,
                "connection_string": azurite.connection_string,
            },
        },
    }
    assert storage.is_object_store()
    return azurite, container


def test_the_settings_choose_azure_from_the_environment_and_refuse_two_stores(azurite):
    code = (
        "from django.core.files.storage import storages; s = storages['default'];"
        "names = ('azure_container', 'account_name', 'overwrite_files', 'expiration_secs');"
        "print(type(s).__name__, *(getattr(s, n, '-') for n in names))"
    )

    def run(extra: dict) -> subprocess.CompletedProcess:
        env = {"DJANGO_SETTINGS_MODULE": "qms.settings", "DEBUG": "1", "PATH": "/usr/bin:/bin"}
        return subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            cwd=BASE_DIR,
            env={**env, **extra},
            capture_output=True,
            text=True,
        )

    shown = run(azurite.env("c1"))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "AzureObjectStorage c1 devstoreaccount1 False 60"
    both = run({**azurite.env("c1"), "S3_BUCKET": "b1"})
    assert both.returncode != 0
    assert "Sätt S3_BUCKET eller AZURE_CONTAINER, inte båda." in both.stderr


def test_an_attachment_goes_to_the_container_under_a_random_key_and_back_through_the_view(
    client, tree, azure_store
):
    server, container = azure_store
    reporter, attached = report_with_attachment(client, tree)
    assert server.blobs(container) == {attached.file.name: PDF}  # in Azurite, as uploaded
    url = download_checked(client, tree, attached)

    # A blob gone from the container (restored database, lost container): 404, not 500.
    server.client().get_container_client(container).delete_blob(attached.file.name)
    login(client, reporter)
    assert client.get(url).status_code == 404


def test_a_container_that_does_not_answer_is_a_503(client, tree, azure_store, settings):
    server, _container = azure_store
    _reporter, attached = report_with_attachment(client, tree)
    options = settings.STORAGES["default"]["OPTIONS"]
    dead = server.connection_string.replace(f":{server.port}/", f":{free_port()}/")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            **settings.STORAGES["default"],
            "OPTIONS": {**options, "connection_string": dead},
        },
    }
    client.raise_request_exception = False
    url = reverse("deviations:attachment", args=[attached.deviation_id, attached.pk])
    answer = client.get(url)
    assert answer.status_code == 503
    assert "Tillfälligt ur funktion" in answer.content.decode()


def test_orphans_are_swept_and_a_restore_puts_back_exactly_the_backups_files(
    tree, azure_store, tmp_path
):
    server, container = azure_store
    requirement = Requirement.objects.create(owner_unit=tree.kommun, title="Rutin", kind="routine")
    requirement.document.save("rutin.pdf", ContentFile(PDF))
    kept = requirement.document.name
    orphan = default_storage.save("attachments/2026/01/rest.pdf", ContentFile(PDF + b"1"))
    year = timezone.now().year
    assert re.fullmatch(rf"requirements/{year}/{RANDOM}/rutin\.pdf", kept)  # a random folder
    assert set(server.blobs(container)) == {kept, orphan}

    # The backup's listing: each blob's size and checksum, read back from the store.
    manifest = backup.stored_manifest()
    assert manifest[kept] == {"size": len(PDF), "sha256": hashlib.sha256(PDF).hexdigest()}
    assert storage.store_address() == f"azure://{container}"

    # No row names the orphan: younger than a day it stays, older it goes.
    assert storage.sweep_orphans() == 0
    later = timezone.now() + storage.ORPHAN_AGE + datetime.timedelta(hours=1)
    assert storage.sweep_orphans(now=later) == 1
    assert server.blobs(container) == {kept: PDF}

    # A restore writes the backup's files under their own names and removes the rest.
    default_storage.save("attachments/2027/01/nytt.pdf", ContentFile(b"annat"))
    default_storage.delete(kept)
    (tmp_path / kept).parent.mkdir(parents=True)
    (tmp_path / kept).write_bytes(PDF)
    backup._replace_objects(tmp_path, {kept: manifest[kept]})
    assert server.blobs(container) == {kept: PDF}
    assert backup.stored_manifest() == {kept: manifest[kept]}
