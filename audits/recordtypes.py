"""Audits in the information management plan (qms.recordtypes)."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audits.models import Answer, Audit, Evidence, Finding, TeamMember
from certifications.models import CycleEvent
from deviations.models import Action
from qms.recordtypes import Event, PersonLink, RecordType, Removed, event_keys, fields_of, register


def audit_parts(ids: list[int]) -> dict:
    finding_ids = list(Finding.objects.filter(audit__in=ids).values_list("pk", flat=True))
    return {
        Audit: list(ids),
        TeamMember: list(TeamMember.objects.filter(audit__in=ids).values_list("pk", flat=True)),
        Answer: list(Answer.objects.filter(audit__in=ids).values_list("pk", flat=True)),
        Evidence: list(Evidence.objects.filter(answer__audit__in=ids).values_list("pk", flat=True)),
        Finding: finding_ids,
        Action: list(
            Action.objects.filter(
                content_type=ContentType.objects.get_for_model(Finding), object_id__in=finding_ids
            ).values_list("pk", flat=True)
        ),
    }


def purge_audits(ids: list[int]) -> Removed:
    """Remove these audits with their team, checklist answers, evidence files, findings, the
    findings' actions and the stored report; a certificate event's link to one is cleared."""
    removed = Removed()
    parts = audit_parts(ids)
    for model, pks in parts.items():
        removed.add(model, pks)
    removed.files += [
        name
        for name in Evidence.objects.filter(pk__in=parts[Evidence]).values_list("file", flat=True)
        if name
    ]
    removed.files += [
        name
        for name in Audit.objects.filter(pk__in=ids).values_list("report_pdf", flat=True)
        if name
    ]
    removed.event_keys += event_keys("audit", ids) + event_keys("action", parts[Action])
    removed.urls += [reverse("audits:detail", args=[pk]) for pk in ids]
    removed.urls += [reverse("deviations:action_detail", args=[pk]) for pk in parts[Action]]
    CycleEvent.objects.filter(
        audit_content_type=ContentType.objects.get_for_model(Audit), audit_object_id__in=ids
    ).update(audit_content_type=None, audit_object_id=None)
    Action.objects.filter(pk__in=parts[Action]).delete()
    Audit.objects.filter(pk__in=ids).delete()
    return removed


def describe_audit(audit: Audit) -> dict:
    findings = list(audit.findings.all())
    actions = Action.objects.filter(
        content_type=ContentType.objects.get_for_model(Finding),
        object_id__in=[f.pk for f in findings],
    )
    return {
        "fields": fields_of(
            audit,
            [
                "programme",
                "kind",
                "title",
                "unit",
                "process",
                "scope",
                "planned_date",
                "external_body",
                "external_reference",
                "external_auditors",
                "participants",
                "status",
                "performed_on",
                "summary",
                "conclusion",
                "reported_at",
                "closed_at",
                "cancel_reason",
            ],
        ),
        "parts": [
            (
                _("Revisionsteam"),
                [fields_of(m, ["user", "role", "override_reason"]) for m in audit.team.all()],
            ),
            (
                _("Checklista"),
                [fields_of(a, ["question_text", "grade", "notes"]) for a in audit.answers.all()],
            ),
            (
                _("Iakttagelser"),
                [
                    fields_of(f, ["grade", "title", "description", "verified_at", "verification"])
                    for f in findings
                ],
            ),
            (
                _("Åtgärder"),
                [fields_of(a, ["kind", "title", "owner", "due_date", "status"]) for a in actions],
            ),
            (
                _("Underlag"),
                [
                    fields_of(e, ["original_name", "content_type", "size"])
                    for e in Evidence.objects.filter(answer__audit=audit)
                ],
            ),
        ],
    }


def audit_files(audit: Audit) -> list:
    files = [(e.original_name, e.file) for e in Evidence.objects.filter(answer__audit=audit)]
    if audit.report_pdf:
        files.append((f"revisionsrapport-{audit.pk}.pdf", audit.report_pdf))
    return files


register(
    RecordType(
        key="audits.audit",
        label=_("Internrevision, förbättringsdag eller extern revision"),
        order=40,
        includes=_("med team, checklista, underlag, iakttagelser, åtgärder och rapporten"),
        personal_data=_("Ja: revisorer, deltagare, intervjuade"),
        sensitive=_("Sällan"),
        secrecy=_("Normalt inte"),
        note=_(
            "Revisionens underlag och resultat ska sparas (ISO 9001 9.2). Skriv om arbetssätt, "
            "inte om enskilda personers prestationer."
        ),
        model=Audit,
        records=lambda: Audit.objects.all(),
        events={
            "created": Event(_("att revisionen planerades"), "created_at"),
            "performed": Event(_("genomförandet"), "performed_on"),
            "closed": Event(_("avslut"), "closed_at"),
        },
        identifier="pk",
        title="title",
        visible_to=lambda user: Audit.objects.visible_to(user),
        purge=purge_audits,
        parts=audit_parts,
        people=(
            PersonLink("team__user", _("i revisionsteamet")),
            PersonLink("answers__answered_by", _("besvarade checklistan")),
            PersonLink("findings__created_by", _("registrerade en iakttagelse")),
            PersonLink("findings__verified_by", _("verifierade en iakttagelse")),
            PersonLink("created_by", _("planerade revisionen")),
        ),
        describe=describe_audit,
        files=audit_files,
    )
)
