"""Fast builders for list, export and statistics tests: rows in bulk, no workflow services."""

from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from deviations.models import Action, Category, Deviation
from qms.models import Membership, OrganisationUnit, Role, User
from tests.factories import Tree, make_user

_numbers = itertools.count(1)


def make_deviations(
    unit: OrganisationUnit,
    reported_by: User,
    count: int = 1,
    *,
    created_at: datetime.datetime | None = None,
    step: datetime.timedelta = datetime.timedelta(minutes=1),
    **fields,
) -> list[Deviation]:
    """`count` deviations in one insert, the newest `created_at` first, `step` apart."""
    newest = created_at or timezone.now()
    organisation = unit.organisation() or unit
    fields.setdefault("title", "Avvikelse")
    fields.setdefault("description", "Beskrivning av händelsen")
    occurred_at = fields.pop("occurred_at", None)
    rows = [
        Deviation(
            number=f"AV-T-{next(_numbers):07d}",
            organisation=organisation,
            unit=unit,
            reported_by=reported_by,
            occurred_at=occurred_at or newest - i * step,
            created_at=newest - i * step,
            **fields,
        )
        for i in range(count)
    ]
    return Deviation.objects.bulk_create(rows)


def make_deviation(unit: OrganisationUnit, reported_by: User, **fields) -> Deviation:
    return make_deviations(unit, reported_by, 1, **fields)[0]


def make_action(
    source: Deviation | None,
    *,
    owner: User,
    unit: OrganisationUnit | None = None,
    due_date: datetime.date | None = None,
    **fields,
) -> Action:
    return make_actions(source, 1, owner=owner, unit=unit, due_date=due_date, **fields)[0]


def make_actions(
    source: Deviation | None,
    count: int,
    *,
    owner: User,
    unit: OrganisationUnit | None = None,
    due_date: datetime.date | None = None,
    **fields,
) -> list[Action]:
    fields.setdefault("kind", Action.Kind.CORRECTIVE)
    fields.setdefault("title", "Åtgärd")
    if source is not None:
        fields.setdefault("is_confidential", source.is_confidential)
    rows = [
        Action(
            content_type=ContentType.objects.get_for_model(source) if source else None,
            object_id=source.pk if source else None,
            owner=owner,
            created_by=owner,
            unit=unit or source.unit,
            due_date=due_date or timezone.localdate() + datetime.timedelta(days=30),
            **fields,
        )
        for _ in range(count)
    ]
    return Action.objects.bulk_create(rows)


def make_category(name: str, parent: Category | None = None, **fields) -> Category:
    """The category with this name and parent (the demo data may have made it already)."""
    category, _created = Category.objects.update_or_create(
        name=name, parent=parent, defaults=fields
    )
    return category


@dataclass
class People:
    """Users around the test tree's Solgården, for permission tests."""

    coordinator: User  # kommun
    chef: User  # Solgården
    sibling_chef: User  # Hemtjänsten, Solgården's sibling
    sensitive_chef: User  # Äldreomsorg, with access to confidential cases
    staff: User  # Solgården
    other_staff: User  # Skolförvaltningen


def make_people(tree: Tree) -> People:
    sensitive_chef = make_user()
    Membership.objects.create(
        user=sensitive_chef, unit=tree.elderly, role=Role.MANAGER, sensitive_access=True
    )
    return People(
        coordinator=make_user(tree.kommun, Role.COORDINATOR),
        chef=make_user(tree.solgarden, Role.MANAGER),
        sibling_chef=make_user(tree.homecare, Role.MANAGER),
        sensitive_chef=User.objects.get(pk=sensitive_chef.pk),
        staff=make_user(tree.solgarden, Role.STAFF),
        other_staff=make_user(tree.school, Role.STAFF),
    )
