"""Writes through the pages' forms and services: report, comment, add and complete an action.
Swedish validation messages as structured JSON; unknown fields refused; a read token gets 403;
every write is in the history with the token's name."""

from __future__ import annotations

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from pghistory.models import Events

from deviations.models import Action, Comment, Deviation
from tests.api.conftest import add_action, bearer, investigate_to_acting, make_token, report

pytestmark = pytest.mark.django_db


def writer(user, name="Intranätet"):
    _token, secret = make_token(user, scope="write", name=name)
    return bearer(secret)


def post(client, url, data):
    return client.post(url, data, content_type="application/json", HTTP_ACCEPT_LANGUAGE="sv")


def report_body(cast, **fields):
    return {
        "unit": cast.tree.solgarden.pk,
        "title": "Dörren till förrådet stod olåst",
        "description": "Upptäckt vid kvällsronden.",
        "occurred_at": (timezone.now() - datetime.timedelta(hours=1)).isoformat(),
        **fields,
    }


def test_report_a_deviation_through_the_form_and_service(cast):
    response = post(writer(cast.staff), "/api/v1/deviations/", report_body(cast))
    assert response.status_code == 201, response.content
    data = response.json()
    deviation = Deviation.objects.get(pk=data["id"])
    assert deviation.number.startswith("AV-") and data["number"] == deviation.number
    assert deviation.reported_by == cast.staff and deviation.status == "reported"
    # The page's side effects happen too: the unit's chef is told.
    assert cast.chef.notifications.filter(url=deviation.get_absolute_url()).exists()
    # The history names the token.
    event = Events.objects.tracks(deviation).get(pgh_label="insert")
    assert event.pgh_context["api_token"] == "Intranätet"
    assert event.pgh_context["user"] == cast.staff.pk


def test_report_with_an_attachment_by_multipart(cast):
    body = report_body(cast)
    body["attachments"] = SimpleUploadedFile("rapport.txt", b"Hej", content_type="text/plain")
    response = writer(cast.staff).post("/api/v1/deviations/", body)
    assert response.status_code == 201, response.content
    assert [a["original_name"] for a in response.json()["attachments"]] == ["rapport.txt"]


def test_validation_errors_are_the_forms_swedish_messages(cast):
    client = writer(cast.staff)
    future = (timezone.now() + datetime.timedelta(days=2)).isoformat()
    response = post(client, "/api/v1/deviations/", report_body(cast, occurred_at=future))
    assert response.status_code == 400
    assert response.json()["errors"] == {"occurred_at": ["Tidpunkten kan inte ligga i framtiden."]}
    # A unit the caller has no role on: the form's choice message.
    response = post(client, "/api/v1/deviations/", report_body(cast, unit=cast.tree.school.pk))
    assert response.status_code == 400 and "unit" in response.json()["errors"]
    # Wrong type: named field.
    response = post(client, "/api/v1/deviations/", report_body(cast, unit="Solgården"))
    assert response.status_code == 400 and list(response.json()["errors"]) == ["unit"]
    # Missing field.
    body = report_body(cast)
    del body["title"]
    response = post(client, "/api/v1/deviations/", body)
    assert response.json()["errors"]["title"]
    assert not Deviation.objects.exists()


def test_unknown_fields_are_refused(cast):
    response = post(writer(cast.staff), "/api/v1/deviations/", report_body(cast, status="closed"))
    assert response.status_code == 400
    assert response.json()["errors"] == {"status": ["Okänt fält."]}
    assert not Deviation.objects.exists()


def test_a_read_token_gets_403_and_writes_nothing(cast):
    _token, secret = make_token(cast.staff, scope="read")
    response = post(bearer(secret), "/api/v1/deviations/", report_body(cast))
    assert response.status_code == 403
    assert not Deviation.objects.exists()


def test_comment_on_a_visible_deviation_only(cast):
    deviation = report(cast)
    response = post(
        writer(cast.chef), f"/api/v1/deviations/{deviation.pk}/comments/", {"text": "Ok"}
    )
    assert response.status_code == 201
    assert Comment.objects.get().author == cast.chef
    outside = post(
        writer(cast.school_chef), f"/api/v1/deviations/{deviation.pk}/comments/", {"text": "x"}
    )
    assert outside.status_code == 404
    empty = post(writer(cast.chef), f"/api/v1/deviations/{deviation.pk}/comments/", {"text": ""})
    assert empty.status_code == 400 and empty.json()["errors"]["text"]


def test_add_and_complete_an_action(cast):
    deviation = report(cast)
    body = {
        "kind": "corrective",
        "title": "Byt lås",
        "owner": cast.chef.pk,
        "due_date": (timezone.localdate() + datetime.timedelta(days=7)).isoformat(),
    }
    # Before the cause analysis the service refuses, with its own message.
    refused = post(writer(cast.chef), f"/api/v1/deviations/{deviation.pk}/actions/", body)
    assert refused.status_code == 400, refused.content
    assert refused.json()["errors"]["non_field_errors"]
    investigate_to_acting(deviation, cast.chef)
    # Staff may read their own report but not handle it: 403.
    staff = post(writer(cast.staff), f"/api/v1/deviations/{deviation.pk}/actions/", body)
    assert staff.status_code == 403
    made = post(writer(cast.chef), f"/api/v1/deviations/{deviation.pk}/actions/", body)
    assert made.status_code == 201, made.content
    action = Action.objects.get(pk=made.json()["id"])
    assert action.unit == deviation.unit and action.owner == cast.chef

    assert (
        post(
            writer(cast.school_chef), f"/api/v1/actions/{action.pk}/complete/", {"result": "x"}
        ).status_code
        == 404
    )
    done = post(writer(cast.chef), f"/api/v1/actions/{action.pk}/complete/", {"result": "Bytt."})
    assert done.status_code == 200, done.content
    assert done.json()["status"] == "done"
    again = post(writer(cast.chef), f"/api/v1/actions/{action.pk}/complete/", {"result": "Igen"})
    assert again.status_code == 400
    assert again.json()["errors"]["non_field_errors"] == ["Åtgärden är redan avslutad."]


def test_a_body_that_is_not_an_object_is_400(cast):
    response = post(writer(cast.staff), "/api/v1/deviations/", ["inte", "ett", "objekt"])
    assert response.status_code == 400


def test_a_body_over_the_limit_is_refused_before_it_is_read(cast, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    body = report_body(cast, description="x" * 20_000)
    response = post(writer(cast.staff), "/api/v1/deviations/", body)
    assert response.status_code == 413
    assert response.json()["detail"]
    assert not Deviation.objects.exists()


def test_a_retry_with_the_same_idempotency_key_reports_once(cast):
    client = writer(cast.staff)
    body = report_body(cast)
    key = "intranat-0001-abcdef"
    first = client.post(
        "/api/v1/deviations/", body, content_type="application/json", HTTP_IDEMPOTENCY_KEY=key
    )
    again = client.post(
        "/api/v1/deviations/", body, content_type="application/json", HTTP_IDEMPOTENCY_KEY=key
    )
    assert (first.status_code, again.status_code) == (201, 200)
    assert again["Idempotent-Replayed"] == "true"
    assert first.json()["number"] == again.json()["number"]
    assert Deviation.objects.count() == 1
    # Another key is another report; a refused report does not use its key up.
    other = client.post(
        "/api/v1/deviations/", body, content_type="application/json", HTTP_IDEMPOTENCY_KEY="x" * 20
    )
    assert other.status_code == 201 and Deviation.objects.count() == 2
    bad = report_body(cast, title="")
    refused = client.post(
        "/api/v1/deviations/", bad, content_type="application/json", HTTP_IDEMPOTENCY_KEY="y" * 20
    )
    assert refused.status_code == 400
    fixed = client.post(
        "/api/v1/deviations/", body, content_type="application/json", HTTP_IDEMPOTENCY_KEY="y" * 20
    )
    assert fixed.status_code == 201
    short = client.post(
        "/api/v1/deviations/", body, content_type="application/json", HTTP_IDEMPOTENCY_KEY="kort"
    )
    assert short.status_code == 400


def written_by_token(obj, name: str) -> bool:
    """The object's history has a change made through the token called `name`."""
    return Events.objects.tracks(obj).filter(pgh_context__api_token=name).exists()


def test_attachments_to_an_existing_case(cast):
    deviation = report(cast)
    url = f"/api/v1/deviations/{deviation.pk}/attachments/"
    upload = SimpleUploadedFile("foto.txt", b"Golvet", content_type="text/plain")
    response = writer(cast.staff, name="Mobilappen").post(url, {"attachments": [upload]})
    assert response.status_code == 201, response.content
    assert [a["original_name"] for a in response.json()] == ["foto.txt"]
    assert written_by_token(deviation.attachments.get(), "Mobilappen")
    # The page's own message when no file is sent; unknown fields refused.
    empty = writer(cast.staff).post(url, {})
    assert empty.status_code == 400
    assert empty.json()["errors"] == {"attachments": ["Detta fält måste fyllas i."]}
    assert post(writer(cast.staff), url, {"text": "x"}).json()["errors"] == {
        "text": ["Okänt fält."]
    }
    # Another förvaltning's chef and a sibling unit's staff do not see the case: 404.
    for outsider in (cast.school_chef, cast.other_staff):
        again = SimpleUploadedFile("x.txt", b"x", content_type="text/plain")
        assert writer(outsider).post(url, {"attachments": [again]}).status_code == 404
    assert deviation.attachments.count() == 1


def test_action_start_verify_and_cancel_through_the_services(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    first = add_action(deviation, cast.chef, owner=cast.staff)
    second = add_action(deviation, cast.chef, owner=cast.staff, title="Ny rutin")
    staff, chef = writer(cast.staff), writer(cast.chef, name="Ledningssystemet")

    # The wrong unit: 404 for every step.
    for step, body in (("start", {}), ("verify", {"effectiveness_check": "x"})):
        response = post(writer(cast.sibling_chef), f"/api/v1/actions/{first.pk}/{step}/", body)
        assert response.status_code == 404
    assert post(staff, f"/api/v1/actions/{first.pk}/start/", {"x": 1}).status_code == 400
    started = post(staff, f"/api/v1/actions/{first.pk}/start/", {})
    assert started.status_code == 200 and started.json()["status"] == "in_progress"
    again = post(staff, f"/api/v1/actions/{first.pk}/start/", {})
    assert again.json()["errors"] == {"non_field_errors": ["Bara planerade åtgärder kan påbörjas."]}
    post(staff, f"/api/v1/actions/{first.pk}/complete/", {"result": "Mattan ligger på plats."})
    # The owner (medarbetare) may not verify or cancel: the wrong role is a 403.
    verify = f"/api/v1/actions/{first.pk}/verify/"
    assert post(staff, verify, {"effectiveness_check": "Ok"}).status_code == 403
    assert post(staff, f"/api/v1/actions/{second.pk}/cancel/", {"reason": "x"}).status_code == 403
    blank = post(chef, verify, {"effectiveness_check": " "})
    assert blank.status_code == 400
    assert blank.json()["errors"] == {"effectiveness_check": ["Detta fält måste fyllas i."]}
    verified = post(chef, verify, {"effectiveness_check": "Inga fall på en månad."})
    assert verified.status_code == 200 and verified.json()["status"] == "verified"
    cancel = f"/api/v1/actions/{second.pk}/cancel/"
    assert post(chef, cancel, {"reason": ""}).json()["errors"] == {
        "reason": ["Detta fält måste fyllas i."]
    }
    cancelled = post(chef, cancel, {"reason": "Ersatt av den första."})
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    first.refresh_from_db()
    assert first.verified_by == cast.chef
    assert written_by_token(first, "Ledningssystemet")
    assert written_by_token(second, "Ledningssystemet")


def test_answer_a_synpunkt_through_the_service(cast):
    from deviations import feedback_services
    from deviations.models import Feedback, PublicActivity

    activity = PublicActivity.objects.create(unit=cast.tree.solgarden, public_name="Solgården")
    feedback, _token = feedback_services.submit_feedback(
        activity=activity, kind="complaint", text="Maten var kall.", contact_email="eva@example.se"
    )
    url = f"/api/v1/feedback/{feedback.pk}/answer/"
    # Outside the synpunkt's scope (another förvaltning; a medarbetare; a board member): 404.
    for outsider in (cast.school_chef, cast.staff, cast.board):
        assert post(writer(outsider), url, {"answer": "x"}).status_code == 404
    chef = writer(cast.chef, name="E-tjänsten")
    assert post(chef, url, {"answer": ""}).json()["errors"] == {
        "answer": ["Detta fält måste fyllas i."]
    }
    answered = post(chef, url, {"answer": "Vi har bytt leverantör."})
    assert answered.status_code == 200, answered.content
    assert answered.json()["status"] == "answered"
    assert "contact_email" not in answered.json()
    again = post(chef, url, {"answer": "Igen"})
    assert again.status_code == 400
    assert again.json()["errors"]["non_field_errors"] == [
        "Synpunkten kan inte gå från ”Besvarad” till ”Besvarad”."
    ]
    assert written_by_token(Feedback.objects.get(pk=feedback.pk), "E-tjänsten")


def test_users_are_those_the_caller_sees_without_contact_details(cast):
    def get(user, url):
        _token, secret = make_token(user)
        return bearer(secret).get(url)

    rows = get(cast.chef, "/api/v1/users/").json()["results"]
    ids = {row["id"] for row in rows}
    assert {cast.chef.pk, cast.staff.pk} <= ids
    assert not ids & {cast.school_chef.pk, cast.other_staff.pk, cast.coordinator.pk}
    staff_row = next(row for row in rows if row["id"] == cast.staff.pk)
    assert set(staff_row) == {"id", "name", "title", "is_active", "roles"}
    assert staff_row["roles"] == [
        {"unit": cast.tree.solgarden.pk, "unit_name": cast.tree.solgarden.name, "role": "staff"}
    ]
    # A medarbetare sees only themself; someone else is a 404.
    assert [row["id"] for row in get(cast.staff, "/api/v1/users/").json()["results"]] == [
        cast.staff.pk
    ]
    assert get(cast.staff, f"/api/v1/users/{cast.chef.pk}/").status_code == 404
    assert get(cast.school_chef, f"/api/v1/users/{cast.staff.pk}/").status_code == 404
    assert get(cast.chef, f"/api/v1/users/{cast.staff.pk}/").json()["name"]
