"""What operations watch: a request id in every log line (and in the worker's lines for the tasks
the request queued), JSON log lines on request, and Prometheus metrics at /metrics.

- `RequestIdMiddleware` takes the id from `X-Request-ID` when the proxy in front sent a
  well-formed one, or makes one; it is returned in the response's `X-Request-ID` and kept in a
  context variable that `RequestIdFilter` writes into every log record (`request_id`).
- A task queued during the request carries the id in its message headers (`before_task_publish`);
  the worker puts it back in the context variable while the task runs (`task_prerun`), so the
  task's log lines and the request's share it. Beat's own tasks get one of their own.
- `LOG_FORMAT=json` (qms.settings) formats every line as one JSON object (python-json-logger).
- /metrics (`metrics`): django-prometheus's request latency by view, responses by status and
  exceptions by type, plus what the database and the shared cache know: the outbox's pending
  rows and the age of the oldest, reminders sent and tasks failed (counted by the workers in
  the shared cache, so every web pod reports the same totals). Only with `METRICS_TOKEN` set
  and given as a bearer token; without it the address does not exist (404).
"""

from __future__ import annotations

import contextvars
import logging
import os
import re
import secrets
import uuid

from celery import signals as celery_signals
from celery._state import get_current_task
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

logger = logging.getLogger(__name__)

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
HEADER = "X-Request-ID"
_WELL_FORMED = re.compile(r"[A-Za-z0-9._:-]{8,128}")

# Periodic tasks whose return value is the number of reminders they sent (an int), or a dict
# with a "sent" count.
REMINDER_TASKS = {
    "deviations.tasks.send_action_reminders": "action",
    "deviations.tasks.send_feedback_reminders": "feedback",
    "deviations.tasks.send_legal_reminders": "legal",
    "certifications.tasks.send_reminders": "certification",
    "audits.tasks.send_reminders": "audit",
}
COUNTER_PREFIX = "qms:metrics:"


def new_id() -> str:
    return uuid.uuid4().hex


# Request id --------------------------------------------------------------------------------


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        given = request.headers.get(HEADER, "")
        current = given if _WELL_FORMED.fullmatch(given) else new_id()
        token = request_id.set(current)
        request.request_id = current
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response[HEADER] = current
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` (empty outside a request or task) to every record, and in a task its
    `task_id` and `task_name` (JSON lines carry them as fields)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        task = get_current_task()
        if task is not None and task.request.id:
            record.task_id, record.task_name = task.request.id, task.name
        return True


@celery_signals.before_task_publish.connect(dispatch_uid="qms-request-id-publish")
def _send_request_id(headers=None, **_kwargs) -> None:
    if headers is not None and request_id.get():
        headers["request_id"] = request_id.get()


@celery_signals.task_prerun.connect(dispatch_uid="qms-request-id-prerun")
def _take_request_id(task=None, **_kwargs) -> None:
    given = getattr(task.request, "request_id", None) if task is not None else None
    task.request._qms_token = request_id.set(given or new_id())


@celery_signals.task_postrun.connect(dispatch_uid="qms-request-id-postrun")
def _drop_request_id(task=None, **_kwargs) -> None:
    token = getattr(task.request, "_qms_token", None) if task is not None else None
    if token is not None:
        request_id.reset(token)


# Counters kept by the workers in the shared cache ------------------------------------------


def _count(name: str, amount: int = 1) -> None:
    if amount <= 0:
        return
    key = COUNTER_PREFIX + name
    try:
        if not cache.add(key, amount, None):
            cache.incr(key, amount)
    except Exception:  # metrics never break a task
        logger.warning("Kunde inte räkna %s", name, exc_info=True)


@celery_signals.task_success.connect(dispatch_uid="qms-metrics-success")
def _count_reminders(sender=None, result=None, **_kwargs) -> None:
    kind = REMINDER_TASKS.get(getattr(sender, "name", ""))
    if kind is None:
        return
    sent = result.get("sent", 0) if isinstance(result, dict) else result
    if isinstance(sent, int):
        _count(f"reminders:{kind}", sent)


@celery_signals.task_failure.connect(dispatch_uid="qms-metrics-failure")
def _count_failure(sender=None, **_kwargs) -> None:
    _count(f"task-failures:{getattr(sender, 'name', 'unknown')}")


def _counters(group: str) -> dict[str, int]:
    wanted = [f"{COUNTER_PREFIX}{group}:{label}" for label in _labels(group)]
    found = cache.get_many(wanted)
    return {key.rsplit(":", 1)[1]: int(value) for key, value in found.items()}


def _labels(group: str) -> list[str]:
    if group == "reminders":
        return sorted(set(REMINDER_TASKS.values()))
    from qms.celery import app

    return sorted(name for name in app.tasks if not name.startswith("celery."))


# Collectors --------------------------------------------------------------------------------


class StateCollector:
    """Figures read at scrape time from the database and the shared cache (one small indexed
    query each: the outbox's pending rows have a partial index on created_at)."""

    def collect(self):
        try:
            yield from self._outbox()
        except Exception:  # the database is down: the process metrics still answer
            logger.warning("metrics: the outbox could not be read", exc_info=True)
        yield from self._counted()

    def _outbox(self):
        from django.db.models import Count, Min

        from qms.models import OutgoingEmail

        pending = OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING).aggregate(
            count=Count("pk"), oldest=Min("created_at")
        )
        queue = GaugeMetricFamily(
            "qms_outbox_pending", "E-mails in the outbox not yet delivered (status pending)."
        )
        queue.add_metric([], pending["count"])
        yield queue
        age = GaugeMetricFamily(
            "qms_outbox_oldest_pending_age_seconds",
            "Age of the oldest pending e-mail in the outbox (0 when none).",
        )
        oldest = pending["oldest"]
        age.add_metric([], (timezone.now() - oldest).total_seconds() if oldest else 0.0)
        yield age
        failed = GaugeMetricFamily(
            "qms_outbox_failed", "E-mails in the outbox whose delivery failed for good."
        )
        failed.add_metric(
            [], OutgoingEmail.objects.filter(status=OutgoingEmail.Status.FAILED).count()
        )
        yield failed

    def _counted(self):
        reminders = CounterMetricFamily(
            "qms_reminders_sent",
            "Reminders sent by the periodic tasks, by kind (counted in the shared cache).",
            labels=["kind"],
        )
        for kind, value in sorted(_counters("reminders").items()):
            reminders.add_metric([kind], value)
        yield reminders
        failures = CounterMetricFamily(
            "qms_task_failures", "Celery tasks that ended in an error, by task.", labels=["task"]
        )
        for task, value in sorted(_counters("task-failures").items()):
            failures.add_metric([task], value)
        yield failures


_state = CollectorRegistry(auto_describe=False)
_state.register(StateCollector())


def _process_registry():
    """django-prometheus's metrics: of this process, or of all gunicorn workers on this pod when
    PROMETHEUS_MULTIPROC_DIR is set (gunicorn.conf.py cleans up after a worker that exits)."""
    from prometheus_client import REGISTRY

    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return REGISTRY
    from prometheus_client import multiprocess

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    return registry


def _authorised(request: HttpRequest) -> bool:
    expected = settings.METRICS_TOKEN
    given = request.headers.get("Authorization", "")
    return bool(expected) and secrets.compare_digest(given.encode(), f"Bearer {expected}".encode())


@login_not_required
@never_cache
@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    if not settings.METRICS_TOKEN:
        raise Http404
    if not _authorised(request):
        response = HttpResponse("Unauthorized\n", status=401, content_type="text/plain")
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    body = generate_latest(_process_registry()) + generate_latest(_state)
    return HttpResponse(body, content_type="text/plain; version=0.0.4; charset=utf-8")
