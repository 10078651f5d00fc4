"""Real processes for fault and operations tests: a private PostgreSQL and Redis that a test may
stop, kill and start again (never the machine's shared ones), gunicorn, and an SMTP server.

Ports come from PORTS; set QMS_TEST_PORTS=first-last when several suites run on one machine."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

from qms.devenv import embedded_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
_first, _last = os.environ.get("QMS_TEST_PORTS", "8170-8179").split("-")
PORTS = range(int(_first), int(_last) + 1)


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


def wait_until(condition, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    raise RuntimeError(f"{what} did not happen within {timeout} s")


class PrivatePostgres:
    """An embedded PostgreSQL (pgserver) in its own data folder, listening on a socket there.

    `crash()` stops it the way a kill does (no checkpoint, crash recovery at the next start);
    `start()` starts it again on the same data."""

    def __init__(self):
        import pgserver

        # Not under pytest's tmp_path: another pytest session on the machine makes
        # /tmp/pytest-of-<user> private again, and the server may run as pgserver's own user.
        self.folder = Path(tempfile.mkdtemp(prefix="qms-pg-"))
        self.folder.chmod(0o755)
        self.server = pgserver.get_server(self.folder / "data", cleanup_mode="delete")
        self.bin = Path(pgserver.__file__).parent / "pginstall" / "bin"

    def url(self, name: str) -> str:
        return embedded_database_url(self.server, name)

    def psql(self, sql: str, database: str = "postgres") -> str:
        return subprocess.run(
            [self.bin / "psql", "-X", "-q", "-At", self.server.get_uri(database), "-c", sql],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def copy_test_database(self, name: str) -> None:
        """A new database `name` holding the test database's schema, data and triggers."""
        from tests.conftest import test_database_url

        self.psql(f"CREATE DATABASE {name}")
        dump = subprocess.run(
            [
                self.bin / "pg_dump",
                "--no-owner",
                "--no-privileges",
                "--exclude-schema=demo_snapshot",  # the browser tests' copy of the demo
                f"--dbname={test_database_url().replace('postgres://', 'postgresql://', 1)}",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        # Column options some builds of the shared server add, unknown to the embedded one; and
        # pg_trgm with its indexes (the icontains searches'), which the embedded build lacks:
        # the copy searches without them, by reading the (few) rows.
        unknown = ("SET (pg_attver=", "pg_trgm", "gin_trgm_ops")
        script = "\n".join(
            line for line in dump.splitlines() if not any(part in line for part in unknown)
        )
        subprocess.run(
            [self.bin / "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", self.server.get_uri(name)],
            input=script,
            check=True,
            capture_output=True,
            text=True,
        )

    def crash(self) -> None:
        """Stop at once, as `pg_ctl stop -m immediate` does (SIGQUIT to the postmaster): every
        backend exits without a checkpoint, connections break, the next start recovers."""
        import psutil

        pid = int((self.server.pgdata / "postmaster.pid").read_text().split()[0])
        postmaster = psutil.Process(pid)
        postmaster.send_signal(signal.SIGQUIT)
        postmaster.wait(timeout=30)

    def start(self) -> None:
        """Start it again after `crash()`, on the same data and socket."""
        data = self.server.pgdata
        command = [self.bin / "pg_ctl", "-D", data, "-w", "-t", "120", "-l", data / "log"]
        command += ["-o", '-h ""', "-o", f"-k {self._socket_dir()}", "start"]
        if self.server.system_user:  # root: the server runs as pgserver's own user
            command = ["runuser", "-u", self.server.system_user, "--", *command]
        started = subprocess.run(command, capture_output=True, text=True, timeout=150)
        if started.returncode != 0:
            log = (data / "log").read_text()[-2000:]
            raise RuntimeError(f"{started.stdout}{started.stderr}\n{log}")

    def _socket_dir(self) -> str:
        from urllib.parse import urlsplit

        return urlsplit(self.server.get_uri()).query.removeprefix("host=")

    def stop(self) -> None:
        self.server.cleanup()
        shutil.rmtree(self.folder, ignore_errors=True)


class PrivateRedis:
    """A redis-server of our own on a free port, with an append-only file (tasks survive a
    stop). None of this touches the machine's shared Redis."""

    def __init__(self, folder: Path):
        if shutil.which("redis-server") is None:
            raise RuntimeError("redis-server is not installed")
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.folder),
                "--appendonly",
                "yes",
                "--save",
                "",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self._answers, 10, "redis-server start")

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class Gunicorn:
    """The web server as production runs it (sync workers), on a free port."""

    def __init__(self, env: dict[str, str], log: Path, workers: int = 2):
        self.port = free_port()
        self.log_path = log
        self.log = open(log, "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "qms.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--timeout",
                "30",
                "--graceful-timeout",
                "5",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        try:  # a busy machine (a whole suite on two cores) may need more than a minute
            wait_until(self._up, 120, "gunicorn start", interval=0.3)
        except BaseException:
            self.stop()  # not left serving (and holding its port) after the test gave up
            raise

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _up(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited:\n{self.log_path.read_text()}")
        try:
            with urlopen(f"{self.base_url}/healthz", timeout=2) as answer:
                return answer.status == 200
        except (URLError, OSError):
            return False

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.log.close()


class SmtpReceiver:
    """tests/smtp_receiver.py in its own process: records every accepted message."""

    def __init__(self, folder: Path, delay: float = 0.0):
        self.port = free_port()
        self.record = folder / "received.jsonl"
        self.hold = folder / "hold"  # while this file exists, each "250" is held back
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(BASE_DIR / "tests" / "smtp_receiver.py"),
                str(self.port),
                str(self.record),
                str(self.hold),
                str(delay),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the SMTP receiver did not start")

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def messages(self) -> list[dict]:
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text().splitlines()]

    def held(self) -> set[str]:
        """The Message-IDs of the messages whose "250" was held back (see `hold`)."""
        path = self.hold.with_name(self.hold.name + ".jsonl")
        if not path.exists():
            return set()
        return {json.loads(line) for line in path.read_text().splitlines()}

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class S3Server:
    """moto's S3 in server mode (`python -m moto.server`), its own process on a free port: a real
    HTTP server speaking the S3 protocol, that boto3 and django-storages talk to as to any other
    S3-compatible store. Chosen over MinIO (no Debian or PyPI package; its release is a binary
    download) and over LocalStack (a container): it installs from PyPI with the dev
    dependencies. Its state is in memory: each test gets a store of its own."""

    ACCESS_KEY = "qms-test"
    SECRET_KEY = "qms-test-secret"

    def __init__(self, log: Path):
        self.port = free_port()
        self.log_path = log
        self.log = open(log, "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            cwd=BASE_DIR,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_until(self._up, 60, "moto S3 server start", interval=0.2)

    @property
    def endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _up(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"moto exited:\n{self.log_path.read_text()}")
        try:
            with urlopen(f"{self.endpoint_url}/moto-api/", timeout=2) as answer:
                return answer.status == 200
        except (URLError, OSError):
            return False

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=self.ACCESS_KEY,
            aws_secret_access_key=self.SECRET_KEY,
            region_name="eu-north-1",
        )

    def create_bucket(self, name: str) -> None:
        self.client().create_bucket(
            Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-north-1"}
        )

    def keys(self, bucket: str) -> list[str]:
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def env(self, bucket: str) -> dict[str, str]:
        """The settings' environment variables for this store."""
        return {
            "S3_BUCKET": bucket,
            "S3_ENDPOINT_URL": self.endpoint_url,
            "S3_REGION": "eu-north-1",
            "S3_ACCESS_KEY_ID": self.ACCESS_KEY,
            "S3_SECRET_ACCESS_KEY": self.SECRET_KEY,
        }

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.log.close()


AZURITE = BASE_DIR / "tests" / "azurite" / "node_modules" / ".bin" / "azurite-blob"


class AzuriteServer:
    """Azurite's Blob service (Microsoft's Azure Storage emulator, from npm: tests/azurite, which
    `make test` installs with `npm ci`), its own Node.js process on a free port: the Azure Blob
    REST protocol with shared-key signatures, that azure-storage-blob and django-storages talk
    to as to a storage account. Its state is in memory: each test module gets a store of its own.
    """

    # Azurite's one built-in account (devstoreaccount1), a published, fixed development key.
    ACCOUNT = "devstoreaccount1"
    KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

    def __init__(self, log: Path):
        if not AZURITE.exists():
            raise RuntimeError(
                f"{AZURITE} saknas: kör `make test` (eller `npm ci --prefix tests/azurite`)."
            )
        self.port = free_port()
        self.log_path = log
        self.log = open(log, "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [
                AZURITE,
                *("--blobHost", "127.0.0.1", "--blobPort", str(self.port)),
                "--inMemoryPersistence",
                "--disableTelemetry",
                # The Python SDK may speak a newer API version than this Azurite knows.
                "--skipApiVersionCheck",
            ],
            cwd=log.parent,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_until(self._up, 60, "Azurite start", interval=0.1)

    @property
    def connection_string(self) -> str:
        return (
            f"DefaultEndpointsProtocol=http;AccountName={self.ACCOUNT};AccountKey={self.KEY};"
            f"BlobEndpoint=http://127.0.0.1:{self.port}/{self.ACCOUNT};"
        )

    def _up(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"Azurite exited:\n{self.log_path.read_text()}")
        return "successfully listens" in self.log_path.read_text()

    def client(self):
        from azure.storage.blob import BlobServiceClient

        return BlobServiceClient.from_connection_string(self.connection_string)

    def create_container(self, name: str) -> None:
        self.client().create_container(name)

    def blobs(self, container: str) -> dict[str, bytes]:
        """Every blob in the container and its content, as the server holds them."""
        store = self.client().get_container_client(container)
        return {blob.name: store.download_blob(blob.name).readall() for blob in store.list_blobs()}

    def env(self, container: str) -> dict[str, str]:
        """The settings' environment variables for this store."""
        return {"AZURE_CONTAINER": container, "AZURE_CONNECTION_STRING": self.connection_string}

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.log.close()


class WebhookReceiver:
    """tests/webhook_receiver.py in its own process: checks signatures, records every request;
    the first `drop` requests are cut off without an answer."""

    def __init__(self, folder: Path, secret: str, drop: int = 0):
        self.port = free_port()
        self.record = folder / "webhooks.jsonl"
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(BASE_DIR / "tests" / "webhook_receiver.py"),
                str(self.port),
                str(self.record),
                secret,
                str(drop),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the webhook receiver did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def requests(self) -> list[dict]:
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text().splitlines()]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
