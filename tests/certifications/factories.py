"""Builders for certification tests, through the same services the views use."""

from __future__ import annotations

import datetime

from certifications import services
from certifications.catalogue import add_missing_standards
from certifications.models import Certificate, EventTemplate, EvidenceTemplate, Standard
from qms.models import OrganisationUnit, User


def standard(code: str = "iso-9001") -> Standard:
    """A standard from the catalogue (seeded by a migration; again after a flushing test)."""
    add_missing_standards(Standard, EventTemplate, EvidenceTemplate)
    return Standard.objects.get(code=code)


def make_certificate(
    units: list[OrganisationUnit],
    responsible: User,
    *,
    code: str = "iso-9001",
    issue_date: datetime.date,
    status: str = Certificate.Status.ACTIVE,
    is_initial: bool = False,
    **fields,
) -> Certificate:
    return services.create_certificate(
        by=responsible,
        standard=standard(code),
        units=units,
        issuer=fields.pop("issuer", "Certifieringsorganet AB"),
        responsible=responsible,
        status=status,
        issue_date=issue_date,
        is_initial=is_initial,
        **fields,
    )
