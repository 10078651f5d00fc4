"""The inputs of a management review (ISO 9001 9.3.2), compiled from the system's records.

`compile_inputs(review)` reads the review's scope (its unit's subtree) and period with a fixed
number of aggregate queries, however much data there is, and returns plain JSON-ready data:
the same dict is shown on a draft's page and stored, frozen, in an approved review's snapshot.
Lists are capped; counts are not.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from audits.models import VERIFIED_GRADES, Audit, Finding, Grade
from deviations.models import (
    Action,
    Category,
    Deviation,
    DeviationTally,
    Feedback,
    LegalTrack,
    LegalTrackKind,
    Severity,
    Suggestion,
    severity_for,
)
from deviations.statistics import first_of_month
from qms.forms import EARLIEST_DATE, LATEST_DATE
from qms.models import OrganisationUnit
from reviews.indicators import day_range
from reviews.models import (
    Decision,
    IndicatorValue,
    Objective,
    PatientSafetyReport,
    Review,
    worst_status,
)
from reviews.models import Status as IndicatorStatus

LIST_LIMIT = 30
# Stored in snapshots until issue 16; shown as "Ej kategoriserad" like the newer ones.
OLD_UNCATEGORISED = "–"


def _unit_ids(path: str) -> list[int]:
    """The ids of the units at and below `path` (deviations.models.subtree_ids, by path)."""
    return list(
        OrganisationUnit.objects.filter(path__startswith=path)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def in_subtree(path: str, field: str = "unit") -> Q:
    """Rows whose unit (`field`) lies in the subtree at `path`, compared by the units' ids.

    Joined to the unit table by a path prefix (`unit__path__startswith`) the planner guesses a
    couple of units where a kommun has thousands, and walks the big tables unit by unit in
    random order: 7-13 s for a pack's deviation query at a million rows. With the ids as a list
    (`unit_id = ANY(…)`, one array parameter: qms.lookups) it knows how much of the table that
    is and reads it in one pass (about 1 s). One small query for the ids."""
    return Q(**{f"{field}_id__any": _unit_ids(path)})


def uncategorised() -> str:
    return _("Ej kategoriserad")


def _labels(choices) -> dict[str, str]:
    return {value: str(label) for value, label in choices}


def previous_review(review: Review) -> Review | None:
    """The latest approved review of the same scope before this one's period (the newest
    revision when one was revised)."""
    revised = Review.objects.filter(revision_of=OuterRef("pk"), status=Review.Status.APPROVED)
    return (
        Review.objects.approved()
        .filter(unit=review.unit_id, period_end__lt=review.period_start)
        .exclude(Exists(revised))
        .order_by("-period_end", "-pk")
        .first()
    )


def _previous_actions(review: Review, today: datetime.date) -> dict:
    previous = previous_review(review)
    if previous is None:
        return {"previous": None, "actions": [], "counts": {}}
    origins = {d.origin_id: d for d in previous.decisions.all()}
    actions = (
        Action.objects.filter(
            content_type=ContentType.objects.get_for_model(Decision), object_id__in=list(origins)
        )
        .select_related("owner")
        .order_by("due_date", "pk")
    )
    statuses = _labels(Action.Status.choices)
    rows = [
        {
            "title": action.title,
            "decision": origins[action.object_id].text[:120],
            "owner": str(action.owner),
            "due_date": action.due_date.isoformat(),
            "status": action.status,
            "status_label": statuses[action.status],
            "overdue": action.is_overdue(today),
        }
        for action in actions
    ]
    return {
        "previous": {
            "id": previous.pk,
            "title": previous.title,
            "held_on": previous.held_on.isoformat(),
        },
        "actions": rows,
        "counts": {
            "total": len(rows),
            "open": sum(1 for r in rows if r["status"] in Action.OPEN_STATUSES),
            "overdue": sum(1 for r in rows if r["overdue"]),
            "done": sum(
                1 for r in rows if r["status"] in (Action.Status.DONE, Action.Status.VERIFIED)
            ),
        },
    }


def _feedback(units: list[int], since, until, before: tuple) -> tuple[dict, int]:
    """c1's synpunkter of the period, and how many came in the same period a year earlier (for
    `previous`): one grouped query over both periods."""
    this = Q(created_at__gte=since, created_at__lt=until)
    then = Q(created_at__gte=before[0], created_at__lt=before[1])
    rows = (
        Feedback.objects.filter(unit_id__any=units)
        .filter(this | then)
        .values_list("kind")
        .annotate(
            n=Count("pk", filter=this),
            answered=Count("pk", filter=this & Q(answered_at__isnull=False)),
            in_time=Count("pk", filter=this & Q(answered_at__date__lte=F("due_date"))),
            earlier=Count("pk", filter=then),
        )
        .order_by()
    )
    by_kind, answered, in_time, earlier = {}, 0, 0, 0
    for kind, n, answered_n, in_time_n, earlier_n in rows:
        by_kind[kind] = n
        answered, in_time, earlier = answered + answered_n, in_time + in_time_n, earlier + earlier_n
    kinds = _labels(Feedback.Kind.choices)
    c1 = {
        "by_kind": [[kinds[k], by_kind.get(k, 0)] for k in Feedback.Kind.values],
        "total": sum(by_kind.values()),
        "answered": answered,
        "answered_in_time": in_time,
    }
    return c1, earlier


def _objectives(path: str, start: datetime.date, end: datetime.date) -> tuple[dict, dict, dict]:
    """c2 (objectives' status), c3 (each indicator's latest value) and c5 (the series)."""
    # The period and the year before it: each point gets last year's value for the same period.
    values = IndicatorValue.objects.filter(period_start__range=(year_before(start), end)).order_by(
        "period_start"
    )
    objectives = (
        Objective.objects.filter(unit__path__startswith=path, is_active=True)
        .select_related("unit")
        .prefetch_related(Prefetch("indicators__values", queryset=values))
        .order_by("unit__path", "title")
    )
    statuses = _labels(IndicatorStatus.choices)
    rows, indicator_rows, series = [], [], []
    for objective in objectives:
        indicator_statuses = []
        for indicator in objective.indicators.all():
            every = list(indicator.values.all())
            points = [p for p in every if p.period_start >= start]
            earlier = {p.period_start: float(p.value) for p in every if p.period_start < start}
            previous = [earlier.get(year_before(p.period_start)) for p in points]
            latest = points[-1] if points else None
            status = indicator.status_of(latest.value if latest else None)
            indicator_statuses.append(status)
            indicator_rows.append(
                {
                    "id": indicator.pk,
                    "objective": objective.title,
                    "unit": objective.unit.name,
                    "name": indicator.name,
                    "unit_of_measure": indicator.unit_of_measure,
                    "target": float(indicator.target),
                    "direction": indicator.get_direction_display(),
                    "source": indicator.get_source_display(),
                    "latest": float(latest.value) if latest else None,
                    "latest_period": indicator.period_label(latest.period_start) if latest else "",
                    "status": status or "",
                    "status_label": statuses.get(status, _("Inget värde")),
                    "is_survey": indicator.is_survey,
                }
            )
            series.append(
                {
                    "id": indicator.pk,
                    "name": f"{indicator.name} ({objective.unit.name})",
                    "unit_of_measure": indicator.unit_of_measure,
                    "target": float(indicator.target),
                    "points": [
                        [indicator.period_label(p.period_start), float(p.value)] for p in points
                    ],
                    # Last year's value for each point; empty when there is none at all.
                    "previous": previous if any(v is not None for v in previous) else [],
                }
            )
        status = worst_status(indicator_statuses)
        rows.append(
            {
                "title": objective.title,
                "unit": objective.unit.name,
                "indicators": len(indicator_statuses),
                "status": status or "",
                "status_label": statuses.get(status, _("Inget värde")),
            }
        )
    counted = Counter(row["status"] for row in rows)
    c2 = {
        "objectives": rows,
        "counts": [[label, counted.get(value, 0)] for value, label in statuses.items()]
        + [[_("Inget värde"), counted.get("", 0)]],
    }
    return c2, {"indicators": indicator_rows}, {"series": series}


def year_before(day: datetime.date) -> datetime.date:
    """The same day a year earlier (28 February for a 29th)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _previous_year(
    counts: DeviationCounts, start: datetime.date, end: datetime.date, feedback: int
) -> dict:
    """The same period a year earlier, for comparison: deviations reported (in total, per
    category and per month) and feedback received (counted with c1's)."""
    first, last = year_before(start), year_before(end)
    since, until = day_range(first, last)
    top_names = counts.top_names
    by_category: Counter[str] = Counter()
    by_month: Counter[str] = Counter()
    for (category_id, month), n in counts.previous.items():
        if n:
            by_category[top_names.get(category_id) or uncategorised()] += n
            by_month[month] += n
    return {
        "period": [first.isoformat(), last.isoformat()],
        "label": str(first.year) if first.year == last.year else _("Föregående år"),
        "deviations": by_category.total(),
        "by_category": dict(by_category),
        "by_month": [by_month.get(label, 0) for label in _month_labels(since, until)],
        "feedback": feedback,
    }


def _overdue_legal_tracks(units: list[int], until: datetime.datetime) -> dict:
    """Legal tracks in the scope whose clock had run out without a report at the end of the
    period (or now, while the period lasts): how many of each kind (counts only: the board
    reads them). A track reported late, after the period, still counts for that period; one
    whose deadline came after it counts for the next."""
    cutoff = min(until, timezone.now())
    overdue = (
        LegalTrack.objects.filter(deviation__unit_id__any=units, deadline__lt=cutoff)
        .filter(Q(reported_at__isnull=True) | Q(reported_at__gt=cutoff))
        .exclude(
            Q(status=LegalTrack.Status.NOT_REPORTABLE)
            & (Q(assessed_at__isnull=True) | Q(assessed_at__lte=cutoff))
        )
        # Reported with no date on record (an imported register): not known to be late.
        .exclude(status__in=LegalTrack.REPORTED_STATUSES, reported_at__isnull=True)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = dict(overdue)
    return {
        "total": sum(counts.values()),
        "by_kind": [
            [str(label), counts[kind]] for kind, label in LegalTrackKind.choices if kind in counts
        ],
    }


def _month_labels(since: datetime.datetime, until: datetime.datetime) -> list[str]:
    """Every month the period touches ("2025-07"), so that a month without cases shows as 0
    instead of being left out of the trend."""
    first = timezone.localtime(since).date()
    last = timezone.localtime(until - datetime.timedelta(microseconds=1)).date()
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    return [f"{first_of_month(last, back):%Y-%m}" for back in range(count - 1, -1, -1)]


def _whole_months(
    first: datetime.date, last: datetime.date
) -> tuple[tuple[datetime.date, datetime.date] | None, list[tuple[datetime.date, datetime.date]]]:
    """The days [first, last] as the whole months in them, [first of the first, first of the
    month after the last), which the tallies hold, and the days before and after those months,
    which are counted from the cases ((first, last) pairs). A calendar year is twelve whole
    months and nothing else; a period inside one month is only days."""
    after_last = last + datetime.timedelta(days=1)
    begin = first if first.day == 1 else first_of_month(first, -1)
    stop = after_last if after_last.day == 1 else first_of_month(last)
    if begin >= stop:
        return None, [(first, last)]
    days = []
    if first < begin:
        days.append((first, begin - datetime.timedelta(days=1)))
    if stop < after_last:
        days.append((stop, last))
    return (begin, stop), days


def _on_days(field: str, days: list[tuple[datetime.date, datetime.date]]) -> Q | None:
    """Rows whose timestamp `field` falls on one of the day ranges (None: no range)."""
    found = None
    for first, last in days:
        since, until = day_range(first, last)
        one = Q(**{f"{field}__gte": since, f"{field}__lt": until})
        found = one if found is None else found | one
    return found


@dataclass
class DeviationCounts:
    """The scope's deviations reported in the period and in the same period a year earlier,
    per (category id, "YYYY-MM" of the local month reported); those closed in the period with
    their summed time to close; and the tops of the categories' names."""

    top_names: dict[int, str]
    reported: Counter[tuple[int | None, str]] = field(default_factory=Counter)
    previous: Counter[tuple[int | None, str]] = field(default_factory=Counter)
    closed: int = 0
    # The time to close: the cases' own intervals summed exactly, the tallies' in seconds.
    time_to_close: datetime.timedelta = datetime.timedelta()
    tallied_seconds: float = 0.0

    @property
    def mean_days_to_close(self) -> float | None:
        if not self.closed:
            return None
        seconds = self.time_to_close.total_seconds() + self.tallied_seconds
        return round(seconds / 86400 / self.closed, 1)


def _count_deviations(
    unit: OrganisationUnit,
    units: list[int],
    start: datetime.date,
    end: datetime.date,
    *,
    from_cases: bool = False,
) -> DeviationCounts:
    """The counts for c4 and `previous`: the whole months from the tallies PostgreSQL keeps per
    unit subtree (deviations.tallies, exact at every commit: a few hundred rows), only the days
    at the ends of a period that does not start or end with a month counted from the cases.

    Counting a year of a kommun's cases themselves (what `from_cases` does, for tests) means
    reading the whole table at a million cases: 0.4-0.6 s for each of the two periods."""
    top_names = {
        pk: parent or name
        for pk, name, parent in Category.objects.values_list("pk", "name", "parent__name")
    }
    counts = DeviationCounts(top_names)
    periods = {"reported": (start, end), "previous": (year_before(start), year_before(end))}
    months, days = {}, {}
    for name, (first, last) in periods.items():
        months[name], days[name] = (
            (None, [(first, last)]) if from_cases else _whole_months(first, last)
        )

    tallied = None
    for name, kinds in (("reported", ["new", "closed"]), ("previous", ["new"])):
        if months[name]:
            begin, stop = months[name]
            one = Q(kind__in=kinds, month__gte=begin, month__lt=stop)
            tallied = one if tallied is None else tallied | one
    if tallied is not None:
        rows = (
            DeviationTally.objects.filter(tallied, unit=unit, subtree=True)
            .values_list("kind", "month", "category_id")
            .annotate(n=Sum("count"), seconds=Sum("seconds"))
            .order_by()
        )
        for kind, month, category_id, n, seconds in rows:
            if kind == "closed":
                counts.closed += n
                counts.tallied_seconds += seconds or 0.0
                continue
            for name, table in (("reported", counts.reported), ("previous", counts.previous)):
                if months[name] and months[name][0] <= month < months[name][1]:
                    table[category_id, f"{month:%Y-%m}"] += n

    # The days outside whole months, from the cases: one pass for both periods (the first rows
    # and the last of a period are a few days' cases on the unit and date index).
    reported_q = _on_days("created_at", days["reported"])
    previous_q = _on_days("created_at", days["previous"])
    closed_q = _on_days("closed_at", days["reported"])
    if closed_q is not None:
        closed_q &= Q(status=Deviation.Status.CLOSED)
    wanted = {
        name: q
        for name, q in (("reported", reported_q), ("previous", previous_q), ("closed", closed_q))
        if q is not None
    }
    if not wanted:
        return counts
    anywhere = None
    for q in wanted.values():
        anywhere = q if anywhere is None else anywhere | q
    totals = {name: Count("pk", filter=q) for name, q in wanted.items()}
    if closed_q is not None:
        totals["time_to_close"] = Sum(F("closed_at") - F("created_at"), filter=closed_q)
    cells = (
        Deviation.objects.filter(unit_id__any=units)
        .filter(anywhere)
        .annotate(month=TruncMonth("created_at"))
        .values("category_id", "month")
        .annotate(**totals)
        .order_by()
    )
    for cell in cells:
        key = (cell["category_id"], f"{timezone.localtime(cell['month']):%Y-%m}")
        if cell.get("reported"):
            counts.reported[key] += cell["reported"]
        if cell.get("previous"):
            counts.previous[key] += cell["previous"]
        if cell.get("closed"):
            counts.closed += cell["closed"]
            counts.time_to_close += cell["time_to_close"] or datetime.timedelta()
    return counts


def _by_unit(
    units: list[int], start: datetime.date, end: datetime.date, *, from_cases: bool = False
) -> list[list]:
    """The units (by name) that reported the most deviations in the period, most first, then by
    name: the units' own tallies of the whole months and the cases of the days outside them, in
    one query, so that PostgreSQL orders the names as it always has (its collation)."""
    whole, days = (None, [(start, end)]) if from_cases else _whole_months(start, end)
    parts, params = [], []
    if whole:
        parts.append(
            f"SELECT unit_id, count AS n FROM {DeviationTally._meta.db_table} "
            "WHERE NOT subtree AND kind = 'new' AND unit_id = ANY(%s::bigint[]) "
            "AND month >= %s AND month < %s"
        )
        params += [units, *whole]
    if days:
        windows = " OR ".join(["(created_at >= %s AND created_at < %s)"] * len(days))
        parts.append(
            f"SELECT unit_id, 1 AS n FROM {Deviation._meta.db_table} "
            f"WHERE unit_id = ANY(%s::bigint[]) AND ({windows})"
        )
        params += [units, *(instant for first, last in days for instant in day_range(first, last))]
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT u.name, sum(c.n) AS n
            FROM ({" UNION ALL ".join(parts)}) AS c
            JOIN {OrganisationUnit._meta.db_table} u ON u.id = c.unit_id
            GROUP BY u.name
            HAVING sum(c.n) > 0
            ORDER BY n DESC, u.name
            LIMIT %s
            """,
            [*params, LIST_LIMIT],
        )
        return [[name, int(n)] for name, n in cursor.fetchall()]


def _deviations(counts: DeviationCounts, by_unit: list[list], units: list[int], start, end) -> dict:
    """c4: the deviations reported in the period by category, unit and month, those closed in
    it with the mean time to close, legal tracks flagged and the actions taken."""
    since, until = day_range(start, end)
    by_category: Counter[str | None] = Counter()
    reported_in: Counter[str] = Counter()
    for (category_id, month), n in counts.reported.items():
        if n:
            by_category[counts.top_names.get(category_id)] += n
            reported_in[month] += n
    tracks = (
        LegalTrack.objects.filter(
            deviation__unit_id__any=units,
            flagged_at__gte=since,
            flagged_at__lt=until,
        )
        .values_list("kind")
        .annotate(n=Count("pk"), reported=Count("pk", filter=Q(reported_at__isnull=False)))
        .order_by()
    )
    track_counts = {kind: (n, reported_count) for kind, n, reported_count in tracks}
    actions = Action.objects.filter(
        unit_id__any=units,
        content_type=ContentType.objects.get_for_model(Deviation),
        created_at__gte=since,
        created_at__lt=until,
    ).aggregate(
        total=Count("pk"),
        done=Count("pk", filter=Q(status__in=[Action.Status.DONE, Action.Status.VERIFIED])),
        open=Count("pk", filter=Q(status__in=Action.OPEN_STATUSES)),
    )
    # Most first, then by name; the uncategorised last among equals (as NULLS LAST would).
    categories = sorted(by_category.items(), key=lambda c: (-c[1], c[0] is None, c[0] or ""))
    return {
        "total": by_category.total(),
        "by_category": [[name or uncategorised(), n] for name, n in categories],
        "by_unit": by_unit,
        "by_month": [[label, reported_in.get(label, 0)] for label in _month_labels(since, until)],
        "closed": counts.closed,
        "mean_days_to_close": counts.mean_days_to_close,
        "legal_tracks": [
            [str(label), *track_counts.get(kind, (0, 0))] for kind, label in LegalTrackKind.choices
        ],
        "actions": actions,
    }


def _audits(path: str, start: datetime.date, end: datetime.date) -> dict:
    performed = (
        Audit.objects.filter(unit__path__startswith=path, performed_on__range=(start, end))
        .select_related("unit")
        .order_by("performed_on", "pk")
    )
    grades = _labels(Grade.choices)
    findings = Finding.objects.filter(audit__in=performed.values("pk"))
    by_grade = dict(findings.values_list("grade").annotate(n=Count("pk")).order_by())
    open_findings = findings.filter(grade__in=VERIFIED_GRADES, verified_at__isnull=True).count()
    audit_rows = [
        {
            "title": audit.title,
            "unit": audit.unit.name,
            "kind": audit.get_kind_display(),
            "performed_on": audit.performed_on.isoformat(),
            "status": audit.get_status_display(),
        }
        for audit in performed[:LIST_LIMIT]
    ]
    audited_units = performed.values("unit").distinct().count()
    return {
        "performed": performed.count(),
        "audits": audit_rows,
        "findings_by_grade": [
            [grades[g], by_grade.get(g, 0)] for g in Grade.values if g != Grade.CONFORMS
        ],
        "open_findings": open_findings,
        "audited_units": audited_units,
    }


def _suppliers(
    units: list[int], path: str, start: datetime.date, end: datetime.date, since, until
) -> dict:
    """c7: deviations tagged to an external provider, and supplier audits with findings."""
    audits = Audit.objects.filter(
        unit__path__startswith=path, kind=Audit.Kind.SUPPLIER, performed_on__range=(start, end)
    )
    by_supplier = (
        Deviation.objects.filter(
            unit_id__any=units,
            created_at__gte=since,
            created_at__lt=until,
            supplier__isnull=False,
        )
        .values_list("supplier__name")
        .annotate(
            n=Count("pk"),
            still_open=Count("pk", filter=~Q(status__in=Deviation.CLOSED_STATUSES)),
        )
        .order_by("-n", "supplier__name")
    )
    rows = [[name, n, still_open] for name, n, still_open in by_supplier]
    return {
        "deviations_by_supplier": rows[:LIST_LIMIT],
        "supplier_deviations": sum(row[1] for row in rows),
        "supplier_audits": audits.count(),
        "supplier_findings": Finding.objects.filter(audit__in=audits.values("pk"))
        .exclude(grade=Grade.STRENGTH)
        .count(),
    }


def _improvements(path: str, start: datetime.date, end: datetime.date, since, until) -> dict:
    suggestions = Suggestion.objects.filter(unit__path__startswith=path)
    submitted = suggestions.filter(created_at__gte=since, created_at__lt=until)
    statuses = _labels(Suggestion.Status.choices)
    by_status = dict(submitted.values_list("status").annotate(n=Count("pk")).order_by())
    accepted = (
        suggestions.filter(
            status=Suggestion.Status.ACCEPTED, decided_at__gte=since, decided_at__lt=until
        )
        .select_related("unit")
        .order_by("decided_at", "pk")
    )
    opportunities = (
        Finding.objects.filter(
            audit__unit__path__startswith=path,
            audit__performed_on__range=(start, end),
            grade=Grade.OPPORTUNITY,
        )
        .select_related("audit")
        .order_by("pk")
    )
    return {
        "suggestions_by_status": [[statuses[s], by_status.get(s, 0)] for s in statuses],
        "accepted": [
            {"number": s.number, "title": s.title, "unit": s.unit.name}
            for s in accepted[:LIST_LIMIT]
        ],
        "opportunities": [
            {"title": f.title, "audit": f.audit.title} for f in opportunities[:LIST_LIMIT]
        ],
    }


def figures_period(start: datetime.date, end: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The period figures are compiled for: the given one, cut to the dates the forms accept
    and to a review's longest period. A period stored before those limits existed (an end on
    9999-12-31) still compiles, into a bounded number of months, instead of failing for good."""
    start = min(max(start, EARLIEST_DATE), LATEST_DATE)
    end = max(start, min(end, LATEST_DATE, start + Review.MAX_PERIOD))
    return start, end


def compile_figures(
    unit: OrganisationUnit, start: datetime.date, end: datetime.date, *, from_cases: bool = False
) -> dict:
    """The figures of a scope (the unit's subtree) and period that do not depend on a review:
    feedback (c1), objectives (c2), indicators (c3, c5), deviations (c4), audits (c6),
    suppliers (c7) and improvement work (f). Shared by reviews and yearly quality reports.
    `from_cases` counts the deviations from the cases alone instead of the tallies (what the
    tallies must equal; for tests)."""
    start, end = figures_period(start, end)
    path = unit.path
    units = _unit_ids(path)  # once for every query that selects by unit id (see in_subtree)
    since, until = day_range(start, end)
    c2, c3, c5 = _objectives(path, start, end)
    c1, feedback_before = _feedback(
        units, since, until, day_range(year_before(start), year_before(end))
    )
    counts = _count_deviations(unit, units, start, end, from_cases=from_cases)
    by_unit = _by_unit(units, start, end, from_cases=from_cases)
    return {
        "scope": unit.name,
        "period": [start.isoformat(), end.isoformat()],
        "compiled_at": timezone.now().isoformat(timespec="seconds"),
        "c1": {**c1, "surveys": [row for row in c3["indicators"] if row["is_survey"]]},
        "c2": c2,
        "c3": c3,
        "c4": _deviations(counts, by_unit, units, start, end),
        "c5": c5,
        "c6": _audits(path, start, end),
        "c7": _suppliers(units, path, start, end, since, until),
        "f": _improvements(path, start, end, since, until),
        "previous": _previous_year(counts, start, end, feedback_before),
        "overdue_legal_tracks": _overdue_legal_tracks(units, until),
        "label": str(start.year) if start.year == end.year else _("Perioden"),
    }


def compile_inputs(review: Review) -> dict:
    """Every 9.3.2 input with figures from the review's scope and period (see module doc)."""
    figures = compile_figures(review.unit, review.period_start, review.period_end)
    return {**figures, "a": _previous_actions(review, timezone.localdate())}


def _action_work(path: str, since, until, today: datetime.date) -> dict:
    """The year's actions in the register (from every module) by type: how many were taken,
    how many are done or verified, and how many are still open or late."""
    actions = Action.objects.filter(in_subtree(path), created_at__gte=since, created_at__lt=until)
    finished = [Action.Status.DONE, Action.Status.VERIFIED]
    rows = {
        kind: (total, done, verified, still_open, late)
        for kind, total, done, verified, still_open, late in actions.values_list("kind")
        .annotate(
            total=Count("pk"),
            done=Count("pk", filter=Q(status__in=finished)),
            verified=Count("pk", filter=Q(status=Action.Status.VERIFIED)),
            still_open=Count("pk", filter=Q(status__in=Action.OPEN_STATUSES)),
            late=Count("pk", filter=Q(status__in=Action.OPEN_STATUSES, due_date__lt=today)),
        )
        .order_by()
    }
    kinds = _labels(Action.Kind.choices)
    by_kind = [[kinds[kind], *rows.get(kind, (0, 0, 0, 0, 0))] for kind in Action.Kind.values]
    return {
        "by_kind": by_kind,
        "total": sum(row[1] for row in by_kind),
        "done": sum(row[2] for row in by_kind),
        "open": sum(row[4] for row in by_kind),
        "late": sum(row[5] for row in by_kind),
    }


def compile_year(unit: OrganisationUnit, year: int) -> dict:
    """The figures of a yearly quality report: the calendar year's deviations, legal-track
    cases, synpunkter, audits, objectives and improvement work in the unit's subtree."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    since, until = day_range(start, end)
    return {
        **compile_figures(unit, start, end),
        "year": year,
        "actions": _action_work(unit.path, since, until, timezone.localdate()),
    }


def _health_care_deviations(path: str, since, until, first, last) -> dict:
    """Deviations in health-care (HSL) categories – a category marked so, or under a parent
    marked so – reported in the period: per category and per risk level, and last year's total.
    Two aggregate queries."""
    health_care = Q(category__is_health_care=True) | Q(category__parent__is_health_care=True)
    scope = Deviation.objects.filter(health_care, in_subtree(path))
    cells = (
        scope.filter(created_at__gte=since, created_at__lt=until)
        .values_list("category_id", "risk_score")
        .annotate(
            n=Count("pk"),
            still_open=Count("pk", filter=~Q(status__in=Deviation.CLOSED_STATUSES)),
        )
        .order_by()
    )
    names = {c.pk: str(c) for c in Category.objects.select_related("parent")}
    by_category: Counter[str] = Counter()
    by_level: Counter[str | None] = Counter()
    still_open = 0
    for category_id, score, n, open_n in cells:
        by_category[names.get(category_id, uncategorised())] += n
        by_level[severity_for(score)] += n
        still_open += open_n
    levels = _labels(Severity.choices)
    previous = scope.filter(created_at__gte=first, created_at__lt=last).count()
    return {
        "total": by_category.total(),
        "still_open": still_open,
        "by_category": sorted(([name, n] for name, n in by_category.items()), key=lambda r: -r[1]),
        "by_level": [
            *([levels[level], by_level.get(level, 0)] for level in reversed(Severity.values)),
            [_("Inte riskbedömd"), by_level.get(None, 0)],
        ],
        "previous": previous,
    }


def _lex_maria(path: str, since, until) -> dict:
    """Lex Maria tracks of the scope flagged in the period: how many, how they were assessed,
    how many were reported to IVO and in how many the patient was told. One aggregate query."""
    tracks = LegalTrack.objects.filter(
        in_subtree(path, "deviation__unit"),
        kind=LegalTrackKind.LEX_MARIA,
        flagged_at__gte=since,
        flagged_at__lt=until,
    )
    counts = tracks.aggregate(
        flagged=Count("pk"),
        not_reportable=Count("pk", filter=Q(status=LegalTrack.Status.NOT_REPORTABLE)),
        reported=Count("pk", filter=Q(reported_at__isnull=False)),
        decided=Count("pk", filter=Q(status=LegalTrack.Status.DECIDED)),
        still_open=Count("pk", filter=Q(status__in=LegalTrack.OPEN_STATUSES)),
        patient_informed=Count("pk", filter=Q(patient_informed=True)),
    )
    return counts


def compile_patient_safety_year(unit: OrganisationUnit, year: int) -> dict:
    """The figures of a patientsäkerhetsberättelse: the quality report's year (deviations,
    synpunkter, audits as egenkontroll, the year's actions, objectives) and, for the health
    care under HSL, the deviations in health-care categories with their risk levels and the
    lex Maria tracks."""
    figures = compile_year(unit, year)
    since, until = day_range(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    first, last = day_range(datetime.date(year - 1, 1, 1), datetime.date(year - 1, 12, 31))
    return {
        **figures,
        "hsl": _health_care_deviations(unit.path, since, until, first, last),
        "lex_maria": _lex_maria(unit.path, since, until),
    }


def compile_yearly_figures(report) -> dict:
    """The figures of a yearly report (reviews.models.YearlyReport) of its kind, now."""
    if isinstance(report, PatientSafetyReport):
        return compile_patient_safety_year(report.unit, report.year)
    return compile_year(report.unit, report.year)
