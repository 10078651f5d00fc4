from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from deviations import services
from deviations.models import Category, Deviation
from qms.models import Membership, Role, User
from tests.factories import Tree, make_tree, make_user


@dataclass
class Cast:
    """The people of a deviation's story, on the standard test tree."""

    tree: Tree
    staff: User  # medarbetare at Solgården
    chef: User  # enhetschef at Solgården
    coordinator: User  # kvalitetssamordnare for the kommun
    sensitive_chef: User  # chef over äldreomsorgen with access to confidential cases
    sibling_chef: User  # chef at Hemtjänsten (sibling unit)
    other_staff: User  # medarbetare at Hemtjänsten
    school_chef: User  # chef at another förvaltning
    board: User  # styrelseledamot for the group


@pytest.fixture
def cast(db) -> Cast:
    tree = make_tree()
    sensitive_chef = make_user(tree.elderly, Role.MANAGER)
    Membership.objects.filter(user=sensitive_chef).update(sensitive_access=True)
    return Cast(
        tree=tree,
        staff=make_user(tree.solgarden, Role.STAFF),
        chef=make_user(tree.solgarden, Role.MANAGER),
        coordinator=make_user(tree.kommun, Role.COORDINATOR),
        sensitive_chef=User.objects.get(pk=sensitive_chef.pk),
        sibling_chef=make_user(tree.homecare, Role.MANAGER),
        other_staff=make_user(tree.homecare, Role.STAFF),
        school_chef=make_user(tree.school, Role.MANAGER),
        board=make_user(tree.group, Role.BOARD),
    )


def report(cast: Cast, **fields) -> Deviation:
    defaults = {
        "by": cast.staff,
        "unit": cast.tree.solgarden,
        "title": "Brukare föll i badrummet",
        "description": "Brukaren halkade på det våta golvet vid duschen.",
        "occurred_at": timezone.now() - datetime.timedelta(hours=2),
        "immediate_action": "Hjälpte brukaren upp, kontrollerade skador.",
    }
    return services.report_deviation(**{**defaults, **fields})


def investigate_to_acting(deviation: Deviation, by: User) -> Deviation:
    services.start_investigation(deviation, by=by, investigator=by)
    services.record_cause_analysis(
        deviation,
        by=by,
        cause_groups=["method", "environment"],
        cause_analysis="Varför föll brukaren? Golvet var vått.\nVarför? Ingen halkmatta.",
    )
    return services.start_actions(deviation, by=by)


def add_action(deviation: Deviation, by: User, **fields):
    defaults = {
        "kind": "corrective",
        "title": "Sätt halkmatta vid duschen",
        "owner": by,
        "unit": deviation.unit,
        "due_date": timezone.localdate() + datetime.timedelta(days=14),
    }
    return services.add_deviation_action(deviation, by=by, **{**defaults, **fields})


@pytest.fixture
def sensitive_category(db) -> Category:
    care = Category.objects.create(name="Vård och omsorg")
    return Category.objects.create(name="Lex Sarah-händelse", parent=care, is_sensitive=True)
