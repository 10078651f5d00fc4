"""Room on Python's frame stack for a request (qms/stack.py, issue 12).

A loop that calls across the end of a chunk of CPython's frame stack maps, faults in and unmaps a
chunk on every call (3.11–3.13). The probe below runs such a loop at every depth over 80 kB of
frames, so that one of its depths is at a chunk's end wherever the test itself starts, and counts
the page faults of this thread while it runs."""

from __future__ import annotations

import io
import resource
import sys
import types

import pytest

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


def test_the_wsgi_application_runs_each_request_with_room():
    from qms.wsgi import application

    assert (getattr(application, "__wrapped__", None) is not None) is needed()
    statuses = []
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/healthz/live",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "http",
    }
    body = b"".join(application(environ, lambda status, headers, *_: statuses.append(status)))
    assert statuses and statuses[0].startswith(("200", "301")), (statuses, body[:200])
