"""Förbättringsförslag from staff: submitted, then accepted (and acted on), parked or rejected."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from deviations import services
from deviations.models import Action, Suggestion
from deviations.numbering import next_number
from deviations.statistics import first_of_month
from qms.models import Membership, OrganisationUnit, Role, User
from qms.notifications import notify

Status = Suggestion.Status

ALLOWED = {
    Status.SUBMITTED: {Status.ACCEPTED, Status.REJECTED, Status.PARKED},
    Status.PARKED: {Status.ACCEPTED, Status.REJECTED},
    Status.ACCEPTED: set(),
    Status.REJECTED: set(),
}

SUGGESTION_SERIES = "FF"
DECIDER_ROLES = (Role.MANAGER, Role.COORDINATOR)


def may_decide(user: User, suggestion: Suggestion) -> bool:
    """Chefs and coordinators over the unit decide; admins too."""
    return user.is_authenticated and (
        user.is_admin() or user.has_role_over(suggestion.unit, *DECIDER_ROLES)
    )


@transaction.atomic
def submit_suggestion(
    *, by: User, unit: OrganisationUnit, title: str, description: str, reason: str
) -> Suggestion:
    organisation = unit.organisation() or unit
    now = timezone.now()
    suggestion = Suggestion.objects.create(
        number=next_number(SUGGESTION_SERIES, organisation, timezone.localdate(now).year),
        organisation=organisation,
        unit=unit,
        title=title.strip(),
        description=description.strip(),
        reason=reason.strip(),
        submitted_by=by,
        created_at=now,
    )
    chefs = [
        m.user
        for m in Membership.objects.filter(
            unit__in=unit.ancestors_and_self(), role=Role.MANAGER, user__is_active=True
        ).select_related("user")
    ]
    notify(
        [user for user in chefs if user.pk != by.pk],
        event_key=f"suggestion:{suggestion.pk}:submitted",
        subject=_("Nytt förbättringsförslag %(number)s: %(title)s")
        % {"number": suggestion.number, "title": suggestion.title},
        url=suggestion.get_absolute_url(),
    )
    return suggestion


def _locked(suggestion: Suggestion, by: User) -> Suggestion:
    suggestion = (
        Suggestion.objects.select_for_update(of=("self",))
        .select_related("unit")
        .get(pk=suggestion.pk)
    )
    if not may_decide(by, suggestion):
        raise PermissionDenied(_("Bara chef eller kvalitetssamordnare för enheten beslutar."))
    return suggestion


def _decide(suggestion: Suggestion, target: str, *, by: User, reason: str) -> Suggestion:
    suggestion = _locked(suggestion, by)
    if target not in ALLOWED[suggestion.status]:
        raise ValidationError(
            _("Förslaget kan inte gå från ”%(current)s” till ”%(target)s”.")
            % {"current": suggestion.get_status_display(), "target": Status(target).label}
        )
    suggestion.status = target
    suggestion.decision_reason = reason.strip()
    suggestion.decided_by = by
    suggestion.decided_at = timezone.now()
    suggestion.save()
    if suggestion.submitted_by_id != by.pk:
        notify(
            [suggestion.submitted_by],
            event_key=f"suggestion:{suggestion.pk}:{target}",
            subject=_("Ditt förbättringsförslag %(number)s: %(status)s")
            % {"number": suggestion.number, "status": suggestion.get_status_display()},
            body=suggestion.decision_reason,
            url=suggestion.get_absolute_url(),
        )
    return suggestion


@transaction.atomic
def accept_suggestion(suggestion: Suggestion, *, by: User, reason: str = "") -> Suggestion:
    """Accepted: the actions that carry it out are added to the register next."""
    return _decide(suggestion, Status.ACCEPTED, by=by, reason=reason)


@transaction.atomic
def reject_suggestion(suggestion: Suggestion, *, by: User, reason: str) -> Suggestion:
    if not reason.strip():
        raise ValidationError({"reason": _("Skriv varför förslaget avslås.")})
    return _decide(suggestion, Status.REJECTED, by=by, reason=reason)


@transaction.atomic
def park_suggestion(suggestion: Suggestion, *, by: User, reason: str = "") -> Suggestion:
    """Not now: kept for later (e.g. next year's budget)."""
    return _decide(suggestion, Status.PARKED, by=by, reason=reason)


@transaction.atomic
def add_suggestion_action(suggestion: Suggestion, *, by: User, **fields) -> Action:
    suggestion = _locked(suggestion, by)
    if suggestion.status != Status.ACCEPTED:
        raise ValidationError(_("Åtgärder läggs till när förslaget är antaget."))
    return services.create_action(suggestion, by=by, **fields)


# Counts per unit and month ------------------------------------------------------------------

MONTHS = 12
# A falling trend: the last quarter has clearly fewer suggestions than the quarter before.
TREND_MONTHS = 3
TREND_DROP = 0.3


@dataclass
class SuggestionCounts:
    months: list[datetime.date]
    rows: list[tuple[str, list[int], int]]  # (unit name, count per month, total)
    totals: list[int]
    falling: bool
    recent: int
    earlier: int

    @property
    def total(self) -> int:
        return sum(self.totals)


def suggestion_counts(queryset, today: datetime.date | None = None) -> SuggestionCounts:
    """Suggestions per unit and month over the last twelve months, in one GROUP BY."""
    today = today or timezone.localdate()
    months = [first_of_month(today, back) for back in range(MONTHS - 1, -1, -1)]
    grouped = (
        queryset.filter(created_at__date__gte=months[0])
        .annotate(month=TruncMonth("created_at"))
        .values("unit__name", "month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    index = {month: i for i, month in enumerate(months)}
    per_unit: dict[str, list[int]] = {}
    for row in grouped:
        month = row["month"].date() if hasattr(row["month"], "date") else row["month"]
        per_unit.setdefault(row["unit__name"], [0] * MONTHS)[index[month]] += row["n"]
    rows = sorted(((name, counts, sum(counts)) for name, counts in per_unit.items()))
    totals = [sum(counts[i] for _unit, counts, _total in rows) for i in range(MONTHS)]
    # Complete months only: the current month has only just begun.
    recent = sum(totals[-1 - TREND_MONTHS : -1])
    earlier = sum(totals[-1 - 2 * TREND_MONTHS : -1 - TREND_MONTHS])
    falling = earlier > 0 and recent <= earlier * (1 - TREND_DROP)
    return SuggestionCounts(months, rows, totals, falling, recent, earlier)
