"""Settings that coordinators of the whole group keep in the app: the activities offered in the
public feedback form, the response time per organisation and the legal tracks' rules. Each has
its history. Changes need `qms.change_group_register`."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from deviations.legal import DEFAULT_TARGET_HOURS
from deviations.models import (
    DEFAULT_RESPONSE_DAYS,
    FeedbackPolicy,
    LegalTrackKind,
    LegalTrackRule,
    PublicActivity,
)
from deviations.settings_forms import FeedbackPolicyForm, LegalTrackRuleForm, PublicActivityForm
from qms.forms import applied
from qms.history import history_for
from qms.models import OrganisationUnit
from qms.submissions import submitted_once

change_registers = permission_required("qms.change_group_register", raise_exception=True)


def _history(request: HttpRequest, obj, back: str) -> HttpResponse:
    return render(
        request,
        "qms/history.html",
        {"object": obj, "entries": history_for(obj), "back_url": back},
    )


def _form_page(request: HttpRequest, form, title: str, back_name: str, back_label: str, **extra):
    return render(
        request,
        "form_page.html",
        {
            "form": form,
            "title": title,
            "back_url": reverse(back_name),
            "back_label": back_label,
            **extra,
        },
    )


# Activities of the public feedback form ------------------------------------------------------


@require_GET
@change_registers
def public_activity_list(request: HttpRequest) -> HttpResponse:
    activities = PublicActivity.objects.select_related("unit").order_by("public_name")
    return render(request, "deviations/settings/public_activities.html", {"activities": activities})


@require_http_methods(["GET", "POST"])
@change_registers
@submitted_once
def public_activity_create(request: HttpRequest) -> HttpResponse:
    return _public_activity_form(request, PublicActivity())


@require_http_methods(["GET", "POST"])
@change_registers
def public_activity_update(request: HttpRequest, pk: int) -> HttpResponse:
    return _public_activity_form(request, get_object_or_404(PublicActivity, pk=pk))


def _public_activity_form(request: HttpRequest, activity: PublicActivity) -> HttpResponse:
    if request.method == "POST":
        form = PublicActivityForm(request.POST, instance=activity, user=request.user)
        if applied(form, lambda data: form.save()):
            messages.success(request, _("Verksamheten är sparad."))
            return redirect("deviations:public_activity_list")
    else:
        form = PublicActivityForm(instance=activity, user=request.user)
    title = (
        _("Ändra %(name)s") % {"name": activity.public_name}
        if activity.pk
        else _("Ny verksamhet i formuläret")
    )
    history = (
        reverse("deviations:public_activity_history", args=[activity.pk]) if activity.pk else ""
    )
    return _form_page(
        request,
        form,
        title,
        "deviations:public_activity_list",
        _("Verksamheter i synpunktsformuläret"),
        history_url=history,
    )


@require_GET
@change_registers
def public_activity_history(request: HttpRequest, pk: int) -> HttpResponse:
    activity = get_object_or_404(PublicActivity, pk=pk)
    return _history(request, activity, reverse("deviations:public_activity_update", args=[pk]))


# Response times --------------------------------------------------------------------------------


def _organisations():
    return OrganisationUnit.objects.filter(kind__in=OrganisationUnit.ORGANISATION_KINDS)


@require_GET
@change_registers
def feedback_policy_list(request: HttpRequest) -> HttpResponse:
    organisations = _organisations().select_related("feedback_policy").order_by("path")
    return render(
        request,
        "deviations/settings/feedback_policies.html",
        {"organisations": organisations, "default_days": DEFAULT_RESPONSE_DAYS},
    )


@require_http_methods(["GET", "POST"])
@change_registers
def feedback_policy_update(request: HttpRequest, unit_pk: int) -> HttpResponse:
    organisation = get_object_or_404(_organisations(), pk=unit_pk)
    policy = FeedbackPolicy.objects.filter(organisation=organisation).first() or FeedbackPolicy(
        organisation=organisation
    )
    if request.method == "POST":
        form = FeedbackPolicyForm(request.POST, instance=policy)
        if applied(form, lambda data: form.save()):
            messages.success(
                request,
                _("Svarstiden för %(name)s är sparad.") % {"name": organisation.name},
            )
            return redirect("deviations:feedback_policy_list")
    else:
        form = FeedbackPolicyForm(instance=policy)
    history = (
        reverse("deviations:feedback_policy_history", args=[organisation.pk]) if policy.pk else ""
    )
    return _form_page(
        request,
        form,
        _("Svarstid för %(name)s") % {"name": organisation.name},
        "deviations:feedback_policy_list",
        _("Svarstider för synpunkter"),
        history_url=history,
    )


@require_GET
@change_registers
def feedback_policy_history(request: HttpRequest, unit_pk: int) -> HttpResponse:
    policy = get_object_or_404(FeedbackPolicy, organisation__pk=unit_pk)
    return _history(request, policy, reverse("deviations:feedback_policy_update", args=[unit_pk]))


# Rules of the legal tracks ---------------------------------------------------------------------


@require_GET
@change_registers
def legal_rule_list(request: HttpRequest) -> HttpResponse:
    """Every track, with its rule – or the built-in target if nobody has made one."""
    stored = {rule.kind: rule for rule in LegalTrackRule.objects.all()}
    rules = [
        stored.get(kind) or LegalTrackRule(kind=kind, target_hours=DEFAULT_TARGET_HOURS[kind])
        for kind in LegalTrackKind.values
    ]
    return render(request, "deviations/settings/legal_rules.html", {"rules": rules})


def _rule_for(kind: str) -> LegalTrackRule:
    if kind not in LegalTrackKind.values:
        raise Http404
    return LegalTrackRule.objects.filter(kind=kind).first() or LegalTrackRule(
        kind=kind, target_hours=DEFAULT_TARGET_HOURS[kind]
    )


@require_http_methods(["GET", "POST"])
@change_registers
def legal_rule_update(request: HttpRequest, kind: str) -> HttpResponse:
    rule = _rule_for(kind)
    if request.method == "POST":
        form = LegalTrackRuleForm(request.POST, instance=rule)
        if applied(form, lambda data: form.save()):
            messages.success(
                request, _("Regeln för %(kind)s är sparad.") % {"kind": rule.get_kind_display()}
            )
            return redirect("deviations:legal_rule_list")
    else:
        form = LegalTrackRuleForm(instance=rule)
    return _form_page(
        request,
        form,
        _("Regel för %(kind)s") % {"kind": rule.get_kind_display()},
        "deviations:legal_rule_list",
        _("Regler för anmälningsspår"),
        history_url=reverse("deviations:legal_rule_history", args=[kind]) if rule.pk else "",
    )


@require_GET
@change_registers
def legal_rule_history(request: HttpRequest, kind: str) -> HttpResponse:
    rule = get_object_or_404(LegalTrackRule, kind=kind)
    return _history(request, rule, reverse("deviations:legal_rule_update", args=[kind]))
