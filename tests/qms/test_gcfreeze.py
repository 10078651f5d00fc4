"""A web worker's long-lived objects frozen out of the garbage collector (qms/gcfreeze.py,
gunicorn.conf.py; issue 12)."""

from __future__ import annotations

import gc
import logging
import os
import time
import urllib.request

import pytest
from django.core.signals import request_finished
from django.db import close_old_connections

from qms import gcfreeze
from tests.processes import Gunicorn


@pytest.fixture
def unfrozen():
    """Each test starts and ends with nothing frozen and no freeze pending. While it runs,
    request_finished does not close database connections (as in Django's test client): these
    tests have no database, and another test's connection may still be open."""
    gc.unfreeze()
    request_finished.disconnect(close_old_connections)
    yield
    request_finished.connect(close_old_connections)
    request_finished.disconnect(dispatch_uid="qms.gcfreeze")
    gc.unfreeze()


class Kept:
    """A container object the collector tracks."""


def test_freeze_takes_what_is_alive_out_of_full_collections(unfrozen, caplog):
    kept = [Kept() for _ in range(1000)]
    walked_before = len(gc.get_objects())

    with caplog.at_level(logging.INFO, logger="qms.gcfreeze"):
        frozen = gcfreeze.freeze("test")

    # (A few of them die at once, freed by reference counting: the count is what is still there.)
    assert frozen >= gc.get_freeze_count() > walked_before / 2
    # The collector no longer walks them: they are not in any of its generations.
    walked = {id(obj) for obj in gc.get_objects()}
    assert not any(id(obj) in walked for obj in kept)
    assert len(walked) < walked_before / 10
    assert f"gc.freeze (test): {frozen} objects frozen" in caplog.text


def test_freezes_once_more_after_the_nth_request(unfrozen, caplog):
    gcfreeze.freeze_after(3)
    with caplog.at_level(logging.INFO, logger="qms.gcfreeze"):
        request_finished.send(sender=None)
        request_finished.send(sender=None)
        assert gc.get_freeze_count() == 0

        request_finished.send(sender=None)
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert "gc.freeze (after 3 requests)" in caplog.text

        # Once: later objects (a request's) are not frozen by later requests.
        later = [Kept() for _ in range(100)]
        request_finished.send(sender=None)
        assert gc.get_freeze_count() <= frozen
        assert any(obj is later[0] for obj in gc.get_objects())  # (by identity: no __eq__ runs)


def test_nothing_pending_when_asked_for_no_later_freeze(unfrozen):
    gcfreeze.freeze_after(0)
    request_finished.send(sender=None)
    assert gc.get_freeze_count() == 0


def test_a_gunicorn_worker_freezes_at_start_and_after_its_first_requests(tmp_path):
    """The hook in gunicorn.conf.py, in a real worker (the log says what it froze)."""
    # (The outbox's part of readiness is not this test's: this database may hold no outbox.)
    env = {**os.environ, "DEBUG": "0", "LOG_LEVEL": "INFO", "GC_FREEZE_AFTER": "2"}
    env["OUTBOX_READY_MAX_AGE"] = "0"
    site = Gunicorn(env, tmp_path / "gunicorn.log", workers=1)
    try:
        for _ in range(3):
            urllib.request.urlopen(f"{site.base_url}/healthz", timeout=30).close()
        deadline = time.monotonic() + 10
        while "after 2 requests" not in site.log_path.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
        log = site.log_path.read_text()
    finally:
        site.stop()
    at_start = [line for line in log.splitlines() if "gc.freeze (worker start)" in line]
    assert len(at_start) == 1, log
    # A worker that loaded Django keeps far more than a bare interpreter's few thousand objects.
    assert int(at_start[0].split(": ")[-1].split()[0]) > 50_000, log
    # Once, after the second request: not again after the later ones.
    assert log.count("gc.freeze (after ") == 1, log
    assert "gc.freeze (after 2 requests)" in log, log
