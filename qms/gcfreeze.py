"""A web worker's long-lived objects kept out of Python's cyclic garbage collector.

A gunicorn worker holds some 270,000 objects that live as long as it does: Django, the URL
configuration, the models, the compiled templates, the translations. CPython walks all of them
at each full collection, which it starts when enough objects have survived two younger
collections. Measured on the scaled demo (issue 12): a chef's case page, repeated in one
process, set one off every 50–100 requests, about 120 ms of CPU each (`gc.callbacks`), 1.3–2.5
ms a request on average; in a gunicorn worker serving a chef's mix of pages, the slowest of
1,000 requests took 221 and 225 ms in two runs, and 119 and 126 ms with the freeze below.

`gc.freeze()` moves every object alive at that moment into a permanent generation that the
collector never walks. gunicorn.conf.py calls `freeze()` when the worker has loaded the app,
and `freeze_after(n)` makes the worker freeze once more after its n-th request, when the
templates and translations that are built on first use exist too. Objects frozen are never
collected as cycles; that is why it happens only at those two moments, after a full
collection, when what is alive is what the worker keeps. Objects freed by reference counting
(nearly all of them) are freed as before.
"""

from __future__ import annotations

import gc
import logging

from django.core.signals import request_finished

logger = logging.getLogger(__name__)

_state = {"requests": 0, "after": 0}
DISPATCH_UID = "qms.gcfreeze"


def freeze(reason: str) -> int:
    """Collect everything, then freeze what is left; returns the number of objects frozen."""
    gc.collect()
    before = gc.get_freeze_count()
    gc.freeze()
    frozen = gc.get_freeze_count() - before
    logger.info("gc.freeze (%s): %d objects frozen, %d in all", reason, frozen, before + frozen)
    return frozen


def _count(sender, **kwargs) -> None:
    _state["requests"] += 1
    if _state["requests"] >= _state["after"]:
        request_finished.disconnect(dispatch_uid=DISPATCH_UID)
        freeze(f"after {_state['requests']} requests")


def freeze_after(requests: int) -> None:
    """Freeze once more when this process has finished `requests` requests (its response sent:
    request_finished comes when the server closes the response)."""
    _state["requests"], _state["after"] = 0, requests
    if requests > 0:
        request_finished.connect(_count, dispatch_uid=DISPATCH_UID)
