"""One deviation's story: status changes, assignments, comments, attachments and actions."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from pghistory.models import Events

from deviations.models import Action, Deviation

# Changes of these fields are worth a line in the timeline; the rest is in the full history.
SHOWN_FIELDS = {
    "status": _("Status"),
    "investigator_id": _("Utredare"),
    "is_confidential": _("Sekretessmarkering"),
    "category_id": _("Kategori"),
    "probability": _("Sannolikhet"),
    "consequence": _("Konsekvens"),
}


@dataclass
class TimelineEntry:
    at: datetime.datetime
    who: object | None
    kind: str  # reported, imported, change, comment, attachment, action
    text: str
    details: list[str] = field(default_factory=list)
    obj: object | None = None


def _inserted(event, who, deviation: Deviation) -> TimelineEntry:
    """The first line: reported here, or imported from an earlier register (the import sets
    `imported_from` in the history context, see imports.legacy)."""
    source = (event.pgh_context or {}).get("imported_from")
    if not source:
        return TimelineEntry(event.pgh_created_at, who, "reported", _("Avvikelsen rapporterades"))
    details = [_("Källa: %(source)s") % {"source": source}]
    if deviation.previous_number:
        details.append(_("Tidigare nummer: %(number)s") % {"number": deviation.previous_number})
    return TimelineEntry(
        event.pgh_created_at,
        who,
        "imported",
        _("Avvikelsen importerades från ett tidigare register"),
        details,
    )


def timeline_for(deviation: Deviation) -> list[TimelineEntry]:
    """Oldest first. A fixed number of queries, however long the story."""
    action_ids = list(Action.objects.for_object(deviation).values_list("pk", flat=True))
    events = list(Events.objects.tracks(deviation).order_by("pgh_created_at", "pgh_id")[:500])
    action_events = (
        list(
            Events.objects.filter(
                pgh_model="deviations.ActionEvent", pgh_obj_id__in=action_ids
            ).order_by("pgh_created_at", "pgh_id")[:500]
        )
        if action_ids
        else []
    )
    User = get_user_model()
    user_ids = {(e.pgh_context or {}).get("user") for e in events + action_events} | {
        v for e in events for v in (e.pgh_diff or {}).get("investigator_id", []) if v
    }
    users = User.objects.in_bulk({pk for pk in user_ids if pk})
    categories = {
        c.pk: str(c)
        for c in Deviation._meta.get_field("category")
        .related_model.objects.filter(
            pk__in={v for e in events for v in (e.pgh_diff or {}).get("category_id", []) if v}
        )
        .select_related("parent")
    }
    statuses = dict(Deviation.Status.choices)

    def display(name: str, value) -> str:
        if value is None or value == "":
            return "–"
        if name == "status":
            return str(statuses.get(value, value))
        if name == "investigator_id":
            return str(users.get(value, "?"))
        if name == "category_id":
            return categories.get(value, "?")
        if isinstance(value, bool):
            return _("Ja") if value else _("Nej")
        return str(value)

    entries: list[TimelineEntry] = []
    for event in events:
        who = users.get((event.pgh_context or {}).get("user"))
        if event.pgh_label == "insert":
            entries.append(_inserted(event, who, deviation))
            continue
        diff = event.pgh_diff or {}
        details = [
            f"{label}: {display(name, diff[name][0])} → {display(name, diff[name][1])}"
            for name, label in SHOWN_FIELDS.items()
            if name in diff
        ]
        if details:
            text = _("Status ändrades") if "status" in diff else _("Ärendet ändrades")
            entries.append(TimelineEntry(event.pgh_created_at, who, "change", text, details))
    for comment in deviation.comments.select_related("author"):
        entries.append(
            TimelineEntry(comment.created_at, comment.author, "comment", comment.text, obj=comment)
        )
    for attachment in deviation.attachments.select_related("uploaded_by"):
        entries.append(
            TimelineEntry(
                attachment.created_at,
                attachment.uploaded_by,
                "attachment",
                _("Bilaga: %(name)s") % {"name": attachment.original_name},
                obj=attachment,
            )
        )
    action_titles = dict(Action.objects.filter(pk__in=action_ids).values_list("pk", "title"))
    action_statuses = dict(Action.Status.choices)
    for event in action_events:
        who = users.get((event.pgh_context or {}).get("user"))
        title = action_titles.get(int(event.pgh_obj_id), "")
        if event.pgh_label == "insert":
            text = _("Åtgärd lades till: %(title)s") % {"title": title}
        elif "status" in (event.pgh_diff or {}):
            new = (event.pgh_diff or {})["status"][1]
            text = _("Åtgärd %(title)s: %(status)s") % {
                "title": title,
                "status": str(action_statuses.get(new, new)).lower(),
            }
        else:
            continue
        entries.append(TimelineEntry(event.pgh_created_at, who, "action", text))
    entries.sort(key=lambda entry: entry.at)
    return entries
