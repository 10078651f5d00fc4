"""Whether someone takes part in a review (the menu asks on every page): chair or participant,
in one query, remembered on the request's user object."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qms.models import User
from reviews.permissions import takes_part_in_a_review
from tests.reviews.conftest import make_review

pytestmark = pytest.mark.django_db


def asked(user: User) -> tuple[bool, int]:
    fresh = User.objects.get(pk=user.pk)  # a new request's user object
    with CaptureQueriesContext(connection) as queries:
        answer = takes_part_in_a_review(fresh)
        assert takes_part_in_a_review(fresh) is answer  # asked again: remembered
    return answer, len(queries)


def test_chair_and_participant_take_part_and_others_do_not_in_one_query(cast):
    make_review(cast)
    assert asked(cast.chair) == (True, 1)
    assert asked(cast.participant) == (True, 1)
    assert asked(cast.staff) == (False, 1)
    assert asked(cast.board) == (False, 1)
