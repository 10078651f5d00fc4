"""Audit history: who changed what, when and from which request — bulk changes included."""

from __future__ import annotations

import pghistory
import pytest
from django.urls import reverse
from pghistory.models import Events

from qms.history import history_for
from qms.models import Membership, OrganisationUnit, Role
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_change_through_the_app_records_user_url_and_diff(client, tree):
    coordinator = make_user(tree.group, Role.COORDINATOR)
    login(client, coordinator)
    url = reverse("qms:unit_update", args=[tree.solgarden.pk])
    client.post(
        url, {"name": "Solgårdens boende", "kind": "unit", "code": "t-solg", "is_active": ""}
    )

    update = Events.objects.tracks(tree.solgarden).filter(pgh_context__url=url).get()
    assert update.pgh_context["user"] == coordinator.pk
    assert update.pgh_context["url"] == url
    assert update.pgh_context["method"] == "POST"
    assert update.pgh_diff["name"] == ["Solgården", "Solgårdens boende"]
    assert update.pgh_diff["is_active"] == [True, False]
    # Shown to people with labels and readable values, in the model's field order.
    entry = next(e for e in history_for(tree.solgarden) if e.url == url)
    assert entry.changes == {"Namn": ("Solgården", "Solgårdens boende"), "Aktiv": ("Ja", "Nej")}
    assert list(entry.changes) == ["Namn", "Aktiv"]


def test_bulk_update_is_recorded_for_every_row(tree):
    with pghistory.context(user=None, url="manage.py"):
        changed = OrganisationUnit.objects.filter(path__startswith=tree.elderly.path).update(
            is_active=False
        )
    assert changed == 3
    for unit in (tree.elderly, tree.solgarden, tree.homecare):
        event = Events.objects.tracks(unit).filter(pgh_context__url="manage.py").get()
        assert event.pgh_diff == {"is_active": [True, False]}
        assert event.pgh_context["url"] == "manage.py"


def test_delete_is_recorded(tree):
    user = make_user(tree.solgarden, Role.STAFF)
    membership = user.memberships.get()
    membership_id = membership.pk
    membership.delete()
    labels = list(
        Membership.pgh_event_model.objects.filter(pgh_obj_id=membership_id)
        .order_by("pgh_id")
        .values_list("pgh_label", flat=True)
    )
    assert labels == ["insert", "delete"]


def test_password_changes_are_not_copied_into_history(tree):
    user = make_user(tree.solgarden, Role.STAFF)
    before = Events.objects.tracks(user).count()
    user.set_password("Ett-helt-nytt-lösenord-7")
    user.save()
    assert Events.objects.tracks(user).count() == before
    assert all("password" not in (e.pgh_data or {}) for e in Events.objects.tracks(user))


def test_history_page_shows_who_changed_what(client, tree):
    coordinator = make_user(tree.group, Role.COORDINATOR, first_name="Sara", last_name="Lind")
    login(client, coordinator)
    client.post(
        reverse("qms:unit_update", args=[tree.homecare.pk]),
        {"name": "Hemtjänst Centrum", "kind": "unit", "code": "t-ht", "is_active": "on"},
    )
    entries = history_for(tree.homecare)
    assert entries[0].action == "update" and entries[0].user == coordinator
    assert entries[0].changes == {"Namn": ("Hemtjänsten", "Hemtjänst Centrum")}

    page = client.get(reverse("qms:unit_history", args=[tree.homecare.pk])).content.decode()
    assert "Sara Lind" in page and "Hemtjänst Centrum" in page and "Hemtjänsten" in page
