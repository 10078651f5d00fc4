"""Fill in the services a developer has not configured, then run a command.

Used by `make run` and `make test` (never in production):

    python -m qms.devenv run  -- honcho start
    python -m qms.devenv test -- pytest

- DATABASE_URL unset: an embedded PostgreSQL (the `pgserver` wheel) under var/pgdata, stopped
  again when the command ends. When set, the database in it is created if missing.
- REDIS_URL unset: qms.settings falls back to kombu's filesystem broker under var/broker.
- EMAIL_URL unset: qms.settings writes e-mail as files under var/mail.

Only the standard library, pgserver and psycopg are imported: Django is not configured here.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"


def start_embedded_postgres():
    import pgserver

    data_dir = VAR_DIR / "pgdata"
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    # "stop": the server stops when the last process that started it exits.
    return pgserver.get_server(data_dir, cleanup_mode="stop")


def embedded_database_url(server, name: str = "qms") -> str:
    # django-environ reads a socket directory from a path that starts with "//".
    socket_dir = urlsplit(server.get_uri()).query.removeprefix("host=")
    return f"postgres://postgres@/{socket_dir}/{name}"


def connection_params(url: str) -> dict:
    """psycopg parameters for the maintenance database of the server in a DATABASE_URL."""
    parts = urlsplit(url)
    path = unquote(parts.path[1:])
    if path.startswith("/"):  # socket directory, as django-environ reads it
        host, name = path.rsplit("/", 1)
        port = None
    else:
        host, name, port = parts.hostname, path, parts.port
    params = {
        "host": host,
        "port": port,
        "user": unquote(parts.username or "postgres"),
        "password": unquote(parts.password) if parts.password else None,
    }
    return {"name": name, **{k: v for k, v in params.items() if v}}


def ensure_database(url: str) -> None:
    """Create the database named in a postgres:// URL if it does not exist yet."""
    import psycopg
    from psycopg import sql

    params = connection_params(url)
    name = params.pop("name")
    try:
        with psycopg.connect(
            dbname="postgres", connect_timeout=5, autocommit=True, **params
        ) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                print(f"devenv: skapade databasen {name}", file=sys.stderr)
    except psycopg.Error as error:
        print(f"devenv: kunde inte kontrollera databasen {name}: {error}", file=sys.stderr)


def environment(mode: str) -> tuple[dict[str, str], object]:
    env = dict(os.environ)
    server = None
    if not env.get("DATABASE_URL"):
        server = start_embedded_postgres()
        env["DATABASE_URL"] = embedded_database_url(server)
        print(f"devenv: inbäddad PostgreSQL under {VAR_DIR / 'pgdata'}", file=sys.stderr)
    ensure_database(env["DATABASE_URL"])
    if not env.get("REDIS_URL"):
        print("devenv: REDIS_URL saknas; meddelandekön ligger i var/broker", file=sys.stderr)
    if not env.get("EMAIL_URL"):
        print(f"devenv: e-post skrivs som filer till {VAR_DIR / 'mail'}", file=sys.stderr)
    # The demo's passwords are public ("demo"): two-step verification for admins and
    # coordinators would only stand in the way here. The tests of that rule switch it on.
    env.setdefault("LOCAL_MFA_REQUIRED", "0")
    if mode == "run":
        env.setdefault("DEBUG", "1")
    elif mode == "test":
        # Production-like settings (DEBUG off), but plain HTTP for the test servers.
        env.setdefault("DEBUG", "0")
        env.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
        env.setdefault("SECURE_SSL_REDIRECT", "0")
        env.setdefault("SECURE_COOKIES", "0")
        env.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
        env.setdefault(
            "STATICFILES_BACKEND", "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
        env.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        env.setdefault("CELERY_QUEUE", "qms-test")
    for sub in ("broker", "broker-control", "mail", "media", "static"):
        (VAR_DIR / sub).mkdir(parents=True, exist_ok=True)
    return env, server


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in ("run", "test") or "--" not in argv:
        print(__doc__, file=sys.stderr)
        return 2
    mode, command = argv[0], argv[argv.index("--") + 1 :]
    env, server = environment(mode)
    # Ctrl-C reaches the whole process group: let the child stop its processes, then stop
    # the embedded database ourselves when it has exited.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return subprocess.call(command, env=env)
    finally:
        if server is not None:
            server.cleanup()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
