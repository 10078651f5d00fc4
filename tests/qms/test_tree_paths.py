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
