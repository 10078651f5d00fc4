"""Who may do what with certificates. Reads go through `Certificate.objects.visible_to(user)`."""

from __future__ import annotations

import rules
from django.utils.translation import gettext_lazy as _

from certifications.models import Certificate
from qms.handover import OpenItem, handover_source
from qms.models import Role, User
from qms.permissions import is_admin, is_coordinator


def _has_any_role(*roles: Role):
    @rules.predicate
    def predicate(user: User) -> bool:
        return user.is_authenticated and user.is_active and user.has_role(*roles)

    return predicate


@rules.predicate
def coordinates_certificate(user: User, certificate: Certificate | None) -> bool:
    """A quality coordinator over every unit in the certificate's scope."""
    if certificate is None or not (user.is_authenticated and user.is_active):
        return False
    units = list(certificate.units.all())
    return bool(units) and all(user.has_role_over(unit, Role.COORDINATOR) for unit in units)


@rules.predicate
def is_responsible(user: User, certificate: Certificate | None) -> bool:
    return (
        certificate is not None
        and user.is_authenticated
        and user.is_active
        and certificate.responsible_id == user.pk
    )


# The overview and certificate pages: people who plan and follow the work. Board members read
# the status page; staff have neither (their deadlines reach them through the calendar feed).
view_certificates = is_admin | _has_any_role(Role.COORDINATOR, Role.MANAGER, Role.AUDITOR)
view_board_status = is_admin | _has_any_role(Role.COORDINATOR, Role.BOARD)
manage_certificate = is_admin | coordinates_certificate

rules.add_perm("certifications.view_certificates", view_certificates)
rules.add_perm("certifications.view_board_status", view_board_status)
rules.add_perm("certifications.add_certificate", is_admin | is_coordinator)
rules.add_perm("certifications.manage_certificate", manage_certificate)
# Recording audit results and writing the renewal evidence: also the responsible person.
rules.add_perm("certifications.work_on_certificate", manage_certificate | is_responsible)


@handover_source
def certificates_to_hand_over(user, limit):
    """Certificates the person is responsible for that still need someone (not ended)."""
    ended = (
        Certificate.Status.EXPIRED,
        Certificate.Status.WITHDRAWN,
        Certificate.Status.NOT_RENEWING,
    )
    certificates = (
        Certificate.objects.filter(responsible=user)
        .exclude(status__in=ended)
        .select_related("standard")
        .order_by("pk")
    )
    return (
        _("Certifikat som personen är ansvarig för"),
        [OpenItem(str(c.standard), c.get_absolute_url()) for c in certificates[:limit]],
        certificates.count(),
    )
