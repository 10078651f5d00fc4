"""Deactivating an account on its page tells the coordinators what the person leaves open."""

from __future__ import annotations

import pytest
from django.urls import reverse

from qms.models import Notification, Role
from tests.conftest import login
from tests.deviations.builders import make_action, make_deviation
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_unticking_active_sends_one_hand_over_notice(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    leaving = make_user(tree.solgarden, Role.STAFF, first_name="Lena", last_name="Lämnar")
    case = make_deviation(tree.solgarden, leaving, title="Trasig lyft", investigator=leaving)
    make_action(case, owner=leaving, title="Beställ ny lyft")
    login(client, coordinator)
    url = reverse("qms:user_update", args=[leaving.pk])
    form = client.get(url).context["form"]
    data = {name: form[name].value() or "" for name in form.fields if name != "is_active"}
    assert client.post(url, data).status_code == 302
    leaving.refresh_from_db()
    assert not leaving.is_active
    notice = Notification.objects.get(recipient=coordinator)
    assert "Lena Lämnar" in notice.subject
    assert "Trasig lyft" in notice.body and "Beställ ny lyft" in notice.body
    page = client.get(reverse("qms:user_detail", args=[leaving.pk])).content.decode()
    assert "Att lämna över" in page and "Beställ ny lyft" in page
    # Saving the inactive account again sends nothing more.
    form = client.get(url).context["form"]
    data = {name: form[name].value() or "" for name in form.fields if name != "is_active"}
    client.post(url, data)
    assert Notification.objects.filter(recipient=coordinator).count() == 1
