"""The 36-month timeline of the overview, laid out here so the template only draws it (SVG)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from certifications.cycle import add_months_clamped
from certifications.models import Certificate

MONTHS = 36
LABEL_WIDTH = 280
MONTH_WIDTH = 20
ROW_HEIGHT = 28
TOP = 36
# A year is about two months wide on the axis: the first month's year is left out after this.
YEAR_LABEL_LAST_MONTH = 10


@dataclass
class Marker:
    certificate: Certificate
    x: float
    kind: str  # "event" or "expiry"
    title: str
    date: datetime.date


@dataclass
class Row:
    certificate: Certificate
    label: str
    y: float
    bar: tuple[float, float] | None  # x and width
    markers: list[Marker] = field(default_factory=list)


@dataclass
class Timeline:
    start: datetime.date
    end: datetime.date
    width: int
    height: int
    months: list[tuple[float, str, bool]]  # x, label, starts a year
    rows: list[Row]
    today_x: float

    @property
    def markers(self) -> list[Marker]:
        return sorted((m for row in self.rows for m in row.markers), key=lambda m: m.date)


def build_timeline(certificates: list[Certificate], today: datetime.date) -> Timeline:
    """Bars for validity and markers for open events and expiry, from this month on."""
    start = today.replace(day=1)
    end = add_months_clamped(start, MONTHS)
    total_days = (end - start).days

    def x(day: datetime.date) -> float:
        clipped = min(max(day, start), end)
        return round(LABEL_WIDTH + (clipped - start).days / total_days * MONTHS * MONTH_WIDTH, 1)

    months = []
    for n in range(MONTHS):
        month = add_months_clamped(start, n)
        # Each January carries its year; the first month too, unless the next January is so
        # close (from November on) that the two years would be written over each other.
        labelled = month.month == 1 or (n == 0 and month.month <= YEAR_LABEL_LAST_MONTH)
        months.append((x(month), f"{month:%Y}" if labelled else "", month.month == 1))
    rows = []
    for index, certificate in enumerate(certificates):
        cycle = certificate.current_cycle
        y = TOP + index * ROW_HEIGHT
        units = [unit.name for unit in certificate.units.all()]
        scope = units[0] + (" m.fl." if len(units) > 1 else "") if units else ""
        row = Row(certificate, f"{certificate.standard.short_name}: {scope}", y, None)
        if cycle is not None and cycle.expiry_date >= start and cycle.issue_date <= end:
            left = x(cycle.issue_date)
            row.bar = (left, round(x(cycle.expiry_date) - left, 1))
            if cycle.expiry_date <= end and certificate.status in Certificate.IN_FORCE:
                row.markers.append(
                    Marker(certificate, x(cycle.expiry_date), "expiry", "", cycle.expiry_date)
                )
        if cycle is not None and certificate.status in Certificate.EVENT_REMINDERS:
            for event in cycle.events.all():
                if not event.is_done and start <= event.planned_date <= end:
                    row.markers.append(
                        Marker(
                            certificate,
                            x(event.planned_date),
                            "event",
                            event.name,
                            event.planned_date,
                        )
                    )
        rows.append(row)
    return Timeline(
        start=start,
        end=end,
        width=LABEL_WIDTH + MONTHS * MONTH_WIDTH + 10,
        height=TOP + max(len(rows), 1) * ROW_HEIGHT + 10,
        months=months,
        rows=rows,
        today_x=x(today),
    )
