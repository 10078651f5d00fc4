"""User.has_perm asks Django's model backends only about permissions that a model declares
(issue 12): the product's own permissions are django-rules predicates, asked by the menu on every
page, and Django's ModelBackend read the user's permission rows (two queries) to refuse them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qms.models import Role, User, model_permission_names
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def permission_reads(queries) -> list[str]:
    return [q["sql"] for q in queries if "auth_permission" in q["sql"]]


def test_a_rules_permission_is_answered_without_reading_permission_rows(tree):
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    staff = make_user(tree.solgarden, Role.STAFF)
    for user in (coordinator, staff):
        user.cached_memberships  # noqa: B018 (what the predicates read, read first)
    with CaptureQueriesContext(connection) as queries:
        assert coordinator.has_perm("deviations.follow_legal_tracks")
        assert not staff.has_perm("deviations.follow_legal_tracks")
        assert not staff.has_perm("qms.manage_users")
    assert permission_reads(queries) == []


def test_every_page_is_served_without_reading_permission_rows(client, tree):
    login(client, make_user(tree.solgarden, Role.MANAGER))
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    assert permission_reads(queries) == []


def test_a_model_permission_a_rule_grants_is_answered_without_reading_permission_rows(tree):
    # certifications.add_certificate is both: the coordinator's rule grants it, so the rows
    # (two queries on the certificates overview, for its "add" button) are not read.
    name = "certifications.add_certificate"
    assert name in model_permission_names()
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    coordinator.cached_memberships  # noqa: B018 (what the predicates read, read first)
    with CaptureQueriesContext(connection) as queries:
        assert coordinator.has_perm(name)
    assert permission_reads(queries) == []


def test_django_permissions_given_to_a_person_or_a_group_still_count(tree):
    name = "certifications.view_certificate"
    assert name in model_permission_names()
    app_label, codename = name.split(".")
    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)

    direct = make_user(tree.solgarden, Role.STAFF)
    assert not direct.has_perm(name)
    direct.user_permissions.add(permission)
    assert User.objects.get(pk=direct.pk).has_perm(name)

    member = make_user(tree.solgarden, Role.STAFF)
    group = Group.objects.create(name="Certifikatläsare")
    group.permissions.add(permission)
    member.groups.add(group)
    assert User.objects.get(pk=member.pk).has_perm(name)


def test_a_rule_under_a_model_permissions_name_still_asks_the_rows_too(tree):
    # certifications.add_certificate is a rule and a model permission: a member of staff, whom
    # the rule refuses, has it when given the row (as before).
    name = "certifications.add_certificate"
    assert name in model_permission_names()
    staff = make_user(tree.solgarden, Role.STAFF)
    assert not staff.has_perm(name)
    staff.user_permissions.add(
        Permission.objects.get(content_type__app_label="certifications", codename="add_certificate")
    )
    assert User.objects.get(pk=staff.pk).has_perm(name)


def test_superusers_have_every_permission_and_inactive_people_none_of_the_models(tree):
    admin = make_user(is_superuser=True)
    assert admin.has_perm("deviations.follow_legal_tracks")
    assert admin.has_perm("certifications.view_certificate")
    gone = make_user(tree.kommun, Role.COORDINATOR, is_active=False)
    assert not gone.has_perm("certifications.view_certificate")
