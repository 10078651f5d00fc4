"""The action register's Excel export and bulk change of owner."""

from __future__ import annotations

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from deviations import services
from deviations.models import Action
from qms.history import history_for
from qms.models import Notification
from tests.conftest import login
from tests.deviations.builders import make_action, make_deviation

pytestmark = pytest.mark.django_db

ACTIONS = reverse("deviations:action_list")
EXPORT = reverse("deviations:action_export")
REASSIGN = reverse("deviations:action_reassign")
DUE = datetime.date(2030, 1, 31)


def test_the_filtered_register_exports_to_excel_with_only_what_the_person_sees(client, cast):
    case = make_deviation(cast.tree.solgarden, cast.staff)
    make_action(case, owner=cast.staff, unit=cast.tree.solgarden, title="=Ny rutin", due_date=DUE)
    make_action(None, owner=cast.chef, unit=cast.tree.solgarden, title="Klar", status="done")
    make_action(None, owner=cast.sibling_chef, unit=cast.tree.homecare, title="Hemtjänsten")
    login(client, cast.chef)
    assert (
        f'href="{EXPORT}?status=planned"'
        in client.get(ACTIONS, {"status": "planned"}).content.decode()
    )
    response = client.get(EXPORT, {"status": "planned"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Cache-Control"] == "private, no-store"
    rows = list(load_workbook(io.BytesIO(response.content)).active.values)
    assert rows[0][:6] == ("Åtgärd", "Typ", "Källa", "Enhet", "Ansvarig", "Klart senast")
    assert [row[0] for row in rows[1:]] == ["=Ny rutin"]  # text, never a formula
    assert rows[1][2] == case.number and rows[1][5] == datetime.datetime(2030, 1, 31)
    # A bad filter is sent back to the list with a message, not exported unfiltered.
    response = client.get(EXPORT, {"enhet": "abc"})
    assert response.status_code == 302 and response.url.startswith(ACTIONS)


def test_a_chef_gives_ticked_actions_a_new_owner_once_with_history_and_one_notice(client, cast):
    leaving = cast.staff
    first, second, stale = (
        make_action(None, owner=leaving, unit=cast.tree.solgarden, title=f"Åtgärd {n}")
        for n in range(3)
    )
    other_unit = make_action(None, owner=cast.other_staff, unit=cast.tree.homecare, title="Annan")
    login(client, cast.chef)
    page = client.get(ACTIONS).content.decode()
    assert f'value="{first.pk}:{leaving.pk}" form="bulk-reassign"' in page
    assert f'id="valj-{other_unit.pk}"' not in page  # not the chef's unit: not even listed
    Action.objects.filter(pk=stale.pk).update(owner=cast.coordinator)  # changed meanwhile
    post = {
        "owner": cast.chef.pk,
        "valda": [f"{a.pk}:{leaving.pk}" for a in (first, second, stale)]
        + [f"{other_unit.pk}:{cast.other_staff.pk}"],
        "tillbaka": "status=planned&efter=x",
        "submission_token": "r" * 32,
    }
    response = client.post(REASSIGN, post)
    assert response.url == f"{ACTIONS}?status=planned"
    owners = dict(Action.objects.values_list("title", "owner_id"))
    assert owners == {
        "Åtgärd 0": cast.chef.pk,
        "Åtgärd 1": cast.chef.pk,
        "Åtgärd 2": cast.coordinator.pk,  # not overwritten
        "Annan": cast.other_staff.pk,
    }
    shown = [str(m) for m in response.wsgi_request._messages]
    assert shown == [
        f"2 åtgärder har nu {cast.chef} som ansvarig.",
        "2 åtgärder ändrades inte: de hade fått en annan ansvarig under tiden, är avslutade "
        "eller så får du inte ändra dem.",
    ]
    (change,) = [e for e in history_for(first) if e.action != "insert"]
    assert change.user == cast.chef and "Ansvarig" in change.changes
    # The same form sent again changes nothing more.
    client.post(REASSIGN, {**post, "owner": cast.coordinator.pk})
    assert Action.objects.get(pk=first.pk).owner == cast.chef
    assert Notification.objects.filter(event_key__startswith="actions:reassigned").count() == 0
    # (the chef gave them to themself: no notice); to someone else, one notice for all.
    login(client, cast.coordinator)
    client.post(
        REASSIGN,
        {
            "owner": leaving.pk,
            "valda": [f"{first.pk}:{cast.chef.pk}", f"{second.pk}:{cast.chef.pk}"],
        },
    )
    (notice,) = Notification.objects.filter(recipient=leaving, event_key__startswith="actions:")
    assert notice.subject == f"{cast.coordinator} gjorde dig ansvarig för 2 åtgärder"


def test_staff_get_no_tick_boxes_and_cannot_reassign(client, cast):
    mine = make_action(None, owner=cast.staff, unit=cast.tree.solgarden, title="Min")
    login(client, cast.staff)
    assert "bulk-reassign" not in client.get(ACTIONS).content.decode()
    # The owner may work on the action but not give it away.
    changed, skipped = services.reassign_actions(
        {mine.pk: cast.staff.pk}, by=cast.staff, owner=cast.chef
    )
    assert (changed, skipped) == ([], [mine.pk])
    response = client.post(
        REASSIGN, {"owner": cast.other_staff.pk, "valda": [f"{mine.pk}:{cast.staff.pk}"]}
    )
    assert response.status_code == 200  # another unit's person is not offered to staff
    assert Action.objects.get(pk=mine.pk).owner == cast.staff


def test_nothing_ticked_is_explained_and_the_chosen_person_kept(client, cast):
    make_action(None, owner=cast.staff, unit=cast.tree.solgarden)
    login(client, cast.chef)
    response = client.post(REASSIGN, {"owner": cast.staff.pk, "valda": []})
    page = response.content.decode()
    assert response.status_code == 200 and "Markera minst en åtgärd i listan." in page
    assert f'<option value="{cast.staff.pk}" selected>' in page
