"""The header search (qms.search) and the deviation list's search by number: straight to a
case by its number, otherwise matches from every module the user may see, each from its
visible_to() queryset (confidential cases exactly as the lists show them)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from deviations.models import Deviation, Feedback, Suggestion
from deviations.numbering import next_number
from tests.conftest import login
from tests.deviations.builders import People, make_action, make_deviation, make_people
from tests.factories import Tree

SEARCH = reverse("qms:search")
YEAR = timezone.localdate().year


@pytest.fixture
def people(tree: Tree) -> People:
    return make_people(tree)


def numbered(deviation: Deviation) -> Deviation:
    """Give a built deviation a real number from the counters, as reporting does."""
    deviation.number = next_number("AV", deviation.organisation, YEAR)
    Deviation.objects.filter(pk=deviation.pk).update(number=deviation.number)
    return deviation


@pytest.fixture
def cases(tree: Tree, people: People) -> dict[str, Deviation]:
    """Solgården's cases numbered AV-<year>-00001 … 00129, the last two as named below."""
    for _ in range(127):
        next_number("AV", tree.kommun, YEAR)
    fall = numbered(make_deviation(tree.solgarden, people.staff, title="Fallolycka i korridoren"))
    secret = numbered(
        make_deviation(
            tree.solgarden, people.staff, title="Fel läkemedel till boende", is_confidential=True
        )
    )
    return {"fall": fall, "secret": secret}


@pytest.mark.parametrize(
    "query", ["AV-{year}-00128", "av-{year}-128", "{year}-00128", "00128", "128"]
)
@pytest.mark.django_db
def test_a_number_in_any_form_goes_straight_to_the_case(client, people, cases, query):
    login(client, people.chef)
    response = client.get(SEARCH, {"q": query.format(year=YEAR)})
    assert response.status_code == 302
    assert response["Location"] == cases["fall"].get_absolute_url()


@pytest.mark.django_db
def test_number_search_never_finds_what_the_user_may_not_open(client, people, cases):
    # The other förvaltning's staff: neither case; Solgården's chef without sensitive access: not
    # the confidential one. The page says nothing was found and shows no title.
    for user, number in [(people.other_staff, "128"), (people.chef, "129")]:
        login(client, user)
        response = client.get(SEARCH, {"q": number})
        assert response.status_code == 200
        body = response.content.decode()
        assert "Inget du har behörighet att se matchar" in body
        assert "Fallolycka" not in body and "läkemedel" not in body
    # The chef with sensitive access over Äldreomsorg opens it.
    login(client, people.sensitive_chef)
    response = client.get(SEARCH, {"q": "129"})
    assert response["Location"] == cases["secret"].get_absolute_url()


@pytest.mark.django_db
def test_same_sequence_in_two_years_lists_both(client, tree, people, cases):
    older = make_deviation(
        tree.solgarden, people.staff, title="Larmet tystnade", created_at=timezone.now()
    )
    for _ in range(127):
        next_number("AV", tree.kommun, YEAR - 1)
    older.number = next_number("AV", tree.kommun, YEAR - 1)
    Deviation.objects.filter(pk=older.pk).update(number=older.number)
    login(client, people.chef)
    response = client.get(SEARCH, {"q": "128"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "2 ärenden har numret 128" in body
    assert older.get_absolute_url() in body and cases["fall"].get_absolute_url() in body
    # The full number still goes straight to one.
    response = client.get(SEARCH, {"q": f"AV-{YEAR - 1}-00128"})
    assert response["Location"] == older.get_absolute_url()


@pytest.mark.django_db
def test_text_search_covers_every_module_the_user_may_see(client, tree, people, cases):
    make_action(cases["fall"], owner=people.chef, title="Fallskydd i korridoren")
    make_action(cases["secret"], owner=people.sensitive_chef, title="Korridorrutin läkemedel")
    Suggestion.objects.create(
        number=next_number("FF", tree.kommun, YEAR),
        organisation=tree.kommun,
        unit=tree.solgarden,
        title="Ljus i korridoren",
        description="Bättre belysning",
        reason="Färre fall",
        submitted_by=people.staff,
    )
    Feedback.objects.create(
        number=next_number("SY", tree.kommun, YEAR),
        organisation=tree.kommun,
        unit=tree.solgarden,
        kind=Feedback.Kind.COMPLAINT,
        text="Mörkt i korridoren på kvällen",
        due_date=timezone.localdate() + datetime.timedelta(days=10),
    )
    login(client, people.chef)
    body = client.get(SEARCH, {"q": "korridoren"}).content.decode()
    for section in ["Avvikelser", "Synpunkter", "Förbättringsförslag", "Åtgärder"]:
        assert f">{section}</h2>" in body, section
    assert "Fallolycka i korridoren" in body
    assert "Fallskydd i korridoren" in body and "Ljus i korridoren" in body
    assert "läkemedel" not in body  # the confidential case's action: not for this chef

    # Staff see their own cases and suggestions, never the synpunkter queue.
    login(client, people.other_staff)
    body = client.get(SEARCH, {"q": "korridoren"}).content.decode()
    assert "Inget du har behörighet att se matchar" in body


@pytest.mark.django_db
def test_search_is_bounded_in_queries(client, tree, people, cases, django_assert_max_num_queries):
    login(client, people.chef)
    with django_assert_max_num_queries(20):
        assert client.get(SEARCH, {"q": "korridoren"}).status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get(SEARCH, {"q": "128"}).status_code == 302


@pytest.mark.django_db
def test_anonymous_search_is_sent_to_login(client):
    response = client.get(SEARCH, {"q": "128"})
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


@pytest.mark.django_db
def test_deviation_list_search_finds_a_case_by_number(client, people, cases):
    login(client, people.staff)  # the reporter finds her own case by its number
    for query in [cases["fall"].number, "00128", "128"]:
        body = client.get(reverse("deviations:list"), {"q": query}).content.decode()
        assert "1 avvikelse<" in body, query
        assert cases["fall"].number in body
    login(client, people.other_staff)
    body = client.get(reverse("deviations:list"), {"q": "128"}).content.decode()
    assert "0 avvikelser" in body
