"""The server-side SVG charts: labels that fit, every number still reachable."""

from __future__ import annotations

import re

from deviations.charts import axis_scale, horizontal_bars, stacked_columns

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


def test_axes_fit_the_data_in_nice_steps():
    """Counts from 0 to at least the largest value and at most a quarter above it, in 2–10
    whole steps of 1, 2, 2.5 or 5 times a power of ten (issue 16: an empty 0–5 axis)."""
    for largest in [*range(1, 2500), 9999, 123456]:
        maximum, step = axis_scale(largest)
        assert largest <= maximum <= 1.25 * largest, largest
        assert step == int(step) and maximum % step == 0 and maximum / step <= 10
        assert str(step).strip("0") in ("1", "2", "25", "5"), step
    for largest in (0.3, 1.9, 3.1, 17.5):
        maximum, _step = axis_scale(largest, whole=False)
        assert largest <= maximum <= 1.25 * largest
    assert axis_scale(0.0, percent=True) == (100, 20)
    assert axis_scale(64.5, percent=True) == (100, 20)


def test_a_percentage_runs_0_to_100_with_the_target_as_a_line():
    svg = stacked_columns(
        "p",
        "Avslutade inom 30 dagar",
        ["K1", "K2"],
        [("Andel", [0.0, 0.0])],
        percent=True,
        target=70,
        target_label="Mål 70 %",
    )
    ticks = re.findall(r'text-anchor="end"[^>]*>([\d,]+)</text>', svg)
    assert ticks == ["0", "20", "40", "60", "80", "100"]
    # The target: y = top 10 + plot 220 × (1 − 0.7) = 76.
    assert '<line class="target" x1="44" x2="630" y1="76.0" y2="76.0"' in svg
    assert ">Mål 70 %<" in svg


def test_legends_and_bar_labels_are_wrapped_never_cut():
    long = "Avvikelser avslutade inom 30 dagar på Solgårdens särskilda boende (andel)"
    svg = stacked_columns("l", "t", ["K1"], [(long, [3])])
    bars = horizontal_bars(
        "b", "t", [(long, 4), ("Kort", 1)], previous={long: 2}, names=("2025", "2026")
    )
    for chart in (svg, bars):
        assert "…" not in chart
        written = " ".join(re.findall(r">([^<>]+)</t(?:span|ext)>", chart))
        assert long in written or all(word in written for word in long.split())
    assert ">2025<" in bars and ">2026<" in bars
