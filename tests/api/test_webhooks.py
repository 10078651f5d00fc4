"""Webhooks: outbox rows in the transaction of the event, only for subscribers who may read the
object, one delivery per event and subscription; delivered by a real Celery worker to a real
receiving HTTP server in another process, signed, retried after a cut connection and after a
worker that died mid-way; the delivery log."""

from __future__ import annotations

import datetime
import hashlib
import hmac

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from api import webhooks
from api.models import WebhookAttempt, WebhookDelivery, WebhookEvent, WebhookSubscription
from api.tasks import deliver_due_webhooks
from deviations import services
from deviations.models import Deviation
from qms.models import Role
from tests.api.conftest import bearer, make_token, report
from tests.conftest import wait_for
from tests.factories import make_tree, make_user
from tests.processes import WebhookReceiver


def subscribe(user, url="http://127.0.0.1:9/hook", events=("deviation.reported",)):
    _token, secret = make_token(user, scope="write")
    response = bearer(secret).post(
        "/api/v1/webhooks/",
        {"name": "Diariet", "url": url, "events": list(events)},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    return WebhookSubscription.objects.get(pk=response.json()["id"]), response.json()["secret"]


@pytest.mark.django_db
def test_events_only_for_subscribers_who_may_read_the_case(cast):
    reader, _secret = subscribe(cast.coordinator)
    outsider, _secret = subscribe(cast.school_chef)
    deviation = report(cast)
    delivery = WebhookDelivery.objects.get()
    assert delivery.subscription == reader
    assert delivery.event.payload["deviation"]["number"] == deviation.number
    # A confidential case: not even the kommun's coordinator (no sensitive access) hears of it.
    report(cast, is_confidential=True)
    assert WebhookDelivery.objects.count() == 1
    assert not outsider.deliveries.exists()


@pytest.mark.django_db
def test_closing_is_an_event_and_a_rollback_leaves_no_row(cast):
    subscribe(cast.coordinator, events=["deviation.closed"])
    deviation = report(cast)
    assert not WebhookEvent.objects.exists()
    services.start_investigation(deviation, by=cast.chef, investigator=cast.chef)
    with pytest.raises(RuntimeError), transaction.atomic():
        deviation.status = "closed"
        deviation.save()
        raise RuntimeError("rolled back")
    assert not WebhookEvent.objects.exists()
    deviation = Deviation.objects.get(pk=deviation.pk)
    deviation.status = "closed"
    deviation.save()
    assert list(WebhookEvent.objects.values_list("kind", flat=True)) == ["deviation.closed"]


@pytest.mark.django_db
def test_one_delivery_per_event_and_subscription(cast):
    subscription, _secret = subscribe(cast.coordinator)
    report(cast)
    delivery = WebhookDelivery.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        WebhookDelivery.objects.create(subscription=subscription, event=delivery.event)


@pytest.mark.django_db
def test_subscriptions_are_the_callers_own_and_need_the_write_scope(cast):
    subscription, secret = subscribe(cast.coordinator)
    assert len(secret) == 64
    _token, other = make_token(cast.chef, scope="write")
    assert bearer(other).get(f"/api/v1/webhooks/{subscription.pk}/").status_code == 404
    assert bearer(other).delete(f"/api/v1/webhooks/{subscription.pk}/").status_code == 404
    _token, reader = make_token(cast.coordinator, scope="read")
    body = {"name": "x", "url": "https://example.se/", "events": ["deviation.reported"]}
    response = bearer(reader).post("/api/v1/webhooks/", body, content_type="application/json")
    assert response.status_code == 403
    bad = {**body, "events": ["allt"], "url": "inte en adress"}
    _token, writer = make_token(cast.coordinator, scope="write")
    response = bearer(writer).post("/api/v1/webhooks/", bad, content_type="application/json")
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"events", "url"}


def test_backoff_grows_and_is_bounded():
    assert [webhooks.backoff(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]
    assert webhooks.backoff(30) == datetime.timedelta(hours=6)


@pytest.mark.worker
def test_worker_delivers_signed_retries_and_the_receiver_sees_each_event_once(
    celery_worker_process, tmp_path
):
    tree = make_tree()
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    staff = make_user(tree.solgarden, Role.STAFF)
    subscription, secret = subscribe(coordinator)
    receiver = WebhookReceiver(tmp_path, secret, drop=1)
    try:
        WebhookSubscription.objects.filter(pk=subscription.pk).update(url=receiver.url)
        deviation = services.report_deviation(
            by=staff,
            unit=tree.solgarden,
            title="Larmet fungerade inte",
            description="Ingen signal vid nattkontrollen.",
            occurred_at=timezone.now() - datetime.timedelta(hours=1),
        )
        delivery = WebhookDelivery.objects.get()
        # 1. The first attempt is cut off mid-way: logged, pending again after a backoff.
        wait_for(
            lambda: WebhookAttempt.objects.exists(),
            timeout=30,
            message=celery_worker_process.output,
        )
        delivery.refresh_from_db()
        assert delivery.status == "pending" and delivery.attempts == 1
        assert delivery.next_attempt_at > timezone.now()
        assert WebhookAttempt.objects.get().error
        # 2. The backoff is over: the sweep (beat's task) delivers it.
        WebhookDelivery.objects.update(next_attempt_at=timezone.now())
        celery_worker_process.wait_for_tasks([deliver_due_webhooks.delay()], timeout=30)
        delivery.refresh_from_db()
        assert delivery.status == "delivered" and delivery.attempts == 2
        assert delivery.response_status == 204
        # 3. A worker that died after claiming: after the claim timeout the sweep sends it again.
        WebhookDelivery.objects.update(
            status="sending", claimed_at=timezone.now() - datetime.timedelta(minutes=5)
        )
        celery_worker_process.wait_for_tasks([deliver_due_webhooks.delay()], timeout=30)
        delivery.refresh_from_db()
        assert delivery.status == "delivered" and delivery.attempts == 3

        requests = receiver.requests()
        assert len(requests) == 3
        assert all(r["signature_ok"] and r["id"] == r["header_id"] for r in requests)
        assert {r["id"] for r in requests} == {str(delivery.event_id)}
        answered = [r for r in requests if not r["dropped"]]
        assert {r["data"]["deviation"]["number"] for r in answered} == {deviation.number}
        # The receiver keeps each event once, by its id.
        assert len({r["id"] for r in answered}) == 1

        # The delivery log through the API.
        _token, reader = make_token(coordinator)
        log = bearer(reader).get(f"/api/v1/webhooks/{subscription.pk}/deliveries/").json()
        (row,) = log["results"]
        assert row["status"] == "delivered" and len(row["log"]) == 3
        assert row["log"][0]["error"] and row["log"][1]["response_status"] == 204
    finally:
        receiver.stop()


def test_signature_is_hmac_sha256_over_timestamp_and_body():
    expected = hmac.new(b"k", b"1700000000.{}", hashlib.sha256).hexdigest()
    assert webhooks.sign("k", "1700000000", b"{}") == f"sha256={expected}"


@pytest.mark.django_db
def test_the_task_is_queued_on_commit(cast, django_capture_on_commit_callbacks, monkeypatch):
    queued = []
    monkeypatch.setattr(webhooks, "_enqueue", queued.append)
    subscribe(cast.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        report(cast)
    assert queued == [WebhookDelivery.objects.get().pk]


# The events of the other modules: a synpunkt answered, a legal track's clock, a certificate
# event's reminder. Each once per happening (its key) and only for subscribers who may read it.


def kinds_for(subscription) -> list[str]:
    return list(subscription.deliveries.order_by("pk").values_list("event__kind", flat=True))


@pytest.mark.django_db
def test_an_answered_synpunkt_is_an_event_once_without_contact_details(cast):
    from deviations import feedback_services
    from deviations.models import Feedback, PublicActivity

    events = ["feedback.answered"]
    handler, _secret = subscribe(cast.chef, events=events)
    outsider, _secret = subscribe(cast.school_chef, events=events)
    activity = PublicActivity.objects.create(unit=cast.tree.solgarden, public_name="Solgården")
    feedback, _token = feedback_services.submit_feedback(
        activity=activity,
        kind="complaint",
        text="Maten var kall.",
        contact_email="eva@example.se",
    )
    assert not WebhookEvent.objects.exists()
    feedback_services.answer_feedback(feedback, by=cast.chef, answer="Vi har bytt leverantör.")
    feedback = Feedback.objects.get(pk=feedback.pk)
    feedback.save()  # saved again, still answered: no second event
    (delivery,) = handler.deliveries.all()
    data = delivery.event.payload["feedback"]
    assert (data["number"], data["answer"]) == (feedback.number, "Vi har bytt leverantör.")
    assert "eva@example.se" not in str(delivery.event.payload)
    assert not outsider.deliveries.exists()
    # Closed, reopened and answered again: a new happening, a new event.
    feedback_services.close_feedback(feedback, by=cast.chef)
    feedback_services.reopen_feedback(feedback, by=cast.chef)
    feedback_services.answer_feedback(feedback, by=cast.chef, answer="Ett bättre svar.")
    assert kinds_for(handler) == events * 2


@pytest.mark.django_db
def test_a_legal_tracks_clock_is_an_event_per_milestone_for_its_deciders_only(cast):
    from deviations import legal
    from deviations.models import LegalTrackKind

    events = ["legal_track.due"]
    dpo, _secret = subscribe(make_user(cast.tree.kommun, Role.DPO), events=events)
    coordinator, _secret = subscribe(cast.coordinator, events=events)
    aware = timezone.now() - datetime.timedelta(hours=1)
    (track,) = legal.flag_deviation(
        report(cast), by=cast.chef, kinds=[LegalTrackKind.DATA_BREACH], aware_at=aware
    )
    for hours in (30, 36, 36, 40, 64.8, 64.8):  # the reminder job runs again and again
        legal.send_legal_reminders(aware + datetime.timedelta(hours=hours))
    assert kinds_for(dpo) == events * 2
    shares = [d.event.payload["legal_track"]["share_of_time_passed"] for d in dpo.deliveries.all()]
    assert sorted(shares) == [50, 90]
    assert {d.event.payload["legal_track"]["id"] for d in dpo.deliveries.all()} == {track.pk}
    assert "title" not in str(dpo.deliveries.first().event.payload)
    assert not coordinator.deliveries.exists()  # no decider of the track


@pytest.mark.django_db
def test_a_certificate_events_reminder_is_an_event_once_for_those_who_see_the_certificate(cast):
    from certifications import services as certificate_services
    from tests.certifications.test_reminders import surveillance_due_on

    events = ["certificate_event.due"]
    inside, _secret = subscribe(cast.coordinator, events=events)
    outsider, _secret = subscribe(cast.school_chef, events=events)
    event = surveillance_due_on(datetime.date(2027, 6, 15), [cast.tree.social], cast.coordinator)
    today = event.planned_date - datetime.timedelta(days=30)
    certificate_services.send_due_reminders(today=today)
    certificate_services.send_due_reminders(today=today)
    (delivery,) = inside.deliveries.all()
    data = delivery.event.payload["certificate_event"]
    assert (data["id"], data["planned_date"], data["overdue"]) == (
        event.pk,
        "2027-06-15",
        False,
    )
    assert not outsider.deliveries.exists()


@pytest.mark.django_db
def test_an_event_key_is_written_once(cast):
    subscribe(cast.coordinator)
    visible = lambda owner: True  # noqa: E731
    assert webhooks.emit("deviation.reported", {}, key="k:1", visible=visible) is not None
    assert webhooks.emit("deviation.reported", {}, key="k:1", visible=visible) is None
    assert WebhookDelivery.objects.count() == 1
