"""The deviation list and the action register: filters, search, keyset pages, permissions."""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from deviations.models import Action, Deviation, Severity
from deviations.pagination import PAGE_SIZE
from qms.models import Role
from tests.conftest import login
from tests.deviations.builders import (
    People,
    make_action,
    make_actions,
    make_category,
    make_deviation,
    make_deviations,
    make_people,
)
from tests.factories import Tree, make_user

LIST = reverse("deviations:list")
ACTIONS = reverse("deviations:action_list")
MY_ACTIONS = reverse("deviations:my_actions")
NUMBER = re.compile(r"AV-T-\d{7}")


@pytest.fixture
def people(tree: Tree) -> People:
    return make_people(tree)


def numbers(response) -> list[str]:
    """Case numbers in the order the list shows them."""
    return NUMBER.findall(response.content.decode())


def get_list(client, user, url=LIST, **params):
    login(client, user)
    response = client.get(url, params)
    assert response.status_code == 200
    return response


# Who sees what ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["list", "action_list", "my_actions", "export", "dashboard"],
)
@pytest.mark.django_db
def test_anonymous_user_is_sent_to_login(client, name):
    url = reverse(f"deviations:{name}")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
def test_coordinator_sees_deviations_of_the_subtree_with_links_to_each(client, tree, people):
    category = make_category("Fall")
    deviation = make_deviation(
        tree.solgarden,
        people.staff,
        title="Brukare föll",
        category=category,
        probability=2,
        consequence=3,
    )
    response = get_list(client, people.coordinator)
    html = response.content.decode()
    assert deviation.number in html
    assert f'href="{deviation.get_absolute_url()}"' in html
    assert "Brukare föll" in html and "Solgården" in html and "Fall" in html
    assert str(Severity.MEDIUM.label) in html and "Rapporterad" in html
    assert "1 avvikelse" in html


@pytest.mark.django_db
def test_staff_sees_only_own_reports_and_other_units_see_nothing(client, tree, people):
    own = make_deviation(tree.solgarden, people.staff, title="Min rapport")
    colleague = make_user(tree.solgarden, Role.STAFF)
    theirs = make_deviation(tree.solgarden, colleague, title="Kollegans rapport")

    assert numbers(get_list(client, people.staff)) == [own.number]
    assert numbers(get_list(client, people.other_staff)) == []
    assert numbers(get_list(client, people.sibling_chef)) == []
    # Not by search, not in the count either.
    for user in (people.other_staff, people.sibling_chef):
        response = get_list(client, user, q="rapport")
        assert numbers(response) == []
        assert "0 avvikelser" in response.content.decode()
    assert set(numbers(get_list(client, people.chef))) == {own.number, theirs.number}


@pytest.mark.django_db
def test_confidential_deviation_is_listed_only_for_those_who_may_read_it(client, tree, people):
    secret = make_deviation(
        tree.solgarden, people.staff, title="Sekretessfall", is_confidential=True
    )
    make_deviation(tree.solgarden, people.staff, title="Öppet fall")

    for user in (people.chef, people.coordinator, people.sibling_chef, people.other_staff):
        response = get_list(client, user, q="sekretessfall")
        assert secret.number not in response.content.decode()
        assert "0 avvikelser" in response.content.decode()
        everything = get_list(client, user, sekretess="ja")
        assert numbers(everything) == []

    for user in (people.staff, people.sensitive_chef):
        response = get_list(client, user, q="sekretessfall")
        html = response.content.decode()
        assert numbers(response) == [secret.number]
        assert "1 avvikelse" in html
        assert 'class="badge badge--secret">Sekretess<' in html

    Deviation.objects.filter(pk=secret.pk).update(investigator=people.chef)
    assert secret.number in numbers(get_list(client, people.chef))


# Filters --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_unit_filter_includes_the_units_below(client, tree, people):
    solgarden = make_deviation(tree.solgarden, people.staff)
    homecare = make_deviation(tree.homecare, people.staff)
    school = make_deviation(tree.school, people.staff)

    assert set(numbers(get_list(client, people.coordinator, enhet=tree.elderly.pk))) == {
        solgarden.number,
        homecare.number,
    }
    assert numbers(get_list(client, people.coordinator, enhet=tree.school.pk)) == [school.number]


@pytest.mark.django_db
def test_unit_filter_offers_only_units_the_user_can_see(client, tree, people):
    response = get_list(client, people.chef)
    units = response.context["filter"].form.fields["enhet"].queryset
    assert set(units) == {tree.solgarden}
    # A unit outside the user's tree is refused, not silently ignored.
    response = get_list(client, people.chef, enhet=tree.school.pk)
    assert response.context["filter"].errors
    assert 'role="alert"' in response.content.decode()


@pytest.mark.django_db
def test_status_filter_takes_several_statuses(client, tree, people):
    S = Deviation.Status
    reported = make_deviation(tree.solgarden, people.staff, status=S.REPORTED)
    acting = make_deviation(tree.solgarden, people.staff, status=S.ACTING)
    make_deviation(tree.solgarden, people.staff, status=S.CLOSED)

    response = get_list(client, people.chef, status=[S.REPORTED, S.ACTING])
    assert set(numbers(response)) == {reported.number, acting.number}


@pytest.mark.django_db
def test_category_filter_includes_subcategories(client, tree, people):
    work = make_category("Arbetsmiljö")
    incident = make_category("Tillbud", parent=work)
    it = make_category("IT")
    parent_case = make_deviation(tree.solgarden, people.staff, category=work)
    child_case = make_deviation(tree.solgarden, people.staff, category=incident)
    make_deviation(tree.solgarden, people.staff, category=it)

    assert set(numbers(get_list(client, people.chef, kategori=work.pk))) == {
        parent_case.number,
        child_case.number,
    }
    assert numbers(get_list(client, people.chef, kategori=incident.pk)) == [child_case.number]


@pytest.mark.django_db
def test_severity_filter_uses_the_risk_matrix(client, tree, people):
    low = make_deviation(tree.solgarden, people.staff, probability=1, consequence=2)
    high = make_deviation(tree.solgarden, people.staff, probability=3, consequence=3)
    critical = make_deviation(tree.solgarden, people.staff, probability=4, consequence=4)
    unassessed = make_deviation(tree.solgarden, people.staff)

    assert numbers(get_list(client, people.chef, allvarlighet="low")) == [low.number]
    assert numbers(get_list(client, people.chef, allvarlighet="high")) == [high.number]
    assert numbers(get_list(client, people.chef, allvarlighet="critical")) == [critical.number]
    assert numbers(get_list(client, people.chef, allvarlighet="ej-bedomd")) == [unassessed.number]


@pytest.mark.django_db
def test_period_filter_is_inclusive_of_both_days_in_local_time(client, tree, people):
    zone = timezone.get_current_timezone()

    def at(day: int, hour: int, minute: int = 0) -> datetime.datetime:
        return datetime.datetime(2025, 3, day, hour, minute, tzinfo=zone)

    before = make_deviation(tree.solgarden, people.staff, occurred_at=at(9, 23, 59))
    first = make_deviation(tree.solgarden, people.staff, occurred_at=at(10, 0, 0))
    last = make_deviation(tree.solgarden, people.staff, occurred_at=at(12, 23, 59))
    after = make_deviation(tree.solgarden, people.staff, occurred_at=at(13, 0, 0))

    shown = numbers(get_list(client, people.chef, fran="2025-03-10", till="2025-03-12"))
    assert set(shown) == {first.number, last.number}
    assert before.number not in shown and after.number not in shown
    assert set(numbers(get_list(client, people.chef, fran="2025-03-13"))) == {after.number}


@pytest.mark.django_db
def test_confidential_filter(client, tree, people):
    secret = make_deviation(tree.solgarden, people.staff, is_confidential=True)
    plain = make_deviation(tree.solgarden, people.staff)
    assert numbers(get_list(client, people.sensitive_chef, sekretess="ja")) == [secret.number]
    assert numbers(get_list(client, people.sensitive_chef, sekretess="nej")) == [plain.number]


@pytest.mark.django_db
def test_overdue_actions_filter(client, tree, people):
    today = timezone.localdate()
    late = make_deviation(tree.solgarden, people.staff)
    on_time = make_deviation(tree.solgarden, people.staff)
    done_late = make_deviation(tree.solgarden, people.staff)
    make_action(late, owner=people.chef, due_date=today - datetime.timedelta(days=1))
    make_action(on_time, owner=people.chef, due_date=today)
    make_action(
        done_late,
        owner=people.chef,
        due_date=today - datetime.timedelta(days=5),
        status=Action.Status.DONE,
    )
    assert numbers(get_list(client, people.chef, forsenade="on")) == [late.number]


@pytest.mark.django_db
def test_mine_filters_reported_by_me_and_assigned_to_me(client, tree, people):
    mine = make_deviation(tree.solgarden, people.chef)
    assigned = make_deviation(tree.solgarden, people.staff, investigator=people.chef)
    make_deviation(tree.solgarden, people.staff)

    assert numbers(get_list(client, people.chef, mina="rapporterade")) == [mine.number]
    assert numbers(get_list(client, people.chef, mina="tilldelade")) == [assigned.number]


@pytest.mark.django_db
def test_sorting_by_reported_and_occurred(client, tree, people):
    now = timezone.now()
    early_report = make_deviation(
        tree.solgarden,
        people.staff,
        created_at=now - datetime.timedelta(days=2),
        occurred_at=now - datetime.timedelta(days=2),
    )
    late_report = make_deviation(
        tree.solgarden, people.staff, created_at=now, occurred_at=now - datetime.timedelta(days=9)
    )
    assert numbers(get_list(client, people.chef)) == [late_report.number, early_report.number]
    assert numbers(get_list(client, people.chef, sortering="aldst")) == [
        early_report.number,
        late_report.number,
    ]
    assert numbers(get_list(client, people.chef, sortering="intraffad")) == [
        early_report.number,
        late_report.number,
    ]
    assert numbers(get_list(client, people.chef, sortering="intraffad-aldst")) == [
        late_report.number,
        early_report.number,
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"enhet": "abc"}, "Enhet"),
        ({"status": "finns-inte"}, "Status"),
        ({"fran": "2025-13-45"}, "Inträffade från och med"),
        ({"fran": "2025-03-10", "till": "2025-03-01"}, "Slutdatumet är före startdatumet."),
        ({"allvarlighet": "extrem"}, "Allvarlighetsgrad"),
        ({"sortering": "slumpvis"}, "Sortering"),
        ({"q": "x" * 201}, "Sök i rubrik och beskrivning"),
    ],
)
@pytest.mark.django_db
def test_bad_filter_value_gives_a_message_and_no_rows(client, tree, people, params, message):
    make_deviation(tree.solgarden, people.staff)
    response = get_list(client, people.chef, **params)
    html = response.content.decode()
    assert 'role="alert"' in html
    assert message in html
    assert numbers(response) == []


@pytest.mark.django_db
def test_unreadable_page_cursor_shows_the_first_page_with_a_message(client, tree, people):
    deviation = make_deviation(tree.solgarden, people.staff)
    response = get_list(client, people.chef, efter="inte-en-markör")
    html = response.content.decode()
    assert "Sidan i adressen kunde inte läsas" in html
    assert numbers(response) == [deviation.number]


# Search -----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_search_uses_swedish_stemming(client, tree, people):
    fall = make_deviation(
        tree.solgarden, people.staff, title="Fallolycka i badrummet", description="Brukaren föll."
    )
    routine = make_deviation(
        tree.solgarden, people.staff, title="Läkemedel", description="Rutinerna följdes inte."
    )
    # The swedish snowball stemmer takes plural and definite endings off: fallolyckor and
    # fallolycka are both "fallolyck", rutin/rutinerna both "rutin", brukare/brukaren "bruk".
    assert numbers(get_list(client, people.chef, q="fallolyckor")) == [fall.number]
    assert numbers(get_list(client, people.chef, q="rutin")) == [routine.number]
    assert numbers(get_list(client, people.chef, q="brukare")) == [fall.number]
    # It does not know strong verbs: "fall" does not find "föll" (nor the compound fallolycka).
    assert numbers(get_list(client, people.chef, q="fall")) == []
    # Web-search syntax: a minus excludes, quotes ask for a phrase.
    assert numbers(get_list(client, people.chef, q="badrummet -läkemedel")) == [fall.number]
    assert numbers(get_list(client, people.chef, q='"följdes inte"')) == [routine.number]


# Keyset pages ---------------------------------------------------------------------------------


def follow(client, url: str, rel: str) -> str | None:
    match = re.search(rf'href="([^"]+)" rel="{rel}"', client.get(url).content.decode())
    return match.group(1).replace("&amp;", "&") if match else None


@pytest.mark.django_db
def test_pages_forward_and_back_have_no_gaps_or_duplicates(client, tree, people):
    now = timezone.now()
    # Sixty cases, twenty sharing one timestamp: the id decides their order.
    make_deviations(tree.solgarden, people.staff, 40, created_at=now)
    make_deviations(
        tree.solgarden,
        people.staff,
        20,
        created_at=now - datetime.timedelta(days=1),
        step=datetime.timedelta(0),
    )
    expected = list(
        Deviation.objects.order_by("-created_at", "-pk").values_list("number", flat=True)
    )
    login(client, people.chef)

    pages, url = [], LIST
    while url:
        pages.append(numbers(client.get(url)))
        url = follow(client, url, "next")
    assert [len(page) for page in pages] == [PAGE_SIZE, PAGE_SIZE, 10]
    assert [n for page in pages for n in page] == expected

    last = LIST
    for _ in range(2):
        last = follow(client, last, "next")
    back = follow(client, last, "prev")
    assert numbers(client.get(back)) == pages[1]
    first = follow(client, back, "prev")
    assert numbers(client.get(first)) == pages[0]
    assert 'rel="prev"' not in client.get(first).content.decode()


@pytest.mark.django_db
def test_pages_keep_the_filters_and_sort(client, tree, people):
    make_deviations(tree.solgarden, people.staff, 30, status=Deviation.Status.ACTING)
    make_deviations(tree.solgarden, people.staff, 5)
    login(client, people.chef)
    first = f"{LIST}?status=acting&sortering=aldst"
    second = follow(client, first, "next")
    assert "status=acting" in second and "sortering=aldst" in second
    response = client.get(second)
    assert len(numbers(response)) == 5
    assert (
        Deviation.objects.filter(
            number__in=numbers(response), status=Deviation.Status.ACTING
        ).count()
        == 5
    )
    assert "Första sidan" in response.content.decode()


@pytest.mark.django_db
def test_count_stops_at_a_thousand(client, tree, people):
    make_deviations(tree.solgarden, people.staff, 1001, step=datetime.timedelta(seconds=1))
    html = get_list(client, people.chef).content.decode()
    assert "Fler än 1\xa0000 avvikelser" in html


# htmx ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_htmx_request_gets_only_the_results(client, tree, people):
    deviation = make_deviation(tree.solgarden, people.staff, status=Deviation.Status.ACTING)
    login(client, people.chef)
    response = client.get(LIST, {"status": "acting"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    # Not the filter form; the results carry only the form that saves the filter.
    assert "<html" not in html and 'role="search"' not in html
    assert 'action="/avvikelser/filter/spara/"' in html
    assert deviation.number in html
    assert "HX-Request" in response["Vary"]

    full = client.get(
        LIST,
        {"status": "acting"},
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in full.content.decode()


@pytest.mark.django_db
def test_htmx_fragment_hides_what_the_page_hides(client, tree, people):
    secret = make_deviation(tree.solgarden, people.staff, is_confidential=True)
    login(client, people.chef)
    response = client.get(LIST, headers={"HX-Request": "true"})
    assert secret.number not in response.content.decode()
    login(client, people.sibling_chef)
    response = client.get(LIST, {"enhet": tree.solgarden.pk}, headers={"HX-Request": "true"})
    assert numbers(response) == [] and 'role="alert"' in response.content.decode()


@pytest.mark.django_db
def test_form_and_export_links_carry_the_filters(client, tree, people):
    make_deviation(tree.solgarden, people.staff, status=Deviation.Status.ACTING)
    response = get_list(client, people.chef, status="acting", q="händelsen beskrivning")
    html = response.content.decode()
    assert 'hx-get="/avvikelser/"' in html or f'hx-get="{LIST}"' in html
    assert 'hx-push-url="true"' in html
    assert f'action="{LIST}"' in html
    export = re.search(r'href="([^"]*export[^"]*format=csv[^"]*)"', html).group(1)
    assert "status=acting" in export and "q=h%C3%A4ndelsen+beskrivning" in export


# Query counts -----------------------------------------------------------------------------


def count_queries(client, url: str, params: dict | None = None) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_list_query_count_is_the_same_with_5_and_500_deviations(client, tree, people):
    category = make_category("Fall", parent=make_category("Vård"))
    cases = make_deviations(tree.solgarden, people.staff, 5, category=category)
    make_actions(cases[0], 1, owner=people.chef)
    login(client, people.coordinator)
    client.get(LIST)  # warm the per-process caches (content types, translations)
    filtered = {"status": "reported", "forsenade": "", "kategori": category.pk, "q": "händelsen"}

    small = [count_queries(client, LIST), count_queries(client, LIST, filtered)]
    more = make_deviations(
        tree.homecare,
        people.chef,
        495,
        category=category,
        probability=2,
        consequence=2,
        is_confidential=True,
    )
    Deviation.objects.filter(pk__in=[d.pk for d in more[:100]]).update(is_confidential=False)
    large = [count_queries(client, LIST), count_queries(client, LIST, filtered)]
    assert small == large


@pytest.mark.django_db
def test_action_register_query_count_is_the_same_with_5_and_500_actions(client, tree, people):
    cases = make_deviations(tree.solgarden, people.staff, 5)
    for case in cases:
        make_actions(case, 1, owner=people.chef)
    login(client, people.coordinator)
    client.get(ACTIONS)
    small = [count_queries(client, ACTIONS), count_queries(client, MY_ACTIONS)]
    login(client, people.chef)
    small.append(count_queries(client, MY_ACTIONS))

    for case in make_deviations(tree.homecare, people.staff, 99):
        make_actions(case, 5, owner=people.chef)
    login(client, people.coordinator)
    large = [count_queries(client, ACTIONS), count_queries(client, MY_ACTIONS)]
    login(client, people.chef)
    large.append(count_queries(client, MY_ACTIONS))
    assert small == large


# The action register --------------------------------------------------------------------------


def titles(response) -> set[str]:
    html = response.content.decode()
    return set(re.findall(r'<a href="/avvikelser/atgarder/\d+/">([^<]+)</a>', html))


@pytest.mark.django_db
def test_action_register_shows_what_the_user_may_see_with_source_links(client, tree, people):
    case = make_deviation(tree.solgarden, people.staff)
    secret = make_deviation(tree.solgarden, people.staff, is_confidential=True)
    make_action(case, owner=people.chef, title="Ny rutin")
    make_action(secret, owner=people.sensitive_chef, title="Hemlig åtgärd")
    make_action(None, owner=people.coordinator, unit=tree.school, title="Skolans åtgärd")

    chef = get_list(client, people.chef, ACTIONS)
    assert titles(chef) == {"Ny rutin"}
    assert f'href="{case.get_absolute_url()}">{case.number}</a>' in chef.content.decode()
    assert titles(get_list(client, people.sibling_chef, ACTIONS)) == set()
    assert titles(get_list(client, people.other_staff, ACTIONS)) == set()
    assert titles(get_list(client, people.sensitive_chef, ACTIONS)) == {"Ny rutin", "Hemlig åtgärd"}
    assert titles(get_list(client, people.coordinator, ACTIONS)) == {"Ny rutin", "Skolans åtgärd"}


@pytest.mark.django_db
def test_owner_sees_own_action_but_no_link_to_a_case_they_may_not_read(client, tree, people):
    secret = make_deviation(tree.solgarden, people.chef, is_confidential=True)
    outsider = make_user(tree.school, Role.STAFF)
    make_action(secret, owner=outsider, title="Extern åtgärd")

    for url in (ACTIONS, MY_ACTIONS):
        html = get_list(client, outsider, url).content.decode()
        assert "Extern åtgärd" in html
        assert secret.number not in html
        assert secret.get_absolute_url() not in html
        assert "Avvikelse" in html  # the kind of source, without its number


@pytest.mark.django_db
def test_action_register_filters(client, tree, people):
    today = timezone.localdate()
    case = make_deviation(tree.solgarden, people.staff)
    school_case = make_deviation(tree.school, people.staff)
    make_action(case, owner=people.chef, title="Försenad", due_date=today - datetime.timedelta(1))
    make_action(
        case,
        owner=people.coordinator,
        title="Förebyggande",
        kind=Action.Kind.PREVENTIVE,
        due_date=today + datetime.timedelta(10),
    )
    make_action(
        school_case,
        owner=people.coordinator,
        title="Klar",
        status=Action.Status.DONE,
        due_date=today - datetime.timedelta(20),
    )
    c = people.coordinator
    assert titles(get_list(client, c, ACTIONS, status="done")) == {"Klar"}
    assert titles(get_list(client, c, ACTIONS, status=["done", "planned"])) == {
        "Klar",
        "Försenad",
        "Förebyggande",
    }
    assert titles(get_list(client, c, ACTIONS, typ="preventive")) == {"Förebyggande"}
    assert titles(get_list(client, c, ACTIONS, enhet=tree.elderly.pk)) == {
        "Försenad",
        "Förebyggande",
    }
    assert titles(get_list(client, c, ACTIONS, ansvarig=people.chef.pk)) == {"Försenad"}
    assert titles(get_list(client, c, ACTIONS, forsenade="on")) == {"Försenad"}
    assert titles(
        get_list(client, c, ACTIONS, fran=str(today - datetime.timedelta(2)), till=str(today))
    ) == {"Försenad"}
    bad = get_list(client, c, ACTIONS, ansvarig="999999")
    assert titles(bad) == set() and 'role="alert"' in bad.content.decode()


@pytest.mark.django_db
def test_action_register_pages_by_due_date(client, tree, people):
    case = make_deviation(tree.solgarden, people.staff)
    today = timezone.localdate()
    for days in range(30):
        make_action(
            case,
            owner=people.chef,
            title=f"Åtgärd {days:02d}",
            due_date=today + datetime.timedelta(days=days % 7),
        )
    login(client, people.chef)
    first = client.get(ACTIONS)
    second_url = follow(client, ACTIONS, "next")
    second = client.get(second_url)
    shown = [*titles(first), *titles(second)]
    assert len(shown) == 30 and len(set(shown)) == 30


@pytest.mark.django_db
def test_htmx_action_register_returns_only_results(client, tree, people):
    make_action(make_deviation(tree.solgarden, people.staff), owner=people.chef, title="Rutin")
    login(client, people.chef)
    response = client.get(ACTIONS, headers={"HX-Request": "true"})
    assert "<html" not in response.content.decode()
    assert "Rutin" in response.content.decode()


@pytest.mark.django_db
def test_my_actions_lists_open_first_and_marks_overdue(client, tree, people):
    today = timezone.localdate()
    case = make_deviation(tree.solgarden, people.staff)
    make_action(case, owner=people.chef, title="Senare", due_date=today + datetime.timedelta(9))
    make_action(case, owner=people.chef, title="Sen", due_date=today - datetime.timedelta(3))
    make_action(
        case,
        owner=people.chef,
        title="Gjord",
        status=Action.Status.DONE,
        due_date=today - datetime.timedelta(30),
    )
    make_action(case, owner=people.coordinator, title="Någon annans")

    html = get_list(client, people.chef, MY_ACTIONS).content.decode()
    assert "Någon annans" not in html
    assert html.index(">Sen<") < html.index(">Senare<") < html.index(">Gjord<")
    overdue_row = re.search(r'<tr class="is-overdue">.*?</tr>', html, re.S).group(0)
    assert ">Sen<" in overdue_row and "Försenad" in overdue_row
    assert html.count("is-overdue") == 1


@pytest.mark.django_db
def test_the_register_and_my_actions_read_the_actions_once(client, tree, people):
    """Their actions come from Action.objects.visible_to: each is a link without asking the
    database again whether the viewer may open it (the table's `openable`)."""
    case = make_deviation(tree.solgarden, people.staff)
    make_action(case, owner=people.chef, title="Ny rutin")
    make_action(case, owner=people.chef, title="Klar", status=Action.Status.DONE)
    login(client, people.chef)
    for url, reads in ((ACTIONS, 2), (MY_ACTIONS, 2)):  # register: page, count; mine: open, done
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        actions = [q for q in queries.captured_queries if 'FROM "deviations_action"' in q["sql"]]
        assert len(actions) == reads, [q["sql"] for q in actions]
        assert titles(response) == {"Ny rutin", "Klar"}
