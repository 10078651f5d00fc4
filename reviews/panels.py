"""Start-page panel: the approved review packs and published quality reports a board member
may read."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from qms.models import Role
from qms.startpage import panel
from reviews.models import QualityReport, Review

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
    quality_reports = list(
        QualityReport.objects.published_visible_to(request.user)
        .current(QualityReport.Status.PUBLISHED)
        .select_related("unit")
        .order_by("-published_at", "-pk")[:SHOWN]
    )
    return {"reports": packs, "quality_reports": quality_reports}
