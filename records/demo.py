"""Demo records management for Exempelkommun, called by `seed_demo` last (every other app's
records exist): the arkivansvarig `arkiv` (password "demo"), an information management plan
with decisions for the group and for Exempelkommun, and one legal hold on a lex Sarah case
under IVO's supervision."""

from __future__ import annotations

import datetime

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from deviations.demo import quiet_email
from qms.models import Membership, OrganisationUnit, Role, User
from records import services
from records.models import RetentionRule

# (record type, organisation code or None, action, period, unit, event, body, reference, råd)
RULES = [
    (
        "qms.notification",
        None,
        "thin",
        2,
        "years",
        "created",
        "Kommunstyrelsen",
        "KS 2025/118 § 42",
        "",
    ),
    (
        "qms.outgoing_email",
        None,
        "thin",
        1,
        "years",
        "created",
        "Kommunstyrelsen",
        "KS 2025/118 § 42",
        "",
    ),
    (
        "deviations.export",
        None,
        "thin",
        3,
        "months",
        "created",
        "Kommunstyrelsen",
        "KS 2025/118 § 42",
        "",
    ),
    (
        "deviations.feedback_contact",
        None,
        "thin",
        6,
        "months",
        "closed",
        "Kommunstyrelsen",
        "KS 2025/118 § 42",
        "",
    ),
    (
        "deviations.deviation",
        "ek",
        "thin",
        5,
        "years",
        "closed",
        "Kommunstyrelsen",
        "KS 2025/118 § 42",
        "SKR:s gallringsråd, kvalitetsledning 4.2",
    ),
    (
        "deviations.suggestion",
        "ek",
        "thin",
        2,
        "years",
        "decided",
        "Kommunstyrelsen",
        "KS 2025/118 § 42",
        "",
    ),
    (
        "deviations.legal.lex_sarah",
        "ek",
        "keep",
        None,
        "years",
        "",
        "Socialnämnden",
        "SN 2025/77 § 19",
        "",
    ),
    (
        "deviations.legal.lex_maria",
        "ek",
        "keep",
        None,
        "years",
        "",
        "Socialnämnden",
        "SN 2025/77 § 19",
        "",
    ),
    (
        "audits.audit",
        None,
        "keep",
        None,
        "years",
        "",
        "Kommunstyrelsen",
        "KS 2025/118 § 42",
        "",
    ),
]


def seed_demo(stdout) -> None:
    units = {u.code: u for u in OrganisationUnit.objects.all()}
    archivist = User.objects.create(
        username="arkiv",
        first_name="Astrid",
        last_name="Lind",
        title="Arkivansvarig",
        email="arkiv@exempelkommun.se",
        password=make_password("demo"),
        notify_by_email=False,
    )
    Membership.objects.create(user=archivist, unit=units["koncern"], role=Role.ARCHIVIST)
    decided = timezone.localdate().replace(month=3, day=10) - datetime.timedelta(days=365)
    with quiet_email(User.objects.filter(pk=archivist.pk)):
        for key, org, action, period, unit, event, body, reference, guidance in RULES:
            services.save_rule(
                RetentionRule(
                    record_type=key,
                    organisation=units[org] if org else None,
                    action=action,
                    period=period,
                    period_unit=unit,
                    event=event,
                    decision_body=body,
                    decision_date=decided,
                    decision_reference=reference,
                    guidance_number=guidance,
                ),
                by=archivist,
            )
        _hold_a_lex_sarah_case(archivist)
    User.objects.filter(pk=archivist.pk).update(notify_by_email=True)
    stdout.write("  informationshanteringsplan, arkivansvarig 'arkiv'")


def _hold_a_lex_sarah_case(archivist: User) -> None:
    from deviations.models import Deviation, LegalTrackKind

    case = (
        Deviation.objects.filter(legal_tracks__kind=LegalTrackKind.LEX_SARAH)
        .order_by("created_at")
        .first()
    )
    if case is None:
        return
    services.place_hold(
        case,
        key=services.record_type_of(case),
        by=archivist,
        reason_kind="ivo",
        reason="IVO:s tillsynsärende 8.5.1-12345/2026 om ärendet pågår.",
        review_date=timezone.localdate() + datetime.timedelta(days=180),
    )
