"""A backup's archives are unpacked with tarfile's "data" filter, or, on a Python 3.11 that has
no filters (before 3.11.4: Debian 12's own 3.11.2), by qms.backup.extract itself: the same files
either way, and nothing written outside the folder from an archive that tries."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from qms.backup import BackupError, extract

# Both ways where this Python has the filter; the own one alone where it has none.
WAYS = ["own", "filter"] if hasattr(tarfile, "data_filter") else ["own"]


@pytest.fixture(params=WAYS)
def way(request, monkeypatch) -> str:
    if request.param == "own":
        monkeypatch.delattr(tarfile, "data_filter", raising=False)
    return request.param


def archive_of(*members: tuple[tarfile.TarInfo, bytes | None]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            archive.addfile(info, io.BytesIO(data) if data is not None else None)
    return buffer.getvalue()


def unpack_all(archived: bytes, folder: Path) -> None:
    with tarfile.open(fileobj=io.BytesIO(archived)) as archive:
        for member in archive:
            extract(archive, member, folder)


def entry(name: str, kind=tarfile.REGTYPE, **fields) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    for key, value in fields.items():
        setattr(info, key, value)
    return info


def test_files_and_folders_come_out_as_they_went_in(tmp_path, way):
    archived = archive_of(
        (entry("deviations", tarfile.DIRTYPE, mode=0o755), None),
        (entry("deviations/2026/bild.jpg", mode=0o644), b"\xff\xd8 bild"),
        (entry("rapport.pdf", mode=0o4777, uid=0, uname="root"), b"%PDF-1.7"),
    )
    folder = tmp_path / "ut"
    folder.mkdir()
    unpack_all(archived, folder)
    assert (folder / "deviations/2026/bild.jpg").read_bytes() == b"\xff\xd8 bild"
    report = folder / "rapport.pdf"
    assert report.read_bytes() == b"%PDF-1.7"
    assert not report.stat().st_mode & 0o4000  # no set-user-id bit from the archive
    assert not report.stat().st_mode & 0o002  # nor anyone's write


@pytest.mark.parametrize(
    "hostile",
    [
        (entry("../utanfor.txt"), b"ut"),
        (entry("a/../../utanfor.txt"), b"ut"),
        (entry("lank", tarfile.SYMTYPE, linkname="/etc/passwd"), None),
        (entry("lank-ut", tarfile.SYMTYPE, linkname="../../utanfor"), None),
        (entry("enhet", tarfile.CHRTYPE, devmajor=1, devminor=3), None),
        (entry("/"), b"the folder itself as a file"),
        (entry("./"), b"the folder itself as a file"),
    ],
    ids=["parent", "parent-inside", "link-absolute", "link-out", "device", "root", "dot"],
)
def test_a_member_that_leads_out_of_the_folder_is_refused(tmp_path, way, hostile):
    folder = tmp_path / "inne" / "ut"
    folder.mkdir(parents=True)
    archived = archive_of(hostile)
    with pytest.raises(BackupError):
        unpack_all(archived, folder)
    assert not (tmp_path / "inne" / "utanfor.txt").exists()
    assert not (tmp_path / "utanfor.txt").exists()
    assert not any(p.is_symlink() or p.is_char_device() for p in folder.rglob("*"))


def test_an_absolute_name_is_written_inside_the_folder(tmp_path, way):
    outside = Path(f"/tmp/qms-extract-absolut-{way}.txt")
    outside.unlink(missing_ok=True)
    folder = tmp_path / "ut"
    folder.mkdir()
    unpack_all(archive_of((entry(str(outside)), b"inne")), folder)
    assert not outside.exists()
    assert (folder / outside.relative_to("/")).read_bytes() == b"inne"
