"""Legal tracks on a deviation: flag it, assess, record the report and the authority's decision.

The section lives on the deviation's page (templates/deviations/legal/section.html); these views
take its forms and send the user back there, or show the page again with the form's errors.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from deviations import legal
from deviations.feedback_forms import (
    FlagTracksForm,
    TrackAssessmentForm,
    TrackDecisionForm,
    TrackReportForm,
)
from deviations.models import ConfidentialRead, LegalTrack
from deviations.reports import render_legal_package_pdf
from deviations.views.cases import _detail_context, _visible
from qms.forms import applied
from qms.submissions import submitted_once

TRACKS_SHOWN = 200


def _rejected(request: HttpRequest, deviation, key, form) -> HttpResponse:
    context = _detail_context(request, deviation)
    context["legal_forms"] = {key: form}
    return render(request, "deviations/detail.html", context, status=400)


def _back(deviation) -> HttpResponse:
    return redirect(deviation.get_absolute_url() + "#h-legal")


@require_POST
@submitted_once
def flag(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _visible(request, pk)
    if not legal.may_flag(request.user, deviation):
        raise PermissionDenied
    form = FlagTracksForm(request.POST, deviation=deviation)
    if applied(form, lambda data: legal.flag_deviation(deviation, by=request.user, **data)):
        messages.success(
            request, _("Avvikelsen är markerad för anmälningsspår och sekretessmarkerad.")
        )
        return _back(deviation)
    return _rejected(request, deviation, "flag", form)


STEPS = {
    "bedom": (
        lambda data, track: TrackAssessmentForm(data, prefix=f"t{track.pk}"),
        legal.assess_track,
        _("Bedömningen är sparad."),
    ),
    "anmald": (
        lambda data, track: TrackReportForm(data, instance=track, prefix=f"t{track.pk}"),
        legal.record_report,
        _("Anmälan är registrerad."),
    ),
    "beslut": (
        lambda data, track: TrackDecisionForm(data, instance=track, prefix=f"t{track.pk}"),
        legal.record_decision,
        _("Myndighetens beslut är registrerat."),
    ),
}


@require_POST
def track_step(request: HttpRequest, pk: int, track_pk: int, step: str) -> HttpResponse:
    if step not in STEPS:
        raise Http404
    deviation = _visible(request, pk)
    track = get_object_or_404(
        LegalTrack.objects.visible_to(request.user).filter(deviation=deviation), pk=track_pk
    )
    track.deviation = deviation
    if not legal.may_decide(request.user, track):
        raise PermissionDenied
    make_form, service, success = STEPS[step]
    # A ModelForm would write into the instance while validating: give it a copy.
    form = make_form(request.POST, LegalTrack.objects.get(pk=track.pk))
    if applied(form, lambda data: service(track, by=request.user, **data)):
        messages.success(request, success)
        return _back(deviation)
    return _rejected(request, deviation, (track.pk, step), form)


@require_GET
def track_package(request: HttpRequest, pk: int, track_pk: int) -> HttpResponse:
    """The report package for the authority's e-service, for those who may see the track."""
    deviation = _visible(request, pk)
    track = get_object_or_404(
        LegalTrack.objects.visible_to(request.user).filter(deviation=deviation), pk=track_pk
    )
    track.deviation = deviation
    ConfidentialRead.objects.create(deviation=deviation, user=request.user, what="report")
    response = HttpResponse(render_legal_package_pdf(track), content_type="application/pdf")
    filename = f"underlag-{track.kind}-{deviation.number}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def track_list(request: HttpRequest) -> HttpResponse:
    """Open legal cases the user may see, overdue first, then by time left."""
    tracks = list(
        LegalTrack.objects.visible_to(request.user)
        .open()
        .select_related("deviation__unit")
        .order_by("deadline", "pk")[:TRACKS_SHOWN]
    )
    now = timezone.now()
    return render(
        request,
        "deviations/legal/list.html",
        {"tracks": legal.ordered_by_urgency(tracks, now), "now": now},
    )
