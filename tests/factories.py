"""Test data builders. `make_tree()` gives a small organisation with two sibling subtrees."""

from __future__ import annotations

from dataclasses import dataclass

import factory

from qms.models import Membership, OrganisationUnit, Role, User

PASSWORD = "Rätt-häst-batteri-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale="sv_SE")
    last_name = factory.Faker("last_name", locale="sv_SE")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.se")
    password = factory.django.Password(PASSWORD)


def make_user(unit: OrganisationUnit | None = None, role: Role | None = None, **fields) -> User:
    user = UserFactory(**fields)
    if unit is not None and role is not None:
        Membership.objects.create(user=user, unit=unit, role=role)
    return User.objects.get(pk=user.pk)  # fresh: no cached memberships


@dataclass
class Tree:
    group: OrganisationUnit
    kommun: OrganisationUnit
    social: OrganisationUnit  # förvaltning
    elderly: OrganisationUnit  # avdelning under social
    solgarden: OrganisationUnit  # enhet under elderly
    homecare: OrganisationUnit  # sibling enhet under elderly
    school: OrganisationUnit  # another förvaltning
    company: OrganisationUnit  # bolag


def make_tree() -> Tree:
    K = OrganisationUnit.Kind
    objects = OrganisationUnit.objects

    def add(parent: OrganisationUnit, name: str, kind: str, code: str) -> OrganisationUnit:
        return objects.add_child(parent, {"name": name, "kind": kind, "code": code})

    group = objects.add_root({"name": "Testkoncernen", "kind": K.GROUP, "code": "t-koncern"})
    kommun = add(group, "Testkommun", K.MUNICIPALITY, "t-kommun")
    social = add(kommun, "Socialförvaltningen", K.DEPARTMENT, "t-soc")
    elderly = add(social, "Äldreomsorg", K.DIVISION, "t-ao")
    solgarden = add(elderly, "Solgården", K.UNIT, "t-solg")
    homecare = add(elderly, "Hemtjänsten", K.UNIT, "t-ht")
    school = add(kommun, "Skolförvaltningen", K.DEPARTMENT, "t-skol")
    company = add(group, "Bostadsbolaget", K.COMPANY, "t-bost")

    def fresh(unit: OrganisationUnit) -> OrganisationUnit:
        return OrganisationUnit.objects.get(pk=unit.pk)

    return Tree(
        *(fresh(u) for u in (group, kommun, social, elderly, solgarden, homecare, school, company))
    )
