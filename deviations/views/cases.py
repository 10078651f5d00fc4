"""One deviation: report it, read it, move it through its workflow; and one action."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from deviations import services
from deviations.forms import (
    ActionForm,
    ActionResultForm,
    ActionVerifyForm,
    AssessmentForm,
    AssignForm,
    CauseAnalysisForm,
    CommentForm,
    EffectCheckForm,
    EvaluationForm,
    ReasonForm,
    ReportForm,
    UploadForm,
)
from deviations.guidance import guided_steps
from deviations.models import Action, Attachment, ConfidentialRead, Deviation, severity_for
from deviations.timeline import timeline_for
from qms import rows
from qms.forms import applied
from qms.prepared import prepared
from qms.submissions import submitted_once
from qms.uploads import THUMBNAIL_TYPES, thumbnail_jpeg

SIMILAR_SHOWN = 10


def _visible(request: HttpRequest, pk: int) -> Deviation:
    """The deviation if this user may read it; 404 otherwise (existence is not revealed).

    Four tables in one read: PostgreSQL searches the join orders of every table in the query,
    and with the requirement and the supplier joined as well planning alone took about 3 ms of
    the database's CPU on each case page (issue 12). A case's requirement and supplier, when it
    has them, are read by their keys when shown. The reporter and the investigator are read
    after it with one statement written once (`qms.rows.attach`), not at all when they are the
    signed-in person: joining two people with their thirty columns was a third of building
    and reading the case."""
    deviation = get_object_or_404(
        Deviation.objects.visible_to(request.user).select_related("unit", "category__parent"),
        pk=pk,
    )
    rows.attach([deviation], ("reported_by", "investigator"), known=[request.user])
    return deviation


def _log_read(request: HttpRequest, deviation: Deviation, what: str) -> None:
    if deviation.is_confidential:
        ConfidentialRead.objects.create(deviation=deviation, user=request.user, what=what)


def _handled(request: HttpRequest, pk: int) -> Deviation:
    deviation = _visible(request, pk)
    if not services.may_handle(request.user, deviation):
        raise PermissionDenied
    return deviation


# Reporting -----------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@submitted_once
def create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = ReportForm(request.POST, request.FILES, user=request.user)
        reported: list[Deviation] = []

        def file_report(data: dict) -> None:
            files = data.pop("attachments")
            reported.append(services.report_deviation(by=request.user, files=files, **data))

        if applied(form, file_report):
            return redirect("deviations:receipt", pk=reported[0].pk)
    else:
        form = ReportForm(user=request.user)
    return render(request, "deviations/create.html", {"form": form})


@require_GET
def receipt(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = get_object_or_404(Deviation.objects.filter(reported_by=request.user), pk=pk)
    return render(request, "deviations/receipt.html", {"deviation": deviation})


# Reading ---------------------------------------------------------------------------------------


# A case page's reads of the case's actions and attachments, compiled once (qms.prepared).
@prepared(int, int)
def actions_of(content_type_id: int, object_id: int):
    return (
        Action.objects.filter(content_type_id=content_type_id, object_id=object_id)
        .select_related("owner", "unit")
        .order_by("pk")
    )


@prepared(int)
def attachments_of_case(deviation_id: int):
    return Attachment.objects.filter(deviation_id=deviation_id).select_related("uploaded_by")


def _detail_context(request: HttpRequest, deviation: Deviation, **forms) -> dict:
    can_handle = services.may_handle(request.user, deviation)
    # The requirement and the supplier the page names, when the case has them: each with a
    # statement written once (qms.rows), not the ORM's query built for a lazy relation
    # (about a millisecond of a case page's CPU each, issue 12).
    rows.attach([deviation], ("requirement",))
    rows.attach([deviation], ("supplier",))
    actions = actions_of(ContentType.objects.get_for_model(Deviation).pk, deviation.pk)
    attachments = attachments_of_case(deviation.pk)
    for attachment in attachments:
        Attachment.deviation.field.set_cached_value(attachment, deviation)
    context = {
        "deviation": deviation,
        "can_handle": can_handle,
        "actions": actions,
        "timeline": timeline_for(deviation, actions=actions, attachments=attachments),
        "attachments": attachments,
        "comment_form": forms.get("comment_form") or CommentForm(),
        "upload_form": forms.get("upload_form") or UploadForm(),
        "today": timezone.localdate(),
        "transitions": services.ALLOWED[deviation.status] if can_handle else set(),
        "Status": Deviation.Status,
        "in_progress": deviation.status in services.WORK_STATUSES,
        "risk_rows": _risk_rows(deviation),
    }
    if can_handle:
        guide = guided_steps(deviation, actions)
        context.update(
            guide=guide,
            current_step=next((step for step in guide if step.is_current), None),
            assessment_form=forms.get("assessment_form") or AssessmentForm(instance=deviation),
            assign_form=forms.get("assign_form")
            or AssignForm(deviation=deviation, initial={"investigator": deviation.investigator}),
            cause_form=forms.get("cause_form") or CauseAnalysisForm(instance=deviation),
            # Only a refused one: a new action's form is read when its section is opened
            # (action_create, GET): its two pickers were a fifth of a handler's case page.
            action_form=forms.get("action_form"),
            evaluation_form=forms.get("evaluation_form")
            or EvaluationForm(initial={"evaluation": deviation.effectiveness_evaluation}),
            reason_form=forms.get("reason_form") or ReasonForm(),
            effect_check_form=forms.get("effect_check_form") or EffectCheckForm(),
            error_target=forms.get("error_target", ""),
        )
    return context


def _risk_rows(deviation: Deviation) -> list[dict]:
    """The 4×4 risk matrix, consequence across and probability down (highest first)."""
    return [
        {
            "probability": p,
            "cells": [
                {
                    "consequence": c,
                    "score": p * c,
                    "level": severity_for(p * c),
                    "current": (deviation.probability, deviation.consequence) == (p, c),
                }
                for c in range(1, 5)
            ],
        }
        for p in range(4, 0, -1)
    ]


def _render_detail(request: HttpRequest, deviation: Deviation, status: int = 200, **forms):
    return render(
        request,
        "deviations/detail.html",
        _detail_context(request, deviation, **forms),
        status=status,
    )


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _visible(request, pk)
    _log_read(request, deviation, "detail")
    return _render_detail(request, deviation)


@require_GET
def similar(request: HttpRequest, pk: int) -> HttpResponse:
    """Same unit and category in the last 12 months (ISO 9001 10.2.1 b3); an htmx fragment."""
    deviation = _visible(request, pk)
    since = timezone.now() - datetime.timedelta(days=365)
    candidates = (
        Deviation.objects.visible_to(request.user)
        .filter(unit=deviation.unit, occurred_at__gte=since)
        .exclude(pk=deviation.pk)
        .select_related("category")
        .order_by("-occurred_at")
    )
    if deviation.category_id:
        candidates = candidates.filter(category=deviation.category_id)
    template = "deviations/similar.html"
    return render(
        request,
        template if request.htmx else "deviations/similar_page.html",
        {"deviation": deviation, "similar": list(candidates[:SIMILAR_SHOWN])},
    )


@require_GET
def read_log(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _handled(request, pk)
    reads = deviation.reads.select_related("user")[:500]
    return render(request, "deviations/read_log.html", {"deviation": deviation, "reads": reads})


@require_GET
def attachment(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    deviation = _visible(request, pk)
    attached = get_object_or_404(deviation.attachments, pk=attachment_pk)
    _log_read(request, deviation, "attachment")
    try:
        handle = attached.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attached.original_name,
        content_type=attached.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def attachment_thumbnail(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    """A small picture of an attached photo, for whoever may open the file itself."""
    deviation = _visible(request, pk)
    attached = get_object_or_404(
        deviation.attachments.filter(content_type__in=THUMBNAIL_TYPES), pk=attachment_pk
    )
    try:
        with attached.file.open("rb") as handle:
            picture = thumbnail_jpeg(handle)
    except FileNotFoundError as missing:
        raise Http404 from missing
    if picture is None:
        raise Http404
    _log_read(request, deviation, "thumbnail")
    response = HttpResponse(picture, content_type="image/jpeg")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


# Changing ---------------------------------------------------------------------------------------


def _after_change(request: HttpRequest, deviation: Deviation, message: str) -> HttpResponse:
    messages.success(request, message)
    return redirect(deviation)


def _refused(request: HttpRequest, error: ValidationError, obj) -> HttpResponse:
    """A formless step was refused: say why on the object's page."""
    messages.error(request, " ".join(error.messages))
    return redirect(obj)


@require_POST
def assess(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _handled(request, pk)
    form = AssessmentForm(request.POST, instance=Deviation.objects.get(pk=deviation.pk))
    if applied(form, lambda data: services.assess_deviation(deviation, by=request.user, **data)):
        return _after_change(request, deviation, _("Bedömningen är sparad."))
    return _render_detail(request, deviation, 400, assessment_form=form, error_target="assessment")


@require_POST
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _handled(request, pk)
    form = AssignForm(request.POST, deviation=deviation)
    if applied(form, lambda data: services.assign_investigator(deviation, by=request.user, **data)):
        return _after_change(request, deviation, _("Utredaren är tilldelad."))
    return _render_detail(request, deviation, 400, assign_form=form, error_target="assign")


@require_POST
def cause_analysis(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _handled(request, pk)
    form = CauseAnalysisForm(request.POST, instance=Deviation.objects.get(pk=deviation.pk))
    if applied(
        form, lambda data: services.record_cause_analysis(deviation, by=request.user, **data)
    ):
        return _after_change(request, deviation, _("Orsaksanalysen är sparad."))
    return _render_detail(request, deviation, 400, cause_form=form, error_target="cause")


@require_POST
def effect_check(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the follow-up of a closed case's effect (due on the day chosen at closing)."""
    deviation = _handled(request, pk)
    form = EffectCheckForm(request.POST)
    if applied(form, lambda data: services.record_effect_check(deviation, by=request.user, **data)):
        return _after_change(request, deviation, _("Uppföljningen av effekten är registrerad."))
    return _render_detail(
        request, deviation, 400, effect_check_form=form, error_target="effect_check"
    )


# transition name in the URL → (service, form class or None, success message)
TRANSITIONS = {
    "utred": (services.start_investigation, None, _("Utredningen är påbörjad.")),
    "atgarda": (services.start_actions, None, _("Ärendet har gått till åtgärder.")),
    "folj-upp": (services.start_follow_up, None, _("Ärendet följs nu upp.")),
    "fler-atgarder": (services.return_to_actions, None, _("Ärendet är tillbaka i åtgärder.")),
    "avsluta": (services.close_deviation, EvaluationForm, _("Avvikelsen är avslutad.")),
    "avskriv": (services.dismiss_deviation, ReasonForm, _("Ärendet är avskrivet.")),
    "oppna-igen": (services.reopen_deviation, ReasonForm, _("Ärendet är öppnat igen.")),
}


@require_POST
def transition(request: HttpRequest, pk: int, transition: str) -> HttpResponse:
    if transition not in TRANSITIONS:
        raise Http404
    deviation = _handled(request, pk)
    service, form_class, success = TRANSITIONS[transition]
    if form_class is None:
        try:
            service(deviation, by=request.user)
        except ValidationError as error:
            return _refused(request, error, deviation)
        return _after_change(request, deviation, success)
    form = form_class(request.POST)
    if applied(form, lambda data: service(deviation, by=request.user, **data)):
        return _after_change(request, deviation, success)
    form_name = "evaluation_form" if form_class is EvaluationForm else "reason_form"
    return _render_detail(request, deviation, 400, error_target=transition, **{form_name: form})


@require_POST
@submitted_once
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _visible(request, pk)
    form = CommentForm(request.POST)
    if applied(form, lambda data: services.add_comment(deviation, by=request.user, **data)):
        return _after_change(request, deviation, _("Kommentaren är sparad."))
    return _render_detail(request, deviation, 400, comment_form=form)


@require_POST
@submitted_once
def upload(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _visible(request, pk)
    form = UploadForm(request.POST, request.FILES)
    if applied(
        form,
        lambda data: services.add_attachments(
            deviation, by=request.user, files=data["attachments"]
        ),
    ):
        return _after_change(request, deviation, _("Bilagorna är sparade."))
    return _render_detail(request, deviation, 400, upload_form=form)


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@submitted_once
def action_create(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _handled(request, pk)
    if request.method == "GET":
        # The form alone for the case page's "Lägg till åtgärd" (htmx), a page of its own
        # without JavaScript; a case that is not in work gets the reason instead.
        form = None
        if deviation.status in services.WORK_STATUSES:
            form = ActionForm(
                unit=deviation.unit,
                initial={"owner": deviation.investigator, "kind": Action.Kind.CORRECTIVE},
            )
        template = "deviations/action_new.html" + ("#form" if request.htmx else "")
        return render(request, template, {"deviation": deviation, "action_form": form})
    form = ActionForm(request.POST, unit=deviation.unit)
    if applied(
        form, lambda data: services.add_deviation_action(deviation, by=request.user, **data)
    ):
        return _after_change(request, deviation, _("Åtgärden är tillagd."))
    return _render_detail(request, deviation, 400, action_form=form, error_target="action")


# One action -------------------------------------------------------------------------------------


def _visible_action(request: HttpRequest, pk: int) -> Action:
    return get_object_or_404(
        Action.objects.visible_to(request.user).select_related("owner", "unit", "verified_by"),
        pk=pk,
    )


def _action_context(request: HttpRequest, action: Action, **forms) -> dict:
    source = action.source
    source_visible = (source is not None and not isinstance(source, Deviation)) or (
        isinstance(source, Deviation)
        and Deviation.objects.visible_to(request.user).filter(pk=source.pk).exists()
    )
    return {
        "action": action,
        "source": source if source_visible else None,
        "can_work": services.may_handle_action(request.user, action),
        "can_manage": services.may_manage_action(request.user, action),
        "result_form": forms.get("result_form") or ActionResultForm(),
        "verify_form": forms.get("verify_form") or ActionVerifyForm(),
        "cancel_form": forms.get("cancel_form") or ReasonForm(),
        "today": timezone.localdate(),
    }


@require_GET
def action_detail(request: HttpRequest, pk: int) -> HttpResponse:
    action = _visible_action(request, pk)
    return render(request, "deviations/action_detail.html", _action_context(request, action))


ACTION_STEPS = {
    "paborja": (lambda a, by, data: services.start_action(a, by=by), None, "form"),
    "klar": (
        lambda a, by, data: services.complete_action(a, by=by, result=data["result"]),
        ActionResultForm,
        "result_form",
    ),
    "verifiera": (
        lambda a, by, data: services.verify_action(
            a, by=by, effectiveness_check=data["effectiveness_check"]
        ),
        ActionVerifyForm,
        "verify_form",
    ),
    "avbryt": (
        lambda a, by, data: services.cancel_action(a, by=by, reason=data["reason"]),
        ReasonForm,
        "cancel_form",
    ),
}


@require_POST
def action_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    if step not in ACTION_STEPS:
        raise Http404
    action = _visible_action(request, pk)
    run, form_class, form_name = ACTION_STEPS[step]
    if form_class is None:
        try:
            run(action, request.user, {})
        except ValidationError as error:
            return _refused(request, error, action)
        form = None
    else:
        form = form_class(request.POST)
    if form is None or applied(form, lambda data: run(action, request.user, data)):
        messages.success(request, _("Åtgärden är uppdaterad."))
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = action.get_absolute_url()
        return redirect(target)
    return render(
        request,
        "deviations/action_detail.html",
        _action_context(request, action, **{form_name: form}),
        status=400,
    )
