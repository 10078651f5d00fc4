"""E-archive packages: the cases of one record type, one organisation and one period as a
submission information package that an e-archive takes in.

The package follows Riksarkivet's FGS Paketstruktur 2.0, which adopts E-ARK's Common
Specification for Information Packages (CSIP 2.1) and its SIP profile: a folder named by the
package id with

    METS.xml                               the package's METS (CSIP profile, SIP extension)
    metadata/descriptive/arenden.xml       every case as structured metadata (schema below)
    metadata/descriptive/arenden.csv       the same cases, one row each (main fields)
    representations/rep1/data/<case>/      a PDF/A rendering of each case and its attachments
    schemas/qms-arenden.xsd                the XML Schema of arenden.xml
    documentation/LASMIG.txt               what the package holds, in plain Swedish

Every file is listed in METS.xml with its size, MIME type and SHA-256 checksum. The folder
is delivered as one ZIP file, whose own SHA-256 is kept on the package."""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import logging
import mimetypes
import re
import tempfile
import uuid
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override
from lxml import etree

from qms import recordtypes
from qms.pdf import ARCHIVE_VARIANT, render_pdf
from records.models import ArchivePackage, JobStatus

logger = logging.getLogger(__name__)

METS = "http://www.loc.gov/METS/"
XLINK = "http://www.w3.org/1999/xlink"
CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
CASES = "urn:x-qms:arkiv:arenden:1"
PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"
SCHEMA_LOCATIONS = (
    f"{METS} http://www.loc.gov/standards/mets/mets.xsd "
    f"{XLINK} http://www.loc.gov/standards/xlink/xlink.xsd "
    f"{CSIP} https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd "
    f"{SIP} https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd"
)
SOFTWARE = "QMS för kommuner"
SCHEMA_FILE = Path(__file__).resolve().parent / "schemas" / "qms-arenden.xsd"
CSV_COLUMNS = ["arende", "informationstyp", "rubrik", "enhet", "registrerad", "pdf", "bilagor"]


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def _id() -> str:
    return f"uuid-{uuid.uuid4()}"


class Entry:
    """One file in the package: its path inside the package folder and its checksum."""

    def __init__(self, path: str, size: int, sha256: str, mimetype: str, created):
        self.path, self.size, self.sha256 = path, size, sha256
        self.mimetype, self.created = mimetype, created
        self.id = _id()


class Writer:
    """Writes files into the ZIP under the package folder and remembers their checksums."""

    def __init__(self, archive: zipfile.ZipFile, root: str):
        self.archive, self.root = archive, root
        self.entries: list[Entry] = []

    def add_bytes(self, path: str, data: bytes, mimetype: str) -> Entry:
        self.archive.writestr(f"{self.root}/{path}", data)
        entry = Entry(path, len(data), hashlib.sha256(data).hexdigest(), mimetype, timezone.now())
        self.entries.append(entry)
        return entry

    def add_file(self, path: str, field_file, mimetype: str) -> Entry:
        digest, size = hashlib.sha256(), 0
        with field_file.open("rb") as source, self.archive.open(f"{self.root}/{path}", "w") as out:
            for chunk in iter(lambda: source.read(1 << 16), b""):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
        entry = Entry(path, size, digest.hexdigest(), mimetype, timezone.now())
        self.entries.append(entry)
        return entry


def safe_name(name: str) -> str:
    """A file or folder name that every file system and the e-archive accept."""
    cleaned = re.sub(r"[^0-9A-Za-zÅÄÖåäöÉé._-]+", "_", name).strip("._") or "fil"
    return cleaned[:120]


def package_records(package: ArchivePackage):
    """The cases of the package's type registered in its organisation within its period."""
    rtype = recordtypes.get(package.record_type)
    midnight = datetime.time.min
    start = timezone.make_aware(datetime.datetime.combine(package.period_start, midnight))
    after = package.period_end + datetime.timedelta(days=1)
    end = timezone.make_aware(datetime.datetime.combine(after, midnight))
    event = rtype.events.get("created") or next(iter(rtype.events.values()))
    query = rtype.records()
    if rtype.unit_field:
        query = query.filter(**{f"{rtype.unit_field}__path__startswith": package.organisation.path})
    if isinstance(event.field, str):
        query = query.filter(**{f"{event.field}__gte": start, f"{event.field}__lt": end})
    return query.order_by("pk")


def build_package(pk: int) -> None:
    """Build the package's ZIP in the worker, with progress. Running it again (a retried
    task) builds it anew; a finished package is left as it is."""
    package = ArchivePackage.objects.select_related("organisation").filter(pk=pk).first()
    if package is None or package.status == JobStatus.DONE:
        return
    packages = ArchivePackage.objects.filter(pk=pk)
    packages.update(status=JobStatus.RUNNING, done=0, error="")
    try:
        with override(settings.LANGUAGE_CODE):
            _build(package, packages)
    except Exception as error:
        logger.exception("E-arkivpaket %s misslyckades", pk)
        packages.update(
            status=JobStatus.FAILED, error=repr(error)[:2000], finished_at=timezone.now()
        )
        raise


def _build(package: ArchivePackage, packages) -> None:
    rtype = recordtypes.get(package.record_type)
    ids = list(package_records(package).values_list("pk", flat=True))
    packages.update(total=len(ids))
    root = package.package_id
    created = timezone.now()
    cases = etree.Element(
        _q(CASES, "arenden"),
        nsmap={None: CASES, "xsi": XSI},
        attrib={
            _q(XSI, "schemaLocation"): f"{CASES} ../../schemas/qms-arenden.xsd",
            "paket": root,
            "informationstyp": str(rtype.label),
            "organisation": package.organisation.name,
            "fran": package.period_start.isoformat(),
            "till": package.period_end.isoformat(),
            "skapat": created.isoformat(),
        },
    )
    rows = io.StringIO()
    table = csv.writer(rows, delimiter=";")
    table.writerow(CSV_COLUMNS)
    with tempfile.TemporaryFile() as raw:
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
            writer = Writer(archive, root)
            case_entries: list[tuple[str, list[Entry]]] = []
            for done, obj in enumerate(_objects(rtype, ids), start=1):
                label, entries = _add_case(writer, rtype, obj, package, cases, table)
                case_entries.append((label, entries))
                if done % 10 == 0 or done == len(ids):
                    packages.update(done=done)
            xml = etree.tostring(cases, xml_declaration=True, encoding="UTF-8", pretty_print=True)
            descriptive = [
                writer.add_bytes("metadata/descriptive/arenden.xml", xml, "text/xml"),
                writer.add_bytes(
                    "metadata/descriptive/arenden.csv",
                    rows.getvalue().encode("utf-8"),
                    "text/csv",
                ),
            ]
            schema = writer.add_bytes(
                "schemas/qms-arenden.xsd", SCHEMA_FILE.read_bytes(), "application/xml"
            )
            readme = writer.add_bytes(
                "documentation/LASMIG.txt",
                render_to_string(
                    "records/archive_readme.txt",
                    {"package": package, "rtype": rtype, "count": len(ids), "created": created},
                ).encode("utf-8"),
                "text/plain",
            )
            mets = mets_document(package, rtype, created, descriptive, schema, readme, case_entries)
            archive.writestr(f"{root}/METS.xml", mets)
        raw.seek(0)
        digest = hashlib.sha256()
        for chunk in iter(lambda: raw.read(1 << 16), b""):
            digest.update(chunk)
        size = raw.tell()
        raw.seek(0)
        with transaction.atomic():
            previous = package.file.name
            package.file.save(f"{root}.zip", File(raw), save=False)
            packages.update(
                status=JobStatus.DONE,
                file=package.file.name,
                sha256=digest.hexdigest(),
                size=size,
                record_ids=ids,
                done=len(ids),
                finished_at=timezone.now(),
            )
    if previous:
        package.file.storage.delete(previous)


def _objects(rtype, ids: list[int]):
    for start in range(0, len(ids), 200):
        chunk = ids[start : start + 200]
        by_pk = rtype.model.objects.in_bulk(chunk)
        for pk in chunk:
            if pk in by_pk:
                yield by_pk[pk]


def _add_case(writer: Writer, rtype, obj, package, cases, table) -> tuple[str, list[Entry]]:
    identifier = str(getattr(obj, rtype.identifier))
    folder = f"representations/rep1/data/{safe_name(identifier)}"
    described = _clean(rtype.describe(obj))
    title = _xml_text(getattr(obj, rtype.title, "") or "") if rtype.title else ""
    pdf = render_pdf(
        "records/case_pdf.html",
        {
            "organisation": package.organisation,
            "rtype": rtype,
            "identifier": identifier,
            "title": title,
            "described": described,
        },
        variant=ARCHIVE_VARIANT,
    )
    entries = [writer.add_bytes(f"{folder}/{safe_name(identifier)}.pdf", pdf, "application/pdf")]
    attachments = []
    for index, (name, field_file) in enumerate(rtype.files(obj) if rtype.files else [], 1):
        if not field_file:
            continue
        mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        path = f"{folder}/bilagor/{index:03d}-{safe_name(name)}"
        try:
            entries.append(writer.add_file(path, field_file, mimetype))
        except FileNotFoundError:
            logger.warning("Fil saknas för %s: %s", identifier, field_file.name)
            continue
        attachments.append((name, entries[-1]))
    case = etree.SubElement(cases, _q(CASES, "arende"), id=identifier)
    etree.SubElement(case, _q(CASES, "rubrik")).text = title
    fields = etree.SubElement(case, _q(CASES, "uppgifter"))
    for label, value in described["fields"]:
        etree.SubElement(fields, _q(CASES, "uppgift"), namn=str(label)).text = _xml_text(value)
    for part_label, part_rows in described.get("parts", []):
        part = etree.SubElement(case, _q(CASES, "del"), namn=str(part_label))
        for row in part_rows:
            post = etree.SubElement(part, _q(CASES, "post"))
            for label, value in row:
                etree.SubElement(post, _q(CASES, "uppgift"), namn=str(label)).text = _xml_text(
                    value
                )
    files = etree.SubElement(case, _q(CASES, "filer"))
    pdf_entry = entries[0]
    etree.SubElement(
        files,
        _q(CASES, "fil"),
        roll="rendering",
        sokvag=f"../../{pdf_entry.path}",
        sha256=pdf_entry.sha256,
        storlek=str(pdf_entry.size),
    )
    for name, entry in attachments:
        etree.SubElement(
            files,
            _q(CASES, "fil"),
            roll="bilaga",
            namn=_xml_text(name),
            sokvag=f"../../{entry.path}",
            sha256=entry.sha256,
            storlek=str(entry.size),
        )
    unit = _unit_name(rtype, obj)
    registered = described["fields"] and _first_date(obj)
    table.writerow(
        [
            identifier,
            str(rtype.label),
            title,
            unit,
            registered or "",
            pdf_entry.path,
            len(attachments),
        ]
    )
    return identifier, entries


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_text(value) -> str:
    """XML 1.0 cannot hold control characters (nor has a font a glyph for them); a pasted
    text sometimes has them."""
    return _CONTROL.sub("", str(value))


def _clean(value):
    """The described case with control characters taken out of every text."""
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return (
            type(value)(_clean(item) for item in value)
            if isinstance(value, tuple)
            else [_clean(item) for item in value]
        )
    return _xml_text(value) if isinstance(value, str) else value


def _unit_name(rtype, obj) -> str:
    unit = obj
    for part in (rtype.unit_field or "").split("__"):
        if not part:
            return ""
        unit = getattr(unit, part, None)
    return str(unit) if unit is not None else ""


def _first_date(obj) -> str:
    value = getattr(obj, "created_at", None)
    return value.isoformat() if value else ""


CONTENT_INFORMATION_TYPE = {
    _q(CSIP, "CONTENTINFORMATIONTYPE"): "OTHER",
    _q(CSIP, "OTHERCONTENTINFORMATIONTYPE"): "FGS Paketstruktur 2.0",
}


def mets_document(package, rtype, created, descriptive, schema, readme, case_entries) -> bytes:
    """The package's METS (CSIP 2.1 with the SIP extension), listing every file."""
    stamp = created.isoformat()
    mets = etree.Element(
        _q(METS, "mets"),
        nsmap={None: METS, "xlink": XLINK, "csip": CSIP, "sip": SIP, "xsi": XSI},
        attrib={
            "OBJID": package.package_id,
            "LABEL": f"{rtype.label}, {package.organisation.name}, "
            f"{package.period_start.isoformat()}–{package.period_end.isoformat()}",
            # CSIP2: the content category vocabulary's term is "Other" (not "OTHER").
            "TYPE": "Other",
            _q(CSIP, "OTHERTYPE"): "Ärenden i kvalitetsledningssystem",
            **CONTENT_INFORMATION_TYPE,
            "PROFILE": PROFILE,
            _q(XSI, "schemaLocation"): SCHEMA_LOCATIONS,
        },
    )
    header = etree.SubElement(
        mets,
        _q(METS, "metsHdr"),
        attrib={
            "CREATEDATE": stamp,
            "LASTMODDATE": stamp,
            "RECORDSTATUS": "NEW",
            _q(CSIP, "OAISPACKAGETYPE"): "SIP",
        },
    )
    for role, kind, name in (
        ("ARCHIVIST", "ORGANIZATION", package.organisation.name),
        ("CREATOR", "ORGANIZATION", package.organisation.name),
        ("SUBMITTER", "INDIVIDUAL", str(package.requested_by)),
    ):
        # METS knows no SUBMITTER role: the SIP profile writes it as OTHER/OTHERROLE.
        attrs = {"ROLE": role, "TYPE": kind}
        if role == "SUBMITTER":
            attrs = {"ROLE": "OTHER", "OTHERROLE": role, "TYPE": kind}
        agent = etree.SubElement(header, _q(METS, "agent"), attrs)
        etree.SubElement(agent, _q(METS, "name")).text = name
    software = etree.SubElement(
        header, _q(METS, "agent"), ROLE="CREATOR", TYPE="OTHER", OTHERTYPE="SOFTWARE"
    )
    etree.SubElement(software, _q(METS, "name")).text = SOFTWARE
    note = etree.SubElement(software, _q(METS, "note"), {_q(CSIP, "NOTETYPE"): "SOFTWARE VERSION"})
    note.text = _version()
    etree.SubElement(
        header, _q(METS, "altRecordID"), TYPE="SUBMISSIONAGREEMENT"
    ).text = f"{package.organisation.name}: {rtype.label}"

    dmd_ids = []
    for entry in descriptive:
        dmd = etree.SubElement(mets, _q(METS, "dmdSec"), ID=_id(), CREATED=stamp, STATUS="CURRENT")
        dmd_ids.append(dmd.get("ID"))
        etree.SubElement(
            dmd,
            _q(METS, "mdRef"),
            attrib={
                "LOCTYPE": "URL",
                _q(XLINK, "type"): "simple",
                _q(XLINK, "href"): entry.path,
                "MDTYPE": "OTHER",
                "OTHERMDTYPE": "QMS-ARENDEN" if entry.path.endswith(".xml") else "QMS-ARENDEN-CSV",
                "MIMETYPE": entry.mimetype,
                "SIZE": str(entry.size),
                "CREATED": entry.created.isoformat(),
                "CHECKSUM": entry.sha256,
                "CHECKSUMTYPE": "SHA-256",
            },
        )

    file_sec = etree.SubElement(mets, _q(METS, "fileSec"), ID=_id())
    groups = {}
    for use, entries in (
        ("Documentation", [readme]),
        ("Schemas", [schema]),
        ("Representations/rep1", [e for _label, case in case_entries for e in case]),
    ):
        # CSIP62/63: the representation's group states its content information type (the
        # E-ARK validator asks it of every group, and it is true of each).
        group = etree.SubElement(
            file_sec, _q(METS, "fileGrp"), ID=_id(), USE=use, attrib=CONTENT_INFORMATION_TYPE
        )
        groups[use] = group
        for entry in entries:
            file = etree.SubElement(
                group,
                _q(METS, "file"),
                ID=entry.id,
                MIMETYPE=entry.mimetype,
                SIZE=str(entry.size),
                CREATED=entry.created.isoformat(),
                CHECKSUM=entry.sha256,
                CHECKSUMTYPE="SHA-256",
            )
            etree.SubElement(
                file,
                _q(METS, "FLocat"),
                attrib={
                    "LOCTYPE": "URL",
                    _q(XLINK, "type"): "simple",
                    _q(XLINK, "href"): entry.path,
                },
            )

    struct = etree.SubElement(mets, _q(METS, "structMap"), ID=_id(), TYPE="PHYSICAL", LABEL="CSIP")
    top = etree.SubElement(struct, _q(METS, "div"), ID=_id(), LABEL=package.package_id)
    etree.SubElement(top, _q(METS, "div"), ID=_id(), LABEL="Metadata", DMDID=" ".join(dmd_ids))
    for use in ("Documentation", "Schemas"):
        div = etree.SubElement(top, _q(METS, "div"), ID=_id(), LABEL=use)
        etree.SubElement(div, _q(METS, "fptr"), FILEID=groups[use].get("ID"))
    rep = etree.SubElement(top, _q(METS, "div"), ID=_id(), LABEL="Representations/rep1")
    etree.SubElement(rep, _q(METS, "fptr"), FILEID=groups["Representations/rep1"].get("ID"))
    for label, entries in case_entries:
        case_div = etree.SubElement(rep, _q(METS, "div"), ID=_id(), LABEL=label)
        for entry in entries:
            etree.SubElement(case_div, _q(METS, "fptr"), FILEID=entry.id)
    return etree.tostring(mets, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qms")
    except PackageNotFoundError:
        return "0"
