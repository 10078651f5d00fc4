"""The menu entry and the start-page panel of records management."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from qms.menu import menu_item
from qms.models import Role
from qms.startpage import panel

menu_item(
    _("Arkiv och gallring"),
    "records:plan",
    order=780,
    visible=lambda user: user.has_perm("records.view_plan"),
)


@panel(
    title=_("Arkiv: att granska"),
    template="records/panels/archivist.html",
    roles=[Role.ARCHIVIST],
    order=15,
)
def archivist_panel(request) -> dict | None:
    from records.models import LegalHold, Proposal

    proposals = Proposal.objects.visible_to(request.user).filter(status=Proposal.Status.PROPOSED)
    holds = LegalHold.objects.visible_to(request.user).active()
    due = holds.filter(review_date__lte=timezone.localdate())
    return {
        "proposals": list(proposals.select_related("organisation")[:10]),
        "holds_due": list(due[:10]),
        "hold_count": holds.count(),
    }
