"""Readable case numbers (AV-2026-00042) per organisation and year that never repeat."""

from __future__ import annotations

from django.db import connection

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
