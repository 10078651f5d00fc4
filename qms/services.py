"""Writes of the shared core that cross models."""

from __future__ import annotations

from django.db import transaction

from qms.models import Membership, OrganisationUnit, User


@transaction.atomic
def create_user(
    *, by: User, fields: dict, password: str, unit: OrganisationUnit, role: str
) -> User:
    """Create an account together with its first role, so it is never left without scope."""
    user = User(**fields)
    user.set_password(password)
    user.save()
    Membership.objects.create(user=user, unit=unit, role=role)
    return user
