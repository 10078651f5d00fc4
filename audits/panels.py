"""Start-page panels: my audits, and closed audit reports for board members."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from audits.models import Audit
from qms.models import Role
from qms.startpage import panel

SHOWN = 5


@panel(
    title=_("Mina revisioner"),
    template="audits/panels/my_audits.html",
    roles=[Role.ADMIN, Role.COORDINATOR, Role.AUDITOR, Role.MANAGER, Role.STAFF],
    order=8,
)
def my_audits(request) -> dict | None:
    user = request.user
    audits = list(
        Audit.objects.visible_to(user)
        .with_team_member(user)
        .filter(status__in=Audit.OPEN_STATUSES)
        .select_related("unit")
        .only("title", "status", "planned_date", "unit__name")
        .order_by("planned_date", "pk")[:SHOWN]
    )
    if not audits:
        return None
    return {"audits": audits}


@panel(
    title=_("Revisionsrapporter"),
    template="audits/panels/reports.html",
    roles=[Role.BOARD],
    order=6,
)
def closed_reports(request) -> dict | None:
    reports = list(
        Audit.objects.reports_visible_to(request.user)
        .select_related("unit")
        .order_by("-closed_at")[:SHOWN]
    )
    if not reports:
        return None
    return {"reports": reports}
