"""The start page's own panels (qms/startpage.py)."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from qms.models import Membership, Role
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_my_unit_counts_each_active_colleague_once(client, tree) -> None:
    # Two roles on the unit are one colleague; someone who has left, the viewer, and people of
    # the unit beside it are not counted.
    staff = make_user(tree.solgarden, Role.STAFF)
    twice = make_user(tree.solgarden, Role.STAFF)
    Membership.objects.create(user=twice, unit=tree.solgarden, role=Role.MANAGER)
    make_user(tree.solgarden, Role.STAFF)
    make_user(tree.solgarden, Role.STAFF, is_active=False)
    make_user(tree.homecare, Role.STAFF)
    login(client, staff)
    with translation.override("sv"):
        page = client.get("/").content.decode()
    counted = re.search(r"<dt>Kollegor med roll på enheten</dt>\s*<dd>(\d+)</dd>", page)
    assert counted is not None, page
    assert counted.group(1) == "2"
