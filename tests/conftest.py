from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import Tree, make_tree

BASE_DIR = Path(settings.BASE_DIR)


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    # The production hasher is slow on purpose; tests create many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def outbox_email_backend(settings):
    # Django's test setup swaps in the locmem backend; we test the real path (outbox rows).
    settings.EMAIL_BACKEND = "qms.mail.OutboxEmailBackend"


@pytest.fixture
def tree(db) -> Tree:
    return make_tree()


def login(client: Client, user) -> Client:
    client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")
    return client


def test_database_url() -> str:
    """A DATABASE_URL for the test database, for processes started by a test."""
    db = settings.DATABASES["default"]
    host, port, user, name = db["HOST"], db["PORT"], db["USER"] or "postgres", db["NAME"]
    if not host or host.startswith("/"):
        return f"postgres://{user}@/{host or '/var/run/postgresql'}/{name}"
    return f"postgres://{user}@{host}:{port or 5432}/{name}"


test_database_url.__test__ = False  # a helper, not a test


class WorkerProcess:
    """A real `celery worker` in its own process, on the test database and broker."""

    def __init__(self, env: dict[str, str], log_path: Path):
        self.env = env
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 30) -> None:
        self.log = open(self.log_path, "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "qms",
                "worker",
                "--pool=solo",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "ready." in self.log_path.read_text():
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        raise RuntimeError(f"Celery worker did not start:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.log.close()

    def output(self) -> str:
        return self.log_path.read_text()


@pytest.fixture
def worker_env(transactional_db, tmp_path) -> dict[str, str]:
    env = dict(os.environ)
    env["DATABASE_URL"] = test_database_url()
    env["EMAIL_URL"] = f"filemail://{tmp_path / 'mail'}"
    env["DATABASE_POOL"] = "0"
    (tmp_path / "mail").mkdir()
    # Tasks left in the test queue by earlier tests (e-mails queued on commit, runs a previous
    # worker was stopped before taking) belong to data that no longer exists: a worker started
    # now must not spend the test's time on them.
    from qms.celery import app

    app.control.purge()
    return env


@pytest.fixture
def celery_worker_process(worker_env, tmp_path):
    worker = WorkerProcess(worker_env, tmp_path / "worker.log")
    worker.start()
    yield worker
    worker.stop()


def delivered_messages(env) -> list[str]:
    """The e-mails a worker wrote through Django's file backend, one string each.

    Count messages, not files: the backend names a file by the second and the connection's
    id(), so two deliveries in one second can append to the same file."""
    folder = Path(env["EMAIL_URL"].removeprefix("filemail://"))
    text = "".join(path.read_text() for path in sorted(folder.glob("*.log")))
    return [message for message in text.split("-" * 79) if "Message-ID:" in message]


def wait_for(condition, timeout: float = 20, interval: float = 0.2, message: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(message or "condition not met in time")
