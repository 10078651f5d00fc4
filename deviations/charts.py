"""Bar charts as server-rendered SVG: no JavaScript, nothing the CSP has to allow.

Each chart is an image with a name (role="img", aria-labelledby its <title>); each bar has its
own <title> for a pointer's tooltip. The numbers themselves go in a table beside the chart,
which is what a screen reader user reads.

Scales fit the measure: percentages run 0–100 (with the target as a line where there is one);
counts and other measures run from 0 to a round maximum at or above the largest value and at
most a quarter above it, in whole steps for counts. Labels and legends are wrapped, never cut.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

# Distinct hues, each at least 3:1 against white (WCAG 1.4.11); segments also get white edges.
PALETTE = ["#0b4f8a", "#b35806", "#1e6b34", "#7b3294", "#a50f15", "#00707a", "#4a4a55"]
# Last year's bars: a grey that still has 3:1 against white, beside this year's colour.
PREVIOUS = "#6f7080"
TARGET = "#a50f15"
TEXT = "#1b1b1f"
GRID = "#b9bac2"
WIDTH = 640
# A generous average advance of a 12 px glyph (digits and lower case are narrower).
LABEL_CHAR_WIDTH = 7.2
LEGEND_CHAR_WIDTH = 7.8  # at 13 px
# Step sizes tried for an axis, times a power of ten: "nice" numbers people read at a glance.
NICE_STEPS = (1, 2, 2.5, 5)


def axis_scale(largest: float, *, percent: bool = False, whole: bool = True) -> tuple[float, float]:
    """(maximum, step) of a value axis from 0.

    Percentages: 0–100 in steps of 20 (values above 100 widen it like any measure). Otherwise
    the maximum is at or above `largest` and at most 1.25 times it, in 4–10 equal steps of 1,
    2, 2.5 or 5 times a power of ten (whole steps when `whole`, as for counts).
    """
    if percent and largest <= 100:
        return 100, 20
    if largest <= 0:
        return (5, 1) if whole else (1, 0.2)
    candidates = []
    for power in range(math.floor(math.log10(largest)) - 2, math.floor(math.log10(largest)) + 2):
        for nice in NICE_STEPS:
            step = Decimal(str(nice)) * Decimal(10) ** power
            if whole and step != step.to_integral_value():
                continue
            candidates.append(step)
    for most_steps in (6, 10):
        for step in sorted(candidates):
            steps = math.ceil(Decimal(str(largest)) / step)
            maximum = steps * step
            if steps <= most_steps and maximum <= Decimal(str(largest)) * Decimal("1.25"):
                return _number(maximum), _number(step)
    # Small whole counts (1–3): every whole number is a step and the maximum is the value.
    step = Decimal(1)
    return _number(math.ceil(largest) * step), 1


def nice_maximum(value: float) -> float:
    """A round axis maximum at or above `value` and at most 1.25 times it (see axis_scale)."""
    return axis_scale(value)[0]


def _number(value) -> float:
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def tick_label(value: float) -> str:
    """A tick's number as Swedish text: a decimal comma, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return text.replace(".", ",")


def wrap(text: str, width: int) -> list[str]:
    """The words of `text` on lines of at most `width` characters (a longer word keeps a line
    to itself): nothing is cut."""
    lines: list[str] = []
    for word in str(text).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _lines(x: float, y: float, lines: Sequence[str], **attrs) -> SafeString:
    """A <text> of several lines (tspans 14 px apart), the first with its baseline at y."""
    extra = format_html_join(" ", '{}="{}"', attrs.items())
    if len(lines) == 1:
        return format_html('<text x="{}" y="{}" {}>{}</text>', x, y, extra, lines[0])
    spans = format_html_join(
        "",
        '<tspan x="{}" dy="{}">{}</tspan>',
        ((x, 0 if index == 0 else 14, line) for index, line in enumerate(lines)),
    )
    return format_html('<text x="{}" y="{}" {}>{}</text>', x, y, extra, spans)


def _legend(
    top: float, left: float, entries: Sequence[tuple[str, str]]
) -> tuple[SafeString, float]:
    """Legend entries (colour, name) flowed into rows; a name too long for a row is wrapped.
    Returns the SVG and its height."""
    available = WIDTH - left - 10
    parts, x, y, row_height = [], left, top, 22.0
    for colour, name in entries:
        lines = wrap(name, int((available - 20) / LEGEND_CHAR_WIDTH))
        width = 20 + max(len(line) for line in lines) * LEGEND_CHAR_WIDTH + 16
        if x > left and x + width > left + available:
            x, y, row_height = left, y + row_height, 22.0
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="14" height="14" fill="{}"></rect>{}',
                round(x, 1),
                round(y, 1),
                colour,
                _lines(round(x + 20, 1), round(y + 12, 1), lines, fill=TEXT, **{"font-size": 13}),
            )
        )
        row_height = max(row_height, 8 + 14 * len(lines))
        x += width
    return SafeString("".join(parts)), (y - top) + row_height


def horizontal_bars(
    chart_id: str,
    title: str,
    items: Sequence[tuple[str, float]],
    *,
    previous: dict[str, float] | None = None,
    names: tuple[str, str] | None = None,
) -> SafeString:
    """One bar per (label, value), in the order given, on a scale from 0 written below.

    With `previous` (label → last year's value) each label gets last year's bar under this
    year's, and `names` (last year's, this year's) name them in a legend."""
    label_chars = 28
    label_width, top = 210, 8
    bar_space = WIDTH - label_width - 60
    bar = 20 if previous is None else 14
    largest = max([value for _, value in items] + list((previous or {}).values()), default=0)
    maximum, step = axis_scale(largest)
    rows, y = [], top
    for label, value in items:
        lines = wrap(label, label_chars)
        bars = [(value, PALETTE[0], names[1] if names else "")]
        if previous is not None:
            bars.append((previous.get(label, 0), PREVIOUS, names[0] if names else ""))
        height = max(len(bars) * (bar + 2), 14 * len(lines) + 4)
        parts = [
            _lines(
                label_width - 8,
                y + 15,
                lines,
                **{"text-anchor": "end", "fill": TEXT, "font-size": 12},
            )
        ]
        for index, (number, colour, name) in enumerate(bars):
            width = round(bar_space * number / maximum, 1)
            bar_y = y + index * (bar + 2)
            parts.append(
                format_html(
                    '<rect x="{x}" y="{y}" width="{width}" height="{bar}" fill="{fill}">'
                    "<title>{label}{name}: {value}</title></rect>"
                    '<text x="{value_x}" y="{text_y}" fill="{text}" font-size="12">{value}</text>',
                    x=label_width,
                    y=bar_y,
                    width=width,
                    bar=bar,
                    fill=colour,
                    label=label,
                    name=f" ({name})" if name else "",
                    value=tick_label(number),
                    value_x=label_width + width + 6,
                    text_y=bar_y + bar - 4,
                    text=TEXT,
                )
            )
        rows.append(format_html("<g>{}</g>", SafeString("".join(parts))))
        y += height + 8
    axis_y = y + 4
    ticks = []
    count = round(maximum / step)
    for tick in range(count + 1):
        value = _number(Decimal(str(step)) * tick)
        x = round(label_width + bar_space * value / maximum, 1)
        ticks.append(
            format_html(
                '<line x1="{x}" x2="{x}" y1="{top}" y2="{bottom}" stroke="{grid}"></line>'
                '<text x="{x}" y="{label_y}" text-anchor="middle" fill="{text}" font-size="12">'
                "{value}</text>",
                x=x,
                top=top - 4,
                bottom=axis_y,
                grid=GRID,
                label_y=axis_y + 14,
                text=TEXT,
                value=tick_label(value),
            )
        )
    height = axis_y + 22
    legend = SafeString("")
    if previous is not None and names:
        legend, legend_height = _legend(
            height, label_width, [(PALETTE[0], names[1]), (PREVIOUS, names[0])]
        )
        height += legend_height + 4
    # The grid goes first, under the bars.
    body = SafeString("".join(ticks) + "".join(rows) + legend)
    return _svg(chart_id, title, round(height), body)


def stacked_columns(
    chart_id: str,
    title: str,
    columns: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    stacked: bool = True,
    percent: bool = False,
    target: float | None = None,
    target_label: str = "",
) -> SafeString:
    """One column per label in `columns`, stacked by series (name, one value per column), or
    side by side with `stacked=False` (last year beside this year).

    `percent` draws the scale 0–100; `target` a line across at that value, named in the legend
    by `target_label`. A label's second word (a year under a month) goes on a second line.
    When the labels would run into each other (many columns, long labels), only every n-th is
    written under the axis; every column keeps its full label in its tooltip, and the table
    beside the chart has all.
    """
    left, top, plot_height, bottom = 44, 10, 220, 40
    if stacked:
        heights = [sum(values[i] for _, values in series) for i in range(len(columns))]
    else:
        heights = [value for _, values in series for value in values]
    largest = max(heights, default=0)
    if target is not None:
        largest = max(largest, target)
    whole = all(float(value).is_integer() for _, values in series for value in values)
    maximum, step = axis_scale(largest, percent=percent, whole=whole and not percent)
    slot = (WIDTH - left - 10) / max(len(columns), 1)
    bar_width = slot * 0.7
    label_every = label_step(columns, slot)
    scale = plot_height / maximum
    parts = []
    for tick in range(round(maximum / step) + 1):
        value = _number(Decimal(str(step)) * tick)
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
                tick_label(value),
                y=round(y, 1),
            )
        )
    width_each = bar_width if stacked else bar_width / max(len(series), 1)
    for index, column in enumerate(columns):
        x = round(left + index * slot + (slot - bar_width) / 2, 1)
        base = top + plot_height
        for number, (name, values) in enumerate(series):
            value = values[index]
            colour = _series_colour(number, len(series), stacked)
            if not value:
                continue
            segment = value * scale
            if stacked:
                base -= segment
                bar_x, bar_y = x, base
            else:
                bar_x, bar_y = x + number * width_each, top + plot_height - segment
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#fff">'
                    "<title>{}, {}: {}</title></rect>",
                    round(bar_x, 1),
                    round(bar_y, 1),
                    round(width_each, 1),
                    round(segment, 1),
                    colour,
                    column,
                    name,
                    tick_label(value),
                )
            )
        if index % label_every:
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
    entries = [
        (_series_colour(number, len(series), stacked), name)
        for number, (name, _values) in enumerate(series)
    ]
    if target is not None:
        y = round(top + plot_height - target * scale, 1)
        parts.append(
            format_html(
                '<line class="target" x1="{}" x2="{}" y1="{y}" y2="{y}" stroke="{}"'
                ' stroke-width="2" stroke-dasharray="6 3"><title>{}</title></line>',
                left,
                WIDTH - 10,
                TARGET,
                target_label,
                y=y,
            )
        )
        entries.append((TARGET, target_label))
    legend, legend_height = _legend(top + plot_height + bottom + 6, left, entries)
    parts.append(legend)
    height = top + plot_height + bottom + 6 + legend_height + 4
    return _svg(chart_id, title, round(height), SafeString("".join(parts)))


def _series_colour(number: int, count: int, stacked: bool) -> str:
    """Side by side, the first of two series is last year's (grey), the second this year's."""
    if not stacked and count == 2:
        return (PREVIOUS, PALETTE[0])[number]
    return PALETTE[number % len(PALETTE)]


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
