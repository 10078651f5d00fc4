from __future__ import annotations

import datetime
import itertools
import uuid
from dataclasses import dataclass

import pytest
from django.utils import timezone

from audits.models import Audit, Finding, Programme
from deviations.models import Category, Feedback, Suggestion
from qms.models import OrganisationUnit, Role, User
from reviews import services
from reviews.models import Review
from tests.factories import Tree, make_tree, make_user

_numbers = itertools.count(1)


@dataclass
class Cast:
    """The people around a review of Socialförvaltningen, on the standard test tree."""

    tree: Tree
    coordinator: User  # kvalitetssamordnare for the kommun: prepares the review
    chair: User  # förvaltningschef (chef of Socialförvaltningen): chairs and approves
    participant: User  # medarbetare at Solgården, invited to the meeting
    chef: User  # enhetschef at Solgården: a chef below the scope (reads nothing above it)
    area_chef: User  # chef of Socialförvaltningen's Äldreomsorg
    staff: User  # medarbetare at Hemtjänsten, not invited
    school_coordinator: User  # kvalitetssamordnare of another förvaltning
    board: User  # styrelseledamot for the kommun
    company_board: User  # styrelseledamot for the bolag
    admin: User


@pytest.fixture
def cast(db) -> Cast:
    tree = make_tree()
    return Cast(
        tree=tree,
        coordinator=make_user(tree.kommun, Role.COORDINATOR),
        chair=make_user(tree.social, Role.MANAGER),
        participant=make_user(tree.solgarden, Role.STAFF),
        chef=make_user(tree.solgarden, Role.MANAGER),
        area_chef=make_user(tree.elderly, Role.MANAGER),
        staff=make_user(tree.homecare, Role.STAFF),
        school_coordinator=make_user(tree.school, Role.COORDINATOR),
        board=make_user(tree.kommun, Role.BOARD),
        company_board=make_user(tree.company, Role.BOARD),
        admin=make_user(tree.group, Role.ADMIN),
    )


PERIOD = (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), timezone.get_current_timezone())


def make_review(cast: Cast, unit: OrganisationUnit | None = None, **fields) -> Review:
    start, end = fields.pop("period", PERIOD)
    return services.create_review(
        by=cast.coordinator,
        unit=unit or cast.tree.social,
        title=fields.pop("title", f"Ledningens genomgång {end.year}"),
        period_start=start,
        period_end=end,
        held_on=fields.pop("held_on", end + datetime.timedelta(days=20)),
        chair=fields.pop("chair", cast.chair),
        participants=fields.pop("participants", [cast.participant]),
    )


def make_category(name: str, parent: Category | None = None) -> Category:
    return Category.objects.get_or_create(name=name, parent=parent)[0]


def make_feedback(unit: OrganisationUnit, kind: str, created: datetime.date, **fields) -> Feedback:
    return Feedback.objects.create(
        number=f"SP-T-{next(_numbers):05d}",
        organisation=unit.organisation() or unit,
        unit=unit,
        kind=kind,
        text="Synpunkt",
        created_at=at(created),
        due_date=fields.pop("due_date", created + datetime.timedelta(days=30)),
        tracking_token_hash=uuid.uuid4().hex,
        **fields,
    )


def make_suggestion(
    unit: OrganisationUnit, by: User, created: datetime.date, **fields
) -> Suggestion:
    return Suggestion.objects.create(
        number=f"FF-T-{next(_numbers):05d}",
        organisation=unit.organisation() or unit,
        unit=unit,
        title=fields.pop("title", "Förslag"),
        description="Beskrivning",
        reason="Skäl",
        submitted_by=by,
        created_at=at(created),
        **fields,
    )


def make_audit(
    unit: OrganisationUnit, by: User, performed_on: datetime.date, grades=(), **fields
) -> Audit:
    programme, _ = Programme.objects.get_or_create(
        unit=unit, year=performed_on.year, defaults={"created_by": by}
    )
    audit = Audit.objects.create(
        programme=programme,
        title=fields.pop("title", f"Revision av {unit.name}"),
        unit=unit,
        planned_date=performed_on,
        performed_on=performed_on,
        status=Audit.Status.REPORTED,
        created_by=by,
        **fields,
    )
    Finding.objects.bulk_create(
        Finding(audit=audit, grade=grade, title=f"Iakttagelse {n}", created_by=by)
        for n, grade in enumerate(grades)
    )
    return audit
