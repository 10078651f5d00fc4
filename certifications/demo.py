"""Demo certificates for Exempelkommun, called by `seed_demo` after the organisation exists.

Dates are relative to today, so the demo always shows the same situation: an ISO 9001 group
certificate in year 2 with its surveillance audit done, an ISO 14001 for Exempel Energi AB that
expires in about 80 days, an ISO 9001 that will not be renewed, and a Quality Mark for Unika
Exempelstad first issued in March 2017 and renewed in 2022 and 2025.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from certifications import services
from certifications.catalogue import add_missing_standards
from certifications.cycle import add_months_clamped
from certifications.models import (
    Certificate,
    CycleEvent,
    EventTemplate,
    EvidenceTemplate,
    Standard,
)
from qms.models import OrganisationUnit, User

DAY = datetime.timedelta(days=1)
PASSED = CycleEvent.Outcome.PASSED

QUALITY_MARK_TEXTS = {
    "Bakgrund": "Unika Exempelstad bildades 2014 av fastighetsägare, handlare och kommunen.",
    "Nuläget": "Citykärnan har 120 butiker och restauranger; vakansgraden har sjunkit till 4 %.",
    "Organisation": "Ideell förening med styrelse, centrumutvecklare och arbetsgrupper.",
    "Finansiering & budget": "Medlemsavgifter, kommunalt bidrag och projektmedel; budget bifogas.",
    "Vision & affärsidé": "En levande stadskärna där människor vill mötas, handla och bo.",
    "Mål & strategi": "Fler besökare, fler evenemang och en tryggare stadskärna.",
    "Affärsplan/handlingsplan/verksamhetsplan": "Treårig plan med årliga handlingsplaner.",
    "Utveckling, indikatorer och resultatuppföljning": "Besöksräkning, vakansgrad, nöjd kund.",
    "Kommunikation & dialog": "Medlemsmöten, nyhetsbrev och dialog med kommunens förvaltningar.",
}


def seed_demo(stdout) -> None:
    add_missing_standards(Standard, EventTemplate, EvidenceTemplate)
    units = {unit.code: unit for unit in OrganisationUnit.objects.all()}
    users = {user.username: user for user in User.objects.all()}
    today = timezone.localdate()
    coordinator = users["samordnare"]

    _group_iso_9001(units, coordinator, today)
    _energy_iso_14001(units, users["emma.gustafsson"], today)
    _not_renewing_iso_9001(units, coordinator, today)
    _quality_mark(units, users["veronica.lind"], coordinator, today)
    stdout.write(f"Certifieringar: {Certificate.objects.count()} certifikat.")


def _record(event: CycleEvent, by: User, outcome: str = PASSED, notes: str = "") -> None:
    services.record_event(
        event,
        by=by,
        planned_date=event.planned_date,
        actual_date=event.planned_date,
        outcome=outcome,
        notes=notes,
        audit_reference=f"R-{event.planned_date:%Y%m}-{event.pk}",
    )


def _iso_certificate(
    code: str,
    units,
    responsible: User,
    issue_date: datetime.date,
    number: str,
    *,
    is_initial: bool = False,
) -> Certificate:
    return services.create_certificate(
        by=responsible,
        standard=Standard.objects.get(code=code),
        units=units,
        issuer="Nordisk Certifiering AB",
        responsible=responsible,
        status=Certificate.Status.ACTIVE,
        issue_date=issue_date,
        number=number,
        is_initial=is_initial,
    )


def _group_iso_9001(units, coordinator: User, today: datetime.date) -> None:
    """Like Västervik: several förvaltningar and the bolag in one certificate, now in year 2."""
    certificate = _iso_certificate(
        "iso-9001",
        [units["soc"], units["buf"], units["ksf"], units["bost"]],
        coordinator,
        add_months_clamped(today, -23),
        "NC-9001-2024-117",
        is_initial=True,
    )
    events = list(certificate.current_cycle.events.order_by("planned_date"))
    _record(events[0], coordinator)
    _record(events[1], coordinator)
    _record(
        events[2],
        coordinator,
        outcome=CycleEvent.Outcome.PASSED_WITH_FINDINGS,
        notes="Två mindre avvikelser: dokumentstyrning i BUF och uppföljning av mål i KSF.",
    )


def _energy_iso_14001(units, responsible: User, today: datetime.date) -> None:
    """Exempel Energi AB: expires in about 80 days, recertification audit booked."""
    certificate = _iso_certificate(
        "iso-14001",
        [units["energi"]],
        responsible,
        add_months_clamped(today + 81 * DAY, -36),
        "NC-14001-2023-052",
    )
    events = list(certificate.current_cycle.events.order_by("planned_date"))
    _record(events[0], responsible)
    _record(events[1], responsible)
    services.record_event(
        events[2],
        by=responsible,
        planned_date=today + 20 * DAY,
        actual_date=None,
        outcome="",
        notes="Bokad med certifieringsorganet.",
        audit_reference="",
    )


def _not_renewing_iso_9001(units, coordinator: User, today: datetime.date) -> None:
    """Like Umeå: a förvaltning decides not to recertify."""
    certificate = _iso_certificate(
        "iso-9001", [units["mbf"]], coordinator, add_months_clamped(today, -30), "NC-9001-2024-031"
    )
    _record(certificate.current_cycle.events.order_by("planned_date").first(), coordinator)
    services.decide_not_renewing(
        certificate,
        by=coordinator,
        decided_on=today - 60 * DAY,
        reason=(
            "Arbetssätten sitter i verksamheten och förvaltningen behåller internrevisionerna, "
            "men certifikatet bedöms inte längre ge mervärde i förhållande till den "
            "administrativa bördan."
        ),
    )


def _quality_mark(units, responsible: User, coordinator: User, today: datetime.date) -> None:
    """Like Unika Ludvika: first Quality Mark March 2017, renewed 2022 and 2025."""
    certificate = services.create_certificate(
        by=coordinator,
        standard=Standard.objects.get(code="quality-mark"),
        units=[units["unika"]],
        issuer="Svenska Stadskärnor",
        responsible=responsible,
        status=Certificate.Status.ACTIVE,
        issue_date=datetime.date(2017, 3, 20),
        is_initial=True,
        number="QM-2017-14",
    )
    first = certificate.current_cycle
    services.update_cycle(
        first,
        by=coordinator,
        number=first.number,
        issue_date=first.issue_date,
        expiry_override=datetime.date(2022, 5, 31),
        expiry_override_reason=(
            "Svenska Stadskärnor förlängde giltigheten under pandemin; förnyelsen sköts upp "
            "till 2022."
        ),
    )
    for item in first.evidence.all():
        services.update_evidence(
            item, by=responsible, text=QUALITY_MARK_TEXTS.get(item.title, ""), done=True
        )
    second = services.renew_certificate(
        certificate, by=coordinator, issue_date=datetime.date(2022, 5, 12), number="QM-2022-31"
    )
    for item in second.evidence.all():
        services.update_evidence(item, by=responsible, text=item.text, done=True)
    third = services.renew_certificate(
        certificate, by=coordinator, issue_date=datetime.date(2025, 5, 15), number="QM-2025-08"
    )
    # The next revision has started: the first sections are already revised.
    for item in third.evidence.order_by("order")[:4]:
        services.update_evidence(item, by=responsible, text=item.text, done=True)
