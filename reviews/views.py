"""Management review pages: the list, one review with its compiled agenda, decisions and pack,
the board's reports page, and the quality objectives with their indicators."""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from deviations.charts import stacked_columns
from deviations.models import Deviation
from qms.forms import applied
from qms.submissions import submitted_once
from qms.templatetags.openable import openable_pks
from reviews import overview, services
from reviews.forms import (
    AssessmentForm,
    AttendanceForm,
    DecisionActionForm,
    DecisionForm,
    IndicatorForm,
    ObjectiveForm,
    OverviewForm,
    PatientSafetyReportTextsForm,
    QualityReportForm,
    QualityReportTextsForm,
    ReviewForm,
    RevisionForm,
    SummaryForm,
    ValueForm,
)
from reviews.inputs import compile_inputs
from reviews.models import (
    Decision,
    Indicator,
    IndicatorValue,
    Item,
    Objective,
    PatientSafetyReport,
    QualityReport,
    Review,
    YearlyReport,
)
from reviews.reports import (
    charts_for,
    decisions_with_actions,
    render_yearly_report_pdf,
    yearly_report_context,
    yearly_report_figures,
)
from reviews.summary import summary as summary_of


def _require(request: HttpRequest, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def _visible(request: HttpRequest, pk: int) -> Review:
    return get_object_or_404(
        Review.objects.visible_to(request.user).select_related(
            "unit", "chair", "approved_by", "revision_of"
        ),
        pk=pk,
    )


def _compiled_at(figures: dict) -> datetime.datetime | None:
    """When frozen figures were compiled (stored as ISO 8601 text), to show in local time."""
    value = figures.get("compiled_at")
    return datetime.datetime.fromisoformat(value) if value else None


def _editable(request: HttpRequest, pk: int) -> Review:
    review = _visible(request, pk)
    if not services.may_edit(request.user, review):
        raise PermissionDenied
    return review


# Reviews ---------------------------------------------------------------------------------------


@require_GET
def review_list(request: HttpRequest) -> HttpResponse:
    _require(request, "reviews.view_reviews")
    reviews = (
        Review.objects.visible_to(request.user)
        .select_related("unit", "chair")
        .with_superseded(Review.Status.APPROVED)
    )
    return render(
        request,
        "reviews/list.html",
        {
            "reviews": list(reviews),
            "can_prepare": request.user.has_perm("reviews.prepare_reviews"),
        },
    )


@require_http_methods(["GET", "POST"])
@submitted_once
def review_create(request: HttpRequest) -> HttpResponse:
    _require(request, "reviews.prepare_reviews")
    if request.method == "POST":
        form = ReviewForm(request.POST, user=request.user)
        created: list[Review] = []
        if applied(
            form, lambda data: created.append(services.create_review(by=request.user, **data))
        ):
            messages.success(request, _("Genomgången är skapad."))
            return redirect(created[0])
    else:
        form = ReviewForm(user=request.user)
    return _form_page(request, form, _("Ny ledningens genomgång"))


def _render_detail(
    request: HttpRequest, review: Review, status: int = 200, **forms
) -> HttpResponse:
    inputs = review.snapshot if review.is_approved else compile_inputs(review)
    can_edit = services.may_edit(request.user, review)
    assessments = {item.code: item.assessment for item in review.items.all()}
    errors = forms.pop("assessment_errors", {})
    agenda = [
        {
            "code": code,
            "label": label,
            "assessment": assessments.get(code, ""),
            "form": errors.get(code)
            or AssessmentForm(
                initial={"code": code, "assessment": assessments.get(code, "")},
                prefix=f"item-{code}",
                item_label=label,
                code=code,
                record=review,
                stored=assessments.get(code, ""),
            ),
        }
        for code, label in Item.choices
    ]
    decisions = _with_action_forms(
        request, decisions_with_actions(review), forms.pop("action_form", None)
    )
    context = {
        "review": review,
        "inputs": inputs,
        "compiled_at": _compiled_at(inputs),
        "charts": charts_for(inputs),
        "agenda": agenda,
        "decisions": decisions,
        # Named on the page, linked only where the viewer may open them (one query).
        "openable_actions": openable_pks(
            request.user, [action for _d, actions, _f in decisions for action in actions]
        ),
        "participants": list(review.participants.select_related("user")),
        "can_edit": can_edit,
        "can_approve": services.may_approve(request.user, review),
        "can_revise": review.is_approved
        and services.may_edit_unit(request.user, review.unit)
        and not review.revisions.exists(),
        "revisions": list(review.revisions.all()),
        "decision_form": forms.pop("decision_form", None) or DecisionForm(),
        "attendance_form": forms.pop("attendance_form", None)
        or AttendanceForm(
            review=review,
            initial={"present": [p.user_id for p in review.participants.all() if p.is_present]},
        ),
        "revision_form": forms.pop("revision_form", None) or RevisionForm(),
        "summary_form": forms.pop("summary_form", None)
        or (SummaryForm(instance=review) if can_edit else None),
        "summary": summary_of(
            messages=review.messages, decisions_asked=review.decisions_asked, inputs=inputs
        ),
        "PdfStatus": Review.PdfStatus,
        **forms,
    }
    return render(request, "reviews/detail.html", context, status=status)


def _action_auto_id(decision: Decision) -> str:
    return f"decision-{decision.pk}-%s"


def _with_action_forms(request: HttpRequest, decisions, failed: DecisionActionForm | None):
    """Each decision with its actions and its own add-action form: own field ids, so each
    label names its own field, and a rejected form's errors show on that decision only."""
    rows, owner_choices = [], None
    for decision, actions in decisions:
        if failed is not None and failed.auto_id == _action_auto_id(decision):
            form = failed
        else:
            form = DecisionActionForm(
                user=request.user, auto_id=_action_auto_id(decision), owner_choices=owner_choices
            )
        owner_choices = form.fields["owner"].widget.choices
        rows.append((decision, actions, form))
    return rows


@require_GET
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_detail(request, _visible(request, pk))


@require_POST
def assessment(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    review = _editable(request, pk)
    if code not in Item.values:
        raise Http404
    form = AssessmentForm(
        request.POST,
        prefix=f"item-{code}",
        item_label=Item(code).label,
        code=code,
        record=review,
    )
    if applied(
        form,
        lambda data: services.save_assessment(
            review, by=request.user, code=code, assessment=data["assessment"]
        ),
    ):
        if request.htmx:
            # The form stays on the page: its version is now the text just saved.
            saved = AssessmentForm(
                prefix=f"item-{code}",
                code=code,
                record=review,
                stored=form.cleaned_data["assessment"],
            )
            return render(request, "reviews/detail.html#saved", {"version": saved["version"]})
        messages.success(request, _("Bedömningen är sparad."))
        return redirect(review.get_absolute_url() + f"#item-{code}")
    if request.htmx:  # the errors (or what someone else saved meanwhile) beside the box
        return render(
            request,
            "reviews/detail.html#refused",
            {"form": form, "version": form["version"]},
            status=422,
        )
    return _render_detail(request, review, 400, assessment_errors={code: form})


@require_POST
def summary(request: HttpRequest, pk: int) -> HttpResponse:
    review = _editable(request, pk)
    form = SummaryForm(request.POST, instance=review)
    if applied(form, lambda data: services.save_summary(review, by=request.user, **data)):
        messages.success(request, _("Sammanfattningen är sparad."))
        return redirect(review.get_absolute_url() + "#summary")
    return _render_detail(request, review, 400, summary_form=form)


@require_POST
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    review = _editable(request, pk)
    form = AttendanceForm(request.POST, review=review)
    if applied(
        form,
        lambda data: services.record_attendance(
            review, by=request.user, present=[u.pk for u in data["present"]]
        ),
    ):
        messages.success(request, _("Närvaron är sparad."))
        return redirect(review.get_absolute_url() + "#participants")
    return _render_detail(request, review, 400, attendance_form=form)


@require_POST
@submitted_once
def decision_create(request: HttpRequest, pk: int) -> HttpResponse:
    review = _editable(request, pk)
    form = DecisionForm(request.POST)
    if applied(form, lambda data: services.add_decision(review, by=request.user, **data)):
        messages.success(request, _("Beslutet är tillagt."))
        return redirect(review.get_absolute_url() + "#decisions")
    return _render_detail(request, review, 400, decision_form=form)


@require_POST
@submitted_once
def decision_action(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    review = _editable(request, pk)
    decision = get_object_or_404(Decision.objects.filter(review=review), pk=decision_pk)
    form = DecisionActionForm(request.POST, user=request.user, auto_id=_action_auto_id(decision))
    if applied(form, lambda data: services.add_decision_action(decision, by=request.user, **data)):
        messages.success(request, _("Åtgärden är tillagd i åtgärdsregistret."))
        return redirect(decision)
    return _render_detail(request, review, 400, action_form=form)


@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    review = _visible(request, pk)
    if not services.may_approve(request.user, review):
        raise PermissionDenied
    try:
        services.approve_review(review, by=request.user)
    except ValidationError as error:  # e.g. the PDF could not be stored: the disk is full
        for text in error.messages:
            messages.error(request, text)
        return redirect(review)
    messages.success(request, _("Genomgången är godkänd. Underlaget och PDF:en är låsta."))
    return redirect(review)


def _revise(request: HttpRequest, frozen, revise_service, render_refused) -> HttpResponse:
    """A new draft revision of an approved review or a published quality report, with the
    reason from the form; a refused form is shown again on the frozen record's page."""
    if not services.may_edit_unit(request.user, frozen.unit):
        raise PermissionDenied
    form = RevisionForm(request.POST)
    revised = []
    if applied(
        form,
        lambda data: revised.append(revise_service(frozen, by=request.user, reason=data["reason"])),
    ):
        messages.success(request, _("En ny revision är skapad som utkast."))
        return redirect(revised[0])
    return render_refused(form)


@require_POST
@submitted_once
def revise(request: HttpRequest, pk: int) -> HttpResponse:
    review = _visible(request, pk)
    return _revise(
        request,
        review,
        services.revise_review,
        lambda form: _render_detail(request, review, 400, revision_form=form),
    )


@require_POST
def pdf_generate(request: HttpRequest, pk: int) -> HttpResponse:
    review = services.request_pack(_editable(request, pk), by=request.user)
    if request.htmx:
        # The button is swapped away: focus moves to the progress (kept there while polling).
        context = {"review": review, "PdfStatus": Review.PdfStatus, "focus_state": True}
        return render(request, "reviews/detail.html#pdf", context)
    return redirect(review.get_absolute_url() + "#pdf")


@require_GET
def pdf_status(request: HttpRequest, pk: int) -> HttpResponse:
    """The pack's progress (polled by htmx while the worker renders it)."""
    review = _visible(request, pk)
    if not request.htmx:
        return redirect(review.get_absolute_url() + "#pdf")
    return render(
        request,
        "reviews/detail.html#pdf",
        {
            "review": review,
            "PdfStatus": Review.PdfStatus,
            "can_edit": services.may_edit(request.user, review),
        },
    )


@require_GET
def pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """An approved review's frozen pack, or the last rendered pack of a draft."""
    packs = Review.objects.packs_visible_to(request.user).values("pk")
    drafts = Review.objects.visible_to(request.user).filter(
        status=Review.Status.DRAFT, pdf_status=Review.PdfStatus.DONE
    )
    review = get_object_or_404(
        Review.objects.filter(pk__in=packs) | Review.objects.filter(pk__in=drafts.values("pk")),
        pk=pk,
    )
    try:
        handle = review.pdf.open("rb")
    except (FileNotFoundError, ValueError) as missing:
        raise Http404 from missing
    kind = "ledningens-genomgang" if review.is_approved else "utkast-ledningens-genomgang"
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"{kind}-{review.pk}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


def published_yearly_reports(user, model: type[YearlyReport]):
    """The published yearly reports of a kind the user may download, newest year first."""
    return (
        model.objects.published_visible_to(user)
        .select_related("unit")
        .with_superseded(model.Status.PUBLISHED)
        .order_by("-year", "unit__path", "-published_at")
    )


@require_GET
def reports(request: HttpRequest) -> HttpResponse:
    """The approved packs the user may read: all a board member sees of this module."""
    _require(request, "reviews.view_reports")
    packs = (
        Review.objects.packs_visible_to(request.user)
        .select_related("unit")
        .with_superseded(Review.Status.APPROVED)
        .order_by("-approved_at", "-pk")
    )
    quality_reports = published_yearly_reports(request.user, QualityReport)
    return render(
        request,
        "reviews/reports.html",
        {
            "packs": list(packs),
            "quality_reports": list(quality_reports),
            "patient_safety_reports": list(
                published_yearly_reports(request.user, PatientSafetyReport)
            ),
        },
    )


# The overview ----------------------------------------------------------------------------------


def _overview_links(request: HttpRequest, unit, figures: dict) -> dict:
    """The lists behind the figures, filtered to the unit, for a viewer who may open them."""
    user = request.user
    if not overview.opens_lists(user, unit):
        return {}
    year_start = f"{figures['year']}-01-01"
    deviations = reverse("deviations:list")
    open_statuses = "&".join(
        f"status={status}"
        for status in Deviation.Status.values
        if status not in Deviation.CLOSED_STATUSES
    )
    links = {
        "deviations": f"{deviations}?enhet={unit.pk}&fran={year_start}&till={figures['today']}",
        "open_deviations": f"{deviations}?enhet={unit.pk}&{open_statuses}",
        "overdue_actions": f"{reverse('deviations:action_list')}?enhet={unit.pk}&forsenade=on",
    }
    if user.has_perm("deviations.handle_feedback"):
        links["feedback"] = reverse("deviations:feedback_list")
    if user.has_perm("deviations.follow_legal_tracks"):
        links["legal_tracks"] = reverse("deviations:legal_track_list")
    if user.has_perm("audits.view_audits"):
        links["audits"] = f"{reverse('audits:programme')}?ar={figures['year']}"
    if user.has_perm("certifications.view_certificates"):
        links["certificates"] = reverse("certifications:overview")
    if user.has_perm("reviews.view_objectives"):
        links["objectives"] = reverse("reviews:objective_list")
    return links


@require_GET
def overview_page(request: HttpRequest) -> HttpResponse:
    """Översikt: the key figures of one scope (see reviews.overview)."""
    scopes = overview.scope_units(request.user)
    if not scopes:
        raise PermissionDenied
    units = overview.picker_units(request.user, scopes)
    form = OverviewForm(request.GET or None, units=units)
    unit = scopes[0]
    if form.is_valid() and form.cleaned_data["enhet"]:
        unit = next(u for u in units if u.pk == form.cleaned_data["enhet"])
    elif not form.is_bound:
        form = OverviewForm(initial={"enhet": unit.pk}, units=units)
    figures = overview.overview_for(unit)
    return render(
        request,
        "reviews/overview.html",
        {
            "form": form,
            "unit": unit,
            "figures": figures,
            "links": _overview_links(request, unit, figures),
        },
        status=200 if not form.is_bound or form.is_valid() else 400,
    )


# Quality objectives ----------------------------------------------------------------------------


@require_GET
def objective_list(request: HttpRequest) -> HttpResponse:
    _require(request, "reviews.view_objectives")
    objectives = (
        Objective.objects.visible_to(request.user)
        .filter(is_active=True)
        .select_related("unit")
        .prefetch_related(
            Prefetch(
                "indicators",
                Indicator.objects.prefetch_related(
                    Prefetch("values", IndicatorValue.objects.order_by("period_start"))
                ),
            )
        )
    )
    rows = []
    for objective in objectives:
        latest = []
        for indicator in objective.indicators.all():
            values = list(indicator.values.all())
            value = values[-1].value if values else None
            latest.append((indicator, value, indicator.status_of(value)))
        rows.append((objective, latest))
    return render(
        request,
        "reviews/objective_list.html",
        {"rows": rows, "can_prepare": request.user.has_perm("reviews.prepare_reviews")},
    )


@require_http_methods(["GET", "POST"])
@submitted_once
def objective_create(request: HttpRequest) -> HttpResponse:
    _require(request, "reviews.prepare_reviews")
    if request.method == "POST":
        form = ObjectiveForm(request.POST, user=request.user)
        created: list[Objective] = []
        if applied(
            form, lambda data: created.append(services.create_objective(by=request.user, **data))
        ):
            messages.success(request, _("Målet är skapat. Lägg till nyckeltal."))
            return redirect(created[0])
    else:
        form = ObjectiveForm(user=request.user)
    return _form_page(request, form, _("Nytt kvalitetsmål"))


def _objective(request: HttpRequest, pk: int) -> Objective:
    return get_object_or_404(
        Objective.objects.visible_to(request.user).select_related("unit"), pk=pk
    )


def _render_objective(request: HttpRequest, objective: Objective, status: int = 200, **forms):
    indicators = []
    for indicator in objective.indicators.prefetch_related(
        Prefetch("values", IndicatorValue.objects.order_by("period_start"))
    ):
        values = list(indicator.values.all())
        chart = (
            stacked_columns(
                f"trend-{indicator.pk}",
                _("Utveckling: %(name)s") % {"name": indicator.name},
                [indicator.period_label(v.period_start) for v in values],
                [(indicator.name, [float(v.value) for v in values])],
            )
            if values
            else ""
        )
        rows = [
            (indicator.period_label(v.period_start), v, indicator.status_of(v.value))
            for v in values
        ]
        latest = values[-1].value if values else None
        indicators.append(
            {
                "indicator": indicator,
                "rows": rows,
                "chart": chart,
                "status": indicator.status_of(latest),
            }
        )
    return render(
        request,
        "reviews/objective_detail.html",
        {
            "objective": objective,
            "indicators": indicators,
            "can_edit": services.may_edit_unit(request.user, objective.unit),
            "indicator_form": forms.pop("indicator_form", None) or IndicatorForm(),
            "value_form": forms.pop("value_form", None) or ValueForm(objective=objective),
        },
        status=status,
    )


@require_GET
def objective_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_objective(request, _objective(request, pk))


def _editable_objective(request: HttpRequest, pk: int) -> Objective:
    objective = _objective(request, pk)
    if not services.may_edit_unit(request.user, objective.unit):
        raise PermissionDenied
    return objective


@require_POST
@submitted_once
def indicator_create(request: HttpRequest, pk: int) -> HttpResponse:
    objective = _editable_objective(request, pk)
    form = IndicatorForm(request.POST)
    created: list[Indicator] = []
    if applied(
        form,
        lambda data: created.append(services.add_indicator(objective, by=request.user, **data)),
    ):
        if created[0].is_computed:
            services.refresh_computed_values(created[0])
        messages.success(request, _("Nyckeltalet är tillagt."))
        return redirect(created[0])
    return _render_objective(request, objective, 400, indicator_form=form)


@require_POST
@submitted_once
def value_create(request: HttpRequest, pk: int) -> HttpResponse:
    objective = _editable_objective(request, pk)
    form = ValueForm(request.POST, objective=objective)
    if applied(
        form,
        lambda data: services.record_value(
            data["indicator"],
            by=request.user,
            period_start=data["period_start"],
            value=data["value"],
        ),
    ):
        messages.success(request, _("Värdet är sparat."))
        return redirect(form.cleaned_data["indicator"])
    return _render_objective(request, objective, 400, value_form=form)


@require_POST
def indicator_refresh(request: HttpRequest, pk: int, indicator_pk: int) -> HttpResponse:
    objective = _editable_objective(request, pk)
    indicator = get_object_or_404(objective.indicators.all(), pk=indicator_pk)
    services.refresh_computed_values(indicator)
    messages.success(request, _("Värdena är beräknade på nytt."))
    return redirect(
        reverse("reviews:objective_detail", args=[objective.pk]) + f"#ind-{indicator.pk}"
    )


# Yearly reports: kvalitetsberättelser and patientsäkerhetsberättelser ---------------------------
# One set of views for both kinds; the URL passes the kind's key (see KINDS).


@dataclass(frozen=True)
class ReportKind:
    """What differs between the kinds of yearly report on their pages."""

    model: type[YearlyReport]
    texts_form: type
    sections_template: str
    words: dict


KINDS = {
    "quality_report": ReportKind(
        model=QualityReport,
        texts_form=QualityReportTextsForm,
        sections_template="reviews/includes/quality_report_sections.html",
        words={
            "plural": gettext_lazy("Kvalitetsberättelser"),
            "new": gettext_lazy("Ny kvalitetsberättelse"),
            "created": gettext_lazy("Kvalitetsberättelsen är skapad."),
            "published": gettext_lazy(
                "Kvalitetsberättelsen är publicerad. Siffrorna och PDF:en är låsta."
            ),
            "intro": gettext_lazy(
                "Årets sammanhållna redovisning av kvalitetsarbetet: avvikelser, anmälningar, "
                "synpunkter, revisioner, mål och förbättringsarbete, med era egna texter. När den "
                "publiceras låses siffrorna och PDF:en, och styrelsen ser den under Rapporter."
            ),
            "none": gettext_lazy("Inga kvalitetsberättelser ännu."),
            "revision_of": gettext_lazy("Revision av tidigare publicerad kvalitetsberättelse"),
            "download": gettext_lazy("Ladda ner kvalitetsberättelsen (PDF)"),
            "figures_live": gettext_lazy(
                "Siffrorna sammanställs ur systemet varje gång sidan visas, tills "
                "kvalitetsberättelsen publiceras."
            ),
            "publish_intro": gettext_lazy(
                "När du publicerar låses kvalitetsberättelsen: siffrorna, texterna och PDF:en "
                "ändras inte längre, och styrelseledamöterna för omfattningen får ett meddelande. "
                "Publicera när året är slut och texterna är klara."
            ),
            "publish": gettext_lazy("Publicera kvalitetsberättelsen"),
            "revise": gettext_lazy("Revidera kvalitetsberättelsen"),
            "revise_intro": gettext_lazy(
                "En revision är ett nytt utkast med samma texter. Den publicerade "
                "kvalitetsberättelsen ligger kvar som den är tills revisionen publiceras och "
                "ersätter den."
            ),
            "file": "kvalitetsberattelse",
        },
    ),
    "patient_safety_report": ReportKind(
        model=PatientSafetyReport,
        texts_form=PatientSafetyReportTextsForm,
        sections_template="reviews/includes/patient_safety_sections.html",
        words={
            "plural": gettext_lazy("Patientsäkerhetsberättelser"),
            "new": gettext_lazy("Ny patientsäkerhetsberättelse"),
            "created": gettext_lazy("Patientsäkerhetsberättelsen är skapad."),
            "published": gettext_lazy(
                "Patientsäkerhetsberättelsen är publicerad. Siffrorna och PDF:en är låsta."
            ),
            "intro": gettext_lazy(
                "Vårdgivarens årliga redovisning av patientsäkerhetsarbetet i hälso- och "
                "sjukvården (patientsäkerhetslagen 3 kap. 10 §), med rubrikerna i SKR:s mall: "
                "lex Maria, avvikelser i HSL-kategorier, klagomål och synpunkter, riskbedömningar "
                "och egenkontroll hämtas ur systemet, texterna skriver ni. Den ska vara klar "
                "senast 1 mars året efter. När den publiceras låses siffrorna och PDF:en, och "
                "styrelsen ser den under Rapporter."
            ),
            "none": gettext_lazy("Inga patientsäkerhetsberättelser ännu."),
            "revision_of": gettext_lazy(
                "Revision av tidigare publicerad patientsäkerhetsberättelse"
            ),
            "download": gettext_lazy("Ladda ner patientsäkerhetsberättelsen (PDF)"),
            "figures_live": gettext_lazy(
                "Siffrorna sammanställs ur systemet varje gång sidan visas, tills "
                "patientsäkerhetsberättelsen publiceras."
            ),
            "publish_intro": gettext_lazy(
                "När du publicerar låses patientsäkerhetsberättelsen: siffrorna, texterna och "
                "PDF:en ändras inte längre, och styrelseledamöterna för omfattningen får ett "
                "meddelande. Publicera när året är slut och alla rubriker är skrivna, senast "
                "1 mars."
            ),
            "publish": gettext_lazy("Publicera patientsäkerhetsberättelsen"),
            "revise": gettext_lazy("Revidera patientsäkerhetsberättelsen"),
            "revise_intro": gettext_lazy(
                "En revision är ett nytt utkast med samma texter. Den publicerade "
                "patientsäkerhetsberättelsen ligger kvar som den är tills revisionen publiceras "
                "och ersätter den."
            ),
            "file": "patientsakerhetsberattelse",
        },
    ),
}


def _report(request: HttpRequest, pk: int, kind: str) -> YearlyReport:
    return get_object_or_404(
        KINDS[kind]
        .model.objects.visible_to(request.user)
        .select_related("unit", "published_by", "created_by", "revision_of"),
        pk=pk,
    )


@require_GET
def yearly_report_list(request: HttpRequest, kind: str) -> HttpResponse:
    _require(request, "reviews.view_quality_reports")
    model = KINDS[kind].model
    reports = (
        model.objects.visible_to(request.user)
        .select_related("unit")
        .with_superseded(model.Status.PUBLISHED)
    )
    return render(
        request,
        "reviews/quality_report_list.html",
        {
            "reports": list(reports),
            "kind": KINDS[kind],
            "create_url": reverse(f"reviews:{kind}_create"),
            "can_prepare": request.user.has_perm("reviews.prepare_reviews"),
        },
    )


@require_http_methods(["GET", "POST"])
@submitted_once
def yearly_report_create(request: HttpRequest, kind: str) -> HttpResponse:
    _require(request, "reviews.prepare_reviews")
    today = timezone.localdate()
    model, words = KINDS[kind].model, KINDS[kind].words
    if request.method == "POST":
        form = QualityReportForm(request.POST, user=request.user, today=today)
        created: list[YearlyReport] = []
        if applied(
            form,
            lambda data: created.append(
                services.create_yearly_report(model, by=request.user, **data)
            ),
        ):
            messages.success(request, words["created"])
            return redirect(created[0])
    else:
        form = QualityReportForm(user=request.user, today=today)
    return _form_page(request, form, words["new"], back=(f"reviews:{kind}_list", words["plural"]))


def _render_yearly_report(
    request: HttpRequest,
    report: YearlyReport,
    kind: str,
    form=None,
    status: int = 200,
    revision_form: RevisionForm | None = None,
) -> HttpResponse:
    figures = yearly_report_figures(report)
    can_edit = services.may_edit_yearly_report(request.user, report)
    revisions = list(report.revisions.all())
    return render(
        request,
        "reviews/quality_report_detail.html",
        {
            **yearly_report_context(report, figures),
            "kind": KINDS[kind],
            "list_url": reverse(f"reviews:{kind}_list"),
            "compiled_at": _compiled_at(figures),
            "can_edit": can_edit,
            "form": form or (KINDS[kind].texts_form(instance=report) if can_edit else None),
            "revisions": revisions,
            "can_revise": report.is_published
            and not revisions
            and services.may_edit_unit(request.user, report.unit),
            "revision_form": revision_form or RevisionForm(),
        },
        status=status,
    )


@require_GET
def yearly_report_detail(request: HttpRequest, pk: int, kind: str):
    return _render_yearly_report(request, _report(request, pk, kind), kind)


@require_POST
def yearly_report_texts(request: HttpRequest, pk: int, kind: str):
    report = _report(request, pk, kind)
    if not services.may_edit_yearly_report(request.user, report):
        raise PermissionDenied
    form = KINDS[kind].texts_form(request.POST, instance=report)
    if applied(
        form,
        lambda data: services.save_yearly_report_texts(report, by=request.user, **data),
    ):
        messages.success(request, _("Texterna är sparade."))
        return redirect(report)
    return _render_yearly_report(request, report, kind, form, status=400)


@require_POST
def yearly_report_publish(request: HttpRequest, pk: int, kind: str):
    report = _report(request, pk, kind)
    if not services.may_edit_yearly_report(request.user, report):
        raise PermissionDenied
    try:
        services.publish_yearly_report(report, by=request.user)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return redirect(report)
    messages.success(request, KINDS[kind].words["published"])
    return redirect(report)


@require_POST
@submitted_once
def yearly_report_revise(request: HttpRequest, pk: int, kind: str):
    report = _report(request, pk, kind)
    return _revise(
        request,
        report,
        services.revise_yearly_report,
        lambda form: _render_yearly_report(request, report, kind, status=400, revision_form=form),
    )


@require_GET
def yearly_report_pdf(request: HttpRequest, pk: int, kind: str):
    """A published report's frozen PDF (board members over the scope too), or a draft's
    preview rendered now for those who may open the draft."""
    model = KINDS[kind].model
    drafts_too = model.objects.visible_to(request.user)
    reports = model.objects.published_visible_to(request.user) | drafts_too
    report = get_object_or_404(reports.select_related("unit"), pk=pk)
    name = f"{KINDS[kind].words['file']}-{report.year}-{report.pk}.pdf"
    if report.is_published:
        try:
            body = report.pdf.open("rb")
        except (FileNotFoundError, ValueError) as missing:
            raise Http404 from missing
    else:
        body = io.BytesIO(render_yearly_report_pdf(report))
        name = f"utkast-{name}"
    response = FileResponse(body, as_attachment=True, filename=name, content_type="application/pdf")
    response["Cache-Control"] = "private, no-store"
    return response


def _form_page(
    request: HttpRequest, form, title: str, back: tuple[str, str] | None = None
) -> HttpResponse:
    url_name, label = back or ("reviews:list", _("Ledningens genomgång"))
    return render(
        request,
        "form_page.html",
        {"form": form, "title": title, "back_url": reverse(url_name), "back_label": label},
    )
