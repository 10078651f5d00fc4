"""Calendar maths of a certification cycle: expiry, planned event dates and reminder milestones.

Pure functions of dates, so the rules are written (and tested) once:

- A certificate is valid up to and including the day before its anniversary `validity_months`
  later. An anniversary that does not exist in its month (29 February in a common year, the 31st
  in a 30-day month) falls on the first day of the next month, so a certificate issued on
  29 February 2024 for 36 months expires on 28 February 2027: three full years.
- Planned event dates move by whole months and are clamped to the month's last day instead
  (a surveillance audit "12 months after 31 January" is due on 28/29 February, not in March):
  earlier is the safe side for a deadline.
- Reminders: each date has milestones `days_before` it (180, 90, 30, 7 by default) and one on
  the day after it (OVERDUE). A run sends only the latest milestone that is due; earlier ones it
  missed (the scheduler was down) are superseded, so nobody gets "180 dagar kvar" when 30 remain.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterable
from dataclasses import dataclass

OVERDUE = -1  # the milestone on the day after the date


def _months_later(start: datetime.date, months: int) -> tuple[int, int]:
    index = start.year * 12 + (start.month - 1) + months
    return index // 12, index % 12 + 1


def add_months_clamped(start: datetime.date, months: int) -> datetime.date:
    """`start` moved by whole months (negative: back); a missing day becomes the month's last."""
    year, month = _months_later(start, months)
    return datetime.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def anniversary(start: datetime.date, months: int) -> datetime.date:
    """The same day `months` later; a day the month lacks rolls over to the 1st of the next."""
    year, month = _months_later(start, months)
    if start.day > calendar.monthrange(year, month)[1]:
        year, month = _months_later(datetime.date(year, month, 1), 1)
        return datetime.date(year, month, 1)
    return datetime.date(year, month, start.day)


def derive_expiry(issue_date: datetime.date, validity_months: int) -> datetime.date:
    """The last day a certificate issued on `issue_date` is valid."""
    return anniversary(issue_date, validity_months) - datetime.timedelta(days=1)


def planned_date(
    *, issue_date: datetime.date, expiry_date: datetime.date, anchor: str, offset_months: int
) -> datetime.date:
    """The planned date of a cycle event: `offset_months` from the issue or the expiry date."""
    base = expiry_date if anchor == "expiry" else issue_date
    return add_months_clamped(base, offset_months)


@dataclass(frozen=True)
class Milestone:
    days_before: int  # OVERDUE for the day after the date
    due_date: datetime.date

    @property
    def is_overdue(self) -> bool:
        return self.days_before == OVERDUE


def milestones(target: datetime.date, lead_days: Iterable[int]) -> list[Milestone]:
    """All reminder milestones of a date, earliest due first."""
    leads = sorted({int(d) for d in lead_days if int(d) >= 0}, reverse=True)
    result = [Milestone(d, due) for d in leads if (due := _moved(target, -d))]
    if overdue := _moved(target, 1):
        result.append(Milestone(OVERDUE, overdue))
    return result


def _moved(day: datetime.date, days: int) -> datetime.date | None:
    """`day` moved by `days`, or None past the calendar's ends: a date stored before the forms
    limited them (9999-12-31) has no day after it, and must not stop every reminder run."""
    try:
        return day + datetime.timedelta(days=days)
    except OverflowError:
        return None


def latest_due_milestone(
    target: datetime.date, lead_days: Iterable[int], today: datetime.date
) -> Milestone | None:
    """The milestone a run on `today` should send: the latest one due, or None if none is.

    The earlier milestones are superseded by it, whether or not they were sent.
    """
    due = [m for m in milestones(target, lead_days) if m.due_date <= today]
    return due[-1] if due else None
