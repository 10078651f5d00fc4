"""Removing thinned records everywhere the product keeps them.

The owning app's purge (qms.recordtypes) deletes the rows – the record and its parts – and says
what it removed. This module removes the rest, generically, in the same transaction:

- the audit history (pghistory) of every removed row, including the delete events the triggers
  just wrote, and the history contexts only those events used; a context other events still
  use loses its address when that named a removed page;
- references from the history of records that are kept (a synpunkt's old link to a thinned
  deviation) are cleared;
- notices and e-mails about the removed records (by event key), admin log entries, the one-time
  form tokens whose result was a removed page;
- stored files: listed in `FileRemoval` and deleted once the transaction has committed.

Search vectors are columns of the rows, so they go with them. Frozen snapshots (approved
reviews, published quality reports) hold counts, not the records, and stay as they are.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict

import pghistory.models
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.db import connection, models, transaction

from qms.models import FormSubmission, Notification, OutgoingEmail
from qms.recordtypes import Removed
from records.models import FileRemoval

logger = logging.getLogger(__name__)


def event_models() -> list[type[pghistory.models.Event]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, pghistory.models.Event) and not model._meta.proxy
    ]


def _events_of(model: type[models.Model]) -> list[type[pghistory.models.Event]]:
    return [
        event
        for event in event_models()
        if getattr(event, "pgh_tracked_model", None) is model and hasattr(event, "pgh_obj")
    ]


def remove_everywhere(removed: Removed) -> None:
    """Remove what else the product keeps about the rows of `removed` (see the module)."""
    contexts: set = set()
    removed_pages = _page_pattern(removed.urls)
    for model, ids in removed.rows.items():
        for event_model in _events_of(model):
            events = event_model.objects.filter(pgh_obj_id__in=ids)
            contexts.update(
                events.exclude(pgh_context_id=None).values_list("pgh_context_id", flat=True)
            )
            events._raw_delete(events.db)
    contexts |= _clear_references(removed)
    _clean_contexts(contexts, removed_pages)
    _remove_notices(removed.event_keys)
    for model, ids in removed.rows.items():
        content_type = ContentType.objects.get_for_model(model)
        LogEntry.objects.filter(
            content_type=content_type, object_id__in=[str(pk) for pk in ids]
        ).delete()
    if removed.urls:
        FormSubmission.objects.filter(result_url__regex=removed_pages).delete()
    if removed.files:
        FileRemoval.objects.bulk_create([FileRemoval(name=name) for name in removed.files])
        transaction.on_commit(remove_pending_files)


def _clear_references(removed: Removed) -> set:
    """History rows of kept records that point at a removed row lose the reference."""
    contexts: set = set()
    for event_model in event_models():
        tracked = getattr(event_model, "pgh_tracked_model", None)
        for field in event_model._meta.concrete_fields:
            if not field.is_relation or field.name == "pgh_obj":
                continue
            ids = removed.rows.get(field.related_model)
            if not ids:
                continue
            rows = event_model.objects.filter(**{f"{field.attname}__in": ids})
            if not rows.exists():
                continue
            if not field.null:
                raise RuntimeError(
                    f"{event_model._meta.label}.{field.name} still refers to removed "
                    f"{field.related_model._meta.label} rows: its owner must purge them"
                )
            contexts.update(
                rows.exclude(pgh_context_id=None).values_list("pgh_context_id", flat=True)
            )
            rows.update(**{field.attname: None})
        # Generic links (an action's source, a certificate event's audit) in the history.
        if tracked is None:
            continue
        for generic in tracked._meta.private_fields:
            if not isinstance(generic, GenericForeignKey):
                continue
            ct_field = tracked._meta.get_field(generic.ct_field).attname
            id_field = generic.fk_field
            if not hasattr(event_model, id_field):
                continue
            for model, ids in removed.rows.items():
                rows = event_model.objects.filter(
                    **{
                        ct_field: ContentType.objects.get_for_model(model).pk,
                        f"{id_field}__in": ids,
                    }
                )
                if tracked in removed.rows:
                    rows = rows.exclude(pgh_obj_id__in=removed.rows[tracked])
                contexts.update(
                    rows.exclude(pgh_context_id=None).values_list("pgh_context_id", flat=True)
                )
                rows.update(**{ct_field: None, id_field: None})
    return contexts


def _page_pattern(urls: list[str]) -> str:
    """A regular expression matching the removed records' pages and everything below them."""
    if not urls:
        return r"^\b$"  # matches nothing
    return "^(" + "|".join(re.escape(url) for url in sorted(set(urls))) + ")"


def _clean_contexts(context_ids: set, removed_pages: str) -> None:
    """Contexts (who, from where) no event uses any more are deleted; a context still used
    forgets its address when that was a removed record's page."""
    if not context_ids:
        return
    ids = list(context_ids)
    in_use = set()
    for event_model in event_models():
        in_use.update(
            event_model.objects.filter(pgh_context_id__in=ids).values_list(
                "pgh_context_id", flat=True
            )
        )
    unused = [pk for pk in ids if pk not in in_use]
    pghistory.models.Context.objects.filter(pk__in=unused).delete()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE pghistory_context SET metadata = metadata - 'url' "
            "WHERE id = ANY(%s) AND metadata->>'url' ~ %s",
            [list(in_use), removed_pages],
        )


def _remove_notices(keys: list[str]) -> None:
    """Notices and e-mails whose event is about a removed record: `deviation:42` and
    `deviation:42:…`."""
    if not keys:
        return
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        prefix, _sep, rest = key.rpartition(":")
        by_prefix[prefix].append(rest)
    for prefix, ids in by_prefix.items():
        pattern = "^" + re.escape(prefix) + ":(" + "|".join(re.escape(i) for i in ids) + ")(:|$)"
        Notification.objects.filter(event_key__regex=pattern).delete()
        OutgoingEmail.objects.filter(event__regex=pattern).delete()


def remove_pending_files() -> int:
    """Delete the stored files of thinned records whose batch has committed."""
    removed = 0
    for pending in FileRemoval.objects.order_by("pk")[:10000]:
        try:
            default_storage.delete(pending.name)
        except OSError as error:  # keep the row: the next run tries again
            logger.warning("Kunde inte ta bort den gallrade filen %s: %s", pending.name, error)
            continue
        pending.delete()
        removed += 1
    return removed
