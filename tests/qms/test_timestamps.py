"""timestamptz values read by psycopg's C loader (qms/postgresql/base.py): the same values as
Django's own loader gives, on every connection Django opens."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection, connections
from django.db.backends.postgresql.psycopg_any import register_tzloader
from psycopg.pq import Format

from qms.models import Notification
from qms.postgresql.base import C_TIMESTAMPS, TIMESTAMPTZ_OID, UTCTimestamps
from tests.factories import make_user

pytestmark = pytest.mark.django_db

VALUES = """
    SELECT v FROM (VALUES
        ('2026-12-07 05:29:26.381303+00'::timestamptz),
        ('2026-03-29 01:59:59.999999+01'::timestamptz),
        ('1899-12-31 23:00:00+00'::timestamptz),
        ('0044-03-15 12:00:00+00'::timestamptz),
        (now()),
        (NULL)
    ) AS t(v)
"""


def test_psycopgs_c_loader_is_there_and_registered():
    assert C_TIMESTAMPS  # psycopg-binary is a dependency: without it Django's loader stays
    connection.ensure_connection()
    loader = connection.connection.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
    assert loader is UTCTimestamps


def test_it_gives_what_djangos_loader_gives():
    with connection.cursor() as cursor:
        cursor.execute(VALUES)
        ours = [row[0] for row in cursor.fetchall()]
    with connection.cursor() as cursor:
        register_tzloader(connection.timezone, cursor.cursor)  # Django's, on this cursor only
        cursor.execute(VALUES)
        djangos = [row[0] for row in cursor.fetchall()]
    assert ours == djangos and ours[-1] is None
    for mine, theirs in zip(ours[:-1], djangos[:-1], strict=True):
        assert mine.tzinfo is datetime.UTC and theirs.tzinfo is datetime.UTC
        assert (mine.year, mine.microsecond) == (theirs.year, theirs.microsecond)


def test_a_model_reads_aware_utc_datetimes_and_each_new_connection_registers_it(tree):
    user = make_user(tree.solgarden)
    Notification.objects.create(recipient=user, subject="Hej", event_key="x")
    assert Notification.objects.get(recipient=user).created_at.tzinfo is datetime.UTC
    other = connections.create_connection("default")  # a connection Django opens later
    try:
        other.ensure_connection()
        loader = other.connection.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
        assert loader is UTCTimestamps
    finally:
        other.close()
