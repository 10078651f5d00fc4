from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client

from qms.celery import app as celery_app
from tests.database_template import database_exists, database_url, ensure_template
from tests.factories import Tree, make_tree

BASE_DIR = Path(settings.BASE_DIR)


def _own_resources_per_xdist_process() -> None:
    """`make test` runs the suite in two processes (pytest-xdist). pytest-django gives each its
    own test database; this gives each its own Celery queue, media folder and block of ports,
    as two checkouts on one machine would have. The environment is changed as well as the
    settings, so that the processes a test starts (worker, gunicorn) get the same values."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")  # "gw0", "gw1", … (unset without -n)
    if not worker:
        return
    number = int(worker.removeprefix("gw"))
    queue = f"{settings.CELERY_TASK_DEFAULT_QUEUE}-{worker}"
    os.environ["CELERY_QUEUE"] = settings.CELERY_TASK_DEFAULT_QUEUE = queue
    celery_app.conf.task_default_queue = queue
    media = Path(settings.MEDIA_ROOT).with_name(f"{Path(settings.MEDIA_ROOT).name}-{worker}")
    os.environ["MEDIA_ROOT"] = settings.MEDIA_ROOT = str(media)
    # tests/processes.py takes its ports from QMS_TEST_PORTS: the next block of the same size.
    first, last = (int(p) for p in os.environ.get("QMS_TEST_PORTS", "8170-8179").split("-"))
    size = last - first + 1
    os.environ["QMS_TEST_PORTS"] = f"{first + number * size}-{last + number * size}"


_own_resources_per_xdist_process()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    request, django_db_use_migrations, django_db_keepdb, django_db_createdb
) -> None:
    """pytest-django's last change to the database settings before it creates the test
    database: create it as a copy of the migrated template (tests/database_template.py).
    A test database kept by --reuse-db stays as it is; --create-db makes a new copy."""
    test_settings = settings.DATABASES["default"]["TEST"]
    template = f"{test_settings['NAME']}_template"  # before the xdist suffix: one per run
    request.getfixturevalue("django_db_modify_db_settings_parallel_suffix")
    kept = django_db_keepdb and not django_db_createdb and database_exists(test_settings["NAME"])
    if django_db_use_migrations and not kept:
        ensure_template(template)
        # Django's PostgreSQL backend then creates the test database with TEMPLATE.
        test_settings["TEMPLATE"] = template


@pytest.fixture(autouse=True, scope="session")
def own_memory_cache():
    """The test process caches in its own memory even when REDIS_URL is set: the machine's
    Redis is shared (other checkouts' brokers and caches), and tests empty the cache freely
    (RedisCache.clear() is FLUSHDB). The processes a test starts get the Redis cache from their
    environment, on a Redis of their own (tests/qms/test_two_nodes.py)."""
    from django.test.utils import override_settings

    local = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    with override_settings(CACHES=local):
        yield


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


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory) -> Path:
    """`collectstatic` with the production storage into a STATIC_ROOT of this run (once)."""
    from django.core.management import call_command
    from django.test import override_settings

    root = tmp_path_factory.mktemp("static")
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": settings.PRODUCTION_STATICFILES_BACKEND},
    }
    with override_settings(STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def production_static(settings, collected_static) -> Path:
    """Static files as production serves them (hashed names from the manifest), for tests of
    what production renders with them, such as PDFs (issue 13 #6). The test run's default,
    plain storage, never sees a hashed name."""
    settings.STATIC_ROOT = collected_static
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": settings.PRODUCTION_STATICFILES_BACKEND},
    }
    return collected_static


def login(client: Client, user) -> Client:
    client.force_login(user, backend="qms.auth.AccountBackend")
    return client


def test_database_url() -> str:
    """A DATABASE_URL for the test database, for processes started by a test."""
    return database_url(settings.DATABASES["default"]["NAME"])


test_database_url.__test__ = False  # a helper, not a test


# "[2026-11-22 01:07:10,360: INFO/MainProcess] Task app.tasks.name[<id>] succeeded in …"
TASK_LOG_LINE = re.compile(r"\] Task [\w.]+\[([0-9a-f-]+)\] (.*)$", re.MULTILINE)


class WorkerProcess:
    """A real `celery worker` in its own process, on the test database and broker."""

    def __init__(self, env: dict[str, str], log_path: Path):
        self.env = env
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 120) -> None:
        # Generous: on a busy machine loading Django and the app takes tens of seconds.

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
        # Never leave it running: a worker that starts late would take the next tests' tasks
        # from the same queue, with this test's settings.
        self.stop()
        raise RuntimeError(f"Celery worker did not start:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def output(self) -> str:
        return self.log_path.read_text()

    def outcomes(self, task_ids) -> dict[str, str]:
        """What the worker logged at the end of each of these tasks ("succeeded in …: result",
        or the failure), by task id; tasks still queued or running are absent."""
        wanted = {str(task_id) for task_id in task_ids}
        done = {}
        for match in TASK_LOG_LINE.finditer(self.output()):
            task_id, outcome = match.groups()
            if task_id in wanted and not outcome.startswith("received"):
                done[task_id] = outcome
        return done

    def wait_for_tasks(self, results, timeout: float = 20) -> list[str]:
        """Wait until the worker has finished each of these tasks (AsyncResults from
        `.delay()`); their outcomes in the same order. Other tasks in its log do not count."""
        ids = [result.id for result in results]

        def all_finished():
            outcomes = self.outcomes(ids)
            return outcomes if len(outcomes) == len(ids) else None

        done = wait_for(all_finished, timeout=timeout, message=self.output)
        return [done[task_id] for task_id in ids]


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
    forget_test_queue()
    return env


def forget_test_queue() -> None:
    """Empty the test queue, including the broker's record of its unacknowledged tasks.

    With acks_late, a task whose worker was killed (as one test does on purpose) stays in the
    Redis transport's `unacked` hash, and the first worker started after the visibility timeout
    (two hours) puts it back on its queue. A later `make test` on the same Redis would then see
    a run nobody in it asked for. Only this queue's entries are removed; other queues on the same
    Redis (a developer's `make run`, a parallel test run) keep theirs."""
    import json

    from qms.celery import app

    app.control.purge()
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    with app.connection_for_write() as connection:
        channel = connection.default_channel
        if not hasattr(channel, "unacked_key"):  # not Redis: no unacked bookkeeping to clear
            return
        client = channel.client
        for tag, payload in client.hscan_iter(channel.unacked_key):
            _message, _exchange, routing_key = json.loads(payload)
            if routing_key == queue:
                client.hdel(channel.unacked_key, tag)
                client.zrem(channel.unacked_index_key, tag)


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


@contextlib.contextmanager
def broker_down():
    """Point this process's Celery app at a closed port, as if Redis were down."""
    saved = (celery_app.conf.broker_url, celery_app.conf.task_publish_retry)
    _drop_connections()
    celery_app.conf.broker_url = "redis://127.0.0.1:1/0"
    celery_app.conf.task_publish_retry = False
    try:
        yield
    finally:
        _drop_connections()
        celery_app.conf.broker_url, celery_app.conf.task_publish_retry = saved


def _drop_connections() -> None:
    # Celery caches a connection pool and a producer pool; new ones read the current broker_url
    # (kombu keeps one pool per broker URL, so the real broker's pool is found again after).
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def wait_for(condition, timeout: float = 20, interval: float = 0.2, message=""):
    """Poll `condition` until it is truthy. `message` may be a callable (e.g. a worker's
    `output`): it is then read when the wait fails, so the failure shows the state at the end."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError((message() if callable(message) else message) or "condition not met")


# The demo data, seeded once per session ----------------------------------------------------

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


# The stored files the seed wrote (photos, the approved review's and the published reports'
# PDFs): kept beside the table copy, because a test that sweeps or replaces the media folder
# between two demo tests would leave the restored rows pointing at files that are gone (the
# links walk then found their PDFs answering 404, depending on which tests ran before it).
_media_snapshot: Path | None = None


def _take_snapshot() -> None:
    global _media_snapshot
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
        for table in _tables():
            cursor.execute(f'CREATE TABLE {SNAPSHOT_SCHEMA}."{table}" AS TABLE public."{table}"')
    media = Path(settings.MEDIA_ROOT)
    _media_snapshot = Path(tempfile.mkdtemp(prefix="demo-media-"))
    if media.is_dir():
        shutil.copytree(media, _media_snapshot, dirs_exist_ok=True)


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
    if _media_snapshot is not None:  # the seed's files, wherever the media folder is now
        shutil.copytree(_media_snapshot, settings.MEDIA_ROOT, dirs_exist_ok=True)
    # Rows now carry the snapshot's ids: drop what this process cached about the old ones.
    ContentType.objects.clear_cache()
    for backend in caches.all():
        backend.clear()


@pytest.fixture
def seeded_demo(transactional_db) -> None:
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
