"""What every database connection of the app sets for PostgreSQL's planner (qms/settings.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def setting(name: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {name}")
        return cursor.fetchone()[0]


def test_connections_plan_for_pages_in_memory_without_jit():
    # PostgreSQL's defaults are jit on and random_page_cost 4 (spinning disks): the chef's
    # action register then walked 98,000 actions by date for 26 (issue 12).
    assert setting("jit") == "off"
    assert float(setting("random_page_cost")) == pytest.approx(1.1)


def test_a_database_url_may_set_its_own_planner_options():
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/qms").split("?")[0]
    url = base + "?options=-c%20random_page_cost%3D2"
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['OPTIONS']['options'])",
        ],
        env={
            **os.environ,
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "qms.settings",
            "SECRET_KEY": os.environ.get("SECRET_KEY", "test-only-" + "x" * 50),
        },
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "random_page_cost=2" in shown and "random_page_cost=1.1" not in shown
    assert "jit=off" in shown
