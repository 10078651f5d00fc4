"""Synpunkter for staff: the unit's queue and one synpunkt handled from receipt to answer."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from deviations import feedback_services
from deviations.feedback_forms import (
    AccessibilityStatementForm,
    FeedbackAnswerForm,
    FeedbackAssignForm,
    LinkDeviationForm,
    ToDeviationForm,
)
from deviations.forms import ActionForm
from deviations.models import AccessibilityStatement, Action, Deviation, Feedback
from deviations.pagination import Ordering, bounded_count, page_links
from deviations.views.lists import _page, action_rows, count_heading, render_list
from qms.forms import applied
from qms.submissions import submitted_once

NEWEST_FIRST = Ordering("created_at", descending=True)
SHOW_ALL = "alla"


def _visible(request: HttpRequest, pk: int) -> Feedback:
    return get_object_or_404(
        Feedback.objects.visible_to(request.user).select_related(
            "unit", "assignee", "answered_by", "deviation"
        ),
        pk=pk,
    )


@require_GET
@vary_on_headers("HX-Request")
def feedback_list(request: HttpRequest) -> HttpResponse:
    """The queue: open synpunkter first by default, the overdue ones marked."""
    show_all = request.GET.get("visa") == SHOW_ALL
    queryset = Feedback.objects.visible_to(request.user)
    if not show_all:
        queryset = queryset.open()
    page, page_error = _page(queryset.select_related("unit", "assignee"), NEWEST_FIRST, request.GET)
    total = bounded_count(queryset)
    context = {
        "page": page,
        "page_error": page_error,
        "links": page_links(request.path, request.GET, page),
        "show_all": show_all,
        "today": timezone.localdate(),
        "overdue_count": Feedback.objects.visible_to(request.user)
        .overdue(timezone.localdate())
        .count(),
        "heading": count_heading(
            total,
            _("Fler än %(limit)s synpunkter"),
            ngettext("%(count)s synpunkt", "%(count)s synpunkter", total),
        ),
    }
    return render_list(request, "deviations/feedback/list.html", context)


def _detail_context(request: HttpRequest, feedback: Feedback, **forms) -> dict:
    return {
        "feedback": feedback,
        "today": timezone.localdate(),
        "actions": action_rows(
            request.user,
            list(
                Action.objects.for_object(feedback).select_related("owner", "unit").order_by("pk")
            ),
        ),
        "transitions": feedback_services.ALLOWED[feedback.status],
        "Status": Feedback.Status,
        "assign_form": forms.get("assign_form")
        or FeedbackAssignForm(
            unit=feedback.unit, initial={"assignee": feedback.assignee}, record=feedback
        ),
        "answer_form": forms.get("answer_form") or FeedbackAnswerForm(),
        "action_form": forms.get("action_form")
        or ActionForm(
            unit=feedback.unit,
            initial={"owner": feedback.assignee, "kind": Action.Kind.IMPROVEMENT},
        ),
        "link_form": forms.get("link_form") or LinkDeviationForm(user=request.user),
        "deviation_form": forms.get("deviation_form")
        or ToDeviationForm(
            initial={"title": _("Synpunkt %(number)s") % {"number": feedback.number}}
        ),
        "error_target": forms.get("error_target", ""),
        "deviation_visible": feedback.deviation_id
        and Deviation.objects.visible_to(request.user).filter(pk=feedback.deviation_id).exists(),
    }


@require_GET
def feedback_detail(request: HttpRequest, pk: int) -> HttpResponse:
    feedback = _visible(request, pk)
    return render(request, "deviations/feedback/detail.html", _detail_context(request, feedback))


# step in the URL → (form factory or None, service call, success message)
STEPS = {
    "tilldela": (
        lambda request, feedback: FeedbackAssignForm(
            request.POST, unit=feedback.unit, record=feedback
        ),
        lambda feedback, by, data: feedback_services.assign_feedback(feedback, by=by, **data),
        _("Handläggaren är tilldelad."),
        "assign_form",
    ),
    "svara": (
        lambda request, feedback: FeedbackAnswerForm(request.POST),
        lambda feedback, by, data: feedback_services.answer_feedback(feedback, by=by, **data),
        _("Svaret är sparat."),
        "answer_form",
    ),
    "atgard": (
        lambda request, feedback: ActionForm(request.POST, unit=feedback.unit),
        lambda feedback, by, data: feedback_services.add_feedback_action(feedback, by=by, **data),
        _("Åtgärden är tillagd."),
        "action_form",
    ),
    "koppla": (
        lambda request, feedback: LinkDeviationForm(request.POST, user=request.user),
        lambda feedback, by, data: feedback_services.link_deviation(
            feedback, by=by, deviation=data["number"]
        ),
        _("Synpunkten är kopplad till avvikelsen."),
        "link_form",
    ),
    "till-avvikelse": (
        lambda request, feedback: ToDeviationForm(request.POST),
        lambda feedback, by, data: feedback_services.turn_into_deviation(feedback, by=by, **data),
        _("En avvikelse är rapporterad från synpunkten."),
        "deviation_form",
    ),
    "avsluta": (
        None,
        lambda feedback, by, data: feedback_services.close_feedback(feedback, by=by),
        _("Synpunkten är avslutad."),
        "",
    ),
    "oppna-igen": (
        None,
        lambda feedback, by, data: feedback_services.reopen_feedback(feedback, by=by),
        _("Synpunkten är öppnad igen."),
        "",
    ),
    "ta-bort-kontakt": (
        None,
        lambda feedback, by, data: feedback_services.remove_contact_details(feedback, by=by),
        _("Kontaktuppgifterna är borttagna."),
        "",
    ),
}


@require_POST
@submitted_once
def feedback_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    if step not in STEPS:
        raise Http404
    feedback = _visible(request, pk)
    make_form, run, success, form_name = STEPS[step]
    if make_form is None:
        try:
            run(feedback, request.user, {})
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(feedback)
        messages.success(request, success)
        return redirect(feedback)
    form = make_form(request, feedback)
    if applied(form, lambda data: run(feedback, request.user, data)):
        messages.success(request, success)
        return redirect(feedback)
    context = _detail_context(request, feedback, **{form_name: form, "error_target": step})
    return render(request, "deviations/feedback/detail.html", context, status=400)


# The accessibility statement (its text is edited here, shown on the public pages) ----------------


@require_http_methods(["GET", "POST"])
def accessibility_update(request: HttpRequest) -> HttpResponse:
    if not request.user.is_admin():
        raise PermissionDenied
    statement = AccessibilityStatement.objects.first()
    if request.method == "POST":
        form = AccessibilityStatementForm(request.POST, instance=statement)
        if applied(form, lambda data: form.save()):
            messages.success(request, _("Tillgänglighetsredogörelsen är sparad."))
            return redirect("deviations:accessibility_update")
    else:
        form = AccessibilityStatementForm(instance=statement)
    return render(request, "deviations/feedback/accessibility_form.html", {"form": form})
