"""qms.prepared: a query compiled once gives, for every call's values, what the ORM gives."""

from __future__ import annotations

import pghistory
import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from deviations.models import Action, Deviation, SavedFilter
from deviations.timeline import _recorded
from deviations.views.cases import actions_of
from qms.prepared import prepared
from tests.deviations.conftest import add_action, investigate_to_acting, report

pytestmark = pytest.mark.django_db
ActionEvent = apps.get_model("deviations", "ActionEvent")


def fields(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


@pytest.fixture
def two_cases(cast):
    """Two cases with two actions and one action, of different owners and units."""
    first, second = report(cast), report(cast, unit=cast.tree.homecare, by=cast.other_staff)
    investigate_to_acting(first, cast.chef)
    investigate_to_acting(second, cast.sibling_chef)
    with pghistory.context(user=cast.chef.pk):
        add_action(first, cast.chef, title="Halkmatta")
        add_action(first, cast.chef, title="Utbildning", owner=cast.staff)
        add_action(second, cast.sibling_chef, title="Ny rutin")
    return first, second


def test_each_call_runs_the_statement_compiled_once_with_its_own_values(two_cases):
    built = []

    @prepared(int, int)
    def of_case(content_type_id, object_id):
        built.append(object_id)
        return (
            Action.objects.filter(content_type_id=content_type_id, object_id=object_id)
            .select_related("owner", "unit")
            .annotate(owner_name=F("owner__username"))
            .order_by("pk")
        )

    kind = ContentType.objects.get_for_model(Deviation).pk
    for case in two_cases:
        expected = list(of_case.build(kind, case.pk))
        with CaptureQueriesContext(connection) as one:
            got = of_case(kind, case.pk)
            # select_related's objects and the annotation come with the rows: no other read.
            seen = [(a.owner.username, a.unit.name, a.owner_name) for a in got]
        assert len(one) == 1
        assert [fields(a) for a in got] == [fields(a) for a in expected] != []
        assert seen == [(a.owner.username, a.unit.name, a.owner.username) for a in expected]
    assert len(built) == 1 + 2  # compiled once (stand-in values); the two .build() calls
    assert of_case(kind, 10**9) == []


def test_a_list_is_one_array_and_a_string_is_a_value(two_cases, cast):
    ids = list(Action.objects.values_list("pk", flat=True).order_by("pk"))
    recorded = _recorded("ActionEvent", ("status",))
    assert [e.pgh_obj_id for e in recorded(ids)] == list(
        ActionEvent.objects.filter(pgh_obj_id__in=ids)
        .order_by("pgh_id")
        .values_list("pgh_obj_id", flat=True)
    )
    assert recorded([]) == []
    # The event's context (a JSON field: a database converter) as the ORM reads it.
    event = recorded(ids[:1])[0]
    assert event.pgh_context.metadata["user"] == cast.chef.pk
    assert event.pgh_context.metadata == (
        ActionEvent.objects.select_related("pgh_context")
        .get(pgh_id=event.pgh_id)
        .pgh_context.metadata
    )

    SavedFilter.objects.create(user=cast.chef, list="deviations", name="Mina", query="a=1")
    SavedFilter.objects.create(user=cast.chef, list="actions", name="Sena", query="b=1")

    @prepared(int, str)
    def saved(user_id, list_key):
        return SavedFilter.objects.filter(user_id=user_id, list=list_key).values_list(
            "name", "query"
        )

    assert saved(cast.chef.pk, "actions") == [("Sena", "b=1")]
    assert saved(cast.chef.pk, SavedFilter.List.DEVIATIONS) == [("Mina", "a=1")]
    assert saved(cast.staff.pk, "actions") == []


def test_the_case_pages_reads_give_what_the_orm_gives(two_cases):
    kind = ContentType.objects.get_for_model(Deviation).pk
    for case in two_cases:
        assert [fields(a) for a in actions_of(kind, case.pk)] == [
            fields(a) for a in Action.objects.for_object(case).order_by("pk")
        ]


def test_values_that_would_change_the_statement_are_refused(two_cases):
    with pytest.raises(TypeError):
        actions_of(None, 1)  # the ORM would write IS NULL
    with pytest.raises(TypeError):
        actions_of(True, 1)
    with pytest.raises(TypeError):
        actions_of(1)
    with pytest.raises(TypeError):
        _recorded("ActionEvent", ("status",))((1, 2))  # a list, sent as one array


@pytest.mark.parametrize(
    "build",
    [
        # In a LIMIT, not a parameter.
        lambda n: Deviation.objects.order_by("pk")[:n],
        # Not used at all.
        lambda n: Deviation.objects.all(),
        # Out of the field's range: Django compiles no statement.
        lambda n: Deviation.objects.filter(probability=n * 1000),
        # Changed on its way.
        lambda n: Deviation.objects.filter(pk=n + 1),
    ],
    ids=["limit", "unused", "out of range", "changed"],
)
def test_an_argument_that_is_not_a_parameter_is_refused_when_compiled(build):
    with pytest.raises(ImproperlyConfigured):
        prepared(int)(build)(1)


def test_prefetching_is_refused(two_cases):
    with pytest.raises(ImproperlyConfigured):
        prepared(int)(lambda pk: Deviation.objects.filter(pk=pk).prefetch_related("comments"))(1)
