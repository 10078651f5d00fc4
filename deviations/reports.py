"""Report packages as PDF: a function from a case's records to bytes."""

from __future__ import annotations

from django.utils import timezone

from deviations.models import Action, Deviation, LegalTrack
from deviations.timeline import timeline_for
from qms.pdf import render_pdf


def legal_package_context(track: LegalTrack) -> dict:
    deviation: Deviation = track.deviation
    return {
        "track": track,
        "deviation": deviation,
        "organisation": deviation.unit.organisation() or deviation.unit,
        "actions": list(
            Action.objects.for_object(deviation).select_related("owner", "unit").order_by("pk")
        ),
        "other_tracks": list(deviation.legal_tracks.exclude(pk=track.pk)),
        "timeline": timeline_for(deviation),
        "printed_at": timezone.localtime(),
    }


def render_legal_package_pdf(track: LegalTrack) -> bytes:
    """The facts, the investigation, causes, actions and assessments of one legal-track case,
    ready to attach to the authority's own e-service (the product never sends it)."""
    return render_pdf("deviations/legal_package_pdf.html", legal_package_context(track))
