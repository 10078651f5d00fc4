"""The webhook pages (/api-nycklar/webhooks/): a person's or a managed service account's
subscriptions, made with the signing key shown once, the delivery log; and who gets the
API-nycklar pages at all (personal tokens only for roles that have a use for them)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from api import services
from api.models import WebhookSubscription
from qms.models import Role
from tests.api.conftest import report
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def _form(**overrides) -> dict:
    data = {
        "name": "Diariet",
        "url": "https://diarie.example.se/qms",
        "event_types": ["deviation.reported", "feedback.answered"],
        "submission_token": "w" * 30,
    }
    return {**data, **overrides}


def test_a_chef_subscribes_sees_the_key_once_and_then_the_delivery_log(client, cast):
    login(client, cast.chef)
    assert client.get("/api-nycklar/webhooks/").status_code == 200
    # Bad input: Swedish errors, what was typed kept, nothing made.
    page = client.post("/api-nycklar/webhooks/", _form(url="inte en adress", event_types=[]))
    html = page.content.decode()
    assert page.status_code == 200 and not WebhookSubscription.objects.exists()
    assert "Fyll i en giltig URL." in html and "Detta fält måste fyllas i." in html
    assert 'value="Diariet"' in html

    response = client.post("/api-nycklar/webhooks/", _form())
    assert response.status_code == 302
    subscription = WebhookSubscription.objects.get()
    assert (subscription.owner, subscription.event_types) == (
        cast.chef,
        ["deviation.reported", "feedback.answered"],
    )
    shown = client.get(response["Location"]).content.decode()
    assert re.search(r'id="webhook-secret">([0-9a-f]{64})<', shown).group(1) == subscription.secret
    assert "no-store" in client.get(response["Location"])["Cache-Control"]
    # A double click makes one; the key is not shown again.
    again = client.post("/api-nycklar/webhooks/", _form())
    assert WebhookSubscription.objects.count() == 1
    assert subscription.secret not in client.get(again["Location"]).content.decode()

    deviation = report(cast)
    log = client.get(response["Location"]).content.decode()
    assert "deviation.reported" in log and "väntar" in log
    listing = client.get("/api-nycklar/webhooks/").content.decode()
    assert "https://diarie.example.se/qms" in listing
    assert deviation.title not in listing

    response = client.post(reverse("api_pages:webhook_delete", args=[subscription.pk]))
    assert response.status_code == 302 and not WebhookSubscription.objects.exists()


def test_webhook_pages_refuse_the_wrong_person_role_and_unit(client, cast):
    own = services.create_subscription(
        owner=cast.chef, by=cast.chef, name="Mitt", url="https://a.example.se/", events=["x"]
    )
    account = services.create_service_account(
        by=cast.coordinator, name="Diariet", description="", unit=cast.tree.social, role="staff"
    )
    theirs = services.create_subscription(
        owner=account.user,
        by=cast.coordinator,
        name="Diariets",
        url="https://d.example.se/",
        events=["deviation.closed"],
    )
    detail = reverse("api_pages:webhook", args=[own.pk])
    account_page = reverse("api_pages:service_account_webhooks", args=[account.pk])
    # Another chef (another unit) and another förvaltning's chef: someone else's is a 404.
    for outsider in (cast.sibling_chef, cast.school_chef):
        login(client, outsider)
        assert client.get(detail).status_code == 404
        assert client.post(reverse("api_pages:webhook_delete", args=[own.pk])).status_code == 404
        assert client.get(reverse("api_pages:webhook", args=[theirs.pk])).status_code == 404
        assert client.get(account_page).status_code == 404
    # A chef over the account's unit sees the account but does not manage it.
    login(client, make_user(cast.tree.social, Role.MANAGER))
    assert client.get(account_page).status_code == 403
    # Staff and board members have no webhook pages of their own.
    for person in (cast.staff, cast.board):
        login(client, person)
        assert client.get("/api-nycklar/webhooks/").status_code == 403
        assert client.post("/api-nycklar/webhooks/", _form()).status_code == 403
    # The coordinator manages the account's subscriptions and makes one for it.
    login(client, cast.coordinator)
    assert "Diariets" in client.get(account_page).content.decode()
    assert client.get(reverse("api_pages:webhook", args=[theirs.pk])).status_code == 200
    response = client.post(account_page, _form(name="Diariet 2"))
    assert response.status_code == 302
    assert WebhookSubscription.objects.get(name="Diariet 2").owner == account.user
    assert client.get(detail).status_code == 404  # the chef's own is still the chef's


def test_api_keys_are_in_the_menu_of_those_who_have_a_use_for_them(client, cast):
    """Chefs, coordinators, auditors and the legal officers build reports and connect systems;
    a medarbetare and a board member get no menu entry and no page (403)."""
    tree = cast.tree
    expected = {
        cast.chef: True,
        cast.coordinator: True,
        make_user(tree.kommun, Role.AUDITOR): True,
        make_user(tree.social, Role.MAS): True,
        cast.staff: False,
        cast.board: False,
    }
    for person, has_them in expected.items():
        login(client, person)
        home = client.get(reverse("home")).content.decode()
        assert ("API-nycklar" in home) is has_them, person.roles()
        assert client.get("/api-nycklar/").status_code == (200 if has_them else 403)
