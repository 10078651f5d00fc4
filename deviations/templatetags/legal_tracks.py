"""The legal-tracks section of a deviation's page, computed for the viewer."""

from __future__ import annotations

from django import template
from django.utils import timezone

from deviations import legal
from deviations.feedback_forms import (
    FlagTracksForm,
    TrackAssessmentForm,
    TrackDecisionForm,
    TrackReportForm,
)
from deviations.models import LegalTrack, kinds_visible_on_case
from qms import rows
from qms.prepared import prepared

register = template.Library()


@prepared(int)
def tracks_of_case(deviation_id: int):
    """A case's legal tracks, by the statement compiled once (qms.prepared)."""
    return LegalTrack.objects.filter(deviation_id=deviation_id).order_by("pk")


@register.simple_tag(takes_context=True)
def legal_tracks_for(context, deviation) -> dict:
    """The tracks this user may see on the deviation, each with the forms they may use.

    A view that rejected a form puts it in the context as `legal_forms` (keyed by track id and
    step, or "flag") so the errors show where the user was.
    """
    user = context["request"].user
    rejected = context.get("legal_forms", {})
    now = timezone.now()
    tracks = []
    kinds = kinds_visible_on_case(user, deviation)
    may_flag = legal.may_flag(user, deviation)
    # One read of the case's tracks, for what this user sees and for the kinds the case has
    # (not offered again for flagging); none when they would see none and may not flag.
    of_case = []
    if kinds or may_flag:
        of_case = tracks_of_case(deviation.pk)
        # Who flagged and who assessed: one statement for all the tracks, none without tracks.
        rows.attach(of_case, ("assessed_by", "flagged_by"), known=[user])
    for track in (track for track in of_case if track.kind in kinds):
        track.deviation = deviation
        decides = legal.may_decide(user, track)
        forms = {}
        if decides:
            forms = {
                "bedom": rejected.get((track.pk, "bedom"))
                or TrackAssessmentForm(prefix=f"t{track.pk}"),
                "anmald": rejected.get((track.pk, "anmald"))
                or TrackReportForm(instance=track, prefix=f"t{track.pk}"),
                "beslut": rejected.get((track.pk, "beslut"))
                or TrackDecisionForm(instance=track, prefix=f"t{track.pk}"),
            }
        tracks.append(
            {
                "track": track,
                "authority": legal.AUTHORITIES[track.kind],
                "hours_left": track.hours_left(now),
                "overdue": track.is_overdue(now),
                "decides": decides,
                "transitions": legal.ALLOWED[track.status] if decides else set(),
                "forms": forms,
                "rejected_step": next(
                    (key[1] for key in rejected if isinstance(key, tuple) and key[0] == track.pk),
                    "",
                ),
            }
        )
    flag_form = None
    if may_flag:
        flag_form = rejected.get("flag") or FlagTracksForm(
            deviation=deviation, taken={track.kind for track in of_case}
        )
        if not flag_form.fields["kinds"].choices:
            flag_form = None
    return {"tracks": tracks, "flag_form": flag_form, "shown": bool(tracks or flag_form)}


@register.filter
def hours(value: float | None) -> str:
    """Whole hours, rounded toward the deadline (3.9 hours left is "3")."""
    if value is None:
        return ""
    return str(int(abs(value)))
