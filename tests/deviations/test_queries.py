"""The case page costs the same number of queries however much data there is."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from deviations import services
from deviations.models import Deviation
from tests.conftest import login
from tests.deviations.conftest import add_action, investigate_to_acting, report

pytestmark = pytest.mark.django_db


def bulk_deviations(cast, count: int, start: int = 0) -> None:
    now = timezone.now()
    Deviation.objects.bulk_create(
        Deviation(
            number=f"AV-1999-{n:05d}",
            organisation=cast.tree.kommun,
            unit=cast.tree.solgarden,
            title=f"Avvikelse {n}",
            description="Något hände.",
            occurred_at=now,
            reported_by=cast.staff,
        )
        for n in range(start, start + count)
    )


def queries_for_case_page(client, cast, deviation) -> int:
    login(client, cast.chef)
    with CaptureQueriesContext(connection) as page:
        assert client.get(deviation.get_absolute_url()).status_code == 200
    with CaptureQueriesContext(connection) as similar:
        client.get(f"{deviation.get_absolute_url()}liknande/", headers={"HX-Request": "true"})
    return len(page) + len(similar)


def story(cast, comments: int, actions: int) -> Deviation:
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    for n in range(actions):
        add_action(deviation, cast.chef, title=f"Åtgärd {n}")
    for n in range(comments):
        services.add_comment(deviation, by=cast.staff, text=f"Kommentar {n}")
    return deviation


def test_case_page_queries_do_not_grow_with_the_register(client, cast):
    bulk_deviations(cast, 5)
    deviation = story(cast, comments=2, actions=1)
    small = queries_for_case_page(client, cast, deviation)
    bulk_deviations(cast, 495, start=5)
    assert Deviation.objects.count() == 501
    assert queries_for_case_page(client, cast, deviation) == small


def test_case_page_queries_do_not_grow_with_the_story(client, cast):
    short = story(cast, comments=1, actions=1)
    long = story(cast, comments=30, actions=12)
    assert queries_for_case_page(client, cast, long) == queries_for_case_page(client, cast, short)


def test_the_case_is_read_with_few_enough_tables_to_plan_quickly(client, cast):
    """PostgreSQL searches the join orders of every table in a query: the case page's read of
    the case joined eight tables, and planning alone took about 3 ms at a million deviations;
    with six it takes 1 ms (deviations.views.cases._visible). The page still shows the case's
    requirement and supplier (read by their keys when the case has them)."""
    from deviations.models import Requirement, Supplier

    deviation = report(cast)
    requirement = Requirement.objects.create(
        title="Basal hygien",
        reference="SOSFS 2015:10",
        kind=Requirement.Kind.choices[0][0],
        owner_unit=cast.tree.kommun,
    )
    supplier = Supplier.objects.create(name="Städbolaget AB")
    Deviation.objects.filter(pk=deviation.pk).update(requirement=requirement, supplier=supplier)
    login(client, cast.chef)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(deviation.get_absolute_url()).content.decode()
    reads = [
        q["sql"]
        for q in queries
        if q["sql"].startswith('SELECT "deviations_deviation"."id"')
        and f'"deviations_deviation"."id" = {deviation.pk}' in q["sql"]
    ]
    assert reads, "the case was not read by its key"
    assert reads[0].split(" WHERE ")[0].count(" JOIN ") <= 5, reads[0]
    assert "Basal hygien" in html and "Städbolaget AB" in html


# Columns a row's text lives in, which a list of links never shows.
UNSHOWN = (
    '"deviations_deviation"."description"',
    '"deviations_deviation"."immediate_action"',
    '"deviations_deviation"."cause_analysis"',
    '"deviations_action"."description"',
    '"deviations_action"."result"',
)


def selects(queries, column: str) -> list[str]:
    return [q["sql"] for q in queries if column in q["sql"].split(" FROM ")[0]]


def people_read_whole(queries) -> list[str]:
    """Reads of people's rows with every column (the password hash among them), under any alias:
    the ORM's ("qms_user"."password") and the signed-in person's statement (qms.rows)."""
    return [
        q["sql"]
        for q in queries
        if '."password"' in q["sql"].split(" FROM ")[0] and ' FROM "qms_user"' in q["sql"]
    ]


def test_start_page_panels_read_only_what_they_show(client, cast):
    """Each panel lists a few rows as links: it reads their number, title and state, not the
    text of every case, action and person (issue 12: a panel's five rows read with every
    column cost twice the query)."""
    deviation = investigate_to_acting(report(cast), cast.chef)
    add_action(deviation, cast.chef, title="Sätt halkmatta vid duschen")
    new = report(cast, title="Dörren till förrådet stod olåst")
    login(client, cast.chef)
    client.get("/")  # the overview's figures are computed once, then kept (reviews.overview)
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/").content.decode()
    # The panels are there (assigned to me, new, my actions), so their reads were made.
    assert deviation.number in page and new.number in page
    assert "Sätt halkmatta vid duschen" in page
    for column in UNSHOWN:
        assert not selects(queries, column), column
    # The signed-in user is read with every column (django.contrib.auth); nobody else.
    assert len(people_read_whole(queries)) == 1


def test_the_action_register_reads_only_what_its_rows_show(client, cast):
    deviation = investigate_to_acting(report(cast), cast.chef)
    add_action(deviation, cast.chef, title="Sätt halkmatta vid duschen", owner=cast.staff)
    add_action(deviation, cast.chef, title="Gå igenom rutinen på APT", owner=cast.chef)
    login(client, cast.chef)
    # The register lists both actions; "Mina åtgärder" the chef's own: each page shows rows.
    for url, shown in (
        ("/avvikelser/atgarder/", ["Sätt halkmatta vid duschen", "Gå igenom rutinen på APT"]),
        ("/avvikelser/atgarder/mina/", ["Gå igenom rutinen på APT"]),
    ):
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url).content.decode()
        assert all(title in page for title in shown), url
        for column in UNSHOWN:
            assert not selects(queries, column), (url, column)
        assert len(people_read_whole(queries)) == 1, url


def test_the_registers_two_owner_pickers_read_the_people_once(client, cast):
    """The owner filter and the bulk form's new owner offer the same people (forms.
    possible_owners): one read for both, and the same options in each."""
    import re

    deviation = investigate_to_acting(report(cast), cast.chef)
    add_action(deviation, cast.chef, owner=cast.staff)
    login(client, cast.chef)
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/avvikelser/atgarder/").content.decode()
    assert 'id="bulk-actions"' in page  # the chef may give the action a new owner
    people_reads = [
        q["sql"]
        for q in queries
        if q["sql"].startswith('SELECT "qms_user"."id" AS "pk", "qms_user"."last_name"')
        and " ORDER BY " in q["sql"]
    ]
    assert len(people_reads) == 1

    def options(name: str) -> list[str]:
        select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', page, re.S).group(1)
        return re.findall(r'<option value="(\d+)"', select)

    assert options("ansvarig") == options("owner")
    assert str(cast.staff.pk) in options("owner")


def test_a_cases_people_are_read_in_one_statement_and_not_when_they_are_the_viewer(
    client, cast, django_assert_num_queries
):
    """`qms.rows.attach`, as the case page reads a case: the reporter and the investigator as
    `select_related` would give them (every field), one statement for both, none for the
    signed-in person, and an empty investigator left empty."""
    from qms import rows
    from qms.models import User

    deviation = report(cast)

    def fields(user) -> dict:
        return {f.attname: getattr(user, f.attname) for f in User._meta.concrete_fields}

    case = Deviation.objects.get(pk=deviation.pk)
    with django_assert_num_queries(1):
        rows.attach([case], ("reported_by", "investigator"))
    with django_assert_num_queries(0):
        assert fields(case.reported_by) == fields(cast.staff) and case.investigator is None

    investigated = investigate_to_acting(deviation, cast.chef)
    case = Deviation.objects.get(pk=investigated.pk)
    assert case.reported_by_id != case.investigator_id
    chef = User.objects.get(pk=cast.chef.pk)
    with django_assert_num_queries(1):
        rows.attach([case], ("reported_by", "investigator"))
    with django_assert_num_queries(0):
        assert fields(case.investigator) == fields(chef)
        assert fields(case.reported_by) == fields(cast.staff)

    case = Deviation.objects.get(pk=investigated.pk)
    with django_assert_num_queries(1):  # the chef is the viewer: only the reporter is read
        rows.attach([case], ("reported_by", "investigator"), known=[cast.chef])
    assert case.investigator is cast.chef

    # The case page as its investigator sees it shows both names.
    login(client, cast.chef)
    page = client.get(investigated.get_absolute_url()).content.decode()
    assert str(cast.staff) in page and str(cast.chef) in page
