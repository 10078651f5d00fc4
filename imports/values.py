"""Cell values from a spreadsheet turned into dates, text and yes/no, the Swedish way.

Each parser returns the value or raises `ValueError` with a Swedish message for the row.
"""

from __future__ import annotations

import datetime
import functools
import re
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from imports.readers import FORMULA

# Dates as people and HR systems write them in Sweden (day before month when not ISO).
DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y%m%d",
    "%Y/%m/%d",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%d/%m/%y",
    "%d.%m.%y",
)
TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%H.%M", "%H:%M:%S.%f")
# An Excel day number (the cell kept its date as a number): 1 January 1955 to 2119.
EXCEL_SERIALS = range(20_090, 80_000)
EXCEL_EPOCH = datetime.datetime(1899, 12, 30)
YES = {"ja", "j", "yes", "y", "x", "1", "sant", "true", "sekretess", "sekretessmarkerad"}
NO = {"nej", "n", "no", "0", "falskt", "false", ""}


def text(value) -> str:
    """A cell as text: whole numbers without ".0", everything else as written."""
    if value is FORMULA:
        raise ValueError(
            _("innehåller en formel; formler läses inte in – ersätt den med sitt värde")
        )
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, datetime.date):
        return f"{value:%Y-%m-%d}"
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


def parse_datetime(value) -> datetime.datetime | None:
    """A date or a date and time; a naive one is read as the installation's local time.

    None for an empty cell."""
    if value is FORMULA:
        text(value)
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, datetime.date):
        moment = datetime.datetime.combine(value, datetime.time.min)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if int(value) not in EXCEL_SERIALS:
            raise ValueError(_("”%(value)s” är inte ett datum") % {"value": text(value)})
        moment = EXCEL_EPOCH + datetime.timedelta(days=float(value))
        moment = moment.replace(microsecond=0)
    else:
        moment = _parse_text(str(value).strip())
    if moment.tzinfo is None:
        # The installation's zone (never switched per request here); a naive time is local.
        moment = moment.replace(tzinfo=_zone(settings.TIME_ZONE))
    return moment


@functools.cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _parse_text(raw: str) -> datetime.datetime:
    cleaned = raw.replace("T", " ", 1) if re.match(r"\d{4}-\d\d-\d\dT", raw) else raw
    day_part, _sep, time_part = cleaned.partition(" ")
    for date_format in DATE_FORMATS:
        try:
            day = datetime.datetime.strptime(day_part, date_format)
        except ValueError:
            continue
        if not time_part.strip():
            return day
        for time_format in TIME_FORMATS:
            try:
                clock = datetime.datetime.strptime(time_part.strip(), time_format).time()
            except ValueError:
                continue
            return datetime.datetime.combine(day.date(), clock)
        break
    raise ValueError(
        _("”%(value)s” är inte ett datum (skriv till exempel 2024-03-31)") % {"value": raw[:40]}
    )


def parse_date(value) -> datetime.date | None:
    moment = parse_datetime(value)
    return timezone.localdate(moment) if moment else None


def parse_bool(value) -> bool:
    word = text(value).casefold()
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValueError(_("”%(value)s” är inte ja eller nej") % {"value": word[:40]})
