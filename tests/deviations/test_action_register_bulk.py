"""The action register's Excel export and bulk changes of owner and due date."""

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
RESCHEDULE = reverse("deviations:action_reschedule")
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
    assert f'value="{first.pk}:{leaving.pk}:{first.due_date}" form="bulk-actions"' in page
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
        "eller så får du inte ändra dem. Det gäller ”Åtgärd 2”.",  # not the one she cannot see
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
    assert "bulk-actions" not in client.get(ACTIONS).content.decode()
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


def tick(action: Action) -> str:
    return f"{action.pk}:{action.owner_id}:{action.due_date.isoformat()}"


def test_a_chef_moves_ticked_due_dates_once_with_history_and_says_which_were_skipped(client, cast):
    today = datetime.date.today()
    first, second, stale, done = (
        make_action(
            None,
            owner=cast.staff,
            unit=cast.tree.solgarden,
            title=f"Åtgärd {n}",
            due_date=today + datetime.timedelta(days=n + 1),
        )
        for n in range(4)
    )
    ticks = [tick(a) for a in (first, second, stale, done)]
    Action.objects.filter(pk=done.pk).update(status=Action.Status.DONE)
    Action.objects.filter(pk=stale.pk).update(due_date=DUE)  # moved by someone meanwhile
    other_unit = make_action(None, owner=cast.other_staff, unit=cast.tree.homecare, title="Annan")
    secret = make_action(
        None, owner=cast.other_staff, unit=cast.tree.solgarden, title="Hemlig", is_confidential=True
    )
    login(client, cast.chef)
    page = client.get(ACTIONS).content.decode()
    assert f'formaction="{RESCHEDULE}"' in page and f'value="{tick(first)}"' in page
    assert f'id="valj-{secret.pk}"' not in page  # the chef may not read confidential cases
    post = {
        "days": "14",
        "valda": [*ticks, tick(other_unit), tick(secret)],
        "tillbaka": "status=planned",
        "submission_token": "d" * 32,
    }
    cast.staff.language = "en"  # the owner reads English; the chef works in Swedish
    cast.staff.save(update_fields=["language"])
    response = client.post(RESCHEDULE, post)
    assert response.url == f"{ACTIONS}?status=planned"
    dates = dict(Action.objects.values_list("title", "due_date"))
    assert dates == {
        "Åtgärd 0": today + datetime.timedelta(days=15),
        "Åtgärd 1": today + datetime.timedelta(days=16),
        "Åtgärd 2": DUE,  # not moved again
        "Åtgärd 3": today + datetime.timedelta(days=4),  # done: left as it was
        "Annan": other_unit.due_date,
        "Hemlig": secret.due_date,
    }
    shown = [str(m) for m in response.wsgi_request._messages]
    assert shown == [
        "Klart senast är ändrat för 2 åtgärder.",
        "4 åtgärder ändrades inte: de hade fått ett annat datum under tiden, är avslutade eller "
        "så får du inte ändra dem. Det gäller ”Åtgärd 3”, ”Åtgärd 2”.",  # only what she sees
    ]
    (change,) = [e for e in history_for(first) if e.action != "insert"]
    assert change.user == cast.chef and "Klart senast" in change.changes
    (notice,) = Notification.objects.filter(recipient=cast.staff)
    assert notice.subject == f"{cast.chef} changed the due date of 2 of your actions"
    assert notice.event_key.startswith("actions:rescheduled:")
    # Sent twice (a double click): the one-time token; a new token with the old page: the
    # dates it showed are gone, so nothing moves a second time.
    client.post(RESCHEDULE, post)
    client.post(RESCHEDULE, {**post, "submission_token": "e" * 32})
    assert Action.objects.get(pk=first.pk).due_date == today + datetime.timedelta(days=15)
    assert Notification.objects.filter(recipient=cast.staff).count() == 1
    # One date for all.
    client.post(
        RESCHEDULE,
        {"due_date": DUE.isoformat(), "valda": [tick(Action.objects.get(pk=second.pk))]},
    )
    assert Action.objects.get(pk=second.pk).due_date == DUE


def test_staff_and_chefs_of_other_units_cannot_move_due_dates(client, cast):
    mine = make_action(None, owner=cast.staff, unit=cast.tree.solgarden, title="Min")
    for person in (cast.staff, cast.sibling_chef):
        login(client, person)
        response = client.post(RESCHEDULE, {"days": "7", "valda": [tick(mine)]})
        assert response.status_code == 302
        assert Action.objects.get(pk=mine.pk).due_date == mine.due_date
    # The owner may see her action: it is named; the other unit's chef learns nothing of it.
    shown = [str(m) for m in response.wsgi_request._messages]
    assert shown[-1].startswith("1 åtgärd ändrades inte") and "Min" not in shown[-1]
    changed, skipped = services.reschedule_actions({mine.pk: mine.due_date}, by=cast.staff, days=7)
    assert (changed, skipped) == ([], [mine.pk])


def test_a_wrong_reschedule_keeps_what_was_typed_and_the_ticks(client, cast):
    action = make_action(None, owner=cast.staff, unit=cast.tree.solgarden, title="Kvar")
    login(client, cast.chef)
    for data, error in (
        ({}, "Ange antingen ett antal dagar eller ett datum."),
        ({"days": "3", "due_date": DUE.isoformat()}, "Ange antingen ett antal dagar"),
        ({"due_date": "2001-01-01"}, "Datumet har redan passerat."),
        ({"days": "0"}, "större än eller lika med 1"),
    ):
        response = client.post(RESCHEDULE, {**data, "valda": [tick(action)]})
        page = response.content.decode()
        assert response.status_code == 200 and error in page, data
        assert f'value="{tick(action)}" form="bulk-actions" id="valj-{action.pk}"' in page
        assert "checked" in page.split(f'id="valj-{action.pk}"')[1][:60]
    assert Action.objects.get(pk=action.pk).due_date == action.due_date
    response = client.post(RESCHEDULE, {"days": "3", "valda": []})
    assert "Markera minst en åtgärd i listan." in response.content.decode()
    assert 'name="days" value="3"' in response.content.decode()
