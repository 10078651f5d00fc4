"""Real server processes a test can stop, kill and start again: its own PostgreSQL (the
`pgserver` wheel, never the shared server) and gunicorn serving the app against it."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


class PrivatePostgres:
    """A PostgreSQL server of this test run in a data directory of its own."""

    def __init__(self, data_dir: Path):
        import pgserver

        self.data_dir = data_dir
        self.server = pgserver.get_server(data_dir, cleanup_mode="stop")
        self.bin = Path(pgserver.__file__).parent / "pginstall" / "bin"

    @property
    def socket_dir(self) -> str:
        return urlsplit(self.server.get_uri()).query.removeprefix("host=")

    def url(self, name: str) -> str:
        """A DATABASE_URL for a database on this server (django-environ's socket form)."""
        return f"postgres://postgres@/{self.socket_dir}/{name}"

    def copy_of_test_database(self, name: str) -> str:
        """A copy of the test database as it is now (migrated schema, triggers, committed
        rows), as database `name` on this server: much faster than migrating a new one."""
        db = settings.DATABASES["default"]
        source = [f"dbname={db['NAME']}", f"user={db['USER'] or 'postgres'}"]
        source += [f"host={db['HOST']}"] if db["HOST"] else []
        source += [f"port={db['PORT']}"] if db["PORT"] else []
        env = {**os.environ, **({"PGPASSWORD": db["PASSWORD"]} if db["PASSWORD"] else {})}
        target = f"host={self.socket_dir} user=postgres"
        self.psql(f"{target} dbname=postgres", f'DROP DATABASE IF EXISTS "{name}";')
        self.psql(f"{target} dbname=postgres", f'CREATE DATABASE "{name}";')
        self.psql(f"{target} dbname={name}", "DROP SCHEMA public;")  # the dump creates it
        options = ["--no-owner", "--no-privileges", "--schema=public"]
        pg_dump = pg_dump_for_test_database(self.bin)
        dump = subprocess.run(
            [pg_dump, *options, " ".join(source)],
            capture_output=True,
            env=env,
            check=True,
            timeout=120,
        )
        # The psql of the same release: a dump may use meta-commands older ones lack.
        psql = Path(pg_dump).with_name("psql")
        restore = subprocess.run(
            [psql, "-q", "-v", "ON_ERROR_STOP=1", f"{target} dbname={name}"],
            input=dump.stdout,
            capture_output=True,
            timeout=120,
        )
        if restore.returncode:
            raise RuntimeError(f"restore into {name} failed: {restore.stderr.decode()[-2000:]}")
        return self.url(name)

    def psql(self, conninfo: str, command: str) -> None:
        subprocess.run(
            [self.bin / "psql", "-q", "-v", "ON_ERROR_STOP=1", conninfo, "-c", command],
            capture_output=True,
            check=True,
            timeout=60,
        )

    def pg_ctl(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(
            [self.bin / "pg_ctl", "-D", self.data_dir, *args],
            user=self.server.system_user,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def running(self) -> bool:
        return self.pg_ctl("status").returncode == 0

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server. `immediate` is what a crash looks like to the clients (and the
        next start recovers from the log); `fast` shuts down cleanly, starts faster."""
        result = self.pg_ctl("-w", "-m", mode, "stop")
        assert result.returncode == 0, result.stderr

    def start(self, timeout: int = 60) -> None:
        """Start the server again after `stop`, on the same socket; nothing to do if it runs.
        (pgserver's own start gives up after 10 s, less than crash recovery can take here.)"""
        if self.running():
            return
        result = self.pg_ctl(
            "-w",
            "-t",
            str(timeout),
            "-o",
            '-h ""',
            "-o",
            f"-k {self.socket_dir}",
            "-l",
            str(self.data_dir / "log"),
            "start",
            timeout=timeout + 10,
        )
        assert result.returncode == 0, result.stderr + (self.data_dir / "log").read_text()[-2000:]

    def cleanup(self) -> None:
        if self.running():  # started by us after pgserver's start: pgserver no longer knows it
            self.pg_ctl("-w", "-m", "fast", "stop")
        self.server.cleanup()
        atexit.unregister(self.server._cleanup)  # done; at exit it would log to closed streams


def pg_dump_for_test_database(own_bin: Path) -> str:
    """A pg_dump of the test database server's major version: a newer one writes attribute
    options some builds keep internally, which a restore then refuses."""
    from django.db import connection

    connection.ensure_connection()
    major = connection.pg_version // 10000
    for candidate in [
        str(own_bin / "pg_dump"),
        f"/usr/lib/postgresql/{major}/bin/pg_dump",
        shutil.which("pg_dump"),
    ]:
        if candidate and Path(candidate).exists():
            version = subprocess.run([candidate, "--version"], capture_output=True, text=True)
            if re.search(rf"\b{major}\.\d", version.stdout):
                return candidate
    return str(own_bin / "pg_dump")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the test looks at the redirect itself


OPENER = urllib.request.build_opener(_NoRedirects)


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str
    seconds: float


class Gunicorn:
    """`gunicorn qms.wsgi` with production settings (DEBUG off, the connection pool on), in
    its own process; `get` answers what a browser or a load balancer would see."""

    def __init__(self, env_overrides: dict[str, str], log_path: Path, workers: int = 1):
        self.port = free_port()
        self.log_path = log_path
        self.env = {**os.environ, "DEBUG": "0", "DATABASE_POOL": "1", **env_overrides}
        self.workers = workers
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> None:
        self.log = open(self.log_path, "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "qms.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--timeout",
                "60",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        # Started means answering: the socket is bound before the worker has loaded the app.
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.request("/healthz")
                return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not start:\n{self.output()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.log.close()

    def output(self) -> str:
        return self.log_path.read_text()

    def request(
        self, path: str, *, data: bytes | None = None, headers: dict | None = None
    ) -> Response:
        request = urllib.request.Request(self.url + path, data=data, headers=headers or {})
        started = time.monotonic()
        try:
            with OPENER.open(request, timeout=30) as answer:
                status, head, body = answer.status, dict(answer.headers), answer.read()
        except urllib.error.HTTPError as error:
            status, head, body = error.code, dict(error.headers), error.read()
        return Response(status, head, body.decode(errors="replace"), time.monotonic() - started)
