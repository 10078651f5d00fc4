"""Start-page panels: what needs my attention in deviations and actions."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from deviations import legal
from deviations.models import Action, Deviation, Feedback, LegalTrack
from qms.prepared import prepared
from qms.startpage import ALL_ROLES, panel

SHOWN = 5

# The columns each panel shows (with what its links and clocks need): a panel reads five rows of
# a table of 20-35 columns, and building and reading the rest cost about as much as the query
# (issue 12: 1.1 against 0.45 ms for a panel's five cases).
CASE_FIELDS = ("number", "title", "status", "is_confidential")


@panel(
    title=_("Avvikelser att hantera"),
    template="deviations/panels/to_handle.html",
    roles=ALL_ROLES,
    order=5,
)
def to_handle(request) -> dict | None:
    user = request.user
    mine = Deviation.objects.visible_to(user).open().filter(investigator=user)
    new = Deviation.objects.none()
    if user.has_role("manager", "coordinator"):
        new = Deviation.objects.visible_to(user).filter(status=Deviation.Status.REPORTED)
    assigned = list(mine.only(*CASE_FIELDS)[:SHOWN])
    reported = list(new.select_related("unit").only(*CASE_FIELDS, "unit__name")[:SHOWN])
    if not assigned and not reported:
        return None
    return {"assigned": assigned, "reported": reported}


@panel(
    title=_("Mina åtgärder"),
    template="deviations/panels/my_actions.html",
    roles=ALL_ROLES,
    order=6,
)
def my_actions(request) -> dict | None:
    actions = _open_actions_of(request.user.pk)
    if not actions:
        return None
    return {"actions": actions[:SHOWN], "more": len(actions) > SHOWN, "today": timezone.localdate()}


@panel(
    title=_("Mina rapporter"),
    template="deviations/panels/my_reports.html",
    roles=ALL_ROLES,
    order=7,
)
def my_reports(request) -> dict:
    return {"reports": _reports_of(request.user.pk)}


# The two panels every person has, by statements compiled once (qms.prepared).
@prepared(int)
def _open_actions_of(user_id: int):
    return (
        Action.objects.filter(owner_id=user_id)
        .open()
        .only("title", "status", "due_date")[: SHOWN + 1]
    )


@prepared(int)
def _reports_of(user_id: int):
    return Deviation.objects.filter(reported_by_id=user_id).only(*CASE_FIELDS)[:SHOWN]


@panel(
    title=_("Synpunkter att besvara"),
    template="deviations/panels/feedback.html",
    roles=["admin", "coordinator", "manager", "staff"],
    order=8,
)
def feedback_to_answer(request) -> dict | None:
    """Open synpunkter in the user's queue, the overdue ones first and counted."""
    today = timezone.localdate()
    queue = Feedback.objects.visible_to(request.user).open()
    items = list(
        queue.select_related("unit")
        .only("number", "kind", "status", "due_date", "unit__name")
        .order_by("due_date", "pk")[:SHOWN]
    )
    if not items:
        return None
    return {"items": items, "overdue": queue.overdue(today).count(), "today": today}


@panel(
    title=_("Anmälningsspår"),
    template="deviations/panels/legal_tracks.html",
    roles=["coordinator", "manager", "sas", "mas", "dpo"],
    order=4,
)
def legal_tracks(request) -> dict | None:
    """Open legal cases with the time left, overdue ones first."""
    now = timezone.now()
    tracks = list(
        LegalTrack.objects.visible_to(request.user)
        .open()
        .select_related("deviation")
        .only("kind", "status", "deadline", "deviation__number")
        .order_by("deadline", "pk")[:50]
    )
    if not tracks:
        return None
    return {"tracks": legal.ordered_by_urgency(tracks, now)[:SHOWN], "more": len(tracks) > SHOWN}
