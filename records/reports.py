"""Documents of records management: the gallringsprotokoll (PDF/A and CSV)."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import tempfile
from collections import defaultdict

from django.core.files import File
from django.core.files.base import ContentFile
from django.db.models import Count, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from qms import recordtypes
from qms.pdf import ARCHIVE_VARIANT, render_pdf
from records.models import Proposal, ProposalItem

# Above this many ranges of identifiers for one type, the PDF lists the first ones and refers
# to the CSV (which the PDF binds by its SHA-256) for the rest.
MAX_RANGES = 20000

CSV_COLUMNS = [
    "protokoll",
    "organisation",
    "informationstyp",
    "arende",
    "objekt_id",
    "handelsedatum",
    "regel",
    "beslut",
    "status",
    "antal",
    "gallrat",
]


def type_label(key: str) -> str:
    rtype = recordtypes.get(key)
    return str(rtype.label) if rtype else key


def write_protocol(proposal: Proposal) -> None:
    """Store the protocol's CSV (every item) and PDF/A (the decisions, who approved, the counts
    and the identifiers, and the CSV's checksum) on the proposal."""
    digest, size = _write_csv(proposal)
    pdf = render_pdf(
        "records/protocol_pdf.html",
        protocol_context(proposal, csv_sha256=digest, csv_size=size),
        variant=ARCHIVE_VARIANT,
    )
    proposal.protocol_pdf.save(f"{proposal.protocol_number}.pdf", ContentFile(pdf), save=False)


def _write_csv(proposal: Proposal) -> tuple[str, int]:
    digest = hashlib.sha256()
    with tempfile.TemporaryFile() as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        writer = csv.writer(text, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        items = (
            ProposalItem.objects.filter(proposal=proposal)
            .select_related("rule")
            .order_by("record_type", "identifier", "pk")
        )
        for item in items.iterator(chunk_size=5000):
            writer.writerow(
                [
                    proposal.protocol_number,
                    proposal.organisation.name,
                    type_label(item.record_type),
                    item.identifier,
                    item.object_id or "",
                    item.due_at.date().isoformat() if item.due_at else "",
                    item.rule.summary,
                    item.rule.decision,
                    item.get_status_display(),
                    item.removed if item.object_id is None else item.count,
                    item.done_at.isoformat() if item.done_at else "",
                ]
            )
        text.flush()
        raw.seek(0)
        for chunk in iter(lambda: raw.read(65536), b""):
            digest.update(chunk)
        size = raw.tell()
        raw.seek(0)
        proposal.protocol_csv.save(f"{proposal.protocol_number}.csv", File(raw), save=False)
        text.detach()
    return digest.hexdigest(), size


_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def compress(identifiers) -> list[str]:
    """Consecutive case numbers as ranges: AV-2020-00001–00412, AV-2020-00414."""
    ranges: list[str] = []
    start = previous = None  # (prefix, number, width, text)

    def close():
        if start is None:
            return
        if start[1] == previous[1]:
            ranges.append(start[3])
        else:
            ranges.append(f"{start[3]}–{str(previous[1]).zfill(previous[2])}")

    for identifier in identifiers:
        match = _NUMBERED.match(identifier)
        current = (
            (match.group(1), int(match.group(2)), len(match.group(2)), identifier)
            if match
            else (identifier, None, 0, identifier)
        )
        if (
            previous is not None
            and current[1] is not None
            and previous[1] is not None
            and current[0] == previous[0]
            and current[2] == previous[2]
            and current[1] == previous[1] + 1
        ):
            previous = current
            continue
        close()
        start = previous = current
    close()
    return ranges


def protocol_context(proposal: Proposal, *, csv_sha256: str, csv_size: int) -> dict:
    counts = defaultdict(lambda: defaultdict(int))
    items = ProposalItem.objects.filter(proposal=proposal)
    for logs, rows in (
        (False, items.filter(object_id__isnull=False)),
        (True, items.filter(object_id__isnull=True)),
    ):
        grouped = rows.values("record_type", "status").annotate(
            items=Count("pk"), removed=Sum("removed")
        )
        for row in grouped:
            value = row["removed"] if logs else row["items"]
            counts[row["record_type"]][row["status"]] += value or 0
    sections = []
    for rule in proposal.rules.order_by("record_type"):
        deleted = (
            ProposalItem.objects.filter(
                proposal=proposal,
                rule=rule,
                status=ProposalItem.Status.DELETED,
                object_id__isnull=False,
            )
            .order_by("identifier")
            .values_list("identifier", flat=True)
        )
        ranges = compress(deleted.iterator(chunk_size=10000))
        held = list(
            ProposalItem.objects.filter(
                proposal=proposal, rule=rule, status=ProposalItem.Status.HELD
            ).values_list("identifier", flat=True)[:500]
        )
        logs = ProposalItem.objects.filter(proposal=proposal, rule=rule, object_id__isnull=True)
        sections.append(
            {
                "label": type_label(rule.record_type),
                "rule": rule,
                "deleted": counts[rule.record_type][ProposalItem.Status.DELETED],
                "held": counts[rule.record_type][ProposalItem.Status.HELD],
                "skipped": counts[rule.record_type][ProposalItem.Status.SKIPPED],
                "ranges": ranges[:MAX_RANGES],
                "ranges_cut": len(ranges) > MAX_RANGES,
                "held_identifiers": held,
                "logs": list(logs),
            }
        )
    return {
        "organisation": proposal.organisation,
        "proposal": proposal,
        "sections": sections,
        "total": sum(section["deleted"] for section in sections),
        "csv_sha256": csv_sha256,
        "csv_size": csv_size,
        "csv_name": f"{proposal.protocol_number}.csv",
        "written_at": timezone.now(),
        "title": _("Gallringsprotokoll %(number)s") % {"number": proposal.protocol_number},
    }
