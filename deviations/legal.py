"""Legal tracks on a deviation: lex Sarah, lex Maria, personal-data breach (IMY) and serious
work incidents (Arbetsmiljöverket). One function per step; the product records the decisions,
the clock and the authority's answer, it never sends anything to the authority.

Clocks are aware instants (UTC in the database): "72 hours" is 72 real hours whatever the
wall clock does at a daylight-saving change.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from deviations import services
from deviations.models import (
    LEGAL_DECIDER_ROLES,
    Deviation,
    LegalTrack,
    LegalTrackKind,
    LegalTrackRule,
)
from qms.models import Membership, Role, User
from qms.notifications import notify

Status = LegalTrack.Status
Kind = LegalTrackKind

ALLOWED = {
    Status.FLAGGED: {Status.NOT_REPORTABLE, Status.TO_REPORT},
    Status.NOT_REPORTABLE: {Status.TO_REPORT},  # a new assessment may change the outcome
    Status.TO_REPORT: {Status.REPORTED},
    Status.REPORTED: {Status.DECIDED},
    Status.DECIDED: set(),
}

AUTHORITIES = {
    Kind.LEX_SARAH: gettext_lazy("IVO"),
    Kind.LEX_MARIA: gettext_lazy("IVO"),
    Kind.DATA_BREACH: gettext_lazy("IMY"),
    Kind.WORK_ENVIRONMENT: gettext_lazy("Arbetsmiljöverket"),
}
# These clocks run from when the organisation became aware; lex Sarah and lex Maria report
# "snarast" once the assessment finds the event serious, so theirs start at the assessment.
CLOCK_FROM_AWARENESS = {Kind.DATA_BREACH, Kind.WORK_ENVIRONMENT}
DEFAULT_TARGET_HOURS = {
    Kind.LEX_SARAH: 14 * 24,
    Kind.LEX_MARIA: 14 * 24,
    Kind.DATA_BREACH: 72,
    Kind.WORK_ENVIRONMENT: 24,
}
# Reminders go out when this share of the clock has run (each once per deadline).
MILESTONES = (50, 90, 100)
OFFICER_ROLES = (Role.SAS, Role.MAS, Role.DPO)

# Sent with `track`, `milestone` and `event_key` inside the transaction of each reminder run's
# milestone (every run, also when the reminder was sent before): listeners keep their own rows
# once per `event_key` (the API's webhook outbox does).
legal_track_due = Signal()


# Who may do what -------------------------------------------------------------------------------


def may_flag(user: User, deviation: Deviation) -> bool:
    """Those who handle the case (chef, coordinator, investigator) or a designated officer."""
    return services.may_handle(user, deviation) or user.has_role_over(
        deviation.unit, *OFFICER_ROLES
    )


def may_decide(user: User, track: LegalTrack) -> bool:
    """Only the track's designated role over the unit assesses and records the report."""
    return user.has_role_over(track.deviation.unit, LEGAL_DECIDER_ROLES[track.kind])


def target_hours(kind: str) -> int:
    rule = LegalTrackRule.objects.filter(kind=kind).first()
    return rule.target_hours if rule else DEFAULT_TARGET_HOURS[kind]


def deciders(track: LegalTrack) -> list[User]:
    """The designated officers of the track over the unit, and the coordinators above it who
    may read confidential cases."""
    role = LEGAL_DECIDER_ROLES[track.kind]
    memberships = Membership.objects.filter(
        unit__in=track.deviation.unit.ancestors_and_self(), user__is_active=True
    ).select_related("user")
    officers = [m.user for m in memberships if m.role == role]
    coordinators = [
        m.user for m in memberships if m.role == Role.COORDINATOR and m.sensitive_access
    ]
    return officers + coordinators


# Steps -------------------------------------------------------------------------------------------


@transaction.atomic
def flag_deviation(
    deviation: Deviation, *, by: User, kinds: list[str], aware_at: datetime.datetime
) -> list[LegalTrack]:
    """Put a deviation on one or more tracks; the case becomes confidential."""
    deviation = services._locked(deviation)
    if not may_flag(by, deviation):
        raise PermissionDenied
    if not kinds:
        raise ValidationError({"kinds": _("Välj minst ett spår.")})
    now = timezone.now()
    if aware_at > now + datetime.timedelta(minutes=5):
        raise ValidationError({"aware_at": _("Tidpunkten kan inte ligga i framtiden.")})
    if deviation.legal_tracks.filter(kind__in=kinds).exists():
        raise ValidationError(_("Avvikelsen är redan markerad för det spåret."))
    services.set_confidential(deviation, True)
    deviation.save()
    tracks = []
    for kind in kinds:
        track = LegalTrack(
            deviation=deviation, kind=kind, flagged_by=by, flagged_at=now, aware_at=aware_at
        )
        if kind in CLOCK_FROM_AWARENESS:
            _start_clock(track, aware_at)
        track.save()
        tracks.append(track)
        notify(
            [user for user in deciders(track) if user.pk != by.pk],
            event_key=f"legal:{track.pk}:flagged",
            subject=_("%(track)s: avvikelse %(number)s ska bedömas")
            % {"track": track.get_kind_display(), "number": deviation.number},
            body=_("Ärendet är sekretessmarkerat. Logga in för att läsa det."),
            url=track.get_absolute_url(),
        )
    return tracks


def _start_clock(track: LegalTrack, start: datetime.datetime) -> None:
    # In UTC: Python adds a timedelta to a zoned datetime on the wall clock, which would make
    # "72 hours" 71 or 73 real hours across a daylight-saving change.
    start = start.astimezone(datetime.UTC)
    track.clock_started_at = start
    track.deadline = start + datetime.timedelta(hours=target_hours(track.kind))


def _locked(track: LegalTrack, by: User, target: str) -> LegalTrack:
    track = (
        LegalTrack.objects.select_for_update(of=("self",))
        .select_related("deviation__unit")
        .get(pk=track.pk)
    )
    if not may_decide(by, track):
        raise PermissionDenied(
            _("Bara %(role)s för enheten får bedöma och anmäla.")
            % {"role": Role(LEGAL_DECIDER_ROLES[track.kind]).label}
        )
    if target not in ALLOWED[track.status]:
        raise ValidationError(
            _("Spåret kan inte gå från ”%(current)s” till ”%(target)s”.")
            % {"current": track.get_status_display(), "target": Status(target).label}
        )
    return track


@transaction.atomic
def assess_track(track: LegalTrack, *, by: User, is_serious: bool, assessment: str) -> LegalTrack:
    """Is it serious enough to report? The reasoning, the date and who decided are kept."""
    target = Status.TO_REPORT if is_serious else Status.NOT_REPORTABLE
    track = _locked(track, by, target)
    if not assessment.strip():
        raise ValidationError({"assessment": _("Motivera bedömningen.")})
    now = timezone.now()
    track.is_serious = is_serious
    track.assessment = assessment.strip()
    track.assessed_at = now
    track.assessed_by = by
    track.status = target
    if is_serious and track.kind not in CLOCK_FROM_AWARENESS:
        _start_clock(track, now)
    track.save()
    return track


@transaction.atomic
def record_report(
    track: LegalTrack,
    *,
    by: User,
    reported_at: datetime.datetime,
    authority_reference: str = "",
    patient_informed: bool | None = None,
) -> LegalTrack:
    """The officer reported through the authority's own channel: record when, and its number."""
    track = _locked(track, by, Status.REPORTED)
    if reported_at > timezone.now() + datetime.timedelta(minutes=5):
        raise ValidationError({"reported_at": _("Tidpunkten kan inte ligga i framtiden.")})
    if track.kind == Kind.LEX_MARIA and patient_informed is None:
        raise ValidationError(
            {"patient_informed": _("Ange om patienten eller närstående har informerats.")}
        )
    track.reported_at = reported_at
    track.authority_reference = authority_reference.strip()
    if track.kind == Kind.LEX_MARIA:
        track.patient_informed = patient_informed
    track.status = Status.REPORTED
    track.save()
    return track


@transaction.atomic
def record_decision(
    track: LegalTrack,
    *,
    by: User,
    authority_decided_at: datetime.date,
    authority_decision: str,
) -> LegalTrack:
    track = _locked(track, by, Status.DECIDED)
    if not authority_decision.strip():
        raise ValidationError({"authority_decision": _("Sammanfatta myndighetens beslut.")})
    track.authority_decided_at = authority_decided_at
    track.authority_decision = authority_decision.strip()
    track.status = Status.DECIDED
    track.save()
    return track


# Reminders ----------------------------------------------------------------------------------------


def milestone_reached(track: LegalTrack, now: datetime.datetime) -> int | None:
    """The highest share of the clock (50, 90 or 100 %) that has run by `now`."""
    if track.deadline is None or track.clock_started_at is None:
        return None
    started = track.clock_started_at.astimezone(datetime.UTC)
    total = (track.deadline.astimezone(datetime.UTC) - started).total_seconds()
    elapsed = (now.astimezone(datetime.UTC) - started).total_seconds()
    share = 100 * elapsed / total if total > 0 else 100
    reached = [m for m in MILESTONES if share >= m]
    return reached[-1] if reached else None


def send_legal_reminders(now: datetime.datetime | None = None) -> int:
    """Escalating reminders to the officer and coordinators while a clock runs.

    Only the highest milestone reached is sent (after an outage the most urgent one, not three
    at once); the event key holds the deadline, so a rerun or a second scheduler sends nothing.
    """
    now = now or timezone.now()
    sent = 0
    running = LegalTrack.objects.running().select_related("deviation__unit")
    for track in running.iterator(chunk_size=500):
        milestone = milestone_reached(track, now)
        if milestone is None:
            continue
        deadline = timezone.localtime(track.deadline)
        if milestone == 100:
            subject = _("%(track)s: tiden för att anmäla %(number)s har gått ut (%(deadline)s)")
        else:
            subject = _(
                "%(track)s: %(percent)s %% av tiden har gått för %(number)s, "
                "anmäl senast %(deadline)s"
            )
        event_key = f"legal:{track.pk}:{milestone}:{track.deadline.isoformat()}"
        with transaction.atomic():
            legal_track_due.send(LegalTrack, track=track, milestone=milestone, event_key=event_key)
            sent += len(
                notify(
                    deciders(track),
                    event_key=event_key,
                    subject=subject
                    % {
                        "track": track.get_kind_display(),
                        "percent": milestone,
                        "number": track.deviation.number,
                        "deadline": f"{deadline:%Y-%m-%d %H:%M}",
                    },
                    body=_("Ärendet är sekretessmarkerat. Logga in för att läsa det."),
                    url=track.get_absolute_url(),
                )
            )
    return sent


def ordered_by_urgency(tracks: list[LegalTrack], now: datetime.datetime) -> list[LegalTrack]:
    """Running clocks first (least time left, so overdue, first), then those without a clock.

    Sets `left` (hours left, or None) on each track for the templates.
    """
    for track in tracks:
        track.left = track.hours_left(now)
    return sorted(tracks, key=lambda t: (t.left is None, t.left or 0))
