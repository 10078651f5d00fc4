"""The start-page panel: the next certification deadlines in the user's scope."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certifications.models import CycleEvent
from qms.models import Role
from qms.startpage import panel

PANEL_EVENTS = 5


@panel(
    title=_("Certifieringar"),
    template="certifications/panels/upcoming.html",
    roles=[Role.ADMIN, Role.COORDINATOR, Role.MANAGER, Role.AUDITOR],
    order=40,
)
def upcoming_certification_events(request) -> dict | None:
    events = (
        CycleEvent.objects.visible_to(request.user)
        .reminding()
        .select_related("cycle__certificate__standard")
        # What the panel shows: a row of each of four tables, not every column of them.
        .only("planned_date", "name", "cycle__certificate__standard__name")
        .order_by("planned_date", "pk")[:PANEL_EVENTS]
    )
    return {"events": list(events), "today": timezone.localdate()}
