"""The unit part of who may read a case (deviations.models._unit_scope), written with as few terms
as the memberships allow, reads exactly the cases of its definition: not confidential in a unit
under a reader role, or confidential in a unit under a role with sensitive access."""

from __future__ import annotations

import pytest
from django.utils import timezone

from deviations.models import Deviation, LegalTrack, LegalTrackKind
from qms.models import Membership, Role
from tests.deviations.builders import make_deviation
from tests.factories import make_tree, make_user

pytestmark = pytest.mark.django_db


def defined_scope(user) -> set[int]:
    """The definition, row by row in Python."""
    memberships = list(Membership.objects.filter(user=user).select_related("unit"))
    readers = {"reader": [], "sensitive": []}
    for m in memberships:
        if m.role in (Role.ADMIN, Role.COORDINATOR, Role.MANAGER, Role.AUDITOR):
            readers["reader"].append(m.unit.path)
        if m.sensitive_access and m.role in (Role.COORDINATOR, Role.MANAGER):
            readers["sensitive"].append(m.unit.path)

    def under(case, kind):
        return any(case.unit.path.startswith(path) for path in readers[kind])

    return {
        case.pk
        for case in Deviation.objects.select_related("unit")
        if (not case.is_confidential and under(case, "reader"))
        or (case.is_confidential and under(case, "sensitive"))
        or case.reported_by_id == user.pk
        or case.investigator_id == user.pk
    }


def test_mixed_memberships_read_exactly_what_the_definition_allows():
    tree = make_tree()
    reporter = make_user(tree.solgarden, Role.STAFF)
    cases = [
        make_deviation(unit, reporter, is_confidential=confidential)
        for unit in (tree.solgarden, tree.homecare, tree.school, tree.company)
        for confidential in (False, True)
    ]
    assert len(cases) == 8
    # A chef with sensitive access over Äldreomsorg (both lists), an auditor of the school
    # (reader only), nothing on the company.
    user = make_user(tree.elderly, Role.MANAGER)
    Membership.objects.filter(user=user).update(sensitive_access=True)
    Membership.objects.create(user=user, unit=tree.school, role=Role.AUDITOR)
    # and one without any sensitive access: reader lists only.
    plain = make_user(tree.social, Role.COORDINATOR)
    staff = make_user(tree.homecare, Role.STAFF)
    for person in (user, plain, staff, reporter):
        fresh = type(person).objects.get(pk=person.pk)
        seen = set(Deviation.objects.visible_to(fresh).values_list("pk", flat=True))
        assert seen == defined_scope(fresh), person.username
    fresh = type(user).objects.get(pk=user.pk)
    visible = set(Deviation.objects.visible_to(fresh).values_list("unit__code", "is_confidential"))
    assert visible == {
        ("t-solg", False),
        ("t-solg", True),
        ("t-ht", False),
        ("t-ht", True),
        ("t-skol", False),
    }


def test_a_legal_track_adds_no_condition_where_every_case_is_read_already():
    """A chef decides the work-environment tracks of her units. With sensitive access she reads
    every case of those units anyway, so the condition has no EXISTS over the legal tracks;
    without it, a confidential case on such a track is hers through the track alone."""
    tree = make_tree()
    reporter = make_user(tree.solgarden, Role.STAFF)
    case = make_deviation(tree.solgarden, reporter, is_confidential=True)
    LegalTrack.objects.create(
        deviation=case,
        kind=LegalTrackKind.WORK_ENVIRONMENT,
        flagged_by=reporter,
        aware_at=timezone.now(),
        deadline=timezone.now(),
    )
    with_access = make_user(tree.solgarden, Role.MANAGER)
    Membership.objects.filter(user=with_access).update(sensitive_access=True)
    without = make_user(tree.solgarden, Role.MANAGER)
    for chef, exists in ((with_access, False), (without, True)):
        fresh = type(chef).objects.get(pk=chef.pk)
        visible = Deviation.objects.visible_to(fresh)
        assert ("EXISTS" in str(visible.query)) == exists, chef.username
        assert list(visible.values_list("pk", flat=True)) == [case.pk], chef.username
