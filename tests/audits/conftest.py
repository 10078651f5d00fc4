from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from audits import services
from audits.catalogue import add_missing_criteria
from audits.models import Audit, Criterion, Grade, Programme, Question, TeamMember
from qms.models import Membership, Role, User
from tests.factories import Tree, make_tree, make_user


@dataclass
class Cast:
    """The people around an audit of Solgården, on the standard test tree."""

    tree: Tree
    coordinator: User  # kvalitetssamordnare for the kommun
    auditor: User  # internrevisor for the group: independent of Solgården
    chef: User  # enhetschef at Solgården (auditee)
    staff: User  # medarbetare at Solgården
    area_staff: User  # medarbetare at Äldreomsorg (the division above Solgården)
    other_staff: User  # medarbetare at Hemtjänsten (sibling unit, not audited)
    sibling_chef: User  # chef at Hemtjänsten
    school_coordinator: User  # kvalitetssamordnare at another förvaltning
    board: User  # styrelseledamot for the kommun
    insider: User  # internrevisor who also works at Solgården


@pytest.fixture
def cast(db) -> Cast:
    add_missing_criteria(Criterion, Question)
    tree = make_tree()
    insider = make_user(tree.group, Role.AUDITOR)
    Membership.objects.create(user=insider, unit=tree.solgarden, role=Role.STAFF)
    return Cast(
        tree=tree,
        coordinator=make_user(tree.kommun, Role.COORDINATOR),
        auditor=make_user(tree.group, Role.AUDITOR),
        chef=make_user(tree.solgarden, Role.MANAGER),
        staff=make_user(tree.solgarden, Role.STAFF),
        area_staff=make_user(tree.elderly, Role.STAFF),
        other_staff=make_user(tree.homecare, Role.STAFF),
        sibling_chef=make_user(tree.homecare, Role.MANAGER),
        school_coordinator=make_user(tree.school, Role.COORDINATOR),
        board=make_user(tree.kommun, Role.BOARD),
        insider=User.objects.get(pk=insider.pk),
    )


def iso(*references: str) -> list[Criterion]:
    return list(Criterion.objects.filter(framework="iso9001", reference__in=references))


def make_programme(cast: Cast, year: int | None = None) -> Programme:
    year = year or timezone.localdate().year
    return Programme.objects.get_or_create(
        unit=cast.tree.kommun, year=year, defaults={"created_by": cast.coordinator}
    )[0]


def plan(cast: Cast, **fields) -> Audit:
    today = timezone.localdate()
    programme = fields.pop("programme", None) or make_programme(cast, today.year)
    defaults = {
        "by": cast.coordinator,
        "kind": Audit.Kind.INTERNAL,
        "title": "Dokumentstyrning och avvikelsehantering",
        "unit": cast.tree.solgarden,
        "planned_date": today,
        "criteria": iso("7", "10"),
    }
    return services.plan_audit(programme, **{**defaults, **fields})


def prepared(cast: Cast, **fields) -> Audit:
    audit = plan(cast, **fields)
    services.add_team_member(
        audit, by=cast.coordinator, user=cast.auditor, role=TeamMember.Role.LEAD
    )
    return services.prepare_audit(audit, by=cast.auditor)


def answer_all(audit: Audit, by: User, grades: dict[int, str] | None = None) -> None:
    """Grade every question (conforms unless `grades` says otherwise, by position)."""
    for position, answer in enumerate(audit.answers.order_by("order")):
        grade = (grades or {}).get(position, Grade.CONFORMS)
        services.save_answer(answer, by=by, grade=grade, notes=f"Anteckning {position}")


def performed(cast: Cast, grades: dict[int, str] | None = None, **fields) -> Audit:
    audit = prepared(cast, **fields)
    answer_all(audit, cast.auditor, grades)
    return services.perform_audit(audit, by=cast.auditor, performed_on=timezone.localdate())


def add_action(cast: Cast, finding, by: User | None = None, **fields):
    defaults = {
        "kind": "corrective",
        "title": "Uppdatera rutinen för dokumentstyrning",
        "owner": cast.chef,
        "due_date": timezone.localdate() + datetime.timedelta(days=30),
    }
    return services.add_finding_action(finding, by=by or cast.auditor, **{**defaults, **fields})


def reported(cast: Cast, grades: dict[int, str] | None = None) -> Audit:
    audit = performed(cast, grades)
    for finding in audit.findings.filter(grade__in=["major", "minor"]):
        add_action(cast, finding)
    return services.report_audit(
        audit, by=cast.auditor, summary="Verksamheten följer i stort rutinerna."
    )
