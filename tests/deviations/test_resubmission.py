"""One-time tokens on create forms: a form sent twice (double click, retry after a timeout)
creates its record once, and the second answer leads to the first result."""

from __future__ import annotations

import datetime
import re
import threading
import time

import pytest
from django.db import connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from deviations import feedback_services, services
from deviations.models import Action, Comment, Deviation, Feedback, PublicActivity
from qms.models import FormSubmission
from qms.submissions import new_token
from tests.conftest import login
from tests.deviations.conftest import investigate_to_acting, report
from tests.deviations.test_views import form_data

TOKEN_INPUT = re.compile(r'<input type="hidden" name="submission_token" value="([\w-]+)">')


def tokens_in(page) -> list[str]:
    return TOKEN_INPUT.findall(page.content.decode())


@pytest.mark.django_db
def test_report_form_carries_a_fresh_token_each_time(client, cast):
    login(client, cast.staff)
    first = tokens_in(client.get(reverse("deviations:create")))
    second = tokens_in(client.get(reverse("deviations:create")))
    assert len(first) == 1
    assert first != second


@pytest.mark.django_db
def test_the_same_report_sent_twice_makes_one_case_and_both_answers_lead_to_it(client, cast):
    login(client, cast.staff)
    token = tokens_in(client.get(reverse("deviations:create")))[0]
    data = {**form_data(cast), "submission_token": token}

    first = client.post(reverse("deviations:create"), data)
    second = client.post(reverse("deviations:create"), data)

    deviation = Deviation.objects.get()
    receipt = reverse("deviations:receipt", args=[deviation.pk])
    assert first.status_code == second.status_code == 302
    assert first.url == second.url == receipt
    page = client.get(second.url)
    assert "Formuläret hade redan skickats" in page.content.decode()
    assert deviation.number in page.content.decode()


@pytest.mark.django_db
def test_a_new_form_makes_a_new_case(client, cast):
    login(client, cast.staff)
    for _ in range(2):
        token = tokens_in(client.get(reverse("deviations:create")))[0]
        client.post(reverse("deviations:create"), {**form_data(cast), "submission_token": token})
    assert Deviation.objects.count() == 2


@pytest.mark.django_db
def test_a_refused_form_keeps_its_token_usable(client, cast):
    """The token is given back when the form had errors: corrected, it creates the record."""
    login(client, cast.staff)
    token = new_token()
    refused = client.post(
        reverse("deviations:create"), {**form_data(cast, title=""), "submission_token": token}
    )
    assert refused.status_code == 200
    assert not FormSubmission.objects.exists()
    accepted = client.post(
        reverse("deviations:create"), {**form_data(cast), "submission_token": token}
    )
    assert accepted.status_code == 302
    assert Deviation.objects.count() == 1


@pytest.mark.django_db
def test_the_same_action_and_comment_sent_twice_are_added_once(client, cast):
    deviation = investigate_to_acting(report(cast), cast.chef)
    login(client, cast.chef)
    page = client.get(deviation.get_absolute_url())
    # The page's create forms (comment, attachments, legal tracks) have a token each; the new
    # action's form, read when its section opens, has its own.
    form = client.get(reverse("deviations:action_create", args=[deviation.pk]))
    tokens = tokens_in(page) + tokens_in(form)
    assert len(set(tokens)) == len(tokens) == 4
    action = {
        "kind": Action.Kind.CORRECTIVE,
        "title": "Rutin för halkrisk",
        "owner": cast.chef.pk,
        "unit": cast.tree.solgarden.pk,
        "due_date": (timezone.localdate() + datetime.timedelta(days=14)).isoformat(),
        "submission_token": new_token(),
    }
    comment = {"text": "Pratade med städ.", "submission_token": new_token()}
    before = Action.objects.count()
    for _ in range(2):
        assert client.post(reverse("deviations:action_create", args=[deviation.pk]), action).url
        assert client.post(reverse("deviations:comment", args=[deviation.pk]), comment).url
    assert Action.objects.count() == before + 1
    assert Comment.objects.filter(deviation=deviation).count() == 1


@pytest.mark.django_db
def test_another_user_cannot_use_someone_elses_token(client, cast):
    token = new_token()
    login(client, cast.staff)
    client.post(reverse("deviations:create"), {**form_data(cast), "submission_token": token})
    other = login(Client(), cast.other_staff)
    data = {**form_data(cast, unit=cast.tree.homecare.pk), "submission_token": token}
    assert other.post(reverse("deviations:create"), data).status_code == 403
    assert Deviation.objects.count() == 1


@pytest.mark.django_db
def test_a_citizen_who_sends_again_gets_the_same_receipt_and_link(client, tree):
    activity = PublicActivity.objects.create(unit=tree.solgarden, public_name="Äldreboende")
    page = client.get(reverse("feedback_public:form"))
    token = tokens_in(page)[0]
    data = {
        "kind": Feedback.Kind.COMPLAINT,
        "activity": activity.pk,
        "text": "Maten var kall.",
        "submission_token": token,
    }
    first = client.post(reverse("feedback_public:form"), data)
    first_receipt = client.get(first.url).content.decode()
    # The answer never arrived: a new browser session sends the same form again.
    retry = Client()
    second = retry.post(reverse("feedback_public:form"), data)
    second_receipt = retry.get(second.url).content.decode()

    feedback = Feedback.objects.get()
    link = re.search(r"/synpunkter/folj/[\w-]+/", first_receipt).group(0)
    assert link in second_receipt
    assert feedback.number in second_receipt
    assert feedback_services.find_by_token(link.split("/")[-2]) == feedback


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_submissions_of_one_form_make_one_case(cast, monkeypatch):
    """A double click: the second request arrives while the first is still saving. It waits for
    the first (the token's unique key) and answers with the first one's receipt."""
    original = services.report_deviation

    def slow_report(**kwargs):
        deviation = original(**kwargs)
        time.sleep(1.0)  # still inside the first request's transaction
        return deviation

    monkeypatch.setattr(services, "report_deviation", slow_report)
    data = {**form_data(cast), "submission_token": new_token()}
    answers: list = [None, None]

    def send(index: int) -> None:
        try:
            client = login(Client(), cast.staff)
            answers[index] = client.post(reverse("deviations:create"), data)
        finally:
            connections.close_all()

    first = threading.Thread(target=send, args=(0,))
    second = threading.Thread(target=send, args=(1,))
    first.start()
    time.sleep(0.3)
    second.start()
    first.join(20)
    second.join(20)

    deviation = Deviation.objects.get()
    receipt = reverse("deviations:receipt", args=[deviation.pk])
    assert [answer.url for answer in answers] == [receipt, receipt]
