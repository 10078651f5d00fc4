"""Förbättringsförslag: staff submit, chefs decide, coordinators watch the counts."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from deviations import suggestion_services
from deviations.feedback_forms import DecisionForm, SuggestionForm
from deviations.forms import ActionForm
from deviations.models import Action, Suggestion
from deviations.views.lists import action_rows
from qms.forms import applied
from qms.models import Role
from qms.submissions import submitted_once

LIST_SHOWN = 100


def _visible(request: HttpRequest, pk: int) -> Suggestion:
    return get_object_or_404(
        Suggestion.objects.visible_to(request.user).select_related(
            "unit", "submitted_by", "decided_by"
        ),
        pk=pk,
    )


@require_GET
def suggestion_list(request: HttpRequest) -> HttpResponse:
    visible = Suggestion.objects.visible_to(request.user).select_related("unit", "submitted_by")
    mine = list(visible.filter(submitted_by=request.user)[:LIST_SHOWN])
    to_decide = [
        s
        for s in visible.filter(status__in=[Suggestion.Status.SUBMITTED, Suggestion.Status.PARKED])
        .exclude(submitted_by=request.user)
        .order_by("created_at")[:LIST_SHOWN]
        if suggestion_services.may_decide(request.user, s)
    ]
    return render(
        request,
        "deviations/suggestions/list.html",
        {
            "mine": mine,
            "to_decide": to_decide,
            "may_see_counts": _may_see_counts(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@submitted_once
def suggestion_create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = SuggestionForm(request.POST, user=request.user)
        created: list[Suggestion] = []
        if applied(
            form,
            lambda data: created.append(
                suggestion_services.submit_suggestion(by=request.user, **data)
            ),
        ):
            messages.success(
                request,
                _("Tack! Förslaget har fått nummer %(number)s.") % {"number": created[0].number},
            )
            return redirect(created[0])
    else:
        form = SuggestionForm(user=request.user)
    return render(request, "deviations/suggestions/create.html", {"form": form})


def _detail_context(request: HttpRequest, suggestion: Suggestion, **forms) -> dict:
    may_decide = suggestion_services.may_decide(request.user, suggestion)
    return {
        "suggestion": suggestion,
        "may_decide": may_decide,
        "transitions": suggestion_services.ALLOWED[suggestion.status] if may_decide else set(),
        "Status": Suggestion.Status,
        "actions": action_rows(
            request.user,
            list(
                Action.objects.for_object(suggestion).select_related("owner", "unit").order_by("pk")
            ),
        ),
        "decision_form": forms.get("decision_form") or DecisionForm(),
        "action_form": forms.get("action_form")
        or ActionForm(unit=suggestion.unit, initial={"kind": Action.Kind.IMPROVEMENT}),
        "error_target": forms.get("error_target", ""),
    }


@require_GET
def suggestion_detail(request: HttpRequest, pk: int) -> HttpResponse:
    suggestion = _visible(request, pk)
    return render(
        request, "deviations/suggestions/detail.html", _detail_context(request, suggestion)
    )


DECISIONS = {
    "anta": (suggestion_services.accept_suggestion, _("Förslaget är antaget.")),
    "avsla": (suggestion_services.reject_suggestion, _("Förslaget är avslaget.")),
    "parkera": (suggestion_services.park_suggestion, _("Förslaget är parkerat.")),
}


@require_POST
@submitted_once
def suggestion_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    if step not in (*DECISIONS, "atgard"):
        raise Http404
    suggestion = _visible(request, pk)
    if not suggestion_services.may_decide(request.user, suggestion):
        raise PermissionDenied
    if step == "atgard":
        form = ActionForm(request.POST, unit=suggestion.unit)
        change = lambda data: suggestion_services.add_suggestion_action(  # noqa: E731
            suggestion, by=request.user, **data
        )
        success, form_name = _("Åtgärden är tillagd."), "action_form"
    else:
        service, success = DECISIONS[step]
        form = DecisionForm(request.POST)
        change = lambda data: service(suggestion, by=request.user, **data)  # noqa: E731
        form_name = "decision_form"
    if applied(form, change):
        messages.success(request, success)
        return redirect(suggestion)
    context = _detail_context(request, suggestion, **{form_name: form, "error_target": step})
    return render(request, "deviations/suggestions/detail.html", context, status=400)


def _may_see_counts(user) -> bool:
    return user.is_admin() or user.has_role(Role.COORDINATOR)


@require_GET
def suggestion_counts(request: HttpRequest) -> HttpResponse:
    """Suggestions per unit and month for coordinators: a falling count is a warning sign."""
    if not _may_see_counts(request.user):
        raise PermissionDenied
    counts = suggestion_services.suggestion_counts(
        Suggestion.objects.visible_to(request.user), timezone.localdate()
    )
    return render(request, "deviations/suggestions/counts.html", {"counts": counts})
