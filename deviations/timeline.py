"""One deviation's story: status changes, assignments, comments, attachments and actions."""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from deviations.models import Action, Comment, Deviation
from qms import rows
from qms.prepared import Prepared, prepared

# Changes of these fields are worth a line in the timeline; the rest is in the full history.
# Lazy: translated when shown, in the reader's language (read once at import they were Swedish
# on an English page).
SHOWN_FIELDS = {
    "status": gettext_lazy("Status"),
    "investigator_id": gettext_lazy("Utredare"),
    "is_confidential": gettext_lazy("Sekretessmarkering"),
    "category_id": gettext_lazy("Kategori"),
    "probability": gettext_lazy("Sannolikhet"),
    "consequence": gettext_lazy("Konsekvens"),
}


@dataclass
class TimelineEntry:
    at: datetime.datetime
    who: object | None
    kind: str  # reported, imported, change, comment, attachment, action
    text: str
    details: list[str] = field(default_factory=list)
    obj: object | None = None


def _inserted(event: _Event, who, deviation: Deviation) -> TimelineEntry:
    """The first line: reported here, or imported from an earlier register (the import sets
    `imported_from` in the history context, see imports.legacy)."""
    source = event.context.get("imported_from")
    if not source:
        return TimelineEntry(event.at, who, "reported", _("Avvikelsen rapporterades"))
    details = [_("Källa: %(source)s") % {"source": source}]
    if deviation.previous_number:
        details.append(_("Tidigare nummer: %(number)s") % {"number": deviation.previous_number})
    return TimelineEntry(
        event.at,
        who,
        "imported",
        _("Avvikelsen importerades från ett tidigare register"),
        details,
    )


EVENTS_READ = 500


@functools.cache
def _recorded(event_model_name: str, fields: tuple[str, ...]) -> Prepared:
    """The statement that reads the events of a list of objects (compiled once, qms.prepared)."""
    model = apps.get_model("deviations", event_model_name)

    @prepared(list)
    def recorded(obj_ids: list[int]):
        return (
            model.objects.filter(pgh_obj_id__any=obj_ids)
            .select_related("pgh_context")
            .only(
                "pgh_id",
                "pgh_created_at",
                "pgh_label",
                "pgh_obj_id",
                "pgh_context__metadata",
                *fields,
            )
            .order_by("pgh_id")[:EVENTS_READ]
        )

    recorded.__name__ = f"{event_model_name}s recorded"
    return recorded


@prepared(int)
def comments_of_case(deviation_id: int):
    return Comment.objects.filter(deviation_id=deviation_id).select_related("author")


@dataclass
class _Event:
    """One recorded insert or update, with what changed in the fields asked for."""

    at: datetime.datetime
    label: str  # insert, update, delete
    context: dict  # who and where (qms.history.HistoryMiddleware, imports)
    diff: dict[str, tuple]  # field → (before, after), since the object's previous event
    obj_id: int


def _events(event_model_name: str, obj_ids: list[int], fields: tuple[str, ...]) -> list[_Event]:
    """The recorded events of these objects, oldest first (at most EVENTS_READ), each with the
    changes of `fields` since the same object's previous event.

    Read from the model's own event table (django-pghistory's), by its index on the object.
    pghistory's `Events` view is a union over the event tables of every tracked model that
    computes each event's diff in SQL: filtered by a list of objects it read its whole event
    table (a sequential scan of every action's history for one case page), and PostgreSQL took
    up to 45 ms to plan it (issue 12). The diff of the fields shown is a comparison with the
    previous row, done here."""
    if not obj_ids:
        return []
    recorded = _recorded(event_model_name, fields)(list(obj_ids))
    previous: dict[int, dict] = {}
    events = []
    for row in recorded:
        values = {name: getattr(row, name) for name in fields}
        before = previous.get(row.pgh_obj_id)
        diff = (
            {name: (before[name], values[name]) for name in fields if before[name] != values[name]}
            if before is not None
            else {}
        )
        previous[row.pgh_obj_id] = values
        context = row.pgh_context.metadata if row.pgh_context_id and row.pgh_context else {}
        events.append(
            _Event(row.pgh_created_at, row.pgh_label, context or {}, diff, row.pgh_obj_id)
        )
    return events


def timeline_for(
    deviation: Deviation,
    actions: list[Action] | None = None,
    attachments: list | None = None,
) -> list[TimelineEntry]:
    """Oldest first. A fixed number of queries, however long the story. A page that has read
    the case's actions and attachments (with who uploaded them) already passes them in."""
    if actions is None:
        actions = list(Action.objects.for_object(deviation).only("pk", "title"))
    if attachments is None:
        attachments = list(deviation.attachments.select_related("uploaded_by"))
    events = _events("DeviationEvent", [deviation.pk], tuple(SHOWN_FIELDS))
    action_events = _events("ActionEvent", [action.pk for action in actions], ("status",))
    User = get_user_model()
    user_ids = {e.context.get("user") for e in events + action_events} | {
        v for e in events for v in e.diff.get("investigator_id", ()) if v
    }
    users = rows.in_bulk(User, user_ids)  # a statement written once (qms.rows)
    # Named only when the case's category changed: no query built for none (most cases).
    changed_categories = {v for e in events for v in e.diff.get("category_id", ()) if v}
    categories = (
        {
            c.pk: str(c)
            for c in Deviation._meta.get_field("category")
            .related_model.objects.filter(pk__in=changed_categories)
            .select_related("parent")
        }
        if changed_categories
        else {}
    )
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
        who = users.get(event.context.get("user"))
        if event.label == "insert":
            entries.append(_inserted(event, who, deviation))
            continue
        diff = event.diff
        details = [
            f"{label}: {display(name, diff[name][0])} → {display(name, diff[name][1])}"
            for name, label in SHOWN_FIELDS.items()
            if name in diff
        ]
        if details:
            text = _("Status ändrades") if "status" in diff else _("Ärendet ändrades")
            entries.append(TimelineEntry(event.at, who, "change", text, details))
    for comment in comments_of_case(deviation.pk):
        Comment.deviation.field.set_cached_value(comment, deviation)
        entries.append(
            TimelineEntry(comment.created_at, comment.author, "comment", comment.text, obj=comment)
        )
    for attachment in attachments:
        entries.append(
            TimelineEntry(
                attachment.created_at,
                attachment.uploaded_by,
                "attachment",
                _("Bilaga: %(name)s") % {"name": attachment.original_name},
                obj=attachment,
            )
        )
    action_titles = {action.pk: action.title for action in actions}
    action_statuses = dict(Action.Status.choices)
    for event in action_events:
        who = users.get(event.context.get("user"))
        title = action_titles.get(event.obj_id, "")
        if event.label == "insert":
            text = _("Åtgärd lades till: %(title)s") % {"title": title}
        elif "status" in event.diff:
            new = event.diff["status"][1]
            text = _("Åtgärd %(title)s: %(status)s") % {
                "title": title,
                "status": str(action_statuses.get(new, new)).lower(),
            }
        else:
            continue
        entries.append(TimelineEntry(event.at, who, "action", text))
    entries.sort(key=lambda entry: entry.at)
    return entries
