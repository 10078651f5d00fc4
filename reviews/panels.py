"""Start-page panels: the approved review packs and published yearly reports a board member
may read, and the overview's key figures."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from qms.models import Role
from qms.startpage import panel
from reviews.models import PatientSafetyReport, QualityReport, Review, Status
from reviews.overview import OVERVIEW_ROLES, overview_for, scope_units

SHOWN = 5


@panel(
    title=_("Rapporter"),
    template="reviews/panels/reports.html",
    roles=[Role.BOARD],
    order=5,
)
def approved_packs(request) -> dict:
    packs = list(
        Review.objects.packs_visible_to(request.user)
        .current(Review.Status.APPROVED)  # a corrected pack only in its revised form
        .select_related("unit")
        .order_by("-approved_at", "-pk")[:SHOWN]
    )
    yearly = [
        report
        for model in (QualityReport, PatientSafetyReport)
        for report in model.objects.published_visible_to(request.user)
        .current(model.Status.PUBLISHED)
        .select_related("unit")
        .order_by("-published_at", "-pk")[:SHOWN]
    ]
    yearly.sort(key=lambda report: report.published_at, reverse=True)
    return {"reports": packs, "quality_reports": yearly[:SHOWN]}


@panel(
    title=_("Översikt"),
    template="reviews/panels/overview.html",
    roles=[*OVERVIEW_ROLES, Role.ADMIN],
    order=2,
)
def overview_figures(request) -> dict | None:
    """A few key figures of the user's first scope, from the overview's cache."""
    scopes = scope_units(request.user)
    if not scopes:
        return None
    figures = overview_for(scopes[0])
    cards = figures["objectives"]["cards"]
    return {
        "unit": scopes[0],
        "figures": figures,
        "objectives_missed": sum(1 for card in cards if card["status"] == Status.MISSED),
    }
