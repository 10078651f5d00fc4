"""The board PDFs: the management review pack and the yearly quality report, each a function
from the records to bytes."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from deviations.charts import horizontal_bars, stacked_columns, tick_label
from deviations.models import Action
from qms.pdf import render_pdf
from reviews.inputs import compile_inputs, compile_yearly_figures
from reviews.models import (
    Decision,
    Item,
    PatientSafetyReport,
    QualityReport,
    Review,
    YearlyReport,
)
from reviews.summary import category_name, summary


def charts_for(inputs: dict) -> dict:
    """Server-side SVG charts of the compiled figures (each beside a table with the numbers),
    with last year beside this year where the figures have it."""
    c4, c6 = inputs["c4"], inputs["c6"]
    previous = inputs.get("previous")
    this_year = inputs.get("label") or _("Perioden")
    months = month_labels([month for month, _n in c4["by_month"]])
    counts = [n for _month, n in c4["by_month"]]
    if previous and len(previous["by_month"]) == len(counts):
        month_series = [(previous["label"], previous["by_month"]), (this_year, counts)]
    else:
        month_series = [(_("Avvikelser"), counts)]
    categories = [(category_name(name), n) for name, n in c4["by_category"][:10]]
    earlier_months = previous["by_month"] if previous else []
    earlier_categories = (
        {category_name(k): v for k, v in previous["by_category"].items()} if previous else {}
    )
    charts = {
        # The tables beside the charts, with last year's figures.
        "c4_month_rows": [
            (month, n, earlier_months[i] if i < len(earlier_months) else "")
            for i, (month, n) in enumerate(c4["by_month"])
        ],
        "c4_category_rows": [
            (category_name(name), n, earlier_categories.get(category_name(name), 0))
            for name, n in c4["by_category"]
        ],
        "c4_months": stacked_columns(
            "c4-months",
            _("Rapporterade avvikelser per månad"),
            months,
            month_series,
            stacked=len(month_series) == 1,
        )
        if c4["total"] or (previous and previous["deviations"])
        else "",
        "c4_categories": horizontal_bars(
            "c4-categories",
            _("Avvikelser per kategori"),
            categories,
            previous=earlier_categories if previous else None,
            names=(previous["label"], this_year) if previous else None,
        )
        if categories
        else "",
        "c6_grades": horizontal_bars(
            "c6-grades", _("Iakttagelser per bedömning"), c6["findings_by_grade"]
        )
        if any(n for _label, n in c6["findings_by_grade"])
        else "",
        "c5": {
            series["id"]: indicator_chart(series, inputs)
            for series in inputs["c5"]["series"]
            if series["points"]
        },
    }
    return charts


def month_labels(months: list[str]) -> list[str]:
    """Swedish month names under a chart ("jan 2026", then "feb", …): the year under the first
    month and under each January."""
    labels = []
    for index, month in enumerate(months):
        day = datetime.date.fromisoformat(f"{month}-01")
        labels.append(date_format(day, "M Y" if index == 0 or day.month == 1 else "M").lower())
    return labels


def indicator_chart(series: dict, inputs: dict) -> str:
    """An indicator's values over the period: percentages on 0–100 %, the target as a line,
    last year's value for the same period beside each where there is one."""
    values = [value for _label, value in series["points"]]
    earlier = series.get("previous") or []
    data = [(series["name"], values)]
    if any(value is not None for value in earlier):
        previous_label = (inputs.get("previous") or {}).get("label") or _("Föregående år")
        this_year = inputs.get("label") or _("Perioden")
        data = [(previous_label, [v or 0 for v in earlier]), (this_year, values)]
    return stacked_columns(
        f"c5-{series['id']}",
        _("Utveckling: %(name)s") % {"name": series["name"]},
        [label for label, _value in series["points"]],
        data,
        stacked=len(data) == 1,
        percent=series["unit_of_measure"].strip() == "%",
        target=series["target"],
        target_label=_("Mål %(target)s %(unit)s")
        % {"target": tick_label(series["target"]), "unit": series["unit_of_measure"]},
    )


def decisions_with_actions(review: Review) -> list[tuple[Decision, list[Action]]]:
    """The review's decisions, each with its actions in the register (two queries)."""
    decisions = list(review.decisions.all())
    by_origin: dict[int, list[Action]] = {}
    actions = (
        Action.objects.filter(
            content_type=ContentType.objects.get_for_model(Decision),
            object_id__in={id_ for d in decisions for id_ in (d.pk, d.origin_id)},
        )
        .select_related("owner")
        .order_by("due_date", "pk")
    )
    for action in actions:
        by_origin.setdefault(action.object_id, []).append(action)
    return [
        (d, by_origin.get(d.origin_id, []) + (by_origin.get(d.pk, []) if d.copied_from_id else []))
        for d in decisions
    ]


def pack_title(review: Review) -> str:
    """The pack's title: the review's own, with "Ledningens genomgång" in front only when the
    title does not already say so (issue 16: "Ledningens genomgång: Ledningens genomgång …")."""
    kind = _("Ledningens genomgång")
    if kind.lower() in review.title.lower():
        return review.title
    return _("%(kind)s: %(title)s") % {"kind": kind, "title": review.title}


def pack_context(review: Review, inputs: dict) -> dict:
    assessments = {item.code: item.assessment for item in review.items.all()}
    decisions = decisions_with_actions(review)
    return {
        "review": review,
        "title": pack_title(review),
        "summary": summary(
            messages=review.messages, decisions_asked=review.decisions_asked, inputs=inputs
        ),
        "unassessed": [label for code, label in Item.choices if not assessments.get(code)],
        "organisation": review.unit.organisation() or review.unit,
        "inputs": inputs,
        "charts": charts_for(inputs),
        "agenda": [(code, label, assessments.get(code, "")) for code, label in Item.choices],
        "decisions": decisions,
        "participants": list(review.participants.select_related("user")),
        "printed_at": timezone.localtime(),
    }


def render_review_pdf(review: Review, on_progress: Callable[[int], None] | None = None) -> bytes:
    """The pack: an approved review's from its frozen snapshot, a draft's from the data now."""
    inputs = review.snapshot if review.is_approved and review.snapshot else compile_inputs(review)
    if on_progress:
        on_progress(40)
    context = pack_context(review, inputs)
    if on_progress:
        on_progress(60)
    return render_pdf("reviews/pack_pdf.html", context)


def yearly_report_context(report: YearlyReport, figures: dict) -> dict:
    charts = charts_for(figures)
    if figures.get("hsl", {}).get("by_category"):
        charts["hsl_categories"] = horizontal_bars(
            "hsl-categories",
            _("Avvikelser i hälso- och sjukvården per kategori"),
            [(name, n) for name, n in figures["hsl"]["by_category"][:10]],
        )
    return {
        "report": report,
        "summary": summary(
            messages=report.messages, decisions_asked=report.decisions_asked, inputs=figures
        ),
        "organisation": report.unit.organisation() or report.unit,
        "inputs": figures,
        "charts": charts,
        "sections": report_sections(report),
        "printed_at": timezone.localtime(),
    }


def report_sections(report: YearlyReport) -> list[dict]:
    """A report's texts in order, each with its heading, anchor and text."""
    return [
        {
            "name": name,
            "id": name.replace("_", "-"),
            "heading": str(report._meta.get_field(name).verbose_name).capitalize(),
            "text": getattr(report, name),
        }
        for name in report.TEXT_FIELDS
    ]


def yearly_report_figures(report: YearlyReport) -> dict:
    """A published report's frozen figures, a draft's compiled from the data now."""
    if report.is_published and report.snapshot:
        return report.snapshot
    return compile_yearly_figures(report)


PDF_TEMPLATES = {
    QualityReport: "reviews/quality_report_pdf.html",
    PatientSafetyReport: "reviews/patient_safety_report_pdf.html",
}


def render_yearly_report_pdf(report: YearlyReport) -> bytes:
    context = yearly_report_context(report, yearly_report_figures(report))
    return render_pdf(PDF_TEMPLATES[type(report)], context)
