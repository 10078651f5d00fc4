"""The board PDFs: the management review pack and the yearly quality report, each a function
from the records to bytes."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext as _

from deviations.charts import horizontal_bars, stacked_columns
from deviations.models import Action
from qms.pdf import render_pdf
from reviews.inputs import compile_inputs, compile_year
from reviews.models import Decision, Item, QualityReport, Review


def charts_for(inputs: dict) -> dict:
    """Server-side SVG charts of the compiled figures (each beside a table with the numbers)."""
    c4, c6 = inputs["c4"], inputs["c6"]
    charts = {
        "c4_months": stacked_columns(
            "c4-months",
            _("Rapporterade avvikelser per månad"),
            [month for month, _n in c4["by_month"]],
            [(_("Avvikelser"), [n for _month, n in c4["by_month"]])],
        )
        if c4["total"]  # every month is listed, also when all are 0
        else "",
        "c4_categories": horizontal_bars(
            "c4-categories", _("Avvikelser per kategori"), c4["by_category"][:10]
        )
        if c4["by_category"]
        else "",
        "c6_grades": horizontal_bars(
            "c6-grades", _("Iakttagelser per bedömning"), inputs["c6"]["findings_by_grade"]
        )
        if any(n for _label, n in c6["findings_by_grade"])
        else "",
        "c5": {
            series["id"]: stacked_columns(
                f"c5-{series['id']}",
                _("Utveckling: %(name)s") % {"name": series["name"]},
                [label for label, _value in series["points"]],
                [(series["name"], [value for _label, value in series["points"]])],
            )
            for series in inputs["c5"]["series"]
            if series["points"]
        },
    }
    return charts


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


def pack_context(review: Review, inputs: dict) -> dict:
    assessments = {item.code: item.assessment for item in review.items.all()}
    return {
        "review": review,
        "organisation": review.unit.organisation() or review.unit,
        "inputs": inputs,
        "charts": charts_for(inputs),
        "agenda": [(code, label, assessments.get(code, "")) for code, label in Item.choices],
        "decisions": decisions_with_actions(review),
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


def quality_report_context(report: QualityReport, figures: dict) -> dict:
    return {
        "report": report,
        "organisation": report.unit.organisation() or report.unit,
        "inputs": figures,
        "charts": charts_for(figures),
        "printed_at": timezone.localtime(),
    }


def render_quality_report_pdf(report: QualityReport) -> bytes:
    """A published report from its frozen figures, a draft from the data now."""
    figures = (
        report.snapshot
        if report.is_published and report.snapshot
        else compile_year(report.unit, report.year)
    )
    return render_pdf("reviews/quality_report_pdf.html", quality_report_context(report, figures))
