"""The overview (Översikt): the key figures of one scope – a unit's subtree – for coordinators,
chefs and board members.

`compile_overview(unit, today)` returns plain data with a fixed number of aggregate queries,
whatever the size of the tables: the quality objectives with their latest value against the
target and against the same period last year, deviations and feedback this year against the
same part of last year, open legal tracks and their clocks, overdue actions, the audit
programme's progress and the certificates' next event.

Confidential cases (issue 16, decided as a kommun expects): the figures are totals of the
scope, confidential cases included – a nämnd must know how many lex Maria cases it has, and a
count names no one, as in the management review's inputs and the yearly reports – but the
overview never names a case: no case titles, numbers or people, for any viewer, so the same
figures serve coordinators, chefs and board members alike. The lists behind the figures show
each viewer only the cases they may open (the page says so), so a list may hold fewer.

The figures are cached per unit, day and language (`overview_for`) as the statistics
dashboard's are (`deviations.statistics.cached`): a committed change of a case or an action
makes them old, and they are compiled afresh at most once a minute; the page says when they
were compiled. What a viewer may see is the scope itself, which the view has already checked;
the links beside the figures are added by the template for viewers who may open the lists.
"""

from __future__ import annotations

import datetime

from django.db.models import Count, F, Min, Prefetch, Q, Sum
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from audits.models import Audit
from certifications.models import Certificate
from deviations import statistics
from deviations.models import (
    Action,
    Deviation,
    DeviationTally,
    Feedback,
    LegalTrack,
    LegalTrackKind,
    subtree_ids,
)
from qms.lookups import IdArray
from qms.models import OrganisationUnit, Role
from reviews.indicators import day_range
from reviews.inputs import year_before
from reviews.models import Indicator, IndicatorValue, Objective, worst_status
from reviews.models import Status as IndicatorStatus
from reviews.summary import traffic_light_rule

# The overview's roles: a role on a unit gives its subtree's overview.
OVERVIEW_ROLES = (Role.COORDINATOR, Role.MANAGER, Role.BOARD)
CARDS_SHOWN = 12
CERTIFICATES_SHOWN = 10
PICKER_LIMIT = 300


def scope_units(user) -> list[OrganisationUnit]:
    """The units whose overview the user may see: admins every organisation's top unit,
    others the units they hold an overview role on, outermost first."""
    if not (user.is_authenticated and user.is_active):
        return []
    if user.is_admin():
        return list(OrganisationUnit.objects.filter(depth__lte=2).order_by("path"))
    units = {m.unit.path: m.unit for m in user.cached_memberships if m.role in OVERVIEW_ROLES}
    # A unit inside another of the user's scopes adds nothing.
    return [
        unit
        for path, unit in sorted(units.items())
        if not any(path != other and path.startswith(other) for other in units)
    ]


def may_see(user, unit: OrganisationUnit) -> bool:
    return user.is_authenticated and (user.is_admin() or user.has_role_over(unit, *OVERVIEW_ROLES))


def opens_lists(user, unit: OrganisationUnit) -> bool:
    """Whether the figures link to the lists behind them: not for a board member, who reads
    counts only (the lists would be empty or refused)."""
    return user.is_admin() or user.has_role_over(unit, Role.COORDINATOR, Role.MANAGER)


def _change(now: int, before: int) -> dict:
    return {"now": now, "before": before, "change": now - before}


def _objectives(units: IdArray, today: datetime.date) -> dict:
    """Each active objective's indicators: the latest value, its target and traffic light, and
    the value for the same period a year earlier."""
    since = year_before(year_before(today))
    values = IndicatorValue.objects.filter(period_start__gte=since).order_by("period_start")
    objectives = (
        Objective.objects.filter(unit_id__any=units, is_active=True)
        .select_related("unit")
        .order_by("unit__path", "title")
    )
    total = objectives.count()
    indicators = (
        Indicator.objects.filter(objective__in=list(objectives[:CARDS_SHOWN]))
        .select_related("objective__unit")
        .prefetch_related(Prefetch("values", queryset=values))
        .order_by("objective__unit__path", "objective__title", "pk")
    )
    statuses = dict(IndicatorStatus.choices)
    cards: dict[int, dict] = {}
    for indicator in indicators:
        objective = indicator.objective
        card = cards.setdefault(
            objective.pk,
            {
                "id": objective.pk,
                "title": objective.title,
                "unit": objective.unit.name,
                "indicators": [],
            },
        )
        points = list(indicator.values.all())
        latest = points[-1] if points else None
        earlier = (
            next(
                (p for p in points if p.period_start == year_before(latest.period_start)),
                None,
            )
            if latest
            else None
        )
        status = indicator.status_of(latest.value if latest else None)
        card["indicators"].append(
            {
                "id": indicator.pk,
                "name": indicator.name,
                "unit_of_measure": indicator.unit_of_measure,
                "target": float(indicator.target),
                "direction": indicator.get_direction_display(),
                "value": float(latest.value) if latest else None,
                "period": indicator.period_label(latest.period_start) if latest else "",
                "last_year": float(earlier.value) if earlier else None,
                "status": status or "",
                "status_label": str(statuses.get(status, _("Inget värde"))),
            }
        )
    for card in cards.values():
        present = [i["status"] for i in card["indicators"] if i["status"]]
        worst = worst_status(present) or ""
        card["status"] = worst
        card["status_label"] = str(statuses.get(worst, _("Inget värde")))
    return {"cards": list(cards.values()), "total": total, "rule": traffic_light_rule()}


def _year_so_far(today: datetime.date) -> tuple[tuple, tuple]:
    """[1 January, today] this year and the same days last year, as instants."""
    start = datetime.date(today.year, 1, 1)
    return day_range(start, today), day_range(year_before(start), year_before(today))


def _deviations(unit: OrganisationUnit, units: IdArray, today: datetime.date) -> dict:
    """New cases this year against the same days last year, and the open cases: the whole
    months from the tallies (deviations.tallies, kept by the transactions that change cases),
    only the month in progress – this year's and last year's up to the same day – counted
    from the cases."""
    (_since, until), (_then_since, then_until) = _year_so_far(today)
    year, then_year = datetime.date(today.year, 1, 1), datetime.date(today.year - 1, 1, 1)
    month = statistics.first_of_month(today)
    then_month = statistics.first_of_month(year_before(today))
    # Only the rows the sums take: the subtree's open rows and the new ones of the two years.
    kinds = Q(kind="open") | Q(kind="new", month__gte=then_year)
    tallies = DeviationTally.objects.filter(kinds, unit=unit, subtree=True).aggregate(
        now=Sum("count", filter=Q(kind="new", month__gte=year, month__lt=month)),
        before=Sum("count", filter=Q(kind="new", month__gte=then_year, month__lt=then_month)),
        open=Sum("count", filter=Q(kind="open")),
    )
    month_start, then_month_start = day_range(month, month)[0], day_range(then_month, then_month)[0]
    this_month = Q(created_at__gte=month_start, created_at__lt=until)
    then = Q(created_at__gte=then_month_start, created_at__lt=then_until)
    partial = (
        Deviation.objects.filter(unit_id__any=units)
        .filter(this_month | then)
        .aggregate(now=Count("pk", filter=this_month), before=Count("pk", filter=then))
    )
    return {
        **_change(
            (tallies["now"] or 0) + partial["now"], (tallies["before"] or 0) + partial["before"]
        ),
        "open": tallies["open"] or 0,
    }


def _feedback(units: IdArray, today: datetime.date) -> dict:
    """Synpunkter received this year whose answer was due by today: how many were answered in
    time; and the same for the same part of last year."""
    (since, until), (then_since, then_until) = _year_so_far(today)
    due_by = Q(due_date__lte=today) | Q(due_date__lte=year_before(today), created_at__lt=then_until)
    rows = Feedback.objects.filter(
        unit_id__any=units, created_at__gte=then_since, created_at__lt=until
    ).filter(due_by)
    in_time = Q(answered_at__isnull=False) & Q(answered_at__date__lte=F("due_date"))
    counts = rows.aggregate(
        due=Count("pk", filter=Q(created_at__gte=since)),
        in_time=Count("pk", filter=Q(created_at__gte=since) & in_time),
        due_before=Count("pk", filter=Q(created_at__lt=then_until)),
        in_time_before=Count("pk", filter=Q(created_at__lt=then_until) & in_time),
    )
    overdue = Feedback.objects.filter(unit_id__any=units).overdue(today).count()
    return {
        "due": counts["due"],
        "in_time": counts["in_time"],
        "percent": _percent(counts["in_time"], counts["due"]),
        "percent_before": _percent(counts["in_time_before"], counts["due_before"]),
        "overdue": overdue,
    }


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _legal_tracks(units: IdArray) -> dict:
    now = timezone.now()
    rows = (
        LegalTrack.objects.filter(
            deviation__unit_id__any=units, status__in=LegalTrack.OPEN_STATUSES
        )
        .values_list("kind")
        .annotate(
            open=Count("pk"),
            running=Count("pk", filter=Q(status__in=LegalTrack.CLOCK_STATUSES, deadline__gte=now)),
            overdue=Count("pk", filter=Q(status__in=LegalTrack.CLOCK_STATUSES, deadline__lt=now)),
            next_deadline=Min(
                "deadline", filter=Q(status__in=LegalTrack.CLOCK_STATUSES, deadline__gte=now)
            ),
        )
        .order_by()
    )
    by_kind = {kind: (n, running, late, deadline) for kind, n, running, late, deadline in rows}
    kinds = [
        {
            "label": str(label),
            "open": by_kind[kind][0],
            "running": by_kind[kind][1],
            "overdue": by_kind[kind][2],
            "next_deadline": f"{timezone.localtime(by_kind[kind][3]):%Y-%m-%d %H:%M}"
            if by_kind[kind][3]
            else None,
        }
        for kind, label in LegalTrackKind.choices
        if kind in by_kind
    ]
    return {
        "kinds": kinds,
        "open": sum(k["open"] for k in kinds),
        "overdue": sum(k["overdue"] for k in kinds),
    }


def _actions(units: IdArray, today: datetime.date) -> dict:
    """Open and overdue actions of the subtree, by the units' ids and counting a column of
    action_open_due_idx (due_date: never null), so that the index alone answers (it carries
    the unit): not a join with the unit tree that fetched each open action's row (16,818 of
    them for a kommun at a million cases)."""
    return Action.objects.filter(unit_id__any=units, status__in=Action.OPEN_STATUSES).aggregate(
        open=Count("due_date"), overdue=Count("due_date", filter=Q(due_date__lt=today))
    )


def _audits(units: IdArray, today: datetime.date) -> dict:
    counts = (
        Audit.objects.filter(unit_id__any=units, programme__year=today.year)
        .exclude(status=Audit.Status.CANCELLED)
        .aggregate(
            planned=Count("pk"),
            performed=Count("pk", filter=Q(performed_on__isnull=False)),
            due=Count("pk", filter=Q(planned_date__lte=today)),
        )
    )
    return {**counts, "percent": _percent(counts["performed"], counts["planned"])}


def _certificates(units: IdArray) -> dict:
    certificates = (
        Certificate.objects.filter(units__id__any=units, status__in=Certificate.IN_FORCE)
        .distinct()
        .with_current_cycle()
        .order_by("standard__name", "pk")
    )
    rows = []
    for certificate in certificates[:CERTIFICATES_SHOWN]:
        cycle = certificate.current_cycle
        event = cycle.next_event() if cycle else None
        rows.append(
            {
                "id": certificate.pk,
                "standard": str(certificate.standard),
                "status": certificate.get_status_display(),
                "expiry": cycle.expiry_date.isoformat() if cycle else None,
                "next_event": event.get_kind_display() if event else None,
                "next_date": event.planned_date.isoformat() if event else None,
            }
        )
    return {"rows": rows}


def compile_overview(unit: OrganisationUnit, today: datetime.date) -> dict:
    # Every figure by the subtree's unit ids (read once; runs of ids are sent as BETWEEN, see
    # qms.lookups), not by a join with the unit tree on path prefixes: PostgreSQL then reads
    # only the rows of the scope, not every unit of a kommun-wide scope first (issue 12).
    units = subtree_ids(unit)
    return {
        "unit": {"id": unit.pk, "name": unit.name},
        "year": today.year,
        "last_year": today.year - 1,
        "today": today.isoformat(),
        "objectives": _objectives(units, today),
        "deviations": _deviations(unit, units, today),
        "feedback": _feedback(units, today),
        "legal_tracks": _legal_tracks(units),
        "actions": _actions(units, today),
        "audits": _audits(units, today),
        "certificates": _certificates(units),
    }


def overview_for(unit: OrganisationUnit, today: datetime.date | None = None) -> dict:
    """The figures from the cache (per unit, day and language: labels are translated), or
    compiled, with the time they were compiled (`computed_at`). Compiled afresh after a change
    of a case or an action, at most once every STATISTICS_REFRESH_SECONDS, as the dashboard's
    (`deviations.statistics.cached`)."""
    today = today or timezone.localdate()

    def compiled() -> dict:
        return {**compile_overview(unit, today), "computed_at": timezone.now()}

    return statistics.cached(cache_key(unit, today), compiled)


def cache_key(unit: OrganisationUnit, today: datetime.date) -> str:
    return f"overview:{get_language()}:{unit.pk}:{today.isoformat()}"


def picker_units(user, scopes: list[OrganisationUnit]) -> list[OrganisationUnit]:
    """The units offered by the picker: each scope and the two levels below it (a kommun's
    förvaltningar and avdelningar), active ones, at most PICKER_LIMIT."""
    condition = Q(pk__in=[])
    for unit in scopes:
        condition |= Q(path__startswith=unit.path, depth__lte=unit.depth + 2)
    return list(OrganisationUnit.objects.filter(condition).active().order_by("path")[:PICKER_LIMIT])
