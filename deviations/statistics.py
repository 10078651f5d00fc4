"""The figures of the statistics dashboard, read from the tallies that PostgreSQL keeps per unit
subtree (deviations.tallies): a few hundred rows however many cases there are. Cases a user sees
outside their units' scope (their own reports, cases they investigate) are counted from the
cases themselves and added. Kept in the cache for a few minutes per user and filter, and computed
afresh after a change of a case or an action, at most once a minute (`cached`)."""

from __future__ import annotations

import datetime
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import get_language

from deviations.models import (
    CASE_READER_ROLES,
    SENSITIVE_ROLES,
    Action,
    Category,
    Deviation,
    DeviationTally,
    _beyond_units,
    _build_unit_scope,
    _unit_scope,
    subtree_ids,
)
from qms.lookups import IdArray
from qms.models import OrganisationUnit, User

T = TypeVar("T")
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
    return cached(_cache_key(user, unit, today), lambda: compute(user, unit, today))


def _cache_key(user: User, unit: OrganisationUnit | None, today: datetime.date) -> str:
    # What a user may see follows from their memberships: a changed role is a new key. The
    # figures hold translated labels: the language is part of the key.
    scope = sorted((m.unit.path, m.role, m.sensitive_access) for m in user.cached_memberships)
    digest = hashlib.sha256(repr(scope).encode()).hexdigest()[:16]
    return (
        f"deviations:dashboard:{user.pk}:{digest}:{unit.pk if unit else '-'}"
        f":{today}:{get_language()}"
    )


def cached(key: str, compute_figures: Callable[[], T]) -> T:
    """Figures from the shared cache, or computed and kept there for CACHE_SECONDS.

    Figures computed before the generation moved on (a case or an action changed since, on any
    node: `invalidate`) are computed afresh, but not more often than every
    STATISTICS_REFRESH_SECONDS: in a kommun where cases change every few seconds, every view
    would otherwise compute them again (issue 12). The pages show when they were computed."""
    current = generation()
    entry = cache.get(key)
    if entry is not None:
        computed_generation, computed_at, figures = entry
        age = _now() - computed_at
        if computed_generation == current or age < settings.STATISTICS_REFRESH_SECONDS:
            return figures
    figures = compute_figures()
    # Under the generation read before computing: a change committed meanwhile makes them old.
    cache.set(key, (current, _now(), figures), CACHE_SECONDS)
    return figures


def _now() -> float:
    return time.time()


def generation() -> int:
    """The generation of the cached figures (dashboard, overview): figures cached under an
    older one are computed afresh (`cached`)."""
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)  # another process may have set it
        current = cache.get(GENERATION_KEY, 0)
    return current


def invalidate() -> None:
    """Make every cached figure old (called when a case or an action changes). One INCR in the
    shared cache: on any node, the next view computes them afresh (`cached`)."""
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
        "month", "category_id", "unit_id"
    )
    try:
        sql, params = rows.order_by().query.sql_with_params()
    except EmptyResultSet:  # nothing is visible: there is no query to wrap
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT CASE WHEN GROUPING(r.month) = 0 THEN r.month END, r.category_id,"
            " r.unit_id, COUNT(*)"
            f" FROM ({sql}) AS r (month, category_id, unit_id)"
            " GROUP BY GROUPING SETS ((r.month, r.category_id), (r.unit_id))",
            params,
        )
        return cursor.fetchall()


def compute(user: User, unit: OrganisationUnit | None, today: datetime.date) -> Figures:
    """The figures from the tallies (deviations.tallies) of the subtrees in the user's scope,
    plus, counted from the cases, those the user sees for another reason (reported or
    investigated by them, on a legal track they decide) outside that scope."""
    since = first_of_month(today, MONTHS - 1)
    months = [first_of_month(today, back) for back in reversed(range(MONTHS))]
    counts = Counts()
    _tallied(user, unit, since, counts)
    if not _reads_everything(user):
        extra = Deviation.objects.filter(_beyond_units(user)).exclude(_unit_scope(user))
        if unit is not None:
            extra = extra.in_subtree(unit)
        _counted(extra, since, counts)
    return _figures(user, unit, today, since, months, counts)


def _reads_everything(user: User) -> bool:
    """Whether the user's units in scope are every tree, confidential cases included (a
    coordinator of the whole koncern with sensitive access): then no case lies outside it."""
    readers = set(user.membership_paths(*CASE_READER_ROLES))
    sensitive = set(user.sensitive_paths(*SENSITIVE_ROLES))
    roots = set(OrganisationUnit.objects.filter(depth=1).values_list("path", flat=True).order_by())
    return bool(roots) and roots <= readers and roots <= sensitive


@dataclass
class Counts:
    open: dict[str, int] = field(default_factory=dict)  # status → count
    new: dict[tuple[datetime.date, int | None], int] = field(default_factory=dict)
    per_unit: dict[int, int] = field(default_factory=dict)
    closed: int = 0
    seconds_to_close: float = 0.0

    def add(self, table: dict, key, count: int) -> None:
        table[key] = table.get(key, 0) + count


def _roots(paths: list[str], unit: OrganisationUnit | None) -> list[str]:
    """The subtree roots of `paths`, narrowed to the subtree of `unit`."""
    roots = [p for p in set(paths) if not any(p != q and p.startswith(q) for q in paths)]
    if unit is None:
        return roots
    narrowed = set()
    for root in roots:
        if unit.path.startswith(root):
            narrowed.add(unit.path)
        elif root.startswith(unit.path):
            narrowed.add(root)
    return sorted(narrowed)


def _tallied(user: User, unit: OrganisationUnit | None, since, counts: Counts) -> None:
    """Three reads of the tallies: the subtree rows of the scope's roots, and the units' own
    rows for the ranking (the rows of a few hundred keys, however many cases)."""
    readers = _roots(user.membership_paths(*CASE_READER_ROLES), unit)
    sensitive = _roots(user.sensitive_paths(*SENSITIVE_ROLES), unit)
    by_path = dict(
        OrganisationUnit.objects.filter(path__in=[*readers, *sensitive]).values_list("path", "pk")
    )
    reader_ids = [by_path[p] for p in readers if p in by_path]
    sensitive_ids = [by_path[p] for p in sensitive if p in by_path]
    if not reader_ids and not sensitive_ids:
        return
    # One term on the unit where a root is in both lists (a coordinator with sensitive access).
    scope = _build_unit_scope(IdArray(reader_ids), IdArray(sensitive_ids))
    recent = Q(kind="new", month__gte=since) | Q(kind="closed", month__gte=since)
    rows = (
        DeviationTally.objects.filter(scope, subtree=True)
        .filter(Q(kind="open") | recent)
        .values_list("kind", "month", "status", "category_id")
        .annotate(total=Sum("count"), seconds=Sum("seconds"))
        .order_by()
    )
    for kind, month, status, category_id, total, seconds in rows:
        if kind == "open":
            counts.add(counts.open, status, total)
        elif kind == "new":
            counts.add(counts.new, (month, category_id), total)
        else:
            counts.closed += total
            counts.seconds_to_close += seconds or 0.0
    own_scope = _build_unit_scope(_ids_below(user, readers), _ids_below(user, sensitive))
    for unit_id, total in own_new_cases(own_scope, since):
        counts.add(counts.per_unit, unit_id, total)


def own_new_cases(scope: Q, since: datetime.date) -> QuerySet:
    """(unit id, new cases since `since`) of the units in `scope`, from their own rows (read by
    month first for a large scope: deviation_tally_own_month_idx)."""
    return (
        DeviationTally.objects.filter(scope, subtree=False, kind="new", month__gte=since)
        .values_list("unit_id")
        .annotate(total=Sum("count"))
        .order_by()
    )


def _ids_below(user: User, roots: list[str]) -> IdArray:
    return user.unit_ids(roots) if roots else IdArray([])


def _counted(deviations: QuerySet, since: datetime.date, counts: Counts) -> None:
    """The same counts from the cases themselves (for the few outside the tallied scope)."""
    start = datetime.datetime.combine(since, datetime.time.min, timezone.get_current_timezone())
    open_statuses = [s for s in Deviation.Status if s not in Deviation.CLOSED_STATUSES]
    closed_recently = Q(status=Deviation.Status.CLOSED, closed_at__gte=start)
    totals = deviations.filter(Q(status__in=open_statuses) | closed_recently).aggregate(
        **{status.value: Count("pk", filter=Q(status=status)) for status in open_statuses},
        closed=Count("pk", filter=closed_recently),
        seconds=Sum(F("closed_at") - F("created_at"), filter=closed_recently),
    )
    for status in open_statuses:
        counts.add(counts.open, status.value, totals[status.value])
    counts.closed += totals["closed"]
    if totals["seconds"] is not None:
        counts.seconds_to_close += totals["seconds"].total_seconds()
    for month, category_id, unit_id, count in _new_cases(deviations.filter(created_at__gte=start)):
        if unit_id is not None:
            counts.add(counts.per_unit, unit_id, count)
        else:
            counts.add(counts.new, (month.date(), category_id), count)


def _figures(user, unit, today, since, months, counts: Counts) -> Figures:
    top_names = {
        category.pk: (category.parent.name if category.parent_id else category.name)
        for category in Category.objects.select_related("parent")
    }
    column = {month: index for index, month in enumerate(months)}
    new_by_category: dict[str | None, list[int]] = {}
    for (month, category_id), count in counts.new.items():
        index = column.get(month)
        if index is not None and count:  # a case dated in the future is left out
            name = top_names.get(category_id)
            new_by_category.setdefault(name, [0] * MONTHS)[index] += count
    ranked = sorted(
        ((pk, count) for pk, count in counts.per_unit.items() if count), key=lambda i: -i[1]
    )
    # Ties are ordered by name: fetch the names of every unit that could make the top ten.
    cutoff = ranked[TOP_UNITS - 1][1] if len(ranked) >= TOP_UNITS else 0
    candidates = [(pk, count) for pk, count in ranked if count >= cutoff]
    names = dict(
        OrganisationUnit.objects.filter(pk__in=[pk for pk, _ in candidates]).values_list(
            "pk", "name"
        )
    )
    top_units = sorted(candidates, key=lambda item: (-item[1], names.get(item[0], "")))[:TOP_UNITS]
    actions: QuerySet = Action.objects.visible_to(user)
    if unit is not None:
        actions = actions.filter(unit_id__any=subtree_ids(unit))
    statuses = [s for s in Deviation.Status if s not in Deviation.CLOSED_STATUSES]
    return Figures(
        since=since,
        open_by_status=[(s.value, str(s.label), counts.open.get(s.value, 0)) for s in statuses],
        months=months,
        new_by_category=dict(
            sorted(new_by_category.items(), key=lambda item: (-sum(item[1]), item[0] or "~"))
        ),
        top_units=[(pk, names.get(pk, ""), count) for pk, count in top_units],
        closed_count=counts.closed,
        average_days_to_close=(
            counts.seconds_to_close / counts.closed / 86400 if counts.closed else None
        ),
        overdue_actions=actions.overdue(today).count(),
    )


def compute_from_cases(user: User, unit: OrganisationUnit | None, today) -> Figures:
    """The figures counted from the cases alone (what the tallies must equal; for tests)."""
    since = first_of_month(today, MONTHS - 1)
    months = [first_of_month(today, back) for back in reversed(range(MONTHS))]
    deviations = Deviation.objects.visible_to(user)
    if unit is not None:
        deviations = deviations.in_subtree(unit)
    counts = Counts()
    _counted(deviations, since, counts)
    return _figures(user, unit, today, since, months, counts)
