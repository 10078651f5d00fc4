"""The full export: every table the product owns as CSV with a README of columns, every stored
file, a manifest of checksums; no password or token hashes; for admins only."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from qms.models import Role
from records import exports
from records.models import AccessLog, FullExport, JobStatus
from tests.conftest import login
from tests.deviations.conftest import report
from tests.factories import make_user

CONTENT = "Filens innehåll 42".encode()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_export_all_writes_every_table_every_file_and_a_manifest(cast, tmp_path):
    case = report(
        cast,
        title="Unik rubrik för exporten",
        files=[SimpleUploadedFile("bild.txt", CONTENT, "text/plain")],
    )
    target = tmp_path / "ut"
    out = io.StringIO()
    call_command("export_all", str(target), stdout=out)
    assert "tabeller" in out.getvalue()
    tables = {p.stem for p in (target / "tables").glob("*.csv")}
    owned = {m._meta.db_table for m in exports.owned_models()}
    assert tables == owned
    for table in ("deviations_deviation", "deviations_action", "qms_user", "records_proposal"):
        assert table in tables
    assert "pghistory_context" in tables
    assert not any(t.startswith(("auth_", "django_", "axes_")) for t in tables)
    with (target / "tables" / "deviations_deviation.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["title"] for r in rows] == ["Unik rubrik för exporten"]
    assert rows[0]["number"] == case.number
    with (target / "tables" / "qms_user.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert "password" not in header and "username" in header
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM qms_user")
        users = cursor.fetchone()[0]
    with (target / "tables" / "qms_user.csv").open(encoding="utf-8") as handle:
        assert sum(1 for _ in csv.reader(handle)) == users + 1
    attachment = case.attachments.get()
    copied = target / "files" / attachment.file.name
    assert copied.read_bytes() == CONTENT
    readme = (target / "README.txt").read_text(encoding="utf-8")
    assert "== deviations_deviation" in readme and "  title: rubrik" in readme
    manifest = (target / "MANIFEST.sha256").read_text().splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in manifest)
    digest = hashlib.sha256(CONTENT).hexdigest()
    assert listed[f"files/{attachment.file.name}"] == digest
    with pytest.raises(Exception, match="inte tom"):
        call_command("export_all", str(target))


def test_only_admins_order_and_download_the_full_export(client, cast, archivist):
    admin = make_user(is_superuser=True, is_staff=True)
    dpo = make_user(cast.tree.group, Role.DPO)
    url = reverse("records:full_export_list")
    for user in (archivist, dpo, cast.coordinator, cast.staff):
        login(client, user)
        assert client.get(url).status_code == 403
        assert client.post(url).status_code == 403
        client.logout()
    login(client, admin)
    response = client.post(url, {"submission_token": "f" * 32})
    assert response.status_code == 302
    job = FullExport.objects.get()
    exports.build_full_export(job.pk)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    download = client.get(reverse("records:full_export_download", args=[job.pk]))
    assert download.status_code == 200 and download["Cache-Control"] == "private, no-store"
    data = b"".join(download.streaming_content)
    with zipfile.ZipFile(io.BytesIO(data)) as zipped:
        names = zipped.namelist()
    assert "qms-export/README.txt" in names
    assert "qms-export/tables/deviations_deviation.csv" in names
    assert AccessLog.objects.filter(what="full-export", user=admin).count() == 1
    client.logout()
    login(client, archivist)
    assert client.get(reverse("records:full_export_download", args=[job.pk])).status_code == 403
    assert client.get(job.get_absolute_url()).status_code == 403
