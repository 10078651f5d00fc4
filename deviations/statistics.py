"""The figures of the statistics dashboard: a fixed handful of GROUP BY queries over the cases a
user may see, limited to the last twelve months where the full history is not needed, and kept
in the cache for a few minutes per user and filter."""

from __future__ import annotations

import datetime
import hashlib
import time
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import Avg, Count, F, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import get_language

from deviations.models import Action, Category, Deviation, subtree_ids
from qms.models import OrganisationUnit, User

MONTHS = 12
TOP_UNITS = 10
CACHE_SECONDS = 5 * 60
GENERATION_KEY = "deviations:dashboard:generation"


@dataclass
class Figures:
    since: datetime.date  # the first day of the oldest month counted
    open_by_status: list[tuple[str, str, int]]  # (status, label, count), workflow order
    months: list[datetime.date]  # first day of each month, oldest first
    new_by_category: dict[str | None, list[int]]  # top category name → count per month
    top_units: list[tuple[int, str, int]]  # (unit id, name, count), most first
    closed_count: int
    average_days_to_close: float | None
    overdue_actions: int
    computed_at: datetime.datetime = field(default_factory=timezone.now)

    @property
    def new_total(self) -> int:
        return sum(sum(counts) for counts in self.new_by_category.values())

    @property
    def open_total(self) -> int:
        return sum(count for _, _, count in self.open_by_status)


def first_of_month(day: datetime.date, months_back: int = 0) -> datetime.date:
    month = day.year * 12 + day.month - 1 - months_back
    return datetime.date(month // 12, month % 12 + 1, 1)


def figures_for(user: User, unit: OrganisationUnit | None = None) -> Figures:
    """The dashboard for `user` (optionally one subtree), from the cache when recently made."""
    today = timezone.localdate()
    key = _cache_key(user, unit, today)
    figures = cache.get(key)
    if figures is None:
        figures = compute(user, unit, today)
        cache.set(key, figures, CACHE_SECONDS)
    return figures


def _cache_key(user: User, unit: OrganisationUnit | None, today: datetime.date) -> str:
    # What a user may see follows from their memberships: a changed role is a new key. The
    # figures hold translated labels: the language is part of the key. So is the generation,
    # which every change of a case or an action moves on (`invalidate`), on every node.
    scope = sorted((m.unit.path, m.role, m.sensitive_access) for m in user.cached_memberships)
    digest = hashlib.sha256(repr(scope).encode()).hexdigest()[:16]
    return (
        f"deviations:dashboard:{generation()}:{user.pk}:{digest}:{unit.pk if unit else '-'}"
        f":{today}:{get_language()}"
    )


def generation() -> int:
    """The dashboard cache's generation: figures cached under an older one are never read."""
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)  # another process may have set it
        current = cache.get(GENERATION_KEY, 0)
    return current


def invalidate() -> None:
    """Forget every cached dashboard (called when a case or an action changes). One INCR in the
    shared cache: the next dashboard on any node is computed afresh."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there (expired, evicted, a new cache): any new value will do
        cache.set(GENERATION_KEY, time.time_ns(), None)


def invalidate_on_commit(**_kwargs) -> None:
    transaction.on_commit(invalidate)


def _new_cases(recent: QuerySet) -> list[tuple]:
    """New cases counted per (month, category) and per unit in one pass over the rows.

    GROUPING SETS is not in the ORM: the rows are Django's query (visibility included), the
    grouping is wrapped around it. A row of the month sets has unit NULL, and the other way round.
    """
    rows = recent.annotate(month=TruncMonth("created_at")).values_list(
        "month", "category_id", "unit_id", "unit__name"
    )
    try:
        sql, params = rows.order_by().query.sql_with_params()
    except EmptyResultSet:  # nothing is visible: there is no query to wrap
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT CASE WHEN GROUPING(r.month) = 0 THEN r.month END, r.category_id,"
            " r.unit_id, r.unit_name, COUNT(*)"
            f" FROM ({sql}) AS r (month, category_id, unit_id, unit_name)"
            " GROUP BY GROUPING SETS ((r.month, r.category_id), (r.unit_id, r.unit_name))",
            params,
        )
        return cursor.fetchall()


def compute(user: User, unit: OrganisationUnit | None, today: datetime.date) -> Figures:
    """Two passes over the cases, one over the actions (and the category names)."""
    deviations: QuerySet = Deviation.objects.visible_to(user)
    actions: QuerySet = Action.objects.visible_to(user)
    if unit is not None:
        deviations = deviations.in_subtree(unit)
        actions = actions.filter(unit_id__any=subtree_ids(unit))
    since = first_of_month(today, MONTHS - 1)
    start = datetime.datetime.combine(since, datetime.time.min, timezone.get_current_timezone())
    recent = deviations.filter(created_at__gte=start)
    open_statuses = [s for s in Deviation.Status if s not in Deviation.CLOSED_STATUSES]
    closed_recently = Q(status=Deviation.Status.CLOSED, closed_at__gte=start)

    # Open cases by status and the time to close, in one pass over the rows of either kind.
    totals = deviations.filter(Q(status__in=open_statuses) | closed_recently).aggregate(
        **{status.value: Count("pk", filter=Q(status=status)) for status in open_statuses},
        closed=Count("pk", filter=closed_recently),
        average=Avg(F("closed_at") - F("created_at"), filter=closed_recently),
    )
    average: datetime.timedelta | None = totals["average"]

    top_names = {
        category.pk: (category.parent.name if category.parent_id else category.name)
        for category in Category.objects.select_related("parent")
    }
    months = [first_of_month(today, back) for back in reversed(range(MONTHS))]
    column = {month: index for index, month in enumerate(months)}
    new_by_category: dict[str | None, list[int]] = {}
    per_unit: dict[tuple[int, str], int] = {}
    for month, category_id, unit_id, unit_name, count in _new_cases(recent):
        if unit_id is not None:
            per_unit[unit_id, unit_name] = count
            continue
        index = column.get(month.date())  # a local-time month start, as TruncMonth makes it
        if index is not None:  # a case dated in the future (a clock or an import) is left out
            name = top_names.get(category_id)
            new_by_category.setdefault(name, [0] * MONTHS)[index] += count
    top_units = sorted(per_unit.items(), key=lambda item: (-item[1], item[0][1]))[:TOP_UNITS]

    return Figures(
        since=since,
        open_by_status=[(s.value, str(s.label), totals[s.value]) for s in open_statuses],
        months=months,
        new_by_category=dict(
            sorted(new_by_category.items(), key=lambda item: (-sum(item[1]), item[0] or "~"))
        ),
        top_units=[(pk, name, count) for (pk, name), count in top_units],
        closed_count=totals["closed"],
        average_days_to_close=average.total_seconds() / 86400 if average is not None else None,
        overdue_actions=actions.overdue(today).count(),
    )
