"""What the certifications app offers the header search (qms.search): certificates by their
number or standard, from `Certificate.visible_to(user)`, for those who may open them."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from certifications.models import Certificate, Cycle
from qms.search import Hit, search_source


def certificates_by_number(user, query: str) -> list[Hit]:
    cycles = (
        Cycle.objects.filter(
            certificate__in=Certificate.objects.visible_to(user),
            number__iexact=query.strip(),
        )
        .exclude(number="")
        .select_related("certificate__standard")
        .order_by("-issue_date")
    )
    return [
        Hit(
            cycle.number,
            str(cycle.certificate.standard),
            cycle.certificate.get_absolute_url(),
            cycle.certificate.get_status_display(),
        )
        for cycle in cycles[:20]
    ]


def certificates_by_text(user, query: str, limit: int) -> list[Hit]:
    found = (
        Certificate.objects.visible_to(user)
        .filter(standard__name__icontains=query)
        .select_related("standard")
        .prefetch_related("units")
        .order_by("standard__name", "pk")
    )
    return [Hit("", str(c), c.get_absolute_url(), c.get_status_display()) for c in found[:limit]]


search_source(
    _("Certifieringar"),
    order=70,
    by_number=certificates_by_number,
    by_text=certificates_by_text,
    visible=lambda user: user.has_perm("certifications.view_certificates"),
)
