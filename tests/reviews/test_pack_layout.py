"""Issue 16: board packs and quality reports that carry a message, read back from the rendered
PDF as a board member's reader shows it (poppler's pdftotext, with word boxes for the axes)."""

from __future__ import annotations

import datetime
import itertools
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.utils import timezone, translation

from deviations.models import Deviation, LegalTrack, LegalTrackKind, Supplier
from reviews import services
from reviews.inputs import compile_year
from reviews.models import Indicator
from reviews.reports import (
    month_labels,
    pack_context,
    render_review_pdf,
    render_yearly_report_pdf,
    yearly_report_context,
)
from tests.deviations.builders import make_deviations
from tests.reviews.conftest import at, make_category, make_review
from tests.reviews.test_inputs import deviations_dataset

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("production_static")]

# Every page as a picture, for people to look at (test-results/ is not in git).
PAGES = Path(__file__).resolve().parents[2] / "test-results" / "pdf-pages"
LONG_CATEGORY = "Informationssäkerhet och personuppgiftsincidenter i verksamhetssystemen"
MESSAGES = "Fallen minskar.\nTillbuden ökar.\nKlagomålen gäller bemötande."
DECISIONS_ASKED = "Fastställa rutinen för lex Sarah.\nUtöka helgbemanningen."


def rich_dataset(cast):
    """deviations_dataset (2025, with cases in December 2024) plus uncategorised cases, a
    category with a long name, an overdue lex Maria track and two objectives: a percentage
    with last year's values and a count, one of them not met."""
    deviations_dataset(cast)
    t = cast.tree
    make_deviations(t.solgarden, cast.participant, 2, created_at=at(datetime.date(2025, 9, 1)))
    long = make_category(LONG_CATEGORY)
    late = make_deviations(
        t.homecare, cast.participant, 11, created_at=at(datetime.date(2025, 10, 6)), category=long
    )
    make_deviations(
        t.homecare, cast.participant, 4, created_at=at(datetime.date(2024, 10, 6)), category=long
    )
    provider = Supplier.objects.create(name="Omsorgsbolaget Trygg AB")
    Deviation.objects.filter(pk__in=[late[1].pk, late[2].pk]).update(supplier=provider)
    LegalTrack.objects.create(
        deviation=late[0],
        kind=LegalTrackKind.LEX_MARIA,
        flagged_by=cast.chair,
        aware_at=at(datetime.date(2025, 10, 6)),
        deadline=at(datetime.date(2025, 10, 20)),
    )
    # Overdue now, but its deadline came after 2025: not one of the period's.
    LegalTrack.objects.create(
        deviation=late[1],
        kind=LegalTrackKind.LEX_SARAH,
        flagged_by=cast.chair,
        aware_at=timezone.now() - datetime.timedelta(days=40),
        deadline=timezone.now() - datetime.timedelta(days=2),
    )
    add_quarterly(
        cast,
        "Nöjda boende",
        ("Andel nöjda boende", "%", 90, Indicator.Direction.HIGHER),
        {2024: ["70", "72", "75", "77"], 2025: ["80", "84", "86", "70"]},
    )
    add_quarterly(
        cast,
        "Färre fall",
        ("Fallolyckor", "st", 3, Indicator.Direction.LOWER),
        {2025: ["21", "17", "9", "2"]},
    )


def add_quarterly(cast, title, indicator, values_by_year):
    """An objective at Solgården with one quarterly indicator and its values."""
    name, measure, target, direction = indicator
    objective = services.create_objective(
        by=cast.coordinator, unit=cast.tree.solgarden, title=title
    )
    added = services.add_indicator(
        objective,
        by=cast.coordinator,
        name=name,
        unit_of_measure=measure,
        target=Decimal(target),
        direction=direction,
        period=Indicator.Period.QUARTER,
        source=Indicator.Source.MANUAL,
    )
    for year, values in values_by_year.items():
        for quarter, value in enumerate(values):
            services.record_value(
                added,
                by=cast.coordinator,
                period_start=datetime.date(year, 1 + 3 * quarter, 1),
                value=Decimal(value),
            )


def pack(cast):
    rich_dataset(cast)
    review = make_review(cast, title="Ledningens genomgång Socialförvaltningen 2025")
    services.save_summary(
        review, by=cast.coordinator, messages=MESSAGES, decisions_asked=DECISIONS_ASKED
    )
    services.save_assessment(review, by=cast.coordinator, code="c4", assessment="Fler tillbud.")
    return services.approve_review(review, by=cast.chair)


def keep_pages(data: bytes, name: str) -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    path = PAGES / f"{name}.pdf"
    path.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(PAGES / name)], check=True)


def page_texts(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def words(data: bytes, tmp_path: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, xMin, yMin, xMax, word) of every word."""
    path = tmp_path / "words.pdf"
    path.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = []
    for page, body in enumerate(html.split("<page ")[1:], start=1):
        pattern = (
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
        )
        for x, y, x_max, word in re.findall(pattern, body):
            found.append((page, float(x), float(y), float(x_max), word))
    return found


def _number(word: str) -> float | None:
    return float(word.replace(",", ".")) if re.fullmatch(r"\d+(,\d+)?", word) else None


def _is_axis(values: list[float]) -> bool:
    steps = {round(b - a, 6) for a, b in itertools.pairwise(values)}
    return len(values) >= 2 and values[0] == 0 and len(steps) == 1 and steps.pop() > 0


def axis_maxima(data: bytes, tmp_path: Path) -> list[float]:
    """The maximum of every chart's value axis, in reading order. A column chart writes its
    ticks right-aligned left of the plot (one column of numbers from 0 upwards, bottom to
    top); a bar chart writes them on one line under the plot (from 0, left to right)."""
    every = words(data, tmp_path)
    axes = []  # (page, y, maximum)
    columns: dict[tuple[int, int], list[tuple[float, float]]] = {}
    lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for page, x, y, x_max, word in every:
        lines.setdefault((page, round(y)), []).append((x, word))
        if _number(word) is not None and 70 < x_max < 85:
            columns.setdefault((page, round(x_max)), []).append((y, _number(word)))
    for (page, _x), ticks in columns.items():
        ticks.sort(reverse=True)  # bottom first
        values = [value for _y, value in ticks]
        if _is_axis(values):
            axes.append((page, ticks[-1][0], values[-1]))
    for (page, y), line in lines.items():
        values = [_number(word) for _x, word in sorted(line)]
        if None not in values and _is_axis(values):
            axes.append((page, y - 1000, values[-1]))  # under its chart: before the table
    return [maximum for _page, _y, maximum in sorted(axes)]


def chart_largest_values(inputs: dict) -> list[tuple[float, bool]]:
    """(largest value drawn, is a percentage) of each chart, in the order the pack shows them."""
    previous = inputs["previous"]
    c4 = inputs["c4"]
    expected = [
        (max([n for _m, n in c4["by_month"]] + previous["by_month"]), False),
        (max([n for _c, n in c4["by_category"]] + list(previous["by_category"].values())), False),
    ]
    for series in inputs["c5"]["series"]:
        drawn = [v for _l, v in series["points"]] + [v or 0 for v in series["previous"]]
        expected.append((max([*drawn, series["target"]]), series["unit_of_measure"] == "%"))
    return expected


def assert_axes_fit(data, inputs, tmp_path):
    maxima = axis_maxima(data, tmp_path)
    expected = chart_largest_values(inputs)
    assert len(maxima) == len(expected), (maxima, expected)
    for maximum, (largest, percent) in zip(maxima, expected, strict=True):
        if percent:
            assert maximum == 100
        else:
            assert largest <= maximum <= 1.25 * largest, (maximum, largest)


def headings(html: str) -> set[str]:
    found = re.findall(r"<(h[1-4]|caption)\b[^>]*>(.*?)</\1>", html, flags=re.S)
    return {" ".join(re.sub(r"<[^>]+>", " ", text).split()) for _tag, text in found}


def assert_no_page_ends_with_a_heading(pages: list[str], html: str, frame: set[str]):
    titles = headings(html)
    for number, page in enumerate(pages, start=1):
        body = [
            line
            for line in page.splitlines()
            if line.strip()
            and line.strip() not in frame
            and not line.startswith(("Utskriven", "Sida "))
        ]
        end = " ".join(" ".join(body).split())
        for title in titles:
            assert not end.endswith(title), f"page {number} ends with the heading {title!r}"


def test_page_one_holds_the_summary_and_the_charts_fit_their_data(cast, tmp_path):
    review = pack(cast)
    data = render_review_pdf(review)
    keep_pages(data, "review-pack")
    pages = page_texts(data, tmp_path)
    one = " ".join(pages[0].split())
    # The cover's title is said once.
    assert "Ledningens genomgång: Ledningens genomgång" not in " ".join(pages).replace("\n", " ")
    assert "Ledningens genomgång Socialförvaltningen 2025" in one
    # Messages, suggestions from the data, traffic lights with their rule, decisions asked.
    for message in MESSAGES.splitlines() + DECISIONS_ASKED.splitlines():
        assert message in one
    assert "Störst förändring mot 2024: 18 rapporterade avvikelser (7 året innan, +11)." in one
    assert "1 av 2 kvalitetsmål uppfylls inte: Nöjda boende." in one
    assert "1 anmälningsärende har passerat tidsfristen utan att vara anmält (Lex Maria 1)." in one
    assert "Uppfylls inte: Nöjda boende (Solgården)" in one
    assert "Uppfylls: Färre fall (Solgården)" in one
    assert "Grönt: målet nås." in one
    # The contents page lists the summary first; every page is numbered.
    assert "Innehåll" in pages[1] and "Sammanfattning" in pages[1]
    assert all(f"Sida {n} av {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert_axes_fit(data, review.snapshot, tmp_path)
    text = " ".join(" ".join(pages).split())
    # Legends and labels whole: the long category, each series, the target; nothing cut.
    assert "…" not in text
    assert LONG_CATEGORY in text
    for label in ("2024", "2025", "Mål 90 %", "Mål 3 st", "Fallolyckor (Solgården)"):
        assert label in text
    assert "Ej kategoriserad" in text
    # An input without an assessment is said once, in the summary of gaps.
    assert text.count("Ingen bedömning skriven.") == 1
    html = render_to_string("reviews/pack_pdf.html", pack_context(review, review.snapshot))
    assert_no_page_ends_with_a_heading(pages, html, {"Testkommun", review.title})


def test_the_quality_report_has_the_same_page_one_and_charts(cast, tmp_path):
    rich_dataset(cast)
    report = services.create_quality_report(by=cast.coordinator, unit=cast.tree.social, year=2025)
    report = services.save_quality_report_texts(
        report,
        by=cast.coordinator,
        work_done="Arbetet.",
        actions_taken="Åtgärderna.",
        results="Resultaten.",
        messages=MESSAGES,
        decisions_asked=DECISIONS_ASKED,
    )
    data = render_yearly_report_pdf(report)
    keep_pages(data, "quality-report")
    pages = page_texts(data, tmp_path)
    one = " ".join(pages[0].split())
    assert "Kvalitetsberättelse 2025" in one
    for message in MESSAGES.splitlines() + DECISIONS_ASKED.splitlines():
        assert message in one
    assert "Uppfylls inte: Nöjda boende (Solgården)" in one
    figures = compile_year(report.unit, 2025)
    assert_axes_fit(data, figures, tmp_path)
    text = " ".join(" ".join(pages).split())
    assert "…" not in text and LONG_CATEGORY in text and "Ej kategoriserad" in text
    # The chapter on external providers (c7), in the contents too.
    assert "Externa utförare och leverantörer" in pages[1]
    assert "Avvikelser som gäller externa utförare och leverantörer: 2." in text
    assert "Omsorgsbolaget Trygg AB 2 2" in text
    html = render_to_string(
        "reviews/quality_report_pdf.html", yearly_report_context(report, figures)
    )
    assert_no_page_ends_with_a_heading(pages, html, {"Testkommun", "Kvalitetsberättelse 2025"})


def test_months_under_a_chart_are_written_in_swedish():
    with translation.override("sv"):
        assert month_labels(["2025-11", "2025-12", "2026-01", "2026-02"]) == [
            "nov 2025",
            "dec",
            "jan 2026",
            "feb",
        ]
