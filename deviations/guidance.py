"""The guided path of a case for whoever handles it: the five steps of handling a deviation
(assess → investigate → act → close → check the effect), which one the case is at, and what
that step still needs, each with a link to where it is done on the case page."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from deviations.models import Action, Deviation

Status = Deviation.Status


@dataclass
class Step:
    key: str
    label: str
    state: str = "upcoming"  # done, current or upcoming
    missing: list[tuple[str, str]] = field(default_factory=list)  # (what, anchor on the page)
    note: str = ""

    @property
    def is_current(self) -> bool:
        return self.state == "current"


def guided_steps(deviation: Deviation, actions: list[Action]) -> list[Step]:
    """The steps with their state; empty for a dismissed case (nothing more to handle)."""
    if deviation.status == Status.DISMISSED:
        return []
    assess = Step("assess", _("Bedöm"))
    investigate = Step("investigate", _("Utred orsaken"))
    act = Step("act", _("Åtgärda"))
    close = Step("close", _("Avsluta"))
    effect = Step("effect", _("Följ upp effekten"))
    steps = [assess, investigate, act, close, effect]

    if not deviation.category_id:
        assess.missing.append((_("Kategori"), "#h-assess"))
    if not deviation.probability or not deviation.consequence:
        assess.missing.append((_("Risk: sannolikhet och konsekvens"), "#h-assess"))
    if not deviation.investigator_id:
        investigate.missing.append((_("En utredare"), "#h-assign"))
    if not deviation.cause_analysis.strip():
        investigate.missing.append((_("Orsaksanalys (5 varför)"), "#h-cause"))
    open_actions = [a for a in actions if a.status in Action.OPEN_STATUSES]
    if not actions:
        act.missing.append((_("Minst en åtgärd"), "#h-actions"))
    elif open_actions:
        count = len(open_actions)
        text = ngettext(
            "%(count)s åtgärd är inte klar", "%(count)s åtgärder är inte klara", count
        ) % {"count": count}
        act.missing.append((text, "#h-actions"))
    if not deviation.effectiveness_evaluation.strip():
        close.missing.append((_("Utvärdering av effekt"), "#h-workflow"))

    position = {
        Status.REPORTED: 0 if assess.missing else 1,
        Status.INVESTIGATING: 1,
        Status.ACTING: 2,
        Status.FOLLOW_UP: 3,
        Status.CLOSED: 4,
    }[deviation.status]
    if deviation.status == Status.CLOSED:
        if deviation.effect_checked_at:
            position = 5  # every step done
        elif deviation.effect_check_due:
            effect.missing.append((_("Uppföljningen av effekten"), "#h-effect-check"))
            effect.note = _("Senast %(date)s") % {"date": deviation.effect_check_due.isoformat()}
        else:  # closed before follow-ups were planned: nothing left to do
            position = 5
            effect.note = _("Ingen uppföljning planerad")
    for index, step in enumerate(steps):
        step.state = "done" if index < position else "current" if index == position else "upcoming"
        if step.state == "done":
            step.missing = []
    return steps
