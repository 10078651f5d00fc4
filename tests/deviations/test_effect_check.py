"""Closing asks when the effect is followed up; the handler is reminded then (ISO 9001 10.2)."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from deviations import services
from qms.models import Notification, OutgoingEmail
from tests.conftest import login
from tests.deviations.conftest import add_action, investigate_to_acting, report

pytestmark = pytest.mark.django_db


def closed(cast, *, confidential=False, check_on=None):
    deviation = report(cast, is_confidential=confidential) if confidential else report(cast)
    investigate_to_acting(deviation, cast.sensitive_chef if confidential else cast.chef)
    handler = cast.sensitive_chef if confidential else cast.chef
    action = add_action(deviation, handler)
    services.complete_action(action, by=handler, result="Halkmatta på plats.")
    services.start_follow_up(deviation, by=handler)
    return services.close_deviation(
        deviation,
        by=handler,
        evaluation="Inga fall i badrummet på sex veckor.",
        effect_check_on=check_on or datetime.date(2030, 3, 1),
    )


def test_the_reporters_closing_email_says_what_was_found_and_when_it_is_followed_up(cast):
    deviation = closed(cast)
    (notice,) = Notification.objects.filter(
        recipient=cast.staff, event_key__contains=":status:closed:"
    )
    body = OutgoingEmail.objects.get(notification=notice).message["body"]
    assert "Inga fall i badrummet på sex veckor." in body
    assert "Effekten följs upp senast 1 mars 2030." in body
    assert deviation.title in body


def test_a_confidential_case_closing_email_carries_no_content(cast):
    closed(cast, confidential=True)
    email = OutgoingEmail.objects.get(notification__event_key__contains=":status:closed:")
    body = email.message["body"]
    assert "sekretessmarkerat" in body
    assert "badrummet" not in body and "Brukare" not in body


def test_the_handler_is_reminded_once_from_the_day_until_the_follow_up_is_recorded(cast):
    deviation = closed(cast, check_on=datetime.date(2030, 3, 1))
    assert services.send_effect_check_reminders(datetime.date(2030, 2, 28)) == 0
    assert services.send_effect_check_reminders(datetime.date(2030, 3, 1)) == 1
    assert services.send_effect_check_reminders(datetime.date(2030, 3, 2)) == 0  # once
    (notice,) = Notification.objects.filter(event_key__contains=":effect-check:")
    assert notice.recipient == cast.chef  # the investigator
    assert notice.subject == f"Följ upp effekten i {deviation.number} (senast 2030-03-01)"
    assert notice.delivery == "immediate"
    with pytest.raises(ValidationError):
        services.record_effect_check(deviation, by=cast.chef, result=" ")
    services.record_effect_check(deviation, by=cast.chef, result="Fortfarande inga fall.")
    deviation.refresh_from_db()
    assert deviation.effect_checked_at is not None
    Notification.objects.all().delete()
    assert services.send_effect_check_reminders(datetime.date(2030, 4, 1)) == 0


def test_closing_asks_for_a_day_not_passed_and_the_page_records_the_follow_up(client, cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef)
    services.complete_action(action, by=cast.chef, result="Klart.")
    services.start_follow_up(deviation, by=cast.chef)
    close = reverse("deviations:transition", args=[deviation.pk, "avsluta"])
    login(client, cast.chef)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    page = client.post(close, {"evaluation": "Bra effekt.", "effect_check_on": yesterday})
    assert page.status_code == 400
    assert "Datumet har redan passerat." in page.content.decode()
    assert "Bra effekt." in page.content.decode()
    today = timezone.localdate()
    client.post(close, {"evaluation": "Bra effekt.", "effect_check_on": today.isoformat()})
    page = client.get(deviation.get_absolute_url()).content.decode()
    assert "Dags nu" in page and "Registrera uppföljningen" in page
    record = reverse("deviations:effect_check", args=[deviation.pk])
    # Wrong unit: the sibling chef may not even see the case.
    login(client, cast.sibling_chef)
    assert client.post(record, {"result": "x"}).status_code == 404
    # The reporter may read the case but not handle it.
    login(client, cast.staff)
    assert client.post(record, {"result": "x"}).status_code in (403, 404)
    login(client, cast.chef)
    assert client.post(record, {"result": ""}).status_code == 400
    client.post(record, {"result": "Håller i sig efter tre månader."})
    page = client.get(deviation.get_absolute_url()).content.decode()
    assert "Håller i sig efter tre månader." in page and "Registrera uppföljningen" not in page


@pytest.mark.parametrize(
    ("handler_language", "reporter_language", "expected"),
    [("en", "", "Utvärdering av effekt:"), ("sv", "en", "Effectiveness evaluation:")],
)
def test_the_reporter_reads_the_closing_in_their_own_language_not_the_handlers(
    cast, handler_language, reporter_language, expected
):
    cast.staff.language = reporter_language
    cast.staff.save(update_fields=["language"])
    with translation.override(handler_language):  # the handler's request
        closed(cast)
    (notice,) = Notification.objects.filter(
        recipient=cast.staff, event_key__contains=":status:closed:"
    )
    assert expected in notice.body
    assert expected in OutgoingEmail.objects.get(notification=notice).message["body"]
