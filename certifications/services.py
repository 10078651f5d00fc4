"""Every change of a certificate's state, and the reminder run. One function per change."""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Case, Exists, OuterRef, SmallIntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from certifications import cycle as cycle_maths
from certifications.models import (
    CalendarFeed,
    Certificate,
    Cycle,
    CycleEvent,
    EventTemplate,
    EvidenceItem,
    SentReminder,
    Standard,
    hash_token,
)
from qms.models import OrganisationUnit, User
from qms.notifications import notify

RENEWAL_KINDS = (EventTemplate.Kind.RECERTIFICATION, EventTemplate.Kind.REVISION)
NEW_CERTIFICATE_STATUSES = (
    Certificate.Status.PLANNED,
    Certificate.Status.APPLYING,
    Certificate.Status.ACTIVE,
)


# Certificates and cycles ---------------------------------------------------------------------


@transaction.atomic
def create_certificate(
    *,
    by: User,
    standard: Standard,
    units: Iterable[OrganisationUnit],
    issuer: str,
    responsible: User,
    status: str,
    issue_date: datetime.date,
    is_initial: bool,
    number: str = "",
    expiry_override: datetime.date | None = None,
    expiry_override_reason: str = "",
    certificate_file: UploadedFile | None = None,
) -> Certificate:
    """A certificate with its first cycle, the cycle's planned events and its evidence checklist."""
    if status not in (
        Certificate.Status.PLANNED,
        Certificate.Status.APPLYING,
        Certificate.Status.ACTIVE,
    ):
        raise ValidationError(_("Ett nytt certifikat är planerat, under ansökan eller giltigt."))
    certificate = Certificate.objects.create(
        standard=standard, issuer=issuer, responsible=responsible, status=status
    )
    certificate.units.set(units)
    cycle = Cycle(
        certificate=certificate,
        number=number,
        issue_date=issue_date,
        is_initial=is_initial,
        expiry_override=expiry_override,
        expiry_override_reason=expiry_override_reason,
    )
    _check_override(cycle)
    _attach_certificate_file(cycle, certificate_file)
    cycle.save()
    _plan_events(cycle)
    _start_checklist(cycle, previous=None)
    return certificate


@transaction.atomic
def update_cycle(
    cycle: Cycle,
    *,
    by: User,
    number: str,
    issue_date: datetime.date,
    expiry_override: datetime.date | None,
    expiry_override_reason: str,
    certificate_file: UploadedFile | None = None,
) -> Cycle:
    """Change a cycle's number, dates or certificate PDF; open events follow changed dates.

    An event whose date someone set by hand keeps it. Reminders are counted from the new dates.
    """
    cycle = (
        Cycle.objects.select_for_update().select_related("certificate__standard").get(pk=cycle.pk)
    )
    if not expiry_override:
        expiry_override_reason = ""
    cycle.number = number
    cycle.issue_date = issue_date
    cycle.expiry_override = expiry_override
    cycle.expiry_override_reason = expiry_override_reason.strip()
    _check_override(cycle)
    _attach_certificate_file(cycle, certificate_file)
    cycle.save()
    for event in cycle.events.open().filter(planned_by_cycle=True).select_related("template"):
        if event.template is not None:
            event.planned_date = _planned_date(cycle, event.template)
            event.save(update_fields=["planned_date"])
    return cycle


def _check_override(cycle: Cycle) -> None:
    if cycle.expiry_override and not cycle.expiry_override_reason.strip():
        raise ValidationError(
            {"expiry_override_reason": _("Ange varför utgångsdatumet avviker från cykeln.")}
        )
    if cycle.expiry_override and cycle.expiry_override <= cycle.issue_date:
        raise ValidationError(
            {"expiry_override": _("Utgångsdatumet måste ligga efter utfärdandedatumet.")}
        )


def _attach_certificate_file(cycle: Cycle, upload: UploadedFile | None) -> None:
    if upload:
        cycle.certificate_file = upload
        cycle.certificate_file_name = upload.name


def _planned_date(cycle: Cycle, template: EventTemplate) -> datetime.date:
    return cycle_maths.planned_date(
        issue_date=cycle.issue_date,
        expiry_date=cycle.expiry_date,
        anchor=template.anchor,
        offset_months=template.offset_months,
    )


def _plan_events(cycle: Cycle) -> list[CycleEvent]:
    templates = cycle.certificate.standard.event_templates.all()
    return CycleEvent.objects.bulk_create(
        CycleEvent(
            cycle=cycle,
            template=template,
            kind=template.kind,
            name=template.name,
            planned_date=_planned_date(cycle, template),
        )
        for template in templates
        if cycle.is_initial or not template.initial_only
    )


def _start_checklist(cycle: Cycle, previous: Cycle | None) -> None:
    """The cycle's evidence: a copy of the previous cycle's (text and documents), so a renewal
    is a revision of the last application; for a first cycle, the standard's template."""
    if previous is not None:
        items = [
            EvidenceItem(
                cycle=cycle,
                order=item.order,
                title=item.title,
                guidance=item.guidance,
                text=item.text,
                document=item.document.name,
                document_name=item.document_name,
                copied_from=item,
            )
            for item in previous.evidence.all()
        ]
    else:
        items = [
            EvidenceItem(cycle=cycle, order=t.order, title=t.title, guidance=t.guidance)
            for t in cycle.certificate.standard.evidence_templates.all()
        ]
    EvidenceItem.objects.bulk_create(items)


@transaction.atomic
def record_event(
    event: CycleEvent,
    *,
    by: User,
    planned_date: datetime.date,
    actual_date: datetime.date | None,
    outcome: str,
    notes: str,
    audit_reference: str,
) -> CycleEvent:
    """Plan an event anew, or record that it took place and its outcome."""
    event = CycleEvent.objects.select_for_update().get(pk=event.pk)
    today = timezone.localdate()
    if actual_date and actual_date > today:
        raise ValidationError({"actual_date": _("Ett genomfört datum kan inte ligga i framtiden.")})
    if actual_date and not outcome:
        raise ValidationError({"outcome": _("Ange resultatet av det som genomfördes.")})
    if outcome and not actual_date:
        raise ValidationError({"actual_date": _("Ange när det genomfördes.")})
    if planned_date != event.planned_date:
        event.planned_by_cycle = False  # planned by hand: a change of the cycle leaves it alone
    event.planned_date = planned_date
    event.actual_date = actual_date
    event.outcome = outcome
    event.notes = notes
    event.audit_reference = audit_reference
    event.save()
    return event


@transaction.atomic
def change_status(certificate: Certificate, *, by: User, status: str) -> Certificate:
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if status not in Certificate.TRANSITIONS[certificate.status]:
        raise ValidationError(
            _("Statusen kan inte ändras från %(old)s till %(new)s.")
            % {
                "old": certificate.get_status_display().lower(),
                "new": Certificate.Status(status).label.lower(),
            }
        )
    certificate.status = status
    certificate.save(update_fields=["status"])
    return certificate


@transaction.atomic
def decide_not_renewing(
    certificate: Certificate, *, by: User, decided_on: datetime.date, reason: str
) -> Certificate:
    """Record the decision not to renew. It ends all reminders for the certificate."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status in (
        Certificate.Status.WITHDRAWN,
        Certificate.Status.NOT_RENEWING,
    ):
        raise ValidationError(_("Certifikatet är redan avslutat."))
    if not reason.strip():
        raise ValidationError({"reason": _("Ange skälet till beslutet.")})
    if decided_on > timezone.localdate():
        raise ValidationError({"decided_on": _("Beslutsdatumet kan inte ligga i framtiden.")})
    certificate.status = Certificate.Status.NOT_RENEWING
    certificate.not_renewing_decided_on = decided_on
    certificate.not_renewing_decided_by = by
    certificate.not_renewing_reason = reason.strip()
    certificate.save()
    return certificate


@transaction.atomic
def renew_certificate(
    certificate: Certificate,
    *,
    by: User,
    issue_date: datetime.date,
    number: str = "",
    certificate_file: UploadedFile | None = None,
) -> Cycle:
    """Register the renewed certificate: a new cycle whose checklist starts from this one's.

    The renewal is the outcome of this cycle's application, so every entry must be done first.
    """
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status not in (
        Certificate.Status.ACTIVE,
        Certificate.Status.SUSPENDED,
        Certificate.Status.EXPIRED,
    ):
        raise ValidationError(
            _("Ett certifikat med status %(status)s kan inte förnyas.")
            % {"status": certificate.get_status_display().lower()}
        )
    current = certificate.cycles.current().select_for_update(of=("self",)).get()
    if current.evidence.filter(done=False).exists():
        raise ValidationError(_("Alla punkter i underlaget måste vara klara innan förnyelsen."))
    if issue_date <= current.issue_date:
        raise ValidationError(
            {"issue_date": _("Det nya certifikatet måste vara utfärdat efter det förra.")}
        )
    cycle = Cycle(certificate=certificate, previous=current, number=number, issue_date=issue_date)
    _attach_certificate_file(cycle, certificate_file)
    cycle.save()
    _plan_events(cycle)
    _start_checklist(cycle, previous=current)
    # The renewal audit or application of the old cycle evidently took place.
    for event in current.events.open().filter(kind__in=RENEWAL_KINDS):
        event.actual_date = min(issue_date, timezone.localdate())
        event.outcome = CycleEvent.Outcome.PASSED
        event.notes = event.notes or _("Registrerad när det förnyade certifikatet lades in.")
        event.save()
    certificate.status = Certificate.Status.ACTIVE
    certificate.save(update_fields=["status"])
    return cycle


@transaction.atomic
def update_evidence(
    item: EvidenceItem,
    *,
    by: User,
    text: str,
    done: bool,
    document: UploadedFile | None = None,
) -> EvidenceItem:
    item = EvidenceItem.objects.select_for_update().get(pk=item.pk)
    item.text = text
    if document:
        item.document = document
        item.document_name = document.name
    _set_done(item, done, by)
    item.save()
    return item


@transaction.atomic
def mark_evidence_done(item: EvidenceItem, *, by: User, done: bool) -> EvidenceItem:
    item = EvidenceItem.objects.select_for_update().get(pk=item.pk)
    _set_done(item, done, by)
    item.save(update_fields=["done", "done_by", "done_at"])
    return item


def _set_done(item: EvidenceItem, done: bool, by: User) -> None:
    if done and not item.done:
        item.done, item.done_by, item.done_at = True, by, timezone.now()
    elif not done:
        item.done, item.done_by, item.done_at = False, None, None


# Calendar feed ------------------------------------------------------------------------------


@transaction.atomic
def rotate_calendar_token(*, user: User) -> str:
    """A new secret calendar address for the user; the previous one stops working at once."""
    token = secrets.token_urlsafe(32)
    CalendarFeed.objects.update_or_create(user=user, defaults={"token_hash": hash_token(token)})
    return token


# Reminders ----------------------------------------------------------------------------------


@dataclass
class ReminderRun:
    sent: int = 0
    late: int = 0
    expired: int = 0


def send_due_reminders(*, today: datetime.date | None = None) -> ReminderRun:
    """Send every reminder milestone that is due on `today` (Stockholm's date) and not yet sent.

    Each milestone is one transaction: its `SentReminder` row, the certificate's status change
    (on expiry) and the notifications commit together or not at all, and the row's unique
    constraint lets only one run in the world send it. So the run can be repeated, retried, run
    twice at once or killed at any point; the next run finishes what is left. Only the latest due
    milestone of a date is sent; earlier ones a stopped scheduler missed are superseded.
    """
    today = today or timezone.localdate()
    run = ReminderRun()
    horizon = today + datetime.timedelta(days=_longest_lead())
    events = (
        # By the flag the database keeps (CycleEvent.reminding): an index of the open events
        # that remind, not every open event probed for its cycle and certificate. The rule
        # itself (remindable) is decided again under the lock in _send_event_reminder.
        CycleEvent.objects.reminding()
        .filter(planned_date__lte=horizon)
        .annotate(
            milestone=_latest_milestone("planned_date", "cycle__certificate__standard", today)
        )
        .exclude(_milestone_sent("event", "planned_date"))
        .select_related("cycle__certificate__standard")
    )
    for event in _not_yet_sent(events, "event", lambda e: (e.planned_date, e.cycle), today):
        _count(run, _send_event_reminder(event.pk, today))
    cycles = (
        Cycle.objects.current()
        .filter(
            certificate__status__in=Certificate.EXPIRY_REMINDERS,
            expiry_date__lte=horizon,
        )
        .annotate(milestone=_latest_milestone("expiry_date", "certificate__standard", today))
        .exclude(_milestone_sent("cycle", "expiry_date"))
        .select_related("certificate__standard")
    )
    for cycle in _not_yet_sent(cycles, "cycle", lambda c: (c.expiry_date, c), today):
        _count(run, _send_expiry_reminder(cycle.pk, today))
    return run


# Subjects read per batch: memory stays bounded however many certificates there are (issue 12:
# 100,000 certificates with 266,000 events built 224,000 objects and a 45,000-id query).
REMINDER_BATCH = 1000


def _latest_milestone(date_field: str, standard: str, today: datetime.date) -> Case:
    """cycle_maths.latest_due_milestone in SQL (days_before, or NULL): OVERDUE once the date
    has passed, else the smallest lead of the subject's standard that is due (date − today ≤
    lead)."""
    whens = [When(**{f"{date_field}__lt": today}, then=Value(cycle_maths.OVERDUE))]
    for pk, lead_days in Standard.objects.values_list("pk", "reminder_days"):
        after = 0  # this lead is the latest due for dates `after` to `lead` days ahead
        for lead in sorted({int(d) for d in lead_days if int(d) >= 0}):
            whens.append(
                When(
                    **{
                        standard: pk,
                        f"{date_field}__gte": today + datetime.timedelta(days=after),
                        f"{date_field}__lte": today + datetime.timedelta(days=lead),
                    },
                    then=Value(lead),
                )
            )
            after = lead + 1
    return Case(*whens, default=Value(None), output_field=SmallIntegerField())


def _milestone_sent(kind: str, date_field: str) -> Exists:
    """The milestone a run would send for the subject's date (annotated as `milestone`) is
    sent already: the subject is left out in SQL instead of being read and checked one by one
    (after the first run of a day, nearly all of them; issue 12). The exact check stays in
    _not_yet_sent."""
    return Exists(
        SentReminder.objects.filter(
            **{kind: OuterRef("pk")},
            target_date=OuterRef(date_field),
            days_before=OuterRef("milestone"),
        )
    )


def _not_yet_sent(subjects, kind: str, date_and_cycle, today: datetime.date):
    """The subjects (events or cycles) with a milestone due today that no run has sent yet,
    read in batches of REMINDER_BATCH by primary key (keyset), oldest first.

    Only a cheap filter before the real, locked decision in _send_*_reminder.
    """
    last = 0
    while True:
        batch = list(subjects.filter(pk__gt=last).order_by("pk")[:REMINDER_BATCH])
        if not batch:
            return
        last = batch[-1].pk
        sent = set(
            SentReminder.objects.filter(**{f"{kind}__in": [s.pk for s in batch]}).values_list(
                f"{kind}_id", "target_date", "days_before"
            )
        )
        for subject in batch:
            target, cycle = date_and_cycle(subject)
            lead_days = cycle.certificate.standard.reminder_days
            milestone = cycle_maths.latest_due_milestone(target, lead_days, today)
            if milestone and (subject.pk, target, milestone.days_before) not in sent:
                yield subject


def _longest_lead() -> int:
    leads = [
        max(days, default=0) for days in Standard.objects.values_list("reminder_days", flat=True)
    ]
    return max(leads, default=0)


def _count(run: ReminderRun, outcome: SentReminder | None) -> None:
    if outcome is None:
        return
    run.sent += 1
    run.late += outcome.late
    run.expired += outcome.cycle_id is not None and outcome.days_before == cycle_maths.OVERDUE


def _lock_certificate(certificate_id: int) -> Certificate:
    # Serialises everything that happens to one certificate during a run: a concurrent run, or a
    # coordinator changing its status, waits here and then sees the committed state.
    return Certificate.objects.select_for_update().select_related("standard").get(pk=certificate_id)


def _record_due_milestone(
    certificate: Certificate, target: datetime.date, today: datetime.date, **subject
) -> SentReminder | None:
    """Insert the row of the milestone due for `target` on `today`; None if none is due or
    another run already sent it (the unique constraint decides, not this process)."""
    milestone = cycle_maths.latest_due_milestone(target, certificate.standard.reminder_days, today)
    if milestone is None:
        return None
    try:
        with transaction.atomic():
            return SentReminder.objects.create(
                **subject,
                target_date=target,
                days_before=milestone.days_before,
                due_date=milestone.due_date,
                late=milestone.due_date < today,
            )
    except IntegrityError:
        return None


@transaction.atomic
def _send_event_reminder(event_id: int, today: datetime.date) -> SentReminder | None:
    event = CycleEvent.objects.select_related("cycle").get(pk=event_id)
    certificate = _lock_certificate(event.cycle.certificate_id)
    event.refresh_from_db()
    # Decided again under the lock: the event or certificate may have changed since the scan.
    if (
        event.is_done
        or certificate.status not in Certificate.EVENT_REMINDERS
        or Cycle.objects.filter(previous_id=event.cycle_id).exists()
    ):
        return None
    sent = _record_due_milestone(certificate, event.planned_date, today, event=event)
    if sent is None:
        return None
    days_left = (event.planned_date - today).days
    values = {
        "event": event.name,
        "certificate": str(certificate),
        "standard": certificate.standard.name,
        "date": event.planned_date.isoformat(),
    }
    if sent.days_before == cycle_maths.OVERDUE:
        subject = _("Försenad: %(event)s, %(standard)s") % values
        lines = [
            _(
                "%(event)s för %(certificate)s var planerad till %(date)s, men inget genomfört "
                "datum är registrerat. Registrera resultatet eller planera om."
            )
            % values
        ]
    else:
        subject = _("%(event)s, %(standard)s: %(left)s") % {**values, "left": _days_left(days_left)}
        lines = [
            _("%(event)s för %(certificate)s är planerad till %(date)s (%(left)s).")
            % {**values, "left": _days_left(days_left)}
        ]
    _notify(certificate, sent, subject, lines)
    return sent


@transaction.atomic
def _send_expiry_reminder(cycle_id: int, today: datetime.date) -> SentReminder | None:
    cycle = Cycle.objects.get(pk=cycle_id)
    certificate = _lock_certificate(cycle.certificate_id)
    cycle.refresh_from_db()
    if (
        certificate.status not in Certificate.EXPIRY_REMINDERS
        or Cycle.objects.filter(previous_id=cycle.pk).exists()
    ):
        return None
    sent = _record_due_milestone(certificate, cycle.expiry_date, today, cycle=cycle)
    if sent is None:
        return None
    values = {"certificate": str(certificate), "date": cycle.expiry_date.isoformat()}
    if sent.days_before == cycle_maths.OVERDUE:
        # Expired without a decision (renewed, or not renewing): say so, once.
        certificate.status = Certificate.Status.EXPIRED
        certificate.save(update_fields=["status"])
        subject = _("Certifikatet har gått ut: %(certificate)s") % values
        lines = [
            _(
                "%(certificate)s gällde till och med %(date)s. Inget förnyat certifikat och inget "
                "beslut om att avstå är registrerat, så statusen är nu ”Har gått ut”."
            )
            % values
        ]
    else:
        left = _days_left((cycle.expiry_date - today).days)
        subject = _("%(certificate)s går ut: %(left)s") % {**values, "left": left}
        lines = [
            _("%(certificate)s gäller till och med %(date)s (%(left)s).")
            % {**values, "left": left},
            _("Planera förnyelsen, eller registrera beslutet om certifikatet inte ska förnyas."),
        ]
    _notify(certificate, sent, subject, lines)
    return sent


def _days_left(days: int) -> str:
    if days == 0:
        return _("i dag")
    return ngettext("%(days)d dag kvar", "%(days)d dagar kvar", days) % {"days": days}


def _notify(certificate: Certificate, sent: SentReminder, subject: str, lines: list[str]) -> None:
    if sent.late:
        lines.append(
            _(
                "Påminnelsen skickas i efterhand: den skulle ha skickats %(due)s, men "
                "påminnelserna kördes inte då."
            )
            % {"due": sent.due_date.isoformat()}
        )
    notify(
        certificate.reminder_recipients(),
        event_key=f"certifications:reminder:{sent.pk}",
        subject=subject,
        body="\n\n".join(lines),
        url=certificate.get_absolute_url(),
    )
