"""The 36-month timeline's axis: each year is written once and never over another."""

from __future__ import annotations

import datetime
import itertools

import pytest

from certifications.timeline import MONTH_WIDTH, build_timeline


@pytest.mark.parametrize("month", range(1, 13))
def test_year_labels_never_overlap(month):
    timeline = build_timeline([], datetime.date(2026, month, 6))
    labelled = [(x, label) for x, label, _new_year in timeline.months if label]
    # A year's four digits take about two months of axis: labels at least that far apart.
    assert all(b[0] - a[0] >= 2 * MONTH_WIDTH for a, b in itertools.pairwise(labelled))
    years = [int(label) for _x, label in labelled]
    assert years == list(range(years[0], years[0] + len(years)))  # each year once, in order
    assert labelled[0][1] == ("2026" if month <= 10 else "2027")
