"""The rows of the deviation list and of the action table, written in Python.

They are the tables a working day opens most (the list, the register, "Mina åtgärder", a
synpunkt's or suggestion's actions), and a row in the template language cost 75–110 µs: some
twenty lookups and conditions a row, 25 to 250 rows a page. The same HTML in Python costs
about a fifth of that, 20–25 µs (issue 12: 83 rows of *Mina åtgärder* 9.0 → 1.7 ms). The
table around the rows, its caption and head stay in the templates; each value is written as
`{{ value }}` writes it (`qms.form_renderer.text`).
"""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext

from qms.form_renderer import text
from qms.templatetags.openable import openable_pks

register = template.Library()

# The line breaks and indentation the rows had as template loops (list.html, action_table.html),
# kept so that the pages are byte for byte what they were (tests/deviations/test_list_rows.py).
_DEVIATION_CELL = "\n              "
_DEVIATION_ROW = "\n            <tr>" + _DEVIATION_CELL + "{cells}\n            </tr>\n          "
_ACTION_CELL = "\n        "
_ACTION_ROW = (
    "\n      \n      <tr{overdue}>"
    + _ACTION_CELL
    + "{tick}"
    + _ACTION_CELL
    + "{cells}\n      </tr>\n      \n    "
)


@register.simple_tag
def deviation_rows(deviations) -> SafeString:
    """The rows of deviations/list.html: each deviation as views.lists prepared it (its `url`,
    labels and dates)."""
    unit, category, severity, status, reported = (
        text(gettext(label))
        for label in ("Enhet", "Kategori", "Allvarlighet", "Status", "Rapporterad")
    )
    secret = f' <span class="badge badge--secret">{text(gettext("Sekretess"))}</span>'
    not_assessed = text(gettext("Ej bedömd"))
    rows = []
    for deviation in deviations:
        cells = (
            f'<td class="nowrap"><a href="{text(deviation.url)}">{text(deviation.number)}</a></td>',
            f'<td class="card__title">{text(deviation.title)}'
            f"{secret if deviation.is_confidential else ''}</td>",
            f'<td data-label="{unit}">{text(deviation.unit.name)}</td>',
            f'<td data-label="{category}">{text(deviation.category or "–")}</td>',
            f'<td class="card__chip" data-label="{severity}"><span class="chip">'
            f"{text(deviation.severity_label) if deviation.severity_label else not_assessed}"
            "</span></td>",
            f'<td class="card__chip" data-label="{status}"><span class="chip">'
            f"{text(deviation.status_label)}</span></td>",
            f'<td data-label="{reported}"><time datetime="{text(deviation.reported_at)}">'
            f"{text(deviation.reported_on)}</time></td>",
        )
        rows.append(_DEVIATION_ROW.format(cells=_DEVIATION_CELL.join(cells)))
    return mark_safe("".join(rows))  # every value above is escaped by text()


@register.simple_tag(takes_context=True)
def action_rows(context, actions, selectable=None, ticked=(), may_open=None) -> SafeString:
    """The rows of deviations/includes/action_table.html: actions from views.lists.action_rows.
    With `selectable` (ids), those rows get a tick box for the form `bulk-actions`, `ticked`
    ticked already. `may_open`: the ids the viewer may open, when the view knows; otherwise
    asked here (`{% openable %}`)."""
    if may_open is None or may_open == "":  # not given (an unset variable is "")
        request = context.get("request")
        may_open = openable_pks(request.user if request is not None else None, actions)
    kind, source, unit, owner, due, status = (
        text(gettext(label))
        for label in ("Typ", "Källa", "Enhet", "Ansvarig", "Klart senast", "Status")
    )
    secret = f' <span class="badge badge--secret">{text(gettext("Sekretess"))}</span>'
    late = f' <span class="badge badge--warning">{text(gettext("Försenad"))}</span>'
    choose = gettext("Välj %(title)s")
    ticked = ticked or ()
    rows = []
    for action in actions:
        overdue = action.overdue
        pk = action.pk
        title = text(action.title)
        tick = ""
        if selectable:
            box = ""
            if pk in selectable:
                box = (
                    f'<input type="checkbox" name="valda" value="{text(pk)}:'
                    f'{text(action.owner_id)}:{text(action.due_on)}" form="bulk-actions" '
                    f'id="valj-{text(pk)}" aria-label="{choose % {"title": title}}"'
                    f"{' checked' if pk in ticked else ''}>"
                )
            tick = f'<td class="card__select">{box}</td>'
        if action.source_deviation:
            deviation = action.source_deviation
            origin = f'<a href="{text(deviation.url)}">{text(deviation.number)}</a>'
        elif action.source_kind:
            origin = text(capfirst(action.source_kind))
        else:
            origin = "–"
        named = f'<a href="{text(action.url)}">{title}</a>' if pk in may_open else title
        cells = (
            f'<td class="card__title">{named}{secret if action.is_confidential else ""}</td>',
            f'<td data-label="{kind}">{text(action.kind_label)}</td>',
            f'<td data-label="{source}">{origin}</td>',
            f'<td data-label="{unit}">{text(action.unit.name)}</td>',
            f'<td data-label="{owner}">{text(action.owner)}</td>',
            f'<td data-label="{due}"><time datetime="{text(action.due_on)}">'
            f"{text(action.due_on)}</time>{late if overdue else ''}</td>",
            f'<td class="card__chip" data-label="{status}"><span class="chip">'
            f"{text(action.status_label)}</span></td>",
        )
        rows.append(
            _ACTION_ROW.format(
                overdue=' class="is-overdue"' if overdue else "",
                tick=tick,
                cells=_ACTION_CELL.join(cells),
            )
        )
    return mark_safe("".join(rows))  # every value above is escaped by text()
