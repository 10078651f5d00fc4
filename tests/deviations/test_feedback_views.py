"""Synpunkter through the staff pages: the queue, handling, and who may do what."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from deviations import feedback_services
from deviations.models import Feedback, PublicActivity
from qms.models import OutgoingEmail
from tests.conftest import login
from tests.deviations.conftest import report

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(cast) -> PublicActivity:
    return PublicActivity.objects.create(unit=cast.tree.solgarden, public_name="Solgården")


@pytest.fixture
def feedback(activity) -> Feedback:
    feedback, _token = feedback_services.submit_feedback(
        activity=activity,
        kind="complaint",
        text="Personalen svarade inte i telefon.",
        contact_name="Eva Invånare",
        contact_email="eva@example.se",
    )
    return feedback


def feedback_urls(feedback: Feedback) -> list[tuple[str, str, dict]]:
    step = lambda name: reverse("deviations:feedback_step", args=[feedback.pk, name])  # noqa: E731
    return [
        ("get", reverse("deviations:feedback_detail", args=[feedback.pk]), {}),
        ("post", step("tilldela"), {}),
        ("post", step("svara"), {"answer": "Svar"}),
        ("post", step("atgard"), {}),
        ("post", step("koppla"), {"number": "AV-2026-00001"}),
        ("post", step("till-avvikelse"), {"title": "X"}),
        ("post", step("avsluta"), {}),
        ("post", step("oppna-igen"), {}),
        ("post", step("ta-bort-kontakt"), {}),
    ]


def test_anonymous_is_sent_to_login(client, feedback):
    for method, url, data in [
        *feedback_urls(feedback),
        ("get", reverse("deviations:feedback_list"), {}),
        ("get", reverse("deviations:accessibility_update"), {}),
    ]:
        response = getattr(client, method)(url, data)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("account_login")), url


@pytest.mark.parametrize("who", ["staff", "other_staff", "sibling_chef", "school_chef", "board"])
def test_other_units_and_roles_get_404(client, cast, feedback, who):
    login(client, getattr(cast, who))
    for method, url, data in feedback_urls(feedback):
        response = getattr(client, method)(url, data, headers={"HX-Request": "true"})
        assert response.status_code == 404, (who, url)
    queue = client.get(reverse("deviations:feedback_list"))
    assert feedback.number not in queue.content.decode()
    feedback.refresh_from_db()
    assert feedback.status == Feedback.Status.RECEIVED and feedback.has_contact


@pytest.mark.parametrize("who", ["chef", "coordinator", "sensitive_chef"])
def test_chefs_and_coordinators_over_the_unit_see_the_queue_and_contact(
    client, cast, feedback, who
):
    login(client, getattr(cast, who))
    queue = client.get(reverse("deviations:feedback_list")).content.decode()
    assert feedback.number in queue
    detail = client.get(feedback.get_absolute_url()).content.decode()
    assert "eva@example.se" in detail


def test_assignee_sees_and_answers(client, cast, feedback):
    login(client, cast.chef)
    response = client.post(
        reverse("deviations:feedback_step", args=[feedback.pk, "tilldela"]),
        {"assignee": cast.staff.pk},
    )
    assert response.status_code == 302
    login(client, cast.staff)
    assert client.get(feedback.get_absolute_url()).status_code == 200
    response = client.post(
        reverse("deviations:feedback_step", args=[feedback.pk, "svara"]),
        {"answer": "Vi har fått ny växel."},
    )
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.status == Feedback.Status.ANSWERED
    assert OutgoingEmail.objects.filter(subject__startswith="Svar på din synpunkt").count() == 1


def test_empty_answer_is_refused_on_the_page(client, cast, feedback):
    login(client, cast.chef)
    response = client.post(
        reverse("deviations:feedback_step", args=[feedback.pk, "svara"]), {"answer": ""}
    )
    assert response.status_code == 400
    assert "Formuläret innehåller fel" in response.content.decode()


def test_overdue_synpunkter_stand_out_in_the_queue_and_on_the_start_page(client, cast, feedback):
    Feedback.objects.filter(pk=feedback.pk).update(
        due_date=timezone.localdate() - datetime.timedelta(days=2)
    )
    login(client, cast.chef)
    queue = client.get(reverse("deviations:feedback_list")).content.decode()
    assert "is-overdue" in queue
    assert "har passerat svarstiden" in queue
    home = client.get(reverse("home")).content.decode()
    assert "Synpunkter att besvara" in home
    assert feedback.number in home
    assert "1 försenad" in home


def test_queue_htmx_fragment_and_show_all(client, cast, feedback):
    feedback_services.close_feedback(feedback, by=cast.chef)
    login(client, cast.chef)
    url = reverse("deviations:feedback_list")
    assert feedback.number not in client.get(url).content.decode()
    fragment = client.get(url + "?visa=alla", headers={"HX-Request": "true"})
    body = fragment.content.decode()
    assert feedback.number in body
    assert "<html" not in body


def test_queue_query_count_does_not_grow_with_rows(
    client, cast, activity, django_assert_max_num_queries
):
    login(client, cast.chef)
    url = reverse("deviations:feedback_list")
    for _ in range(3):
        feedback_services.submit_feedback(activity=activity, kind="question", text="Hur?")
    client.get(url)
    with django_assert_max_num_queries(12) as small:
        client.get(url)
    for _ in range(20):
        feedback_services.submit_feedback(activity=activity, kind="question", text="Hur?")
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)


def test_close_and_remove_contact_through_the_page(client, cast, feedback):
    login(client, cast.chef)
    step = lambda name: reverse("deviations:feedback_step", args=[feedback.pk, name])  # noqa: E731
    refused = client.post(step("ta-bort-kontakt"), follow=True)
    assert "när synpunkten är avslutad" in refused.content.decode()
    client.post(step("avsluta"))
    client.post(step("ta-bort-kontakt"))
    page = client.get(feedback.get_absolute_url()).content.decode()
    assert "eva@example.se" not in page
    assert "Borttagna" in page


def test_turn_into_deviation_through_the_page(client, cast, feedback):
    login(client, cast.chef)
    response = client.post(
        reverse("deviations:feedback_step", args=[feedback.pk, "till-avvikelse"]),
        {"title": "Telefonen obemannad"},
    )
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.deviation.title == "Telefonen obemannad"


def test_link_to_a_deviation_by_its_number(client, cast, feedback):
    existing = report(cast)
    login(client, cast.chef)
    url = reverse("deviations:feedback_step", args=[feedback.pk, "koppla"])
    refused = client.post(url, {"number": "AV-1999-99999"})
    assert refused.status_code == 400
    assert client.post(url, {"number": existing.number.lower()}).status_code == 302
    feedback.refresh_from_db()
    assert feedback.deviation == existing


def test_unknown_step_is_404(client, cast, feedback):
    login(client, cast.chef)
    url = reverse("deviations:feedback_step", args=[feedback.pk, "radera"])
    assert client.post(url).status_code == 404
