"""The `date` filter, with the project's three usual formats written out in Python.

`{{ value|date:"Y-m-d" }}` goes through `formats.date_format`: a format lookup, a DateFormat
object and a regular expression split of the format string, through Django's lazily compiled
patterns: about 25–50 µs a value. A case page shows some thirty dates (its timeline each with
`|date:'c'` and `|date:"Y-m-d H:i"`), the templates use these three formats in 160 places. Here
they cost a few microseconds; every other format, and any value that is not a date or a
datetime, goes to Django's own filter.

Installed as a template builtin after Django's own (settings.TEMPLATES "builtins"), so it is the
`date` of every template. `tests/qms/test_fast_dates.py` compares the two for every format the
templates use, both languages, dates, naive and aware datetimes and odd values.
"""

from __future__ import annotations

import datetime

from django import template
from django.template import defaultfilters

register = template.Library()


def _day(value: datetime.date) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def _minute(value: datetime.datetime) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}"


# Format → function, for datetimes and for dates (a date has no time: "Y-m-d H:i" of a date is
# Django's error, so it goes to Django).
_DATETIME = {"Y-m-d": _day, "Y-m-d H:i": _minute, "c": datetime.datetime.isoformat}
_DATE = {"Y-m-d": _day, "c": datetime.date.isoformat}


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    """Django's `date` filter (the value already in local time: expects_localtime)."""
    kind = type(value)
    if kind is datetime.datetime:
        fast = _DATETIME.get(arg)
    elif kind is datetime.date:
        fast = _DATE.get(arg)
    else:
        fast = None
    if fast is not None:
        return fast(value)
    return defaultfilters.date(value, arg)
