"""The server-side SVG charts: labels that fit, every number still reachable."""

from __future__ import annotations

import re

from deviations.charts import stacked_columns

MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def axis_labels(svg: str) -> list[str]:
    """The column labels written under the axis (the first line of each)."""
    return re.findall(r'<text x="[\d.]+" y="246" text-anchor="middle"[^>]*>([^<]+)', svg)


def first_lines(labels: list[str]) -> list[str]:
    return [label.split(" ")[0] for label in labels]


def test_month_and_year_labels_are_all_written_when_they_fit():
    months = [f"{name} 2026" for name in MONTHS]
    svg = stacked_columns("t", "Avvikelser per månad", months, [("Nya", list(range(12)))])
    assert axis_labels(svg) == first_lines(months)
    assert svg.count('<tspan x="') == 12  # the year under each month


def test_long_labels_are_thinned_out_instead_of_running_into_each_other():
    periods = [f"2026-{month:02}" for month in range(1, 13)] + ["2027-01"]
    svg = stacked_columns("t", "Utveckling: Fallolyckor", periods, [("Fall", [3] * 13)])
    written = axis_labels(svg)
    assert written == periods[::2]
    # Each written label has room: columns are 590/13 ≈ 45 px apart, labels every other one.
    assert len(written) < len(periods)
    # Every column keeps its period in its tooltip.
    for period in periods:
        assert f"<title>{period}, Fall: 3</title>" in svg
