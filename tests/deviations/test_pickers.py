"""Pickers (qms.pickers): a bounded number of options however large the tree, a search that
offers only what the form accepts and the user may see, and the no-JavaScript select."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from deviations.models import Deviation
from qms import pickers
from qms.models import OrganisationUnit, Role
from tests.conftest import login
from tests.deviations.builders import make_deviation, make_people
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LIST = reverse("deviations:list")
LIMIT = 5


@pytest.fixture(autouse=True)
def small_limit(monkeypatch):
    monkeypatch.setattr(pickers.PickerMixin, "limit", LIMIT)


@pytest.fixture
def people(tree):
    return make_people(tree)


def many_units(parent: OrganisationUnit, count: int) -> list[OrganisationUnit]:
    K = OrganisationUnit.Kind
    return [
        OrganisationUnit.objects.add_child(
            OrganisationUnit.objects.get(pk=parent.pk),
            {"name": f"Gruppbostad {n:02d}", "kind": K.UNIT, "code": f"t-gb{n:02d}"},
        )
        for n in range(count)
    ]


def options(html: str, select_id: str) -> list[tuple[str, str]]:
    select = re.search(rf'<select[^>]*id="{select_id}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)


def test_the_list_shows_the_top_of_the_tree_and_the_selected_unit(client, tree, people):
    deep = many_units(tree.elderly, 12)
    make_deviation(deep[-1], people.staff)
    login(client, people.coordinator)
    html = client.get(LIST).content.decode()
    shown = options(html, "id_enhet")
    assert len(shown) == LIMIT + 1  # "Alla enheter" and LIMIT units
    # The shallowest levels first: the kommun and its förvaltningar are offered.
    assert str(tree.kommun.pk) in dict(shown) and str(tree.social.pk) in dict(shown)
    assert "Alla alternativ visas inte" in html
    assert f'hx-get="{reverse("qms:picker", args=["avvikelser-enhet"])}?falt=enhet"' in html

    # A unit beyond the first options is still accepted, filters the list and is shown chosen.
    response = client.get(LIST, {"enhet": deep[-1].pk})
    assert response.context["filter"].is_valid()
    html = response.content.decode()
    assert (str(deep[-1].pk), "\u00a0\u00a0" * 4 + "Gruppbostad 11") in options(html, "id_enhet")
    assert re.search(rf'<option value="{deep[-1].pk}" selected>', html)
    assert len(response.context["page"].items) == 1


def test_search_finds_units_in_sight_only(client, tree, people):
    many_units(tree.elderly, 3)
    url = reverse("qms:picker", args=["avvikelser-enhet"])
    login(client, people.coordinator)
    html = client.get(url, {"falt": "enhet", "q": "gruppbostad 01"}).content.decode()
    assert re.findall(r">([^<]+)</option>", html) == ["Alla enheter", "Gruppbostad 01 (t-gb01)"]

    login(client, people.chef)  # Solgården only: the group homes are out of sight
    html = client.get(url, {"falt": "enhet", "q": "gruppbostad"}).content.decode()
    assert "Gruppbostad" not in html
    html = client.get(url, {"falt": "enhet", "q": "solg"}).content.decode()
    assert "Solgården" in html

    # The selected option is kept when the search does not match it.
    html = client.get(
        url, {"falt": "enhet", "enhet": tree.solgarden.pk, "q": "xyz"}
    ).content.decode()
    assert f'<option value="{tree.solgarden.pk}" selected>' in html


def test_unknown_picker_and_subjects_out_of_sight_are_not_found(client, tree, people):
    login(client, people.chef)
    assert client.get(reverse("qms:picker", args=["finns-inte"])).status_code == 404
    owner = reverse("qms:picker", args=["atgard-ansvarig"])
    assert client.get(owner, {"falt": "owner", "enhet": tree.school.pk}).status_code == 404
    assert client.get(owner, {"falt": "owner", "enhet": "x"}).status_code == 404
    secret = make_deviation(tree.homecare, people.staff)
    investigator = reverse("qms:picker", args=["utredare"])
    response = client.get(investigator, {"falt": "investigator", "avvikelse": secret.pk})
    assert response.status_code == 404
    login(client, people.staff)
    assert client.get(reverse("qms:picker", args=["statistik-enhet"])).status_code == 404


def test_case_page_offers_the_units_people_first_and_searches_the_organisation(
    client, tree, people
):
    aabergs = [
        make_user(tree.school, Role.STAFF, first_name="Anna", last_name=f"Aaberg {n}")
        for n in range(8)
    ]
    deviation = make_deviation(tree.solgarden, people.staff)
    Deviation.objects.filter(pk=deviation.pk).update(status=Deviation.Status.INVESTIGATING)
    login(client, people.chef)
    # The new action's form is read when its section of the case page opens (its own page).
    html = client.get(reverse("deviations:action_create", args=[deviation.pk])).content.decode()
    owners = options(html, "id_owner")
    assert len(owners) == LIMIT + 1
    # Solgården's chef and staff come before the Aabergs of the school, who sort first by name.
    assert {value for value, _label in owners[1:3]} == {str(people.chef.pk), str(people.staff.pk)}
    assert "Aaberg" in owners[3][1]

    url = reverse("qms:picker", args=["atgard-ansvarig"])
    query = {"falt": "owner", "enhet": tree.solgarden.pk, "q": "aaberg"}
    found = re.findall(r">([^<]+)</option>", client.get(url, query).content.decode())
    assert found == ["---------"] + [
        f"Anna Aaberg {n} ({a.username})" for n, a in enumerate(aabergs)
    ]
    query["q"] = f"anna {aabergs[7].username}"
    found = re.findall(r">([^<]+)</option>", client.get(url, query).content.decode())
    assert found == ["---------", f"Anna Aaberg 7 ({aabergs[7].username})"]


def test_report_form_offers_the_top_of_the_tree_and_searches_the_rest(client, tree, people):
    from deviations.forms import ReportForm

    deep = many_units(tree.elderly, 8)
    login(client, people.coordinator)
    html = client.get(reverse("deviations:create")).content.decode()
    shown = options(html, "id_unit")
    # LIMIT units from the top of the tree (no empty choice: the unit is required) and the
    # coordinator's own unit, preselected, among them.
    assert len(shown) == LIMIT + 1
    assert str(tree.kommun.pk) in dict(shown)
    assert re.search(rf'<option value="{tree.kommun.pk}" selected>', html)
    assert str(deep[-1].pk) not in dict(shown)
    assert f'hx-get="{reverse("qms:picker", args=["rapport-enhet"])}?falt=unit"' in html

    # A unit beyond the options shown is accepted: the field's choices are unchanged.
    form = ReportForm(
        {"unit": deep[-1].pk, "title": "t", "description": "d", "occurred_at": "2026-01-01T08:00"},
        user=people.coordinator,
    )
    assert form.is_valid(), form.errors

    url = reverse("qms:picker", args=["rapport-enhet"])
    found = client.get(url, {"falt": "unit", "q": "gruppbostad 07"}).content.decode()
    assert re.findall(r">([^<]+)</option>", found)[-1] == "Gruppbostad 07 (t-gb07)"
    # Staff report on their own unit's subtree only: the group homes are out of reach.
    login(client, people.staff)
    found = client.get(url, {"falt": "unit", "q": "gruppbostad"}).content.decode()
    assert "Gruppbostad" not in found
    assert "Solgården" in client.get(url, {"falt": "unit", "q": "solg"}).content.decode()


def test_the_options_are_read_with_the_columns_they_show(client, tree, people):
    """A case page's person pickers read only what their options show (label_fields): a
    person's password hash, e-mail and thirty other columns stay in the database."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    deviation = make_deviation(tree.solgarden, people.staff)
    Deviation.objects.filter(pk=deviation.pk).update(status=Deviation.Status.INVESTIGATING)
    login(client, people.chef)
    with CaptureQueriesContext(connection) as queries:
        case = client.get(deviation.get_absolute_url()).content.decode()
        form = client.get(reverse("deviations:action_create", args=[deviation.pk]))
    assert options(case, "id_investigator")
    assert len(options(form.content.decode(), "id_owner")) == LIMIT + 1
    people_reads = [  # options: the names, in name order (by position in the SELECT list)
        q["sql"]
        for q in queries
        if q["sql"].startswith('SELECT "qms_user"."id" AS "pk", "qms_user"."last_name"')
        and " ORDER BY " in q["sql"]
    ]
    assert len(people_reads) >= 2, "the investigator and owner pickers read no people"
    for sql in people_reads:
        columns = sql.split(" FROM ")[0]
        assert '"last_name"' in columns and '"password"' not in columns, sql
