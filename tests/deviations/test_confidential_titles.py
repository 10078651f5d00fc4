"""One rule for a confidential case's title (issue 15): whoever may read the case sees its title
everywhere it is named – start page, list, search; nobody else sees it anywhere."""

from __future__ import annotations

import pytest
from django.urls import reverse

from deviations.models import Deviation
from tests.conftest import login
from tests.deviations.builders import People, make_deviation, make_people
from tests.factories import Tree

TITLE = "Fel dos till boende på avdelning 2"
PAGES = [
    reverse("home"),
    reverse("deviations:list"),
    reverse("deviations:list") + "?status=reported",
    reverse("qms:search") + "?q=dos",
]


@pytest.fixture
def people(tree: Tree) -> People:
    return make_people(tree)


@pytest.fixture
def secret(tree: Tree, people: People) -> Deviation:
    return make_deviation(
        tree.solgarden,
        people.staff,
        title=TITLE,
        is_confidential=True,
        investigator=people.sensitive_chef,
        status=Deviation.Status.INVESTIGATING,
    )


@pytest.mark.django_db
def test_readers_see_the_title_everywhere(client, people, secret):
    # The reporter, the investigator (also the new-cases panel of a chef with sensitive access).
    for user in (people.staff, people.sensitive_chef):
        login(client, user)
        for page in PAGES[:2]:
            assert TITLE in client.get(page).content.decode(), (user, page)
    Deviation.objects.filter(pk=secret.pk).update(
        status=Deviation.Status.REPORTED, investigator=None
    )
    login(client, people.sensitive_chef)
    home = client.get(reverse("home")).content.decode()
    assert "Nya, inte påbörjade" in home and TITLE in home


@pytest.mark.django_db
def test_others_never_see_the_title(client, people, secret):
    for user in (people.chef, people.coordinator, people.other_staff, people.sibling_chef):
        login(client, user)
        for page in PAGES:
            body = client.get(page).content.decode()
            assert TITLE not in body and secret.number not in body, (user, page)
