"""Liveness and readiness, /metrics, and the request id that reaches the worker's log lines."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from deviations.models import Action
from qms.models import OutgoingEmail
from tests.conftest import WorkerProcess, login, wait_for
from tests.deviations.conftest import add_action, cast, investigate_to_acting, report  # noqa: F401

TOKEN = "mätning-" + "x" * 40


def metric(text: str, name: str, labels: str = "") -> float:
    """The value of one sample in Prometheus' text format."""
    found = re.search(rf"^{re.escape(name + labels)} (\S+)$", text, re.MULTILINE)
    assert found, f"{name}{labels} not in:\n{text[:3000]}"
    return float(found.group(1))


@pytest.mark.django_db
def test_live_asks_nothing_and_ready_fails_while_an_email_waits_too_long(client, settings):
    settings.OUTBOX_READY_MAX_AGE = 600
    assert client.get("/healthz/live").json() == {"status": "ok"}
    ready = client.get("/healthz/ready")
    assert ready.status_code == 200
    assert ready.json()["outbox"] == "ok"

    row = OutgoingEmail.objects.create(message={}, recipients="a@example.se", subject="Hej")
    assert client.get("/healthz/ready").status_code == 200  # just queued: the worker has time
    OutgoingEmail.objects.filter(pk=row.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=11)
    )
    stalled = client.get("/healthz/ready")
    assert stalled.status_code == 503
    assert stalled.json()["outbox"] == "stalled"
    assert 650 < stalled.json()["outbox_oldest_pending_seconds"] < 700
    assert client.get("/healthz").status_code == 503  # the old address is the same check
    assert client.get("/healthz/live").status_code == 200  # nothing for a restart to fix

    OutgoingEmail.objects.filter(pk=row.pk).update(status=OutgoingEmail.Status.SENT)
    assert client.get("/healthz/ready").status_code == 200
    settings.OUTBOX_READY_MAX_AGE = 0  # the check turned off
    OutgoingEmail.objects.filter(pk=row.pk).update(status=OutgoingEmail.Status.PENDING)
    assert "outbox" not in client.get("/healthz/ready").json()


@pytest.mark.django_db
def test_metrics_exist_only_with_a_token_and_answer_only_to_it(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics").status_code == 404
    settings.METRICS_TOKEN = TOKEN
    assert client.get("/metrics").status_code == 401
    wrong = client.get("/metrics", headers={"Authorization": "Bearer " + "y" * 48})
    assert wrong.status_code == 401
    assert client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


@pytest.mark.django_db
def test_metrics_give_latency_by_view_the_outbox_reminders_and_errors(cast, client, settings):  # noqa: F811
    settings.METRICS_TOKEN = TOKEN
    login(client, cast.staff)
    assert client.get(reverse("deviations:create")).status_code == 200
    assert client.get(reverse("deviations:detail", args=[999999])).status_code == 404

    deviation = report(cast)  # e-mails to the chef and the coordinator, pending in the outbox
    investigate_to_acting(deviation, cast.chef)
    today = timezone.localdate()
    add_action(deviation, cast.chef, owner=cast.staff, due_date=today + datetime.timedelta(days=3))
    late = add_action(deviation, cast.chef, owner=cast.staff, due_date=today)
    Action.objects.filter(pk=late.pk).update(due_date=today - datetime.timedelta(days=4))
    OutgoingEmail.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=5))
    pending = OutgoingEmail.objects.filter(status="pending").count()
    assert pending >= 2

    from deviations.tasks import send_action_reminders

    before = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).content
    already = re.search(rb'^qms_reminders_sent_total\{kind="action"\} (\S+)$', before, re.M)
    assert send_action_reminders.apply().get() == 2  # the task as the worker runs it

    text = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).content.decode()
    latency = "django_http_requests_latency_seconds_by_view_method_count"
    assert metric(text, latency, '{method="GET",view="deviations:create"}') >= 1
    assert (
        metric(
            text,
            "django_http_responses_total_by_status_view_method_total",
            '{method="GET",status="404",view="deviations:detail"}',
        )
        >= 1
    )
    assert (
        metric(text, "qms_outbox_pending") == OutgoingEmail.objects.filter(status="pending").count()
    )
    assert 290 < metric(text, "qms_outbox_oldest_pending_age_seconds") < 400
    counted = metric(text, "qms_reminders_sent_total", '{kind="action"}')
    assert counted == (float(already.group(1)) if already else 0) + 2


def test_the_request_id_reaches_the_worker_log_lines_of_the_task_it_queued(
    cast,  # noqa: F811
    client,
    worker_env,
    tmp_path,
):
    worker_env["LOG_FORMAT"] = "json"
    worker = WorkerProcess(worker_env, tmp_path / "worker.log")
    worker.start()
    try:
        login(client, cast.staff)
        page = client.post(
            reverse("deviations:create"),
            {
                "unit": cast.tree.solgarden.pk,
                "title": "Fel läkemedel gavs",
                "description": "Kvällsdosen gavs till fel brukare.",
                "occurred_at": (timezone.localtime() - datetime.timedelta(hours=1)).strftime(
                    "%Y-%m-%dT%H:%M"
                ),
            },
            headers={"X-Request-ID": "lb-7f3a9c2e51"},  # the load balancer's id is kept
        )
        assert page.status_code == 302
        assert page["X-Request-ID"] == "lb-7f3a9c2e51"

        def delivery_lines():
            lines = [
                json.loads(line) for line in worker.output().splitlines() if line.startswith("{")
            ]
            return [
                line
                for line in lines
                if line.get("task_name") == "qms.tasks.deliver_email"
                and "succeeded" in line.get("message", "")
            ]

        lines = wait_for(
            lambda: len(delivery_lines()) >= 2 and delivery_lines(), 60, message=worker.output
        )
        assert {line["request_id"] for line in lines} == {"lb-7f3a9c2e51"}
        assert {"time", "level", "logger", "task_id"} <= set(lines[0])
    finally:
        worker.stop()

    # Without an id from the proxy, the app makes one.
    other = client.get(reverse("deviations:create"))
    assert re.fullmatch(r"[0-9a-f]{32}", other["X-Request-ID"])
