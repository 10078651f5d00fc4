from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from certifications.models import Certificate
from qms.models import Role, User
from tests.certifications.factories import make_certificate
from tests.factories import Tree, make_user


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@dataclass
class People:
    admin: User
    coordinator: User  # over the whole group
    school_coordinator: User  # a sibling förvaltning: cannot see the certificate
    responsible: User  # chef of the certified förvaltning
    unit_manager: User  # chef of a unit inside the scope
    company_manager: User  # outside the scope
    auditor: User
    staff: User
    board: User


@pytest.fixture
def people(tree: Tree) -> People:
    admin = make_user(tree.group, Role.ADMIN)
    return People(
        admin=admin,
        coordinator=make_user(tree.group, Role.COORDINATOR),
        school_coordinator=make_user(tree.school, Role.COORDINATOR),
        responsible=make_user(tree.social, Role.MANAGER),
        unit_manager=make_user(tree.solgarden, Role.MANAGER),
        company_manager=make_user(tree.company, Role.MANAGER),
        auditor=make_user(tree.group, Role.AUDITOR),
        staff=make_user(tree.solgarden, Role.STAFF),
        board=make_user(tree.kommun, Role.BOARD),
    )


@pytest.fixture
def certificate(tree: Tree, people: People) -> Certificate:
    """ISO 9001 for Socialförvaltningen, issued a year ago."""
    return make_certificate(
        [tree.social],
        people.responsible,
        issue_date=datetime.date.today().replace(day=1) - datetime.timedelta(days=365),
        number="C-100",
    )
