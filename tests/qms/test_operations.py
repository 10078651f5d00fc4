"""Settings safety, security headers and the health check, each against a real process."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.urls import reverse

from tests.conftest import BASE_DIR, login
from tests.factories import make_user

PRODUCTION = {"DEBUG": "0", "ALLOWED_HOSTS": "qms.example.se"}


def run_django(env_overrides: dict[str, str], code: str) -> subprocess.CompletedProcess:
    # Only what production would set: drop the test run's relaxations.
    relaxed = {"SECRET_KEY", "SECURE_SSL_REDIRECT", "SECURE_COOKIES", "STATICFILES_BACKEND"}
    env = {k: v for k, v in os.environ.items() if k not in relaxed}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=BASE_DIR,
        env={**env, "DJANGO_SETTINGS_MODULE": "qms.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_django(PRODUCTION, "print('started')")
    assert result.returncode != 0
    assert "SECRET_KEY saknas" in result.stderr
    assert "started" not in result.stdout


def test_manage_py_without_a_secret_key_says_so_plainly():
    relaxed = {"SECRET_KEY", "SECURE_SSL_REDIRECT", "SECURE_COOKIES", "STATICFILES_BACKEND"}
    env = {k: v for k, v in os.environ.items() if k not in relaxed}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=BASE_DIR,
        env={**env, **PRODUCTION},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("manage.py: SECRET_KEY saknas")
    assert "Traceback" not in result.stderr


def test_production_settings_start_with_a_secret_key_and_are_hardened():
    result = run_django(
        {**PRODUCTION, "SECRET_KEY": "x" * 60},
        "from django.conf import settings as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.SECURE_HSTS_SECONDS > 0)",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "True", "True"]


@pytest.mark.django_db
def test_security_headers_on_every_page(client, tree):
    login(client, make_user(tree.solgarden, "staff"))
    response = client.get(reverse("home"), secure=True)
    csp = response["Content-Security-Policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert "'nonce-" in script_src
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    nonce = script_src.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in response.content.decode()  # htmx is loaded with it


def test_pages_have_no_inline_styles_or_scripts():
    """The CSP forbids inline styles and scripts: keep them out of our templates. A JSON data
    block (`<script type="application/json">`, allauth's WebAuthn options) is not run and stays."""
    offenders = []
    for template in (BASE_DIR / "templates").rglob("*.html"):
        text = template.read_text()
        if " style=" in text or "<style" in text or inline_scripts(text):
            offenders.append(str(template.relative_to(BASE_DIR)))
    assert offenders == []


def inline_scripts(html: str) -> list[str]:
    """The opening tags of scripts that would run from the page itself."""
    return [
        tag
        for tag in re.findall(r"<script\b[^>]*>", html)
        if "src=" not in tag and 'type="application/json"' not in tag
    ]


def test_the_inline_script_rule_finds_a_script_among_data_blocks():
    data = '<script type="application/json">{}</script><script src="/static/x.js"></script>'
    assert inline_scripts(data) == []
    assert inline_scripts(data + "<script>alert(1)</script>") == ["<script>"]


# /healthz against a real server process -----------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def closed_port() -> int:
    return free_port()  # nothing listens on it once the socket is closed


def get_healthz(env_overrides: dict[str, str]) -> tuple[int, dict]:
    """/healthz of a gunicorn started with these settings.

    gunicorn binds its socket before its worker has loaded Django, so the first request waits
    in the socket's queue while the worker starts (on a busy machine, longer than any fixed
    timeout for one request). So: wait until the port accepts connections (the server is up),
    then ask once and give that request time. What the answer says is checked by the callers;
    how fast an outage answers is tests/qms/test_outage.py's part (timed after warming up)."""
    import json

    port = free_port()
    # The outbox's part of readiness is tests/qms/test_observability.py's; this database may
    # be a developer's, with e-mails that no worker delivered.
    env = {**os.environ, "OUTBOX_READY_MAX_AGE": "0", **env_overrides}
    server = subprocess.Popen(
        # --timeout: the worker is not killed while it loads Django on a busy machine.
        [
            sys.executable,
            "-m",
            "gunicorn",
            "qms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "180",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, "gunicorn exited"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=180) as r:
                return r.status, json.load(r)
        except urllib.error.HTTPError as error:
            return error.code, json.load(error)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_healthz_is_200_when_database_and_broker_answer():
    status, body = get_healthz({})
    assert (status, body) == (200, {"status": "ok", "database": "ok", "broker": "ok"})


def test_healthz_is_503_when_the_database_is_unreachable():
    status, body = get_healthz(
        {"DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port()}/qms"}
    )
    assert status == 503
    assert body["database"] == "unavailable" and body["broker"] == "ok"


def test_healthz_is_503_when_the_broker_is_unreachable():
    status, body = get_healthz({"REDIS_URL": f"redis://127.0.0.1:{closed_port()}/0"})
    assert status == 503
    assert body["broker"] == "unavailable" and body["database"] == "ok"
