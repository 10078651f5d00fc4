"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright cannot download its own browsers here, so the system Chromium is launched instead.
"""

from __future__ import annotations

import io

import pytest

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


@pytest.fixture(autouse=True)
def base_url_is_the_live_server(settings, live_server) -> None:
    """Links the app builds from BASE_URL (e-mails, the calendar address) lead to the server
    the browser talks to, as they lead to the installation in production."""
    settings.BASE_URL = live_server.url


@pytest.fixture
def demo_data(seeded_demo, live_server) -> None:
    """The demo organisation and users from `seed_demo`, as a new installation shows them
    (seeded once per session, then restored from a copy: tests/conftest.py, `seeded_demo`)."""


@pytest.fixture
def demo_organisation(transactional_db, live_server) -> None:
    """Only the demo organisation and users, for tests that bring their own cases."""
    from qms.management.commands.seed_demo import Command

    Command(stdout=io.StringIO()).seed_demo()
