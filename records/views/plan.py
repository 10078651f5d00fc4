"""The information management plan: record types, their rules per organisation, history."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from qms import recordtypes
from qms.forms import applied
from qms.history import history_for
from qms.submissions import submitted_once
from records import plan, services
from records.forms import RuleForm
from records.models import RetentionRule
from records.permissions import archivist_over


@require_GET
@permission_required("records.view_plan", raise_exception=True)
def plan_index(request: HttpRequest) -> HttpResponse:
    rules = {}
    for rule in RetentionRule.objects.select_related("organisation"):
        rules.setdefault(rule.record_type, []).append(rule)
    rows = []
    for rtype in recordtypes.all_types():
        own = rules.get(rtype.key, [])
        rows.append(
            {
                "type": rtype,
                "default": next((r for r in own if r.organisation_id is None), None),
                "organisations": [r for r in own if r.organisation_id is not None],
                "thinnable": rtype.thinnable or rtype.mode == "history",
            }
        )
    may_keep = request.user.has_perm("records.keep_plan")
    return render(
        request,
        "records/plan.html",
        {"rows": rows, "may_keep": may_keep, "organisations": plan.organisations()},
    )


def _rule_form(request: HttpRequest, rule: RetentionRule, rtype) -> HttpResponse:
    if request.method == "POST":
        form = RuleForm(request.POST, instance=rule, user=request.user, record_type=rtype)

        def change(data):
            services.save_rule(form.instance, by=request.user, confirmed=data.get("confirm_short"))

        if applied(form, change):
            messages.success(request, _("Regeln är sparad i informationshanteringsplanen."))
            return redirect("records:plan")
    else:
        form = RuleForm(instance=rule, user=request.user, record_type=rtype)
    return render(
        request,
        "records/rule_form.html",
        {"form": form, "rule": rule, "type": rtype, "events": services.rule_events(rtype)},
    )


@require_http_methods(["GET", "POST"])
@permission_required("records.keep_plan", raise_exception=True)
@submitted_once
def rule_create(request: HttpRequest, key: str) -> HttpResponse:
    rtype = recordtypes.get(key)
    if rtype is None:
        raise Http404
    return _rule_form(request, RetentionRule(record_type=key), rtype)


def _own_rule(request: HttpRequest, pk: int) -> RetentionRule:
    rule = get_object_or_404(RetentionRule, pk=pk)
    if not archivist_over(request.user, rule.organisation):
        raise Http404
    return rule


@require_http_methods(["GET", "POST"])
@permission_required("records.keep_plan", raise_exception=True)
def rule_update(request: HttpRequest, pk: int) -> HttpResponse:
    rule = _own_rule(request, pk)
    rtype = recordtypes.get(rule.record_type)
    if rtype is None:
        raise Http404
    return _rule_form(request, rule, rtype)


@require_POST
@permission_required("records.keep_plan", raise_exception=True)
def rule_delete(request: HttpRequest, pk: int) -> HttpResponse:
    rule = _own_rule(request, pk)
    try:
        services.remove_rule(rule, by=request.user)
    except PermissionDenied:
        raise
    messages.success(
        request,
        _("Regeln är borttagen. Informationstypen bevaras nu, om ingen annan regel gäller."),
    )
    return redirect("records:plan")


@require_GET
@permission_required("records.keep_plan", raise_exception=True)
def rule_history(request: HttpRequest, pk: int) -> HttpResponse:
    rule = _own_rule(request, pk)
    return render(
        request,
        "qms/history.html",
        {"object": rule, "entries": history_for(rule), "back_url": rule.get_absolute_url()},
    )


@require_GET
@permission_required("records.view_plan", raise_exception=True)
def plan_history(request: HttpRequest) -> HttpResponse:
    """Every change of the plan, deleted rules too: the events of all rules, newest first."""
    from django.apps import apps

    from qms.models import User

    event_model = apps.get_model("records", "RetentionRuleEvent")
    events = list(
        event_model.objects.select_related("pgh_context", "organisation").order_by(
            "-pgh_created_at", "-pgh_id"
        )[:300]
    )
    users = User.objects.in_bulk(
        {(e.pgh_context.metadata or {}).get("user") for e in events if e.pgh_context_id}
    )
    entries = []
    for event in events:
        context = event.pgh_context.metadata if event.pgh_context_id else {}
        rtype = recordtypes.get(event.record_type)
        entries.append(
            {
                "at": event.pgh_created_at,
                "action": event.pgh_label,
                "user": users.get(context.get("user")),
                "type": rtype.label if rtype else event.record_type,
                "organisation": event.organisation,
                "summary": RetentionRule(
                    record_type=event.record_type,
                    action=event.action,
                    period=event.period,
                    period_unit=event.period_unit,
                    event=event.event,
                ).summary,
                "decision": (
                    f"{event.decision_body} {event.decision_date:%Y-%m-%d}, "
                    f"{event.decision_reference}"
                ),
            }
        )
    return render(request, "records/plan_history.html", {"entries": entries})
