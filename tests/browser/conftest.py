"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright cannot download its own browsers here, so the system Chromium is launched instead.
"""

from __future__ import annotations

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, transaction

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    # Headless unless pytest-playwright's --headed asked otherwise.
    return {
        "headless": True,
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict, live_server) -> dict:
    # A Swedish browser: LocaleMiddleware picks the language from Accept-Language.
    return {**browser_context_args, "base_url": live_server.url, "locale": "sv-SE"}


SNAPSHOT_SCHEMA = "demo_snapshot"
_snapshot_taken = False  # per test session: the schema may be left over from an earlier run


def _tables() -> list[str]:
    return sorted(connection.introspection.django_table_names(only_existing=True))


def _stored_columns(cursor, table: str) -> str:
    """The table's columns except generated ones (PostgreSQL computes those again)."""
    cursor.execute(
        """
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
        WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
        """,
        [f'public."{table}"'],
    )
    return cursor.fetchone()[0]


def _take_snapshot() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
        for table in _tables():
            cursor.execute(f'CREATE TABLE {SNAPSHOT_SCHEMA}."{table}" AS TABLE public."{table}"')


def _restore_snapshot() -> None:
    """Every table back to the seeded state in one transaction, triggers and FK checks off
    (the rows were consistent when copied; history triggers must not log the copy)."""
    tables = _tables()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("TRUNCATE " + ", ".join(f'public."{t}"' for t in tables))
        for table in tables:
            columns = _stored_columns(cursor, table)
            cursor.execute(
                f'INSERT INTO public."{table}" ({columns}) '
                f'SELECT {columns} FROM {SNAPSHOT_SCHEMA}."{table}"'
            )
    # Rows now carry the snapshot's ids: drop what this process cached about the old ones.
    ContentType.objects.clear_cache()
    for backend in caches.all():
        backend.clear()


@pytest.fixture
def demo_data(transactional_db, live_server) -> None:
    """The demo organisation and users from `seed_demo`, as a new installation shows them.

    Seeding plays 200 cases through the services (about 20 s), so the first test of a session
    seeds and copies every table into a snapshot schema; later tests restore the copy (under a
    second). The copy is taken from the real seed, so it is exactly what `seed_demo` makes.
    """
    global _snapshot_taken
    if _snapshot_taken:
        _restore_snapshot()
        return
    call_command("seed_demo", stdout=io.StringIO())
    _take_snapshot()
    _snapshot_taken = True


@pytest.fixture
def demo_organisation(transactional_db, live_server) -> None:
    """Only the demo organisation and users, for tests that bring their own cases."""
    from qms.management.commands.seed_demo import Command

    Command(stdout=io.StringIO()).seed_demo()
