"""The pickers of this app (qms.pickers): each search builds the form or filter set that owns the
field, for the same user, so it offers exactly what the form accepts."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from deviations.filters import ActionFilter, DashboardFilterForm, DeviationFilter
from deviations.forms import ActionForm, AssessmentForm, AssignForm, ReportForm
from deviations.models import Action, Deviation
from qms import pickers
from qms.models import OrganisationUnit


@pickers.register("avvikelser-enhet")
def deviation_list_unit(request: HttpRequest, params) -> pickers.PickerMixin:
    return DeviationFilter(None, Deviation.objects.none(), user=request.user).form.fields["enhet"]


@pickers.register("atgarder-enhet")
def action_list_unit(request: HttpRequest, params) -> pickers.PickerMixin:
    return ActionFilter(None, Action.objects.none(), user=request.user).form.fields["enhet"]


@pickers.register("atgarder-ansvarig")
def action_list_owner(request: HttpRequest, params) -> pickers.PickerMixin:
    return ActionFilter(None, Action.objects.none(), user=request.user).form.fields["ansvarig"]


@pickers.register("statistik-enhet")
def dashboard_unit(request: HttpRequest, params) -> pickers.PickerMixin:
    if not request.user.has_perm("deviations.view_dashboard"):
        raise Http404
    return DashboardFilterForm(user=request.user).fields["enhet"]


@pickers.register("rapport-enhet")
def report_unit(request: HttpRequest, params) -> pickers.PickerMixin:
    return ReportForm(user=request.user).fields["unit"]


def _subject_unit(request: HttpRequest, params) -> OrganisationUnit:
    """The unit of the case (or suggestion, synpunkt, finding) an action is added to: one the
    user may see."""
    pk = params.get("enhet", "")
    if not pk.isdigit():
        raise Http404
    return get_object_or_404(OrganisationUnit.objects.visible_to(request.user), pk=pk)


@pickers.register("atgard-ansvarig")
def action_owner(request: HttpRequest, params) -> pickers.PickerMixin:
    return ActionForm(unit=_subject_unit(request, params)).fields["owner"]


@pickers.register("atgard-enhet")
def action_unit(request: HttpRequest, params) -> pickers.PickerMixin:
    return ActionForm(unit=_subject_unit(request, params)).fields["unit"]


@pickers.register("utredare")
def investigator(request: HttpRequest, params) -> pickers.PickerMixin:
    pk = params.get("avvikelse", "")
    if not pk.isdigit():
        raise Http404
    deviation = get_object_or_404(Deviation.objects.visible_to(request.user), pk=pk)
    return AssignForm(deviation=deviation).fields["investigator"]


@pickers.register("avvikelse-krav")
def requirement(request: HttpRequest, params) -> pickers.PickerMixin:
    """The requirement of a case's assessment: for those who may handle the case."""
    from deviations.services import may_handle

    pk = params.get("avvikelse", "")
    if not pk.isdigit():
        raise Http404
    deviation = get_object_or_404(Deviation.objects.visible_to(request.user), pk=pk)
    if not may_handle(request.user, deviation):
        raise Http404
    return AssessmentForm(instance=deviation).fields["requirement"]
