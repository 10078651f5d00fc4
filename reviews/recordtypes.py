"""Management reviews, quality reports and patient safety reports in the information
management plan."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from deviations.models import Action
from qms.recordtypes import Event, PersonLink, RecordType, Removed, event_keys, fields_of, register
from reviews.models import (
    Decision,
    Participant,
    PatientSafetyReport,
    QualityReport,
    Review,
    ReviewItem,
    YearlyReport,
)


def _with_revisions(model, ids: list[int]) -> list[int]:
    """A record and every revision of it: a revision cannot outlive what it revises."""
    found = set(ids)
    frontier = set(ids)
    while frontier:
        frontier = (
            set(model.objects.filter(revision_of__in=frontier).values_list("pk", flat=True)) - found
        )
        found |= frontier
    return sorted(found)


def review_parts(ids: list[int]) -> dict:
    ids = _with_revisions(Review, ids)
    decisions = list(Decision.objects.filter(review__in=ids).values_list("pk", flat=True))
    return {
        Review: ids,
        ReviewItem: list(ReviewItem.objects.filter(review__in=ids).values_list("pk", flat=True)),
        Participant: list(Participant.objects.filter(review__in=ids).values_list("pk", flat=True)),
        Decision: decisions,
        Action: list(
            Action.objects.filter(
                content_type=ContentType.objects.get_for_model(Decision), object_id__in=decisions
            ).values_list("pk", flat=True)
        ),
    }


def purge_reviews(ids: list[int]) -> Removed:
    removed = Removed()
    parts = review_parts(ids)
    for model, pks in parts.items():
        removed.add(model, pks)
    ids = parts[Review]
    removed.files += [
        name for name in Review.objects.filter(pk__in=ids).values_list("pdf", flat=True) if name
    ]
    removed.event_keys += event_keys("review", ids) + event_keys("action", parts[Action])
    removed.urls += [reverse("reviews:detail", args=[pk]) for pk in ids]
    removed.urls += [reverse("deviations:action_detail", args=[pk]) for pk in parts[Action]]
    Action.objects.filter(pk__in=parts[Action]).delete()
    # Revisions first: they point at what they revise (and copy its decisions).
    for review in sorted(ids, reverse=True):
        Review.objects.filter(pk=review).delete()
    return removed


def yearly_report_purge(model: type[YearlyReport]):
    """Removes reports of a kind (kvalitets- or patientsäkerhetsberättelser) with their
    revisions, PDFs, notices and pages."""

    def purge(ids: list[int]) -> Removed:
        removed = Removed()
        ids = _with_revisions(model, ids)
        removed.add(model, ids)
        removed.files += [
            name for name in model.objects.filter(pk__in=ids).values_list("pdf", flat=True) if name
        ]
        removed.event_keys += event_keys(model.WORDS["event"], ids)
        removed.urls += [reverse(f"reviews:{model.URL_PREFIX}_detail", args=[pk]) for pk in ids]
        for report in sorted(ids, reverse=True):
            model.objects.filter(pk=report).delete()
        return removed

    return purge


def describe_review(review: Review) -> dict:
    return {
        "fields": fields_of(
            review,
            [
                "unit",
                "title",
                "period_start",
                "period_end",
                "held_on",
                "chair",
                "status",
                "revision_of",
                "revision_reason",
                "approved_at",
                "approved_by",
            ],
        ),
        "parts": [
            (
                _("Deltagare"),
                [fields_of(p, ["user", "is_present"]) for p in review.participants.all()],
            ),
            (
                _("Bedömningar"),
                [fields_of(i, ["code", "assessment"]) for i in review.items.all()],
            ),
            (_("Beslut"), [fields_of(d, ["kind", "text"]) for d in review.decisions.all()]),
        ],
    }


def review_files(review: Review) -> list:
    return [(f"ledningens-genomgang-{review.pk}.pdf", review.pdf)] if review.pdf else []


def describe_yearly_report(report: YearlyReport) -> dict:
    return {
        "fields": fields_of(
            report,
            [
                "unit",
                "year",
                *report.TEXT_FIELDS,
                "status",
                "revision_of",
                "revision_reason",
                "published_at",
                "published_by",
            ],
        ),
        "parts": [],
    }


def yearly_report_files(report: YearlyReport) -> list:
    name = report.URL_PREFIX.replace("_", "-")
    return [(f"{name}-{report.pk}.pdf", report.pdf)] if report.pdf else []


register(
    RecordType(
        key="reviews.review",
        label=_("Ledningens genomgång med underlag (PDF)"),
        order=50,
        includes=_("deltagare, bedömningar, beslut med åtgärder, sammanställning och PDF"),
        personal_data=_("Ja: deltagare och ansvariga"),
        sensitive=_("Nej (bara antal, inga enskilda ärenden)"),
        secrecy=_("Normalt inte"),
        note=_(
            "Underlaget och besluten ska bevaras oförändrade (ISO 9001 9.3). Ärenden räknas, "
            "de återges inte."
        ),
        model=Review,
        records=lambda: Review.objects.filter(revision_of__isnull=True),
        events={
            "held": Event(_("mötet"), "held_on"),
            "approved": Event(_("godkännandet"), "approved_at"),
        },
        identifier="pk",
        title="title",
        visible_to=lambda user: Review.objects.visible_to(user),
        purge=purge_reviews,
        parts=review_parts,
        people=(
            PersonLink("chair", _("ordförande")),
            PersonLink("participants__user", _("deltagare")),
            PersonLink("created_by", _("skapade genomgången")),
            PersonLink("approved_by", _("godkände genomgången")),
            PersonLink("decisions__actions__owner", _("ansvarig för en åtgärd")),
        ),
        describe=describe_review,
        files=review_files,
    )
)


def register_yearly_report(model: type[YearlyReport], order: int, label, note) -> None:
    register(
        RecordType(
            key=f"reviews.{model.URL_PREFIX}",
            label=label,
            order=order,
            includes=_("texterna, årets sammanställning och PDF"),
            personal_data=_("Sällan"),
            sensitive=_("Nej (bara antal)"),
            secrecy=_("Normalt inte"),
            note=note,
            model=model,
            records=lambda: model.objects.filter(revision_of__isnull=True),
            events={
                "created": Event(_("att den skapades"), "created_at"),
                "published": Event(_("publiceringen"), "published_at"),
            },
            identifier="pk",
            title="year",
            visible_to=lambda user: model.objects.visible_to(user),
            purge=yearly_report_purge(model),
            parts=lambda ids: {model: _with_revisions(model, ids)},
            people=(
                PersonLink("created_by", _("skapade berättelsen")),
                PersonLink("published_by", _("publicerade berättelsen")),
            ),
            describe=describe_yearly_report,
            files=yearly_report_files,
        )
    )


register_yearly_report(
    QualityReport,
    51,
    _("Kvalitetsberättelse"),
    _("Kvalitetsberättelsen är offentlig och ska inte nämna enskilda."),
)
register_yearly_report(
    PatientSafetyReport,
    52,
    _("Patientsäkerhetsberättelse"),
    _("Patientsäkerhetsberättelsen är offentlig och ska inte nämna enskilda patienter."),
)
