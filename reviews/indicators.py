"""Indicator values computed from the system's own records, one aggregate query per period."""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, F, Q
from django.utils import timezone

from audits.models import VERIFIED_GRADES, Finding
from deviations.models import Deviation, Feedback
from reviews.models import Indicator

CLOSE_WITHIN = datetime.timedelta(days=30)
# How far back a refresh of the computed values goes.
REFRESH_DAYS = 366


def day_range(first: datetime.date, last: datetime.date) -> tuple[datetime.datetime, ...]:
    """The local instants [first 00:00, the day after last 00:00) for filtering timestamps."""
    zone = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(first, datetime.time.min, zone),
        datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time.min, zone),
    )


def _percent(part: int, total: int) -> Decimal | None:
    if not total:
        return None
    return (Decimal(100) * part / total).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def compute_value(indicator: Indicator, start: datetime.date) -> Decimal | None:
    """The indicator's value for the period starting on `start` in its objective's subtree;
    None for a manual indicator or when the period has nothing to measure."""
    end = indicator.period_end(start)
    path = indicator.objective.unit.path
    Source = Indicator.Source
    if indicator.source == Source.DEVIATIONS_CLOSED_30:
        since, until = day_range(start, end)
        rows = (
            Deviation.objects.filter(unit__path__startswith=path)
            .filter(created_at__gte=since, created_at__lt=until)
            .exclude(status=Deviation.Status.DISMISSED)
        )
        in_time = Q(status=Deviation.Status.CLOSED, closed_at__lte=F("created_at") + CLOSE_WITHIN)
    elif indicator.source == Source.FEEDBACK_IN_TIME:
        rows = Feedback.objects.filter(unit__path__startswith=path, due_date__range=(start, end))
        in_time = Q(answered_at__isnull=False, answered_at__date__lte=F("due_date"))
    elif indicator.source == Source.FINDINGS_CLOSED:
        rows = Finding.objects.filter(
            audit__unit__path__startswith=path,
            audit__performed_on__range=(start, end),
            grade__in=VERIFIED_GRADES,
        )
        in_time = Q(verified_at__isnull=False)
    else:
        return None
    counts = rows.aggregate(total=Count("pk"), part=Count("pk", filter=in_time))
    return _percent(counts["part"], counts["total"])


def periods_until(indicator: Indicator, today: datetime.date) -> list[datetime.date]:
    """The starts of the indicator's periods over the last year, up to the current one."""
    start = indicator.period_start(today - datetime.timedelta(days=REFRESH_DAYS))
    starts = []
    while start <= today:
        starts.append(start)
        start = indicator.period_end(start) + datetime.timedelta(days=1)
    return starts
