"""Test databases copied from one migrated database, the template.

Migrating an empty database costs about a minute of CPU (Django renders the model state along
every migration), and every pytest-xdist process used to migrate its own, all at once. Now the
first process that needs a test database migrates the template (`<TEST NAME>_template`) and
the others wait for it; each test database is then a copy (CREATE DATABASE … TEMPLATE), on
which pytest-django's migrate finds nothing to apply.

The template is marked with a fingerprint of the files a migrate reads and is built again when
they change.

Migrating is most of a fresh run's first minute (Django renders the model state anew along 130
migrations), so the template is restored from `tests/template.sql` instead, a pg_dump of a
migrated database, when the dump was made from the same fingerprint (its first line), in about
2 s. A dump made from other files is ignored and the template migrated as before; the test
`test_the_template_dump_is_made_from_the_current_migrations` then says to make it again:
`python -m tests.database_template` (with the test settings' DATABASE_URL).
"""

from __future__ import annotations

import hashlib
import inspect
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import psycopg
from django.conf import settings
from django.db.migrations.loader import MigrationLoader
from psycopg import sql


def database_url(name: str) -> str:
    """A DATABASE_URL for the database `name` on the server of the test settings."""
    db = settings.DATABASES["default"]
    host, port, user = db["HOST"], db["PORT"], db["USER"] or "postgres"
    if not host or host.startswith("/"):
        return f"postgres://{user}@/{host or '/var/run/postgresql'}/{name}"
    return f"postgres://{user}@{host}:{port or 5432}/{name}"


def migration_files() -> dict[str, Path]:
    """The files whose content decides what `migrate` builds, by module name.

    Every migration the MigrationLoader finds (the project's and the installed packages'), and
    the modules those migrations take names from: data migrations run code from the apps (the
    audit and standards catalogues, deviations.tallies' trigger SQL) that has changed without a
    new migration."""
    files = {}
    for migration in MigrationLoader(None, ignore_no_migrations=True).disk_migrations.values():
        module = sys.modules[type(migration).__module__]
        used = {
            inspect.getmodule(value)
            for value in vars(module).values()
            if inspect.ismodule(value) or inspect.isfunction(value) or inspect.isclass(value)
        }
        for source in (module, *used):
            if source is not None and getattr(source, "__file__", None):
                files[source.__name__] = Path(source.__file__)
    return files


def fingerprint(files: dict[str, Path]) -> str:
    """A digest of the files' names and contents: another one when any of them changes."""
    digest = hashlib.sha256()
    for name in sorted(files):
        content = files[name].read_bytes()
        digest.update(f"{name} {len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def _maintenance_connection() -> psycopg.Connection:
    db = settings.DATABASES["default"]
    params = {key.lower(): db[key] for key in ("HOST", "PORT", "USER", "PASSWORD") if db[key]}
    return psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=5, **params)


def database_exists(name: str) -> bool:
    with _maintenance_connection() as conn:
        return bool(conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


def ensure_template(name: str) -> None:
    """Make `name` a database migrated from the current migration files, unless it is one.

    The check and the build run under a PostgreSQL advisory lock named after the template: the
    run's other processes wait and then find it built. The lock is the server's, so it also
    holds for processes that share the server but not this machine's temporary directory (a
    container, another checkout with the same TEST_DATABASE_NAME), and it ends with the
    connection that holds it, however that process ends."""
    wanted = fingerprint(migration_files())
    database = sql.Identifier(name)
    with _maintenance_connection() as conn:
        conn.execute("SELECT pg_advisory_lock(hashtext(%s))", [name])
        built = conn.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            [name],
        ).fetchone()
        if built and built[0] == wanted:
            return
        # FORCE: a migrate left running by a killed run would hold the old one.
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(database))
        if not _restore_dump(name, wanted):
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(database))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(database))
            _migrate(name)
        # The fingerprint only on a complete template: after a failed migrate it is rebuilt.
        conn.execute(sql.SQL("COMMENT ON DATABASE {} IS {}").format(database, sql.Literal(wanted)))
        # CREATE DATABASE … TEMPLATE fails while anyone is connected to the template.
        conn.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(database))


def _migrate(name: str) -> None:
    # In its own process, in the test run's environment, on the template. --run-syncdb as
    # Django's own test database creation does. One connection, closed when it exits.
    env = {**os.environ, "DATABASE_URL": database_url(name), "DATABASE_POOL": "0"}
    done = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--run-syncdb", "--noinput", "--verbosity=0"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"migrate on the template {name} failed:\n{done.stdout}{done.stderr}")


DUMP = Path(__file__).resolve().parent / "template.sql"
FINGERPRINT_LINE = "-- qms template fingerprint: "


def dump_fingerprint(path: Path = DUMP) -> str | None:
    """The fingerprint the dump at `path` was made from, or None if there is no dump."""
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as dump:
        first = dump.readline().rstrip("\n")
    return first.removeprefix(FINGERPRINT_LINE) if first.startswith(FINGERPRINT_LINE) else None


def _restore_dump(name: str, wanted: str) -> bool:
    """Restore the dump into the empty database `name` if it was made from `wanted`; whether
    it was (False: no current dump, no psql, or psql failed, and `name` must be made anew)."""
    psql = shutil.which("psql")
    if psql is None or dump_fingerprint() != wanted:
        return False
    done = subprocess.run(
        [
            psql,
            "--quiet",
            "--no-psqlrc",
            "-v",
            "ON_ERROR_STOP=1",
            "-f",
            str(DUMP),
            database_url(name),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        # Not silently: the run goes on, migrating, but a dump psql cannot read is a fault.
        warnings.warn(
            f"{DUMP.name} could not be restored, migrating instead:\n{done.stderr[-2000:]}",
            stacklevel=2,
        )
    return done.returncode == 0


def write_dump() -> None:
    """Migrate a database of its own and write its pg_dump to DUMP, marked with the fingerprint."""
    wanted = fingerprint(migration_files())
    name = f"{settings.DATABASES['default']['TEST']['NAME']}_dump"
    database = sql.Identifier(name)
    with _maintenance_connection() as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(database))
        try:
            _migrate(name)
            dumped = subprocess.run(
                ["pg_dump", "--no-owner", "--no-privileges", database_url(name)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        finally:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database))
    # pg_dump's \restrict line carries a random key: without it the file changes only when
    # the schema does.
    dumped = re.sub(r"^\\(un)?restrict .*\n", "", dumped, flags=re.MULTILINE)
    DUMP.write_text(f"{FINGERPRINT_LINE}{wanted}\n{dumped}", encoding="utf-8")


if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qms.settings")
    django.setup()
    write_dump()
    print(f"{DUMP.relative_to(Path.cwd())}: {dump_fingerprint()}")
