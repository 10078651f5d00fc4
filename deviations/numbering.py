"""Readable case numbers (AV-2026-00042) per organisation and year that never repeat."""

from __future__ import annotations

import re

from django.db import connection
from django.db.models import Q

from deviations.models import CaseCounter
from qms.models import OrganisationUnit


def next_number(series: str, organisation: OrganisationUnit, year: int) -> str:
    """Take the next number in a series; must run inside the transaction that uses it.

    One upsert statement increments the counter and returns the new value. Concurrent callers
    queue on the counter row's lock until the holder commits, so no two get the same number;
    a rolled-back transaction gives its number back (the series has no gaps from failures).
    """
    table = CaseCounter._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (organisation_id, series, year, last_number)
            VALUES (%s, %s, %s, 1)
            ON CONFLICT (organisation_id, series, year)
            DO UPDATE SET last_number = {table}.last_number + 1
            RETURNING last_number
            """,
            [organisation.pk, series, year],
        )
        (number,) = cursor.fetchone()
    return f"{series}-{year}-{number:05d}"


# AV-2026-00129, 2026-00129, 00129 or 129 (the series and the year may be left out).
NUMBER_QUERY = re.compile(
    r"^(?:(?P<series>[A-Za-zÅÄÖåäö]{2})-)?(?:(?P<year>\d{4})-)?(?P<seq>\d{1,6})$"
)


def numbers_matching(series: str, query: str) -> Q | None:
    """The numbers of `series` the query may mean, as a condition on (organisation, number).

    None when the query is no number of this series. The candidates come from the counters (one
    row per organisation, series and year), so the condition is served by the unique index on
    (organisation, number) whatever the size of the table.
    """
    match = NUMBER_QUERY.match(query.strip())
    if not match or (match["series"] and match["series"].upper() != series):
        return None
    sequence = int(match["seq"])
    if sequence == 0:
        return None
    counters = CaseCounter.objects.filter(series=series, last_number__gte=sequence)
    if match["year"]:
        counters = counters.filter(year=int(match["year"]))
    condition = Q(pk__in=[])
    for organisation_id, year in counters.values_list("organisation_id", "year"):
        condition |= Q(organisation_id=organisation_id, number=f"{series}-{year}-{sequence:05d}")
    return condition
