"""Permissions of the deviations app (django-rules) and its main-menu entries."""

import rules
from django.utils.translation import gettext_lazy as _

from deviations.models import CASE_READER_ROLES
from qms.calendar import calendar_source
from qms.handover import OpenItem, handover_source
from qms.menu import menu_item
from qms.models import Role
from qms.permissions import reads_counts_only
from qms.settings_pages import settings_page


@rules.predicate
def reads_registers(user) -> bool:
    """Coordinators (and admins) see the requirement register, the categories and the
    suppliers; only those whose scope covers the whole group change them
    (`qms.change_group_register`)."""
    return user.is_authenticated and (user.is_admin() or user.has_role(Role.COORDINATOR))


@rules.predicate
def reads_cases(user) -> bool:
    return user.is_authenticated and user.has_role(*CASE_READER_ROLES)


rules.add_perm("deviations.view_registers", reads_registers)
rules.add_perm("deviations.view_dashboard", reads_cases)

menu_item(_("Rapportera avvikelse"), "deviations:create", order=10, primary=True)
menu_item(_("Avvikelser"), "deviations:list", order=20, visible=lambda u: not reads_counts_only(u))
menu_item(
    _("Åtgärder"), "deviations:my_actions", order=30, visible=lambda u: not reads_counts_only(u)
)
menu_item(
    _("Statistik"),
    "deviations:dashboard",
    order=40,
    visible=lambda user: user.has_perm("deviations.view_dashboard"),
)
menu_item(
    _("Krav och kategorier"),
    "deviations:requirement_list",
    order=700,
    visible=lambda user: user.has_perm("deviations.view_registers"),
)


@calendar_source
def action_due_dates(user, start, end):
    from deviations.models import Action
    from qms.calendar import CalendarEvent

    actions = (
        Action.objects.visible_to(user)
        .open()
        .filter(due_date__gte=start, due_date__lte=end)
        .filter(owner=user)
    )
    for action in actions.only("pk", "title", "due_date", "is_confidential")[:500]:
        yield CalendarEvent(
            uid=f"action-{action.pk}@qms",
            title=str(_("Åtgärd ska vara klar: %(title)s"))
            % {"title": _("sekretessmarkerad") if action.is_confidential else action.title},
            date=action.due_date,
            url=action.get_absolute_url(),
        )


@rules.predicate
def handles_feedback(user) -> bool:
    return user.is_authenticated and (
        user.is_admin() or user.has_role(Role.COORDINATOR, Role.MANAGER)
    )


@rules.predicate
def follows_legal_tracks(user) -> bool:
    return user.is_authenticated and user.has_role(
        Role.COORDINATOR, Role.MANAGER, Role.SAS, Role.MAS, Role.DPO
    )


rules.add_perm("deviations.handle_feedback", handles_feedback)
rules.add_perm("deviations.follow_legal_tracks", follows_legal_tracks)

menu_item(
    _("Synpunkter"),
    "deviations:feedback_list",
    order=25,
    visible=lambda user: user.has_perm("deviations.handle_feedback"),
)
menu_item(
    _("Förbättringsförslag"),
    "deviations:suggestion_list",
    order=35,
    visible=lambda user: not reads_counts_only(user),
)
menu_item(
    _("Anmälningsspår"),
    "deviations:legal_track_list",
    order=38,
    visible=lambda user: user.has_perm("deviations.follow_legal_tracks"),
)
menu_item(
    _("Tillgänglighetsredogörelse"),
    "deviations:accessibility_update",
    order=720,
    visible=lambda user: user.is_admin(),
)


@handover_source
def investigations_to_hand_over(user, limit):
    from deviations.models import Deviation

    cases = Deviation.objects.filter(investigator=user).open().order_by("created_at")
    return (
        _("Avvikelser att utreda"),
        [
            OpenItem(
                # Confidential cases by number only, as in every notice.
                case.number if case.is_confidential else f"{case.number} {case.title}",
                case.get_absolute_url(),
            )
            for case in cases.only("pk", "number", "title", "is_confidential")[:limit]
        ],
        cases.count(),
    )


@handover_source
def actions_to_hand_over(user, limit):
    from deviations.models import Action

    actions = Action.objects.filter(owner=user).open().order_by("due_date", "pk")
    return (
        _("Åtgärder som personen äger"),
        [
            OpenItem(
                (
                    _("sekretessmarkerad åtgärd, klar senast %(due)s")
                    if action.is_confidential
                    else _("%(title)s, klar senast %(due)s")
                )
                % {"title": action.title, "due": action.due_date},
                action.get_absolute_url(),
            )
            for action in actions.only("pk", "title", "due_date", "is_confidential")[:limit]
        ],
        actions.count(),
    )


@handover_source
def feedback_to_hand_over(user, limit):
    from deviations.models import Feedback

    feedback = Feedback.objects.filter(assignee=user).open().order_by("due_date", "pk")
    return (
        _("Synpunkter att besvara"),
        [
            OpenItem(
                _("%(number)s, besvaras senast %(due)s") % {"number": f.number, "due": f.due_date},
                f.get_absolute_url(),
            )
            for f in feedback.only("pk", "number", "due_date")[:limit]
        ],
        feedback.count(),
    )


def _changes_group_registers(user) -> bool:
    return user.has_perm("qms.change_group_register")


settings_page(
    _("Verksamheter i synpunktsformuläret"),
    _("Namnen invånare väljer mellan i formuläret för synpunkter, och vilken enhet de hör till."),
    "deviations:public_activity_list",
    order=20,
    visible=_changes_group_registers,
)
settings_page(
    _("Svarstider för synpunkter"),
    _("Hur många dagar varje organisation lovar för att besvara en synpunkt."),
    "deviations:feedback_policy_list",
    order=30,
    visible=_changes_group_registers,
)
settings_page(
    _("Regler för anmälningsspår"),
    _("Lagrum och mål i timmar för lex Sarah, lex Maria, IMY och Arbetsmiljöverket."),
    "deviations:legal_rule_list",
    order=40,
    visible=_changes_group_registers,
)
settings_page(
    _("Krav och kategorier"),
    _("Kravregistret, kategorierna för avvikelser och externa utförare."),
    "deviations:requirement_list",
    order=60,
    visible=lambda user: user.has_perm("deviations.view_registers"),
)
