"""`field__any`: long runs of consecutive ids go to PostgreSQL as ranges, the same rows."""

from __future__ import annotations

import pytest

from deviations.models import Deviation
from qms.lookups import MIN_RUN, IdArray
from qms.models import OrganisationUnit, Role
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_long_runs_of_ids_are_ranges_and_the_rest_an_array():
    ids = [*range(1, 41), 50, 52, *range(60, 60 + MIN_RUN), *range(100, 100 + MIN_RUN - 1)]
    ranges, rest = IdArray(reversed(ids)).runs
    assert ranges == [(1, 40), (60, 60 + MIN_RUN - 1)]
    assert rest == "{" + ",".join(map(str, [50, 52, *range(100, 100 + MIN_RUN - 1)])) + "}"


def test_long_runs_are_sent_as_ranges_and_find_the_same_rows(tree):
    units = list(OrganisationUnit.objects.order_by("pk").values_list("pk", flat=True))
    run = [*range(units[0], units[0] + 40)]
    odd = [units[-1] + 100, units[-1] + 102]
    for values in (run + odd, IdArray(run + odd)):
        query = OrganisationUnit.objects.filter(pk__any=values)
        sql = str(query.query)
        assert "BETWEEN" in sql and sql.count("::bigint[]") == 1, sql
        assert sorted(query.values_list("pk", flat=True)) == [u for u in units if u in run]
    short = OrganisationUnit.objects.filter(pk__any=units[:3])
    assert "BETWEEN" not in str(short.query)
    assert sorted(short.values_list("pk", flat=True)) == units[:3]


def test_a_coordinators_many_units_are_one_range_in_the_visibility_filter(tree):
    kommun = OrganisationUnit.objects.get(pk=tree.kommun.pk)
    for n in range(MIN_RUN):
        OrganisationUnit.objects.add_child(
            kommun, {"name": f"Enhet {n}", "kind": OrganisationUnit.Kind.UNIT, "code": f"e{n}"}
        )
        kommun.refresh_from_db()
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    below = coordinator.unit_ids([tree.kommun.path])
    assert len(below) > MIN_RUN
    sql, params = Deviation.objects.visible_to(coordinator).query.sql_with_params()
    # Not an array of every unit id in the kommun: a BETWEEN over their run.
    assert "BETWEEN" in sql
    assert below[-1] in params
    arrays = [p for p in params if isinstance(p, (str, list))]
    assert not any(str(p).count(",") >= MIN_RUN - 1 for p in arrays), params
