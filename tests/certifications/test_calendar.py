"""The secret calendar feed: valid iCalendar, only the user's scope, and a rotatable token."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from certifications.models import CalendarFeed
from tests.certifications.factories import make_certificate
from tests.conftest import login

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.BASE_URL = "https://qms.example.se"


def new_feed_url(client, user) -> str:
    """Make (or replace) the user's address the way a user does, and read it off the page. It is
    built from BASE_URL, not from the host the request named (here `testserver`)."""
    login(client, user)
    response = client.post(reverse("certifications:calendar"), follow=True)
    match = re.search(
        r'value="(https://qms\.example\.se/certifieringar/kalender/[^"]+\.ics)"',
        response.content.decode(),
    )
    assert match, response.content.decode()
    client.logout()
    return match.group(1).removeprefix("https://qms.example.se")


def test_feed_parses_as_icalendar_and_shows_only_the_users_scope(client, tree, people):
    today = timezone.localdate()
    social = make_certificate(
        [tree.social], people.responsible, issue_date=today - datetime.timedelta(days=300)
    )
    make_certificate(
        [tree.company],
        people.company_manager,
        code="iso-50001",
        issue_date=today - datetime.timedelta(days=300),
    )
    url = new_feed_url(client, people.unit_manager)

    response = client.get(url)  # no session: the token is the key

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    summaries = {str(event["SUMMARY"]) for event in events}
    assert "Övervakningsrevision år 2: ISO 9001:2015 Ledningssystem för kvalitet" in summaries
    assert "ISO 9001:2015 Ledningssystem för kvalitet går ut" in summaries
    assert not any("50001" in summary for summary in summaries)
    surveillance = next(
        e for e in events if str(e["SUMMARY"]).startswith("Övervakningsrevision år 2")
    )
    assert (
        surveillance.decoded("DTSTART")
        == social.current_cycle.events.get(name="Övervakningsrevision år 2").planned_date
    )
    assert str(surveillance["URL"]) == f"https://qms.example.se{social.get_absolute_url()}"
    assert len({str(event["UID"]) for event in events}) == len(events)


def test_rotated_token_stops_the_old_address(client, people, certificate):
    old = new_feed_url(client, people.coordinator)
    assert client.get(old).status_code == 200
    new = new_feed_url(client, people.coordinator)
    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    assert CalendarFeed.objects.filter(user=people.coordinator).count() == 1


def test_only_a_hash_of_the_token_is_stored_and_the_address_is_shown_once(client, people):
    url = new_feed_url(client, people.staff)
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    feed = CalendarFeed.objects.get(user=people.staff)
    assert token not in feed.token_hash and len(token) >= 40
    login(client, people.staff)
    page = client.get(reverse("certifications:calendar")).content.decode()
    assert token not in page and "Skapa ny adress" in page


def test_unknown_token_and_inactive_user_get_nothing(client, people):
    assert client.get(reverse("certifications:calendar_feed", args=["gissning"])).status_code == 404
    url = new_feed_url(client, people.coordinator)
    people.coordinator.is_active = False
    people.coordinator.save()
    assert client.get(url).status_code == 404
