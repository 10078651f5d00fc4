"""Saved filters on the deviation list and the action register: private, never wider."""

from __future__ import annotations

import pytest
from django.urls import reverse

from deviations.models import SavedFilter
from tests.conftest import login
from tests.deviations.builders import make_action, make_deviation

pytestmark = pytest.mark.django_db

LIST = reverse("deviations:list")
ACTIONS = reverse("deviations:action_list")
SAVE = reverse("deviations:saved_filter_create")


def test_a_filter_saved_under_a_name_becomes_a_quick_link_for_its_owner_only(client, cast):
    home = make_deviation(cast.tree.homecare, cast.other_staff, title="Fel i hemtjänsten")
    make_deviation(cast.tree.solgarden, cast.staff, title="Fall på Solgården")
    login(client, cast.coordinator)
    page = client.get(LIST, {"enhet": cast.tree.homecare.pk, "efter": "x"}).content.decode()
    assert "Spara filtret" in page
    response = client.post(
        SAVE,
        {
            "name": " Hemtjänsten ",
            "list": "deviations",
            "query": f"enhet={cast.tree.homecare.pk}&efter=x",
            "submission_token": "t" * 32,
        },
    )
    saved = SavedFilter.objects.get()
    assert (saved.user, saved.name, saved.query) == (
        cast.coordinator,
        "Hemtjänsten",
        f"enhet={cast.tree.homecare.pk}",  # the page cursor is not part of a filter
    )
    assert response.url == f"{LIST}?enhet={cast.tree.homecare.pk}"
    page = client.get(response.url).content.decode()
    assert f'href="{response.url}" aria-current="true">Hemtjänsten</a>' in page
    assert home.title in page and "Fall på Solgården" not in page
    assert "Spara filtret" not in page  # this filter is already saved
    # Another list, and the htmx fragment of the unfiltered list, show it too.
    fragment = client.get(LIST, headers={"HX-Request": "true"}).content.decode()
    assert "Hemtjänsten</a>" in fragment and "<html" not in fragment
    assert "Hemtjänsten</a>" not in client.get(ACTIONS).content.decode()

    # Private: another person neither sees nor removes it.
    login(client, cast.chef)
    assert "Hemtjänsten</a>" not in client.get(LIST).content.decode()
    remove = reverse("deviations:saved_filter_delete", args=[saved.pk])
    assert client.post(remove).status_code == 404
    login(client, cast.coordinator)
    assert client.post(remove).url == LIST
    assert not SavedFilter.objects.exists()


def test_a_name_used_before_is_refused_in_swedish_and_the_typed_name_kept(client, cast):
    SavedFilter.objects.create(user=cast.chef, list="actions", name="Försenade", query="a=1")
    login(client, cast.chef)
    response = client.post(SAVE, {"name": "försenade", "list": "actions", "query": "forsenade=on"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Du har redan ett filter med det namnet här." in page
    assert 'value="försenade"' in page and f'href="{ACTIONS}?forsenade=on"' in page
    assert SavedFilter.objects.count() == 1


def test_a_saved_filter_never_shows_more_than_the_person_may_see(client, cast):
    """A filter naming a unit outside the person's scope (an edited row, a role taken away)
    finds nothing there: the list starts from visible_to()."""
    school_action = make_action(
        None, owner=cast.school_chef, unit=cast.tree.school, title="Brandövning i skolan"
    )
    make_action(None, owner=cast.chef, unit=cast.tree.solgarden, title="Solgården")
    saved = SavedFilter.objects.create(
        user=cast.chef, list="actions", name="Skolan", query=f"enhet={cast.tree.school.pk}"
    )
    login(client, cast.chef)
    page = client.get(saved.get_absolute_url()).content.decode()
    assert school_action.title not in page and "Filtret kunde inte användas" in page
