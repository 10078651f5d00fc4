"""The certificates overview's coverage grid and its list of units without a certificate,
written in Python.

A kommun-wide coordinator sees every förvaltning, bolag and förening: a hundred rows of the
grid and as many uncovered units, some two thousand template nodes (a lookup, a condition, a
`reverse()` per link) that took about a quarter of the page (issue 12: the overview was the
slowest page at a million cases, 7× the floor). The same HTML in Python, each value written as
`{{ value }}` writes it (`qms.form_renderer.text`); `tests/certifications/test_coverage_rows.py`
compares the two.
"""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from qms.form_renderer import text
from qms.links import url_for_pk
from qms.models import OrganisationUnit
from qms.templatetags.openable import openable_pks

register = template.Library()

# The line breaks and indentation the rows had as a template loop (overview.html).
_ROW = (
    '\n        <tr>\n          <th scope="row" class="tree__depth-{depth}">{name}</th>'
    "\n          {cells}\n        </tr>\n      "
)


@register.simple_tag
def coverage_rows(unit_rows) -> SafeString:
    """The grid's rows: each unit (indented by its depth) and, per standard, the status of the
    certificate in force that covers it, as a link, or a dash."""
    empty = f'<td><span aria-label="{text(gettext("Inget certifikat"))}">–</span></td>'
    detail_url = url_for_pk("certifications:detail")
    rows = []
    for unit, cells in unit_rows:
        cells_html = "".join(
            f'<td><a href="{text(detail_url(certificate.pk))}">'
            f"{text(certificate.get_status_display())}</a></td>"
            if certificate
            else empty
            for certificate in cells
        )
        rows.append(_ROW.format(depth=text(unit.depth), name=text(unit.name), cells=cells_html))
    return mark_safe("".join(rows))  # every value above is escaped by text()


@register.simple_tag(takes_context=True)
def uncovered_units(context, units) -> SafeString:
    """The units no certificate in force covers, each with its kind; a link where the viewer
    may open the unit (`{% openable %}`: one query)."""
    request = context.get("request")
    may_open = openable_pks(request.user if request is not None else None, units)
    unit_url = url_for_pk("qms:unit_detail")
    kinds = dict(OrganisationUnit.Kind.choices)
    items = []
    for unit in units:
        name = text(unit.name)
        if unit.pk in may_open:
            name = f'<a href="{text(unit_url(unit.pk))}">{name}</a>'
        items.append(f"<li>{name} ({text(str(kinds.get(unit.kind, unit.kind)).lower())})</li>")
    return mark_safe(f'<ul class="plain-list">{"".join(items)}</ul>')
