"""The audit report as a PDF: a function from the audit's records to bytes."""

from __future__ import annotations

from django.utils import timezone

from audits.models import Audit, Grade, actions_by_finding
from qms.pdf import render_pdf


def report_context(audit: Audit) -> dict:
    findings = list(
        audit.findings.select_related("criterion", "verified_by", "deviation").order_by("pk")
    )
    by_finding = actions_by_finding(findings)
    grades = [
        (label, [f for f in findings if f.grade == value])
        for value, label in Grade.choices
        if value not in (Grade.CONFORMS, Grade.STRENGTH)
    ]
    organisation = audit.unit.organisation() or audit.unit
    return {
        "audit": audit,
        "organisation": organisation,
        "team": list(audit.team.select_related("user")),
        "criteria": list(audit.criteria.all()),
        "grades": [(label, items) for label, items in grades if items],
        "strengths": [f for f in findings if f.grade == Grade.STRENGTH],
        "findings": findings,
        "actions": [(f, a) for f in findings for a in by_finding.get(f.pk, [])],
        "counts": {label: len(items) for label, items in grades},
        "answered": audit.answers.exclude(grade="").count(),
        "questions": audit.answers.count(),
        "printed_at": timezone.localtime(),
    }


def render_audit_pdf(audit: Audit) -> bytes:
    """The report as it stands now (a closed audit's report is stored at closing instead)."""
    return render_pdf("audits/report_pdf.html", report_context(audit))
