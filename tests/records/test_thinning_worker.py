"""A gallring run in a real Celery worker, killed (SIGKILL) in the middle: what it committed is
whole batches, the hourly resume job finishes it in a new worker, and the protocol lists
exactly the cases thinned, each once."""

from __future__ import annotations

import csv
import io

import pytest

from deviations.models import Deviation
from records import tasks, thinning
from records.models import Proposal, ProposalItem
from tests.conftest import WorkerProcess, wait_for
from tests.records.conftest import adopt, later
from tests.records.test_thinning import closed_cases

pytestmark = pytest.mark.django_db(transaction=True)

CASES = 300


@pytest.fixture
def media(settings, tmp_path, worker_env):
    settings.MEDIA_ROOT = tmp_path / "media"
    worker_env["MEDIA_ROOT"] = str(settings.MEDIA_ROOT)
    worker_env["THINNING_BATCH"] = "3"  # a hundred transactions: time to kill it in between


def test_a_killed_run_is_resumed_and_the_protocol_lists_exactly_what_was_thinned(
    cast, archivist, media, worker_env, tmp_path
):
    cases = closed_cases(cast, CASES)
    numbers = {case.number for case in cases}
    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    worker = WorkerProcess(worker_env, tmp_path / "worker-1.log")
    worker.start()
    try:
        thinning.approve_proposal(proposal, by=archivist)  # queues the run on commit

        def midway():
            done = Proposal.objects.get(pk=proposal.pk).progress_done
            return done if 30 <= done < CASES - 30 else None

        wait_for(
            midway,
            timeout=120,
            interval=0.01,
            message=lambda: (
                f"{Proposal.objects.get(pk=proposal.pk).progress_done} "
                f"{Proposal.objects.get(pk=proposal.pk).status}\n"
                + "\n".join(line for line in worker.output().splitlines() if "Task" in line)
            ),
        )
        worker.process.kill()  # SIGKILL: no clean-up, mid-batch
        worker.process.wait()
    finally:
        worker.stop()
    # Whole batches only: every item marked deleted is gone, every case still there is pending.
    deleted = set(
        ProposalItem.objects.filter(
            proposal=proposal, status=ProposalItem.Status.DELETED
        ).values_list("object_id", flat=True)
    )
    remaining = set(Deviation.objects.values_list("pk", flat=True))
    assert 0 < len(deleted) < CASES
    assert deleted.isdisjoint(remaining)
    assert deleted | remaining == {case.pk for case in cases}
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPROVED

    again = WorkerProcess(worker_env, tmp_path / "worker-2.log")
    again.start()
    try:
        tasks.resume_thinning.delay()  # what beat does hourly

        def finished():
            return Proposal.objects.get(pk=proposal.pk).status == Proposal.Status.DONE

        wait_for(finished, timeout=180, message=again.output)
    finally:
        again.stop()
    assert not Deviation.objects.exists()
    proposal.refresh_from_db()
    assert proposal.progress_done == CASES
    with proposal.protocol_csv.open("rb") as handle:
        rows = list(csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8"), delimiter=";"))
    thinned = [row["arende"] for row in rows if row["status"] == "Gallrad"]
    assert len(thinned) == CASES == len(rows)
    assert set(thinned) == numbers
