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
