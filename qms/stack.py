"""Room on Python's frame stack for a whole request (a workaround for CPython 3.11–3.13).

CPython keeps a thread's frames in chunks: 16 KiB each, mapped with mmap when a call does not fit
the current one and unmapped as soon as the call returns. A loop that calls across a chunk's end
maps and unmaps a chunk, and faults its first pages in, on every call (python/cpython#142183;
changed for 3.13 and 3.14 in March 2026 to keep one spare chunk; 3.11 and 3.12 keep it as is). Our
pages do exactly that: in a gunicorn worker the template loops of a coordinator's case page ran at
a chunk's end, with 2,285 mmap and 2,285 munmap calls and 2,300 page faults per request, 16–21 ms
of system CPU beside 40–55 ms of user CPU (strace -c and getrusage, issue 12). Where a chunk ends
depends on the depth the server calls the application from, so another server, page or Python
version moves the problem rather than removing it.

`StackRoomMiddleware`, first in MIDDLEWARE, runs each request through `with_stack_room`, which
calls a function from a frame that declares a large evaluation stack (`co_stacksize`). That
frame does not fit the current chunk, so the interpreter maps a new 1 MiB chunk for it and puts
it first; every frame the call makes follows it in the same chunk, with
half a megabyte to spare, more than the deepest request uses. One map and one unmap per call
instead of thousands. The declared stack is never written, so the chunk costs address space, not
memory: only the pages the call's frames use are touched.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Stack slots (8 bytes each) of the room frame: just over half of 1 MiB, so that the interpreter's
# chunk for it (the smallest power-of-two multiple of 16 KiB that holds it) is 1 MiB, and the
# frame leaves the other half for the frames of the call.
ROOM_SLOTS = 65_600


def needed() -> bool:
    """Whether this interpreter frees a frame chunk as soon as its first frame returns: CPython
    before 3.14 (3.13's own fix came in a late patch release, and costs nothing to work around)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 14)


def _call(function, args, kwargs):
    return function(*args, **kwargs)


_roomy_call = types.FunctionType(
    _call.__code__.replace(co_stacksize=ROOM_SLOTS), _call.__globals__, "call_with_stack_room"
)


def call_with_stack_room(function: Callable[..., T], *args, **kwargs) -> T:
    """`function(*args, **kwargs)`, with its frames in a chunk of their own (see the module)."""
    return _roomy_call(function, args, kwargs)


def with_stack_room(function: Callable[..., T]) -> Callable[..., T]:
    """`function`, called with room on the frame stack where the interpreter needs it."""
    if not needed():
        return function

    def roomy(*args, **kwargs):
        return _roomy_call(function, args, kwargs)

    roomy.__wrapped__ = function
    return roomy


class StackRoomMiddleware:
    """First in MIDDLEWARE: the rest of each request (the other middleware, the view, its
    templates) runs with room on the frame stack, however it reaches Django (gunicorn, runserver,
    the test client)."""

    def __init__(self, get_response):
        self.get_response = with_stack_room(get_response)

    def __call__(self, request):
        return self.get_response(request)
