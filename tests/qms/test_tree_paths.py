"""A unit's ancestors' paths from its own materialised path, without a query."""

from __future__ import annotations

import pytest

from qms.models import OrganisationUnit

pytestmark = pytest.mark.django_db


def test_ancestor_paths_are_the_paths_of_the_units_above_and_its_own(
    tree, django_assert_num_queries
):
    units = list(OrganisationUnit.objects.all())
    assert len({unit.depth for unit in units}) >= 4  # a tree deep enough to mean something
    for unit in units:
        with django_assert_num_queries(0):
            paths = unit.ancestor_paths()
        assert paths == [above.path for above in unit.ancestors_and_self()], unit


def test_a_persons_memberships_are_what_the_orm_reads_in_one_statement(
    tree, django_assert_num_queries
):
    """`User.cached_memberships` is read with a statement written out (qms.rows): the same
    objects, values and order as the ORM's, the unit and the person already attached."""
    from qms.models import Membership, Role
    from tests.factories import make_user

    person = make_user(tree.homecare, Role.STAFF)
    Membership.objects.create(
        user=person, unit=tree.social, role=Role.MANAGER, sensitive_access=True
    )
    Membership.objects.create(user=person, unit=tree.social, role=Role.COORDINATOR)
    Membership.objects.create(user=person, unit=tree.company, role=Role.AUDITOR)
    expected = list(person.memberships.select_related("unit").order_by("unit__path", "role"))

    def values(obj) -> dict:
        return {f.attname: getattr(obj, f.attname) for f in type(obj)._meta.concrete_fields}

    with django_assert_num_queries(1):
        read = person.cached_memberships
        assert [values(m) for m in read] == [values(m) for m in expected]
        assert [values(m.unit) for m in read] == [values(m.unit) for m in expected]
        assert all(m.user is person for m in read)
    assert len(read) == 4
    assert [m.unit.path for m in read] == sorted(m.unit.path for m in read)
    assert all(not m._state.adding and m._state.db == "default" for m in read)
    read[0].unit.name = "Omdöpt"
    read[0].unit.save()  # what it read can be saved as the ORM's objects can
    assert OrganisationUnit.objects.get(pk=read[0].unit.pk).name == "Omdöpt"
