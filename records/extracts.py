"""Register extracts (GDPR art. 15): every record in every module, within the extract's scope,
that names the person or was written by them, as JSON, CSV and a PDF for the dataskyddsombud.

Where a record names a person is declared by the app that owns it (`RecordType.people`): a
user field ("rapporterad av"), an e-mail address or a name in a contact field, the recipients of
an e-mail. Records that belong to no unit (notices, e-mails, export files) are the person's own
and are included when the scope is the root of the organisation tree, as is the account itself.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections import OrderedDict

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from qms import recordtypes
from qms.pdf import render_pdf
from records.models import JobStatus, RegisterExtract

logger = logging.getLogger(__name__)

CSV_COLUMNS = ["informationstyp", "arende", "rubrik", "roll", "datum"]


def link_condition(link: recordtypes.PersonLink, extract: RegisterExtract) -> Q | None:
    """The condition on the record type's model that the link names the extract's person."""
    user = extract.subject_user
    emails = {e.lower() for e in (extract.subject_email, user.email if user else "") if e}
    name = extract.subject_name.strip()
    if link.kind == "user":
        return Q(**{link.lookup: user}) if user else None
    if link.kind == "user_array":
        return Q(**{f"{link.lookup}__contains": [user.pk]}) if user else None
    if link.kind in ("email", "email_text"):
        lookup = "iexact" if link.kind == "email" else "icontains"
        condition = Q()
        for email in emails:
            condition |= Q(**{f"{link.lookup}__{lookup}": email})
        return condition or None
    if link.kind == "name":
        return Q(**{f"{link.lookup}__iexact": name}) if name else None
    return None


def in_scope(rtype: recordtypes.RecordType, query, extract: RegisterExtract):
    if rtype.unit_field:
        return query.filter(**{f"{rtype.unit_field}__path__startswith": extract.scope.path})
    return query if extract.scope.depth == 1 else query.none()


def find(extract: RegisterExtract) -> list[dict]:
    """Each record that names the person: its type, identifier, title, the person's roles in
    it and its content."""
    hits: OrderedDict[tuple[str, int], dict] = OrderedDict()
    for rtype in recordtypes.all_types():
        if rtype.model is None or not rtype.people:
            continue
        base = in_scope(rtype, rtype.records() if rtype.records else rtype.model.objects, extract)
        for link in rtype.people:
            condition = link_condition(link, extract)
            if condition is None:
                continue
            for pk in base.filter(condition).values_list("pk", flat=True).distinct():
                hit = hits.setdefault((rtype.key, pk), {"type": rtype, "pk": pk, "roles": []})
                if str(link.label) not in hit["roles"]:
                    hit["roles"].append(str(link.label))
    found = []
    by_type: dict[str, list[dict]] = {}
    for hit in hits.values():
        by_type.setdefault(hit["type"].key, []).append(hit)
    for key, type_hits in by_type.items():
        rtype = recordtypes.get(key)
        objects = rtype.model.objects.in_bulk([hit["pk"] for hit in type_hits])
        for hit in sorted(type_hits, key=lambda h: h["pk"]):
            obj = objects.get(hit["pk"])
            if obj is not None:
                found.append(_entry(rtype, obj, hit["roles"]))
    user = extract.subject_user
    account = recordtypes.get("qms.user")
    if user is not None and account is not None and extract.scope.depth == 1:
        found.insert(0, _entry(account, user, [_("kontot")]))
    return found


def _entry(rtype: recordtypes.RecordType, obj, roles: list[str]) -> dict:
    if rtype.describe is not None:
        described = rtype.describe(obj)
    else:
        described = {"fields": plain_fields(obj), "parts": []}
    identifier = getattr(obj, rtype.identifier, obj.pk) if rtype.identifier else obj.pk
    title = getattr(obj, rtype.title, "") if rtype.title else ""
    if callable(getattr(obj, f"get_{rtype.title}_display", None)):
        title = getattr(obj, f"get_{rtype.title}_display")()
    date = getattr(obj, "created_at", None) or getattr(obj, "at", None)
    return {
        "key": rtype.key,
        "label": str(rtype.label),
        "identifier": str(identifier),
        "title": str(title or ""),
        "roles": roles,
        "date": date.isoformat() if date else "",
        "fields": [(str(label), value) for label, value in described["fields"]],
        "parts": [
            (str(label), [[(str(k), v) for k, v in row] for row in rows])
            for label, rows in described.get("parts", [])
        ],
    }


def plain_fields(obj) -> list[tuple[str, str]]:
    names = [
        f.name
        for f in obj._meta.concrete_fields
        if not f.primary_key and not isinstance(f, models.FileField)
    ]
    return recordtypes.fields_of(obj, names)


def build_extract(pk: int) -> None:
    extract = RegisterExtract.objects.select_related("scope", "subject_user").filter(pk=pk).first()
    if extract is None or extract.status == JobStatus.DONE:
        return
    extracts = RegisterExtract.objects.filter(pk=pk)
    extracts.update(status=JobStatus.RUNNING, error="")
    try:
        with override(settings.LANGUAGE_CODE):
            _build(extract)
    except Exception as error:
        logger.exception("Registerutdrag %s misslyckades", pk)
        extracts.update(
            status=JobStatus.FAILED, error=repr(error)[:2000], finished_at=timezone.now()
        )
        raise


def _build(extract: RegisterExtract) -> None:
    found = find(extract)
    now = timezone.now()
    subject = {
        "konto": extract.subject_user.username if extract.subject_user else "",
        "e-post": extract.subject_email,
        "namn": extract.subject_name,
    }
    document = {
        "registerutdrag": extract.pk,
        "arende": extract.reference,
        "omfattar": extract.scope.name,
        "person": subject,
        "upprattat": now.isoformat(),
        "poster": [
            {
                "informationstyp": entry["label"],
                "arende": entry["identifier"],
                "rubrik": entry["title"],
                "roller": entry["roles"],
                "datum": entry["date"],
                "uppgifter": dict(entry["fields"]),
                "delar": {label: [dict(row) for row in rows] for label, rows in entry["parts"]},
            }
            for entry in found
        ],
    }
    rows = io.StringIO()
    writer = csv.writer(rows, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    for entry in found:
        writer.writerow(
            [
                entry["label"],
                entry["identifier"],
                entry["title"],
                ", ".join(entry["roles"]),
                entry["date"],
            ]
        )
    summary: dict[str, int] = {}
    for entry in found:
        summary[entry["label"]] = summary.get(entry["label"], 0) + 1
    pdf = render_pdf(
        "records/extract_pdf.html",
        {
            "organisation": extract.scope,
            "extract": extract,
            "found": found,
            "summary": summary,
            "written_at": now,
        },
    )
    extract.data_json.save(
        "utdrag.json",
        ContentFile(json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")),
        save=False,
    )
    extract.data_csv.save("utdrag.csv", ContentFile(rows.getvalue().encode("utf-8")), save=False)
    extract.pdf.save("utdrag.pdf", ContentFile(pdf), save=False)
    RegisterExtract.objects.filter(pk=extract.pk).update(
        status=JobStatus.DONE,
        data_json=extract.data_json.name,
        data_csv=extract.data_csv.name,
        pdf=extract.pdf.name,
        summary=summary,
        total=len(found),
        done=len(found),
        finished_at=timezone.now(),
    )
