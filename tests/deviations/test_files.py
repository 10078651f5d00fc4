"""Files: a full disk is a message on the form that keeps what was typed and leaves no part of
the file behind; stored files that no row refers to, and the temporary files of killed requests,
are swept.

The full disk is real: a small tmpfs mounted for the test and filled up (needs root, or the
right to mount; the tests say so and are skipped where that is not allowed)."""

from __future__ import annotations

import datetime
import os
import subprocess
import time
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from deviations.models import Attachment, Deviation, Requirement
from qms import storage
from tests.conftest import login
from tests.deviations.test_views import form_data

pytestmark = pytest.mark.django_db

PDF_HEAD = b"%PDF-1.4\n1 0 obj<<>>endobj\n"


def pdf(size: int) -> bytes:
    return PDF_HEAD + b"0" * (size - len(PDF_HEAD))


@pytest.fixture
def full_disk(tmp_path):
    """A 2 MB file system with about 64 kB left."""
    mount = tmp_path / "disk"
    mount.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0777", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    try:
        stats = os.statvfs(mount)
        (mount / "filler").write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - 64 * 1024))
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def files_in(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_full_disk_refuses_the_report_with_a_message_and_keeps_what_was_typed(
    client, cast, settings, full_disk
):
    settings.MEDIA_ROOT = str(full_disk)
    login(client, cast.staff)
    attachment = SimpleUploadedFile("protokoll.pdf", pdf(400 * 1024), "application/pdf")
    data = {**form_data(cast, title="Larmet fungerade inte"), "attachments": [attachment]}

    page = client.post(reverse("deviations:create"), data)

    assert page.status_code == 200
    html = page.content.decode()
    assert "”protokoll.pdf” kunde inte sparas: lagringsutrymmet är fullt" in html
    assert 'value="Larmet fungerade inte"' in html
    assert "Kvällsdosen gavs till fel brukare." in html
    assert not Deviation.objects.exists()
    assert files_in(full_disk) == ["filler"]  # not half a file


def test_a_large_upload_into_a_full_temporary_folder_is_refused_with_a_message(
    client, cast, settings, full_disk, tmp_path
):
    """Files over 2.5 MB are received into FILE_UPLOAD_TEMP_DIR before the view runs."""
    settings.FILE_UPLOAD_TEMP_DIR = str(full_disk)
    settings.MEDIA_ROOT = str(tmp_path / "media")
    login(client, cast.staff)
    attachment = SimpleUploadedFile("ritning.pdf", pdf(3 * 1024 * 1024), "application/pdf")
    data = {**form_data(cast, title="Trasig dörr"), "attachments": [attachment]}

    page = client.post(reverse("deviations:create"), data)

    assert page.status_code == 200
    html = page.content.decode()
    assert "”ritning.pdf” kunde inte sparas: lagringsutrymmet är fullt" in html
    assert 'value="Trasig dörr"' in html
    assert not Deviation.objects.exists()
    assert files_in(full_disk) == ["filler"]


def aged(path: Path, hours: float) -> Path:
    moment = time.time() - hours * 3600
    os.utime(path, (moment, moment))
    return path


def test_the_sweep_removes_old_files_no_row_refers_to_and_keeps_the_rest(cast, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    from deviations import services

    deviation = services.report_deviation(
        by=cast.staff,
        unit=cast.tree.solgarden,
        title="Fall",
        description="Föll i korridoren.",
        occurred_at=datetime.datetime.now(datetime.UTC),
        files=[SimpleUploadedFile("foto.pdf", pdf(2000), "application/pdf")],
    )
    requirement = Requirement.objects.create(
        title="Rutin", kind="routine", owner_unit=cast.tree.kommun
    )
    requirement.document.save("rutin.pdf", ContentFile(pdf(1000)))
    media = Path(settings.MEDIA_ROOT)
    kept = [media / Attachment.objects.get(deviation=deviation).file.name]
    kept.append(media / requirement.document.name)
    orphan = media / "attachments" / "2020" / "rolled-back.pdf"
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(pdf(1000))
    fresh = media / "attachments" / "just-stored.pdf"  # its row may not have committed yet
    fresh.write_bytes(pdf(1000))
    for path in [*kept, orphan]:
        aged(path, hours=48)
    aged(orphan.parent, hours=48)

    assert storage.sweep_orphans() == 1

    assert not orphan.exists() and not orphan.parent.exists()
    assert all(path.exists() for path in [*kept, fresh])


def test_every_file_field_of_every_app_is_found_including_the_history_tables():
    fields = {(model._meta.label, name) for model, name in storage.file_fields()}
    assert {
        ("deviations.Attachment", "file"),
        ("deviations.Requirement", "document"),
        ("audits.Evidence", "file"),
        ("certifications.Cycle", "certificate_file"),
        ("certifications.EvidenceItem", "document"),
        ("reviews.Review", "pdf"),
    } <= fields
    # A replaced file stays as long as the audit history refers to it.
    assert {
        ("deviations.AttachmentEvent", "file"),
        ("certifications.CycleHistoryEvent", "certificate_file"),
    } <= fields


def test_the_sweep_removes_what_killed_uploads_left_in_the_temporary_folder(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "uploads")
    folder = Path(settings.FILE_UPLOAD_TEMP_DIR)
    folder.mkdir()
    left = folder / "tmpab12.upload.pdf"  # a request killed while it received this file
    left.write_bytes(b"x" * 1000)
    aged(left, hours=3)
    receiving = folder / "tmpcd34.upload.pdf"  # a request receiving a file right now
    receiving.write_bytes(b"x" * 1000)

    assert storage.sweep_upload_temp() == 1
    assert not left.exists() and receiving.exists()
