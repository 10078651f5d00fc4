"""Audit history: every create, update and delete of domain data, recorded by database triggers.

django-pghistory writes an event row from a trigger, so bulk `queryset.update()` and raw SQL are
recorded too. The request context (user, URL, method, client address) is attached by
`HistoryMiddleware`; background jobs attach their own with `pghistory.context(...)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pghistory
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext as _
from pghistory.middleware import HistoryMiddleware as BaseHistoryMiddleware
from pghistory.models import Events

from qms.net import client_ip


def tracked(**kwargs):
    """Class decorator: record inserts, updates and deletes of a model."""
    return pghistory.track(
        pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent(), **kwargs
    )


class HistoryMiddleware(BaseHistoryMiddleware):
    """Adds the request method and client address to the history context."""

    def get_context(self, request) -> dict:
        return {
            **super().get_context(request),
            "method": request.method,
            "ip": client_ip(request),
        }


@dataclass
class HistoryEntry:
    at: datetime
    action: str  # insert, update, delete
    user: object | None
    url: str | None
    changes: dict[str, tuple[object, object]]


def history_for(obj: models.Model, limit: int = 200) -> list[HistoryEntry]:
    """The recorded history of one object, newest first, with who changed what."""
    events = list(Events.objects.tracks(obj).order_by("-pgh_created_at", "-pgh_id")[:limit])
    user_ids = {
        (e.pgh_context or {}).get("user") for e in events if (e.pgh_context or {}).get("user")
    }
    users = get_user_model().objects.in_bulk(user_ids)
    hidden = {"path", "depth", "numchild", "password", "last_login"}
    entries = []
    for event in events:
        context = event.pgh_context or {}
        diff = event.pgh_diff or {}
        if event.pgh_label == "insert":
            changes = {k: (None, v) for k, v in (event.pgh_data or {}).items() if k != "id"}
        else:
            changes = {k: tuple(v) for k, v in diff.items()}
        entries.append(
            HistoryEntry(
                at=event.pgh_created_at,
                action=event.pgh_label,
                user=users.get(context.get("user")),
                url=context.get("url"),
                changes=_readable(obj, changes, hidden),
            )
        )
    return entries


def _readable(obj: models.Model, changes: dict, hidden: set[str]) -> dict[str, tuple]:
    """Field labels and displayed values (choice labels, Ja/Nej), in the model's field order."""
    order = {f.attname: i for i, f in enumerate(obj._meta.concrete_fields)}
    readable = {}
    for name in sorted(changes, key=lambda n: order.get(n, len(order))):
        if name in hidden:
            continue
        try:
            field = obj._meta.get_field(name.removesuffix("_id"))
        except FieldDoesNotExist:
            readable[name] = changes[name]
            continue
        label = str(field.verbose_name).capitalize()
        readable[label] = tuple(_display(field, value) for value in changes[name])
    return readable


def _display(field, value):
    if value is None:
        return None
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, bool):
        return _("Ja") if value else _("Nej")
    return value
