"""Page one of a board pack or quality report: the period's messages, suggestions computed from
the figures, the objectives' traffic lights and the decisions asked of the board.

Works on the compiled figures (`inputs.compile_figures`), live or frozen; snapshots frozen
before the comparison with last year existed simply get fewer suggestions.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from reviews.inputs import OLD_UNCATEGORISED, uncategorised
from reviews.models import AT_RISK_MARGIN
from reviews.models import Status as IndicatorStatus

# How many objectives page one names; all of them are in the objectives' section.
TRAFFIC_LIGHTS_SHOWN = 8


def lines(text: str) -> list[str]:
    """The non-empty lines of a text field: one message (or decision) per line."""
    return [line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t")]


def category_name(name: str | None) -> str:
    return uncategorised() if name in (OLD_UNCATEGORISED, None, "") else name


def _signed(number: int) -> str:
    return f"+{number}" if number > 0 else f"−{-number}"


def biggest_change(inputs: dict) -> str | None:
    """The count that changed most against the same period last year: deviations in all,
    deviations of one category, or feedback received."""
    previous = inputs.get("previous")
    if not previous:
        return None
    this_year = {category_name(name): n for name, n in inputs["c4"]["by_category"]}
    last_year = {category_name(name): n for name, n in previous["by_category"].items()}
    candidates = [
        (_("rapporterade avvikelser"), inputs["c4"]["total"], previous["deviations"]),
        *(
            (
                _("avvikelser i kategorin %(name)s") % {"name": name},
                this_year.get(name, 0),
                last_year.get(name, 0),
            )
            for name in sorted(set(this_year) | set(last_year))
        ),
        (_("synpunkter"), inputs["c1"]["total"], previous["feedback"]),
    ]
    what, now, before = max(candidates, key=lambda c: abs(c[1] - c[2]))
    if now == before:
        return None
    return _(
        "Störst förändring mot %(year)s: %(now)s %(what)s (%(before)s året innan, %(change)s)."
    ) % {
        "year": previous["label"],
        "what": what,
        "now": now,
        "before": before,
        "change": _signed(now - before),
    }


def objectives_not_met(inputs: dict) -> str | None:
    rows = inputs["c2"]["objectives"]
    missed = [row["title"] for row in rows if row["status"] == IndicatorStatus.MISSED]
    if not missed:
        return None
    return ngettext(
        "%(n)s av %(total)s kvalitetsmål uppfylls inte: %(names)s.",
        "%(n)s av %(total)s kvalitetsmål uppfylls inte: %(names)s.",
        len(missed),
    ) % {"n": len(missed), "total": len(rows), "names": "; ".join(missed)}


def overdue_legal_tracks(inputs: dict) -> str | None:
    overdue = inputs.get("overdue_legal_tracks")
    if overdue is None:
        return None
    if not overdue["total"]:
        return _("Inga anmälningsärenden har passerat tidsfristen för anmälan.")
    kinds = ", ".join(f"{label} {n}" for label, n in overdue["by_kind"])
    return ngettext(
        "%(n)s anmälningsärende har passerat tidsfristen utan att vara anmält (%(kinds)s).",
        "%(n)s anmälningsärenden har passerat tidsfristen utan att vara anmälda (%(kinds)s).",
        overdue["total"],
    ) % {"n": overdue["total"], "kinds": kinds}


def suggestions(inputs: dict) -> list[str]:
    """Messages computed from the figures, for the coordinator to take up or leave."""
    found = (biggest_change(inputs), objectives_not_met(inputs), overdue_legal_tracks(inputs))
    return [text for text in found if text]


def traffic_light_rule() -> str:
    return _(
        "Grönt: målet nås. Gult: nyckeltalet ligger inom %(margin)s %% från målet. Rött: längre "
        "från målet. Ett kvalitetsmål har sitt sämsta nyckeltals färg."
    ) % {"margin": int(AT_RISK_MARGIN * 100)}


def summary(*, messages: str, decisions_asked: str, inputs: dict, decisions=()) -> dict:
    """Everything page one shows. `decisions` (the meeting's own decisions) stand in for the
    decisions asked when none were written."""
    objectives = inputs["c2"]["objectives"]
    return {
        "messages": lines(messages),
        "suggestions": suggestions(inputs),
        "objectives": objectives[:TRAFFIC_LIGHTS_SHOWN],
        "objectives_more": max(0, len(objectives) - TRAFFIC_LIGHTS_SHOWN),
        "objective_counts": inputs["c2"]["counts"],
        "rule": traffic_light_rule(),
        "decisions_asked": lines(decisions_asked),
    }
