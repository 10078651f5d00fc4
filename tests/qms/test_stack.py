"""Room on Python's frame stack for a request (qms/stack.py, issue 12).

A loop that calls across the end of a chunk of CPython's frame stack maps, faults in and unmaps a
chunk on every call (3.11–3.13). The probe below runs such a loop at every depth over 80 kB of
frames, so that one of its depths is at a chunk's end wherever the test itself starts, and counts
the page faults of this thread while it runs."""

from __future__ import annotations

import resource
import types

import pytest
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.test import Client
from django.urls import path

from qms.stack import call_with_stack_room, needed, with_stack_room

DEPTHS = 200
CALLS = 500


def _leaf() -> None:
    return None


def _descend(depth: int) -> None:
    if depth:
        return _descend(depth - 1)
    for _ in range(CALLS):
        _leaf()
    return None


# Frames of about 400 bytes (40 declared stack slots): 200 of them reach past the end of any chunk
# up to 64 KiB from wherever the probe starts.
_descend = types.FunctionType(
    _descend.__code__.replace(co_stacksize=40), _descend.__globals__, "_descend"
)


def probe() -> int:
    """Page faults of this thread while calling across a chunk's end in a loop."""
    before = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
    for depth in range(DEPTHS):
        _descend(depth)
    return resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - before


@pytest.mark.skipif(not needed(), reason="this Python keeps a spare chunk itself")
def test_without_room_the_probe_faults_on_every_call_at_a_chunks_end():
    # The control: the probe sees the interpreter's behaviour, so the next test can fail.
    assert probe() >= CALLS


def test_with_room_the_same_calls_fault_only_for_the_pages_they_use():
    # 80 kB of frames is 20 pages of the new chunk; at a chunk's end it would be 500 faults.
    assert call_with_stack_room(probe) < CALLS // 5


def test_arguments_results_and_errors_pass_through():
    def function(a, b, *, c):
        if c == "fel":
            raise ValueError(c)
        return (a, b, c)

    roomy = with_stack_room(function)
    assert roomy(1, [2], c=3) == (1, [2], 3)
    with pytest.raises(ValueError, match="fel"):
        roomy(1, 2, c="fel")
    assert call_with_stack_room(sorted, [3, 1, 2], reverse=True) == [3, 2, 1]


@login_not_required
def probe_view(request):
    return HttpResponse(str(probe()))


urlpatterns = [path("probe/", probe_view)]


@pytest.mark.urls(__name__)
def test_every_request_runs_with_room(client, settings):
    assert settings.MIDDLEWARE[0] == "qms.stack.StackRoomMiddleware"
    faults = int(client.get("/probe/").content)
    assert faults < CALLS // 5
    if needed():  # the control: the same view without the middleware faults at a chunk's end
        settings.MIDDLEWARE = settings.MIDDLEWARE[1:]
        assert int(Client().get("/probe/").content) >= CALLS
