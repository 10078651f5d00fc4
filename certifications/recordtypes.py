"""Certificates and renewal evidence in the information management plan."""

from __future__ import annotations

from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from certifications.models import Certificate, Cycle, CycleEvent, EvidenceItem, SentReminder
from qms.recordtypes import Event, PersonLink, RecordType, Removed, fields_of, register


def certificate_parts(ids: list[int]) -> dict:
    cycles = list(Cycle.objects.filter(certificate__in=ids).values_list("pk", flat=True))
    return {
        Certificate: list(ids),
        Cycle: cycles,
        CycleEvent: list(CycleEvent.objects.filter(cycle__in=cycles).values_list("pk", flat=True)),
        EvidenceItem: list(
            EvidenceItem.objects.filter(cycle__in=cycles).values_list("pk", flat=True)
        ),
    }


def purge_certificates(ids: list[int]) -> Removed:
    removed = Removed()
    parts = certificate_parts(ids)
    for model, pks in parts.items():
        removed.add(model, pks)
    removed.files += [
        name
        for name in Cycle.objects.filter(pk__in=parts[Cycle]).values_list(
            "certificate_file", flat=True
        )
        if name
    ]
    removed.files += [
        name
        for name in EvidenceItem.objects.filter(pk__in=parts[EvidenceItem]).values_list(
            "document", flat=True
        )
        if name
    ]
    reminders = SentReminder.objects.filter(cycle__in=parts[Cycle]) | SentReminder.objects.filter(
        event__in=parts[CycleEvent]
    )
    removed.event_keys += [
        f"certifications:reminder:{pk}" for pk in reminders.values_list("pk", flat=True)
    ]
    removed.urls += [reverse("certifications:detail", args=[pk]) for pk in ids]
    # Newest cycle first: a cycle points at the one it renews.
    for cycle in Cycle.objects.filter(pk__in=parts[Cycle]).order_by("-issue_date", "-pk"):
        cycle.delete()
    Certificate.objects.filter(pk__in=ids).delete()
    return removed


def purge_evidence_documents(ids: list[int]) -> Removed:
    """Remove the uploaded documents of these evidence items; the items (what was shown, done
    or not) stay with their cycle."""
    removed = Removed()
    for item in EvidenceItem.objects.filter(pk__in=ids).exclude(document=""):
        removed.files.append(item.document.name)
        item.document = ""
        item.document_name = ""
        item.save(update_fields=["document", "document_name"])
    return removed


def _last_expiry():
    return Subquery(
        Cycle.objects.filter(certificate=OuterRef("pk"))
        .values("certificate")
        .annotate(last=Max("expiry_date"))
        .values("last")[:1]
    )


def describe_certificate(certificate: Certificate) -> dict:
    cycles = list(certificate.cycles.all())
    return {
        "fields": fields_of(
            certificate,
            [
                "standard",
                "issuer",
                "responsible",
                "status",
                "not_renewing_decided_on",
                "not_renewing_reason",
                "created_at",
            ],
        ),
        "parts": [
            (
                _("Cykler"),
                [fields_of(c, ["number", "issue_date", "expiry_date"]) for c in cycles],
            ),
            (
                _("Händelser"),
                [
                    fields_of(e, ["name", "planned_date", "actual_date", "outcome", "notes"])
                    for e in CycleEvent.objects.filter(cycle__in=cycles)
                ],
            ),
            (
                _("Underlag"),
                [
                    fields_of(i, ["title", "text", "document_name", "done", "done_at"])
                    for i in EvidenceItem.objects.filter(cycle__in=cycles)
                ],
            ),
        ],
    }


def certificate_files(certificate: Certificate) -> list:
    files = []
    for cycle in certificate.cycles.all():
        if cycle.certificate_file:
            files.append(
                (
                    cycle.certificate_file_name or f"certifikat-{cycle.pk}.pdf",
                    cycle.certificate_file,
                )
            )
        for item in cycle.evidence.exclude(document=""):
            files.append((item.document_name or f"underlag-{item.pk}", item.document))
    return files


register(
    RecordType(
        key="certifications.certificate",
        label=_("Certifikat med cykler"),
        order=60,
        includes=_("cykler, revisioner och ansökningar, underlag och certifikatfiler"),
        personal_data=_("Lite: ansvarig person"),
        sensitive=_("Nej"),
        secrecy=_("Normalt inte"),
        note=_("Certifikat och revisionsresultat visar att verksamheten uppfyller standarden."),
        model=Certificate,
        records=lambda: Certificate.objects.all(),
        unit_field="",
        events={
            "created": Event(_("att certifikatet lades upp"), "created_at"),
            "expired": Event(_("sista cykelns utgång"), _last_expiry),
        },
        identifier="pk",
        title="issuer",
        visible_to=lambda user: Certificate.objects.visible_to(user),
        purge=purge_certificates,
        parts=certificate_parts,
        people=(
            PersonLink("responsible", _("ansvarig")),
            PersonLink("not_renewing_decided_by", _("beslutade att inte förnya")),
        ),
        describe=describe_certificate,
        files=certificate_files,
    )
)

register(
    RecordType(
        key="certifications.evidence_document",
        label=_("Uppladdat underlag (dokument)"),
        order=61,
        includes=_("dokument som laddats upp som underlag för förnyelse"),
        personal_data=_("Kan förekomma"),
        sensitive=_("Kan förekomma"),
        secrecy=_("Normalt inte"),
        note=_("Ladda bara upp det som visar att kravet är uppfyllt."),
        model=EvidenceItem,
        records=lambda: EvidenceItem.objects.exclude(document=""),
        unit_field="",
        events={
            "expired": Event(_("cykelns utgång"), "cycle__expiry_date"),
            "done": Event(_("klarmarkeringen"), "done_at"),
        },
        identifier="pk",
        title="title",
        visible_to=lambda user: EvidenceItem.objects.filter(
            cycle__certificate__in=Certificate.objects.visible_to(user)
        ),
        purge=purge_evidence_documents,
        parts=lambda ids: {EvidenceItem: list(ids)},
        people=(PersonLink("done_by", _("klarmarkerade underlaget")),),
    )
)
