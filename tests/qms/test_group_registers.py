"""Group-wide registers are changed only by those whose scope covers the whole group.

The permission matrix: every register's create and edit URL, for every role, including a
coordinator of one company (Exempel Energi AB in the demo) and of one part of the kommun.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from django.contrib.admin.sites import site as admin_site
from django.contrib.auth.models import Permission
from django.test import RequestFactory
from django.urls import reverse

from audits.models import Criterion, Question
from deviations.models import (
    Category,
    CategorySensitivityDecision,
    Deviation,
    FeedbackPolicy,
    LegalTrackRule,
    PublicActivity,
    Requirement,
    Supplier,
)
from qms.models import OrganisationUnit, Role, User
from tests.conftest import login
from tests.deviations.conftest import report
from tests.factories import Tree, make_tree, make_user

pytestmark = pytest.mark.django_db


@dataclass
class Registers:
    tree: Tree
    category: Category  # sensitive by default, like "Missförhållande (lex Sarah)"
    requirement: Requirement  # owned by another förvaltning (the school)
    supplier: Supplier
    criterion: Criterion
    question: Question


@pytest.fixture
def registers(db) -> Registers:
    tree = make_tree()
    care = Category.objects.create(name="Vård och omsorg")
    criterion = Criterion.objects.create(framework="own", reference="T-1", title="Egen rutin")
    return Registers(
        tree=tree,
        category=Category.objects.create(
            name="Missförhållande (lex Sarah)", parent=care, is_sensitive=True
        ),
        requirement=Requirement.objects.create(
            title="Rutin för skolskjuts", kind="routine", owner_unit=tree.school
        ),
        supplier=Supplier.objects.create(name="Hjälpmedelsservice Väst AB"),
        criterion=criterion,
        question=Question.objects.create(criterion=criterion, text="Finns rutinen?"),
    )


# role name -> (unit attribute of the tree, role); "admin" is a system administrator.
PEOPLE = {
    "admin": ("group", Role.ADMIN),
    "group_coordinator": ("group", Role.COORDINATOR),
    "company_coordinator": ("company", Role.COORDINATOR),
    "kommun_coordinator": ("kommun", Role.COORDINATOR),
    "school_coordinator": ("school", Role.COORDINATOR),
    "chef": ("solgarden", Role.MANAGER),
    "staff": ("solgarden", Role.STAFF),
    "auditor": ("group", Role.AUDITOR),
}
MAY_CHANGE = {"admin", "group_coordinator"}
MAY_READ = MAY_CHANGE | {"company_coordinator", "kommun_coordinator", "school_coordinator"}


def person(registers: Registers, who: str) -> User:
    unit, role = PEOPLE[who]
    return make_user(getattr(registers.tree, unit), role)


def change_urls(r: Registers) -> list[tuple[str, dict]]:
    """(url, valid POST data) for every create and edit URL of the group-wide registers."""
    return [
        (
            reverse("deviations:category_create"),
            {"name": "Ny kategori", "is_active": "on"},
        ),
        (
            reverse("deviations:category_update", args=[r.category.pk]),
            {
                "name": r.category.name,
                "parent": r.category.parent_id,
                "is_active": "on",
                "reason": "Behövs inte",
            },
        ),
        (
            reverse("deviations:requirement_create"),
            {"title": "Nytt krav", "kind": "law", "owner_unit": r.tree.company.pk},
        ),
        (
            reverse("deviations:requirement_update", args=[r.requirement.pk]),
            {"title": r.requirement.title, "kind": "routine", "owner_unit": r.tree.company.pk},
        ),
        (reverse("deviations:supplier_create"), {"name": "Ny leverantör AB", "is_active": "on"}),
        (
            reverse("deviations:supplier_update", args=[r.supplier.pk]),
            {"name": "Bytt namn AB"},
        ),
        (
            reverse("audits:criterion_create"),
            {"framework": "own", "reference": "T-2", "title": "Ny", "order": 1, "is_active": "on"},
        ),
        (
            reverse("audits:question_create"),
            {"criterion": r.criterion.pk, "text": "Ny fråga?", "order": 1, "is_active": "on"},
        ),
        (
            reverse("audits:question_update", args=[r.question.pk]),
            {"criterion": r.criterion.pk, "text": "Ändrad fråga?", "order": 1},
        ),
    ]


def snapshot(r: Registers) -> tuple:
    return (
        list(Category.objects.order_by("pk").values()),
        list(Requirement.objects.order_by("pk").values()),
        list(Supplier.objects.order_by("pk").values()),
        list(Criterion.objects.order_by("pk").values()),
        list(Question.objects.order_by("pk").values()),
    )


@pytest.mark.parametrize("who", sorted(set(PEOPLE) - MAY_CHANGE))
def test_only_whole_group_scope_changes_group_wide_registers(client, registers, who):
    user = person(registers, who)
    login(client, user)
    before = snapshot(registers)
    for url, data in change_urls(registers):
        assert client.get(url).status_code == 403, url
        assert client.post(url, data).status_code == 403, url
    assert snapshot(registers) == before
    assert not user.has_perm("qms.change_group_register")


@pytest.mark.parametrize("who", sorted(MAY_CHANGE))
def test_admin_and_group_coordinator_change_group_wide_registers(client, registers, who):
    login(client, person(registers, who))
    for url, data in change_urls(registers):
        assert client.get(url).status_code == 200, url
        response = client.post(url, data)
        assert response.status_code == 302, (
            url,
            response.context and response.context["form"].errors,
        )
    registers.requirement.refresh_from_db()
    assert registers.requirement.owner_unit == registers.tree.company
    assert Supplier.objects.filter(name="Bytt namn AB").exists()
    assert Question.objects.filter(text="Ändrad fråga?").exists()


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_register_pages_are_read_by_coordinators_and_offer_changes_only_to_whole_group(
    client, registers, who
):
    login(client, person(registers, who))
    pages = [
        (reverse("deviations:category_list"), reverse("deviations:category_create")),
        (reverse("deviations:requirement_list"), reverse("deviations:requirement_create")),
        (reverse("deviations:supplier_list"), reverse("deviations:supplier_create")),
        (reverse("audits:question_bank"), reverse("audits:question_create")),
    ]
    for page, create in pages:
        response = client.get(page)
        assert response.status_code == (200 if who in MAY_READ else 403), page
        if response.status_code == 200:
            assert (create in response.content.decode()) == (who in MAY_CHANGE), page


def test_company_coordinator_cannot_clear_sensitivity_or_move_a_requirement(client, registers):
    """The issue's two findings, as the company coordinator tried them."""
    login(client, person(registers, "company_coordinator"))
    category, requirement = registers.category, registers.requirement
    client.post(
        reverse("deviations:category_update", args=[category.pk]),
        {"name": category.name, "parent": category.parent_id, "is_active": "on"},
    )
    client.post(
        reverse("deviations:requirement_update", args=[requirement.pk]),
        {"title": requirement.title, "kind": "routine", "owner_unit": registers.tree.company.pk},
    )
    category.refresh_from_db()
    requirement.refresh_from_db()
    assert category.is_sensitive
    assert requirement.owner_unit == registers.tree.school and requirement.is_active


def test_group_coordinator_needs_every_tree_root(registers):
    """With a second organisation tree, a coordinator of the first no longer covers the group."""
    coordinator = person(registers, "group_coordinator")
    assert coordinator.has_perm("qms.change_group_register")
    OrganisationUnit.objects.add_root({"name": "Annan koncern", "kind": "group", "code": "annan"})
    assert not User.objects.get(pk=coordinator.pk).has_perm("qms.change_group_register")


def test_inactive_group_coordinator_changes_nothing(registers):
    coordinator = person(registers, "group_coordinator")
    coordinator.is_active = False
    assert not coordinator.has_perm("qms.change_group_register")


def settings_urls(r: Registers) -> list[str]:
    """The settings kept in the app that apply to the whole group (issue 11's screens)."""
    from certifications.catalogue import add_missing_standards
    from certifications.models import EventTemplate, EvidenceTemplate, Standard

    add_missing_standards(Standard, EventTemplate, EvidenceTemplate)
    activity = PublicActivity.objects.create(unit=r.tree.solgarden, public_name="Solgården")
    return [
        reverse("deviations:public_activity_create"),
        reverse("deviations:public_activity_update", args=[activity.pk]),
        reverse("deviations:feedback_policy_update", args=[r.tree.company.pk]),
        reverse("deviations:legal_rule_update", args=["lex_sarah"]),
        reverse("certifications:standard_update", args=[Standard.objects.first().pk]),
        reverse("qms:public_profile"),
    ]


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_settings_kept_in_the_app_follow_the_same_rule(client, registers, who):
    login(client, person(registers, who))
    for url in settings_urls(registers):
        if who in MAY_CHANGE:
            assert client.get(url).status_code == 200, url
        else:
            assert client.get(url).status_code == 403, url
            assert client.post(url, {}).status_code == 403, url


# Sensitivity: a logged decision that never opens existing cases ----------------------------


def test_sensitivity_change_needs_a_reason_and_is_a_logged_decision(client, registers):
    category = registers.category
    coordinator = person(registers, "group_coordinator")
    login(client, coordinator)
    url = reverse("deviations:category_update", args=[category.pk])
    data = {"name": category.name, "parent": category.parent_id, "is_active": "on"}
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert refused.context["form"].errors["reason"]
    assert refused.context["form"]["name"].value() == category.name
    category.refresh_from_db()
    assert category.is_sensitive and not category.sensitivity_decisions.exists()

    assert client.post(url, {**data, "reason": "Utreds i ett eget spår."}).status_code == 302
    category.refresh_from_db()
    decision = CategorySensitivityDecision.objects.get()
    assert not category.is_sensitive
    assert (decision.category, decision.is_sensitive, decision.decided_by) == (
        category,
        False,
        coordinator,
    )
    assert decision.reason == "Utreds i ett eget spår."
    page = client.get(url).content.decode()
    assert "Utreds i ett eget spår." in page and str(coordinator) in page


def test_other_edits_of_a_category_need_no_reason(client, registers):
    login(client, person(registers, "group_coordinator"))
    category = registers.category
    response = client.post(
        reverse("deviations:category_update", args=[category.pk]),
        {
            "name": "Missförhållande",
            "parent": category.parent_id,
            "is_sensitive": "on",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assert not CategorySensitivityDecision.objects.exists()


def test_clearing_sensitivity_never_makes_existing_confidential_cases_readable(client, registers):
    tree, category = registers.tree, registers.category
    staff = make_user(tree.solgarden, Role.STAFF)
    auditor = person(registers, "auditor")
    cast = SimpleNamespace(staff=staff, tree=tree)  # what report() reads of a cast
    earlier = report(cast, category=category)
    assert earlier.is_confidential

    login(client, person(registers, "group_coordinator"))
    client.post(
        reverse("deviations:category_update", args=[category.pk]),
        {
            "name": category.name,
            "parent": category.parent_id,
            "is_active": "on",
            "reason": "Nya ärenden bedöms ett och ett.",
        },
    )
    category.refresh_from_db()
    assert not category.is_sensitive
    earlier.refresh_from_db()
    assert earlier.is_confidential
    assert not Deviation.objects.visible_to(auditor).filter(pk=earlier.pk).exists()
    login(client, auditor)
    assert client.get(earlier.get_absolute_url()).status_code == 404
    later = report(cast, category=category)
    assert not later.is_confidential  # the decision applies to new reports


# The technical admin follows the same rule ----------------------------------------------------


@pytest.mark.parametrize(
    "model",
    [Category, Requirement, LegalTrackRule, Criterion, PublicActivity, FeedbackPolicy],
    ids=lambda m: m.__name__,
)
def test_admin_site_refuses_group_registers_to_a_staff_user_of_one_company(registers, model):
    """Even a staff account given Django's model permissions, but coordinating one company only,
    may not add, change or delete group-wide entries in the technical admin."""
    user = make_user(registers.tree.company, Role.COORDINATOR, is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label=model._meta.app_label)
    )
    user = User.objects.get(pk=user.pk)
    request = RequestFactory().get("/")
    request.user = user
    model_admin = admin_site._registry[model]
    assert user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)
    user.memberships.update(unit=registers.tree.group)
    request.user = User.objects.get(pk=user.pk)
    assert model_admin.has_change_permission(request)
