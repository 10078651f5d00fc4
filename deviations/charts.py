"""Bar charts as server-rendered SVG: no JavaScript, nothing the CSP has to allow.

Each chart is an image with a name (role="img", aria-labelledby its <title>); each bar has its
own <title> for a pointer's tooltip. The numbers themselves go in a table beside the chart,
which is what a screen reader user reads.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

# Distinct hues, each at least 3:1 against white (WCAG 1.4.11); segments also get white edges.
PALETTE = ["#0b4f8a", "#b35806", "#1e6b34", "#7b3294", "#a50f15", "#00707a", "#4a4a55"]
TEXT = "#1b1b1f"
GRID = "#b9bac2"
WIDTH = 640
# A generous average advance of a 12 px glyph (digits and lower case are narrower).
LABEL_CHAR_WIDTH = 7.2


def nice_maximum(value: int) -> int:
    """A round axis maximum at or above `value` (1, 2 or 5 times a power of ten)."""
    if value <= 5:
        return 5
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _shorten(label: str, length: int = 28) -> str:
    return label if len(label) <= length else label[: length - 1] + "…"


def horizontal_bars(chart_id: str, title: str, items: Sequence[tuple[str, int]]) -> SafeString:
    """One bar per (label, value), longest scale first as given."""
    label_width, row, top = 210, 30, 8
    bar_space = WIDTH - label_width - 60
    maximum = max((value for _, value in items), default=0) or 1
    height = top * 2 + row * max(len(items), 1)
    rows = []
    for index, (label, value) in enumerate(items):
        y = top + index * row
        width = round(bar_space * value / maximum, 1)
        rows.append(
            format_html(
                "<g><title>{label}: {value}</title>"
                '<text x="{text_x}" y="{text_y}" text-anchor="end" fill="{text}">{short}</text>'
                '<rect x="{x}" y="{y}" width="{width}" height="20" fill="{fill}"></rect>'
                '<text x="{value_x}" y="{text_y}" fill="{text}">{value}</text></g>',
                label=label,
                value=value,
                short=_shorten(label),
                text_x=label_width - 8,
                text_y=y + 15,
                x=label_width,
                y=y,
                width=width,
                fill=PALETTE[0],
                value_x=label_width + width + 6,
                text=TEXT,
            )
        )
    return _svg(chart_id, title, height, SafeString("".join(rows)))


def stacked_columns(
    chart_id: str,
    title: str,
    columns: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
) -> SafeString:
    """One column per label in `columns`, stacked by series (name, one value per column).

    A label's second word (a year under a month) goes on a second line. When the labels would
    run into each other (many columns, long labels), only every n-th is written under the axis;
    every column keeps its full label in its tooltip, and the table beside the chart has all.
    """
    left, top, plot_height, bottom = 40, 10, 220, 40
    legend_rows = math.ceil(len(series) / 3)
    height = top + plot_height + bottom + legend_rows * 22 + 8
    totals = [sum(values[i] for _, values in series) for i in range(len(columns))]
    maximum = nice_maximum(max(totals, default=0))
    slot = (WIDTH - left - 10) / max(len(columns), 1)
    bar_width = slot * 0.7
    step = label_step(columns, slot)
    scale = plot_height / maximum
    parts = []
    for tick in range(6):  # axis lines at every fifth of a round maximum: whole numbers
        value = maximum * tick // 5
        y = top + plot_height - value * scale
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{y}" y2="{y}" stroke="{}"></line>'
                '<text x="{}" y="{}" text-anchor="end" fill="{}" font-size="12">{}</text>',
                left,
                WIDTH - 10,
                GRID,
                left - 6,
                round(y + 4, 1),
                TEXT,
                value,
                y=round(y, 1),
            )
        )
    for index, column in enumerate(columns):
        x = round(left + index * slot + (slot - bar_width) / 2, 1)
        base = top + plot_height
        for number, (name, values) in enumerate(series):
            value = values[index]
            if not value:
                continue
            segment = value * scale
            base -= segment
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#fff">'
                    "<title>{}, {}: {}</title></rect>",
                    x,
                    round(base, 1),
                    round(bar_width, 1),
                    round(segment, 1),
                    PALETTE[number % len(PALETTE)],
                    column,
                    name,
                    value,
                )
            )
        if index % step:
            continue
        label, _, second_line = column.partition(" ")  # "jan 2026": the year goes below
        middle = round(x + bar_width / 2, 1)
        # No empty <tspan> under a one-line label: a PDF lays out every text node, empty or not.
        below = format_html('<tspan x="{}" dy="14">{}</tspan>', middle, second_line)
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" fill="{}" font-size="12">{}{}</text>',
                middle,
                top + plot_height + 16,
                TEXT,
                label,
                below if second_line else "",
            )
        )
    legend_top = top + plot_height + bottom + 6
    parts.append(
        format_html_join(
            "",
            '<rect x="{}" y="{}" width="14" height="14" fill="{}"></rect>'
            '<text x="{}" y="{}" fill="{}" font-size="13">{}</text>',
            (
                (
                    left + (number % 3) * 200,
                    legend_top + (number // 3) * 22,
                    PALETTE[number % len(PALETTE)],
                    left + (number % 3) * 200 + 20,
                    legend_top + (number // 3) * 22 + 12,
                    TEXT,
                    _shorten(name, 24),
                )
                for number, (name, _) in enumerate(series)
            ),
        )
    )
    return _svg(chart_id, title, height, SafeString("".join(parts)))


def label_step(columns: Sequence[str], slot: float) -> int:
    """Write every n-th column label so that neighbouring labels keep a gap between them."""
    longest = max((len(line) for column in columns for line in column.split(" ", 1)), default=0)
    return max(1, math.ceil(longest * LABEL_CHAR_WIDTH / (slot - 6)))


def _svg(chart_id: str, title: str, height: int, body: SafeString) -> SafeString:
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="{id}-title" viewBox="0 0 {width} {height}"'
        ' width="100%" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif"'
        ' font-size="14"><title id="{id}-title">{title}</title>{body}</svg>',
        id=chart_id,
        width=WIDTH,
        height=height,
        title=title,
        body=body,
    )
