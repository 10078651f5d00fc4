"""Thinning (gallring): proposals, approval, the run, the protocol.

1. `build_proposals(as_of=…)` – the monthly job and `manage.py gallring` – writes one proposal
   per organisation: every record a thinning rule makes due (one item each, inserted set-wise),
   and for log types (notices, e-mails, read logs, history) one counted item per rule. Held
   records are never proposed. A newer proposal replaces one nobody has approved yet.
2. The arkivansvarig approves it (`approve_proposal`); that queues the run. Nothing is removed
   without an approved proposal, and approving twice is refused.
3. `apply_proposal(pk)` removes the records in batches. Each batch is one transaction: it takes
   pending items with `FOR UPDATE SKIP LOCKED` (two runs at once split the work; neither
   removes a record the other has), locks the records, drops those held or no longer due, has
   the owning app purge the rest, removes them everywhere else (records.purge) and marks the
   items removed. A crash loses only the open batch, which the next run (beat resumes it) does
   again: each record is removed once, and the protocol lists exactly the items marked removed.
4. When no item is pending, the run that gets the proposal's lock marks it done and writes the
   protocol (PDF/A and CSV), itself kept.
"""

from __future__ import annotations

import datetime
import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass

import pghistory.models
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import F, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _

from qms import recordtypes
from qms.models import OrganisationUnit, Role, User
from qms.notifications import notify
from records import plan
from records.models import LegalHold, Proposal, ProposalItem, ProposalRule, RetentionRule
from records.purge import event_models, remove_everywhere, remove_pending_files

logger = logging.getLogger(__name__)

BATCH = settings.THINNING_BATCH
HISTORY_BATCH = 5000


@dataclass
class Due:
    organisation: OrganisationUnit
    record_type: recordtypes.RecordType
    rule: RetentionRule
    count: int


def thinning_rules(org: OrganisationUnit) -> list[tuple[recordtypes.RecordType, RetentionRule]]:
    found = []
    for rtype in recordtypes.all_types():
        if not (rtype.thinnable or rtype.mode == "history"):
            continue
        rule = plan.rule_for(rtype.key, org)
        if rule is not None and rule.action == RetentionRule.Action.THIN:
            found.append((rtype, rule))
    return found


def history_count(cutoff: datetime.date, held: dict) -> int:
    return sum(_history_rows(model, cutoff, held).count() for model in event_models())


def _history_rows(event_model, cutoff: datetime.date, held: dict):
    rows = event_model.objects.filter(pgh_created_at__lt=plan.cutoff_instant(cutoff))
    tracked = getattr(event_model, "pgh_tracked_model", None)
    if tracked in held and hasattr(event_model, "pgh_obj"):
        rows = rows.exclude(pgh_obj_id__in=held[tracked])
    return rows


def held_parts() -> dict:
    """Every row a hold protects: the held records and their parts (model → ids)."""
    protected: dict = defaultdict(set)
    for hold in LegalHold.objects.active().select_related("content_type"):
        rtype = recordtypes.get(hold.record_type)
        protected[hold.content_type.model_class()].add(hold.object_id)
        if rtype and rtype.parts:
            for model, ids in rtype.parts([hold.object_id]).items():
                protected[model].update(ids)
    return protected


def due_now(as_of: datetime.date) -> list[Due]:
    """What a proposal made today would contain, counted (for `gallring --dry-run`)."""
    orgs = plan.organisations()
    held = held_parts()
    found = []
    for org in orgs:
        for rtype, rule in thinning_rules(org):
            if rtype.mode == "history":
                if org.depth != 1:
                    continue
                count = history_count(rule.cutoff(as_of), held)
            else:
                count = _due(rtype, rule, org, orgs, as_of, held).count()
            if count:
                found.append(Due(org, rtype, rule, count))
    return found


def _due(rtype, rule, org, orgs, as_of, held):
    query = plan.due_records(rtype, rule, org, orgs, as_of, itemised=rtype.mode == "case")
    if rtype.mode == "log" and held.get(rtype.model):
        query = query.exclude(pk__in=held[rtype.model])
    return query


def build_proposals(*, as_of: datetime.date, by: User | None = None) -> list[Proposal]:
    """One proposal per organisation with anything due (see the module)."""
    made = []
    orgs = plan.organisations()
    held = held_parts()
    for org in orgs:
        proposal = _build_for(org, orgs, as_of, by, held)
        if proposal is not None:
            made.append(proposal)
    return made


@transaction.atomic
def _build_for(org, orgs, as_of, by, held) -> Proposal | None:
    # One build per organisation at a time (the monthly job and a command at once).
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [4141, org.pk])
    replaced = Proposal.objects.filter(organisation=org, status=Proposal.Status.PROPOSED)
    for old in replaced.select_for_update():
        old.status = Proposal.Status.REJECTED
        old.rejected_reason = _("Ersatt av ett nyare förslag per %(day)s.") % {"day": as_of}
        old.save(update_fields=["status", "rejected_reason"])
    proposal = Proposal.objects.create(organisation=org, as_of=as_of, created_by=by)
    # Fresh statistics of the items (the organisations built before this one inserted up to
    # hundreds of thousands): with an empty table's statistics PostgreSQL scans every pending
    # item for every due record (a nested loop, quadratic: 16 minutes and counting at 300,000
    # due of 1,000,000), instead of probing the index.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE records_proposalitem")
    total = 0
    for rtype, rule in thinning_rules(org):
        if (rtype.mode == "history" or not rtype.unit_field) and org.depth != 1:
            continue  # records of no unit (and the history) belong to the tree's root
        snapshot = ProposalRule.objects.create(
            proposal=proposal,
            rule=rule,
            record_type=rtype.key,
            summary=rule.summary,
            decision=rule.decision,
            cutoff=rule.cutoff(as_of),
            event=rule.event,
        )
        if rtype.mode == "case":
            total += _insert_items(proposal, snapshot, _due(rtype, rule, org, orgs, as_of, held))
            continue
        if rtype.mode == "history":
            count = history_count(snapshot.cutoff, held)
        else:
            count = _due(rtype, rule, org, orgs, as_of, held).count()
        if count:
            ProposalItem.objects.create(
                proposal=proposal,
                rule=snapshot,
                record_type=rtype.key,
                identifier=_("%(n)s rader före %(day)s") % {"n": count, "day": snapshot.cutoff},
                count=count,
            )
            total += 1
    if not total:
        proposal.delete()
        return None
    proposal.status = Proposal.Status.PROPOSED
    proposal.save(update_fields=["status"])
    notify(
        archivists_over(org),
        event_key=f"records:proposal:{proposal.pk}",
        subject=_("Gallringsförslag att granska: %(org)s") % {"org": org},
        url=proposal.get_absolute_url(),
    )
    return proposal


def _insert_items(proposal: Proposal, snapshot: ProposalRule, due) -> int:
    """INSERT … SELECT: a proposal of 300,000 records never passes through Python."""
    rtype = recordtypes.get(snapshot.record_type)
    rows = due.annotate(
        ident=Cast(F(rtype.identifier), output_field=TextField()),
    ).values_list("pk", "ident", "due_at")
    select, params = rows.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO records_proposalitem "
            "(proposal_id, rule_id, record_type, object_id, identifier, due_at, count, removed, "
            "status) "
            f"SELECT %s, %s, %s, q.* , 1, 0, 'pending' FROM ({select}) q",
            [proposal.pk, snapshot.pk, rtype.key, *params],
        )
        return cursor.rowcount


def archivists_over(org: OrganisationUnit) -> list[User]:
    return list(
        User.objects.filter(
            is_active=True,
            memberships__role=Role.ARCHIVIST,
            memberships__unit__in=org.ancestors_and_self(),
        ).distinct()
    )


# Approval ---------------------------------------------------------------------------------------


def _locked(proposal: Proposal, by: User) -> Proposal:
    if not Proposal.objects.visible_to(by).filter(pk=proposal.pk).exists():
        raise PermissionDenied
    return Proposal.objects.select_for_update().get(pk=proposal.pk)


@transaction.atomic
def approve_proposal(proposal: Proposal, *, by: User) -> Proposal:
    """Approve the proposal and queue the run. A second approval is refused."""
    from records import tasks

    proposal = _locked(proposal, by)
    if proposal.status != Proposal.Status.PROPOSED:
        raise ValidationError(
            _("Förslaget är redan %(status)s och kan inte godkännas igen.")
            % {"status": proposal.get_status_display().lower()}
        )
    proposal.status = Proposal.Status.APPROVED
    proposal.approved_by = by
    proposal.approved_at = timezone.now()
    proposal.save(update_fields=["status", "approved_by", "approved_at"])
    transaction.on_commit(lambda: tasks.queue_apply(proposal.pk))
    return proposal


@transaction.atomic
def reject_proposal(proposal: Proposal, *, by: User, reason: str) -> Proposal:
    proposal = _locked(proposal, by)
    if proposal.status != Proposal.Status.PROPOSED:
        raise ValidationError(_("Bara ett förslag som väntar på granskning kan avslås."))
    if not reason.strip():
        raise ValidationError(_("Skriv varför förslaget avslås."))
    proposal.status = Proposal.Status.REJECTED
    proposal.rejected_reason = reason.strip()
    proposal.save(update_fields=["status", "rejected_reason"])
    return proposal


# The run ----------------------------------------------------------------------------------------


def apply_proposal(pk: int) -> Proposal:
    """Thin what the approved proposal lists (see the module). Safe to run twice at once, and
    to run again after a crash."""
    proposal = Proposal.objects.get(pk=pk)
    if proposal.status == Proposal.Status.DONE:
        if not proposal.protocol_pdf:
            _finish(proposal.pk)
        return proposal
    if proposal.status != Proposal.Status.APPROVED:
        raise ValidationError(_("Förslaget är inte godkänt."))
    Proposal.objects.filter(pk=pk, started_at__isnull=True).update(started_at=timezone.now())
    remove_pending_files()  # what a crashed run committed but never got to delete
    while _case_batch(proposal):
        pass
    for item in ProposalItem.objects.filter(
        proposal=proposal, status=ProposalItem.Status.PENDING, object_id__isnull=True
    ):
        _log_item(item)
    _finish(proposal.pk)
    return Proposal.objects.get(pk=pk)


def _case_batch(proposal: Proposal) -> int:
    """Thin up to BATCH records of the proposal in one transaction; 0 when none is left."""
    batch = uuid.uuid4()
    with transaction.atomic():
        items = list(
            ProposalItem.objects.select_for_update(skip_locked=True)
            .filter(proposal=proposal, status=ProposalItem.Status.PENDING, object_id__isnull=False)
            .order_by("pk")[:BATCH]
        )
        if not items:
            return 0
        now = timezone.now()
        rules = {r.pk: r for r in ProposalRule.objects.filter(proposal=proposal)}
        outcome: dict[str, list[int]] = defaultdict(list)
        by_type: dict[tuple, list[ProposalItem]] = defaultdict(list)
        for item in items:
            by_type[(item.record_type, item.rule_id)].append(item)
        for (key, rule_pk), group in by_type.items():
            rtype = recordtypes.get(key)
            rule = rules[rule_pk]
            ids = [item.object_id for item in group]
            # Lock the records: a case reopened or held meanwhile waits for us, or we for it.
            existing = set(
                rtype.model.objects.select_for_update()
                .filter(pk__in=ids)
                .values_list("pk", flat=True)
            )
            on_hold = set(
                LegalHold.objects.active()
                .filter(
                    content_type=ContentType.objects.get_for_model(rtype.model), object_id__in=ids
                )
                .values_list("object_id", flat=True)
            )
            due = plan.still_due(rtype, rule.cutoff, rule.event, existing - on_hold)
            if due:
                remove_everywhere(rtype.purge(sorted(due)))
            for item in group:
                if item.object_id in on_hold:
                    outcome[ProposalItem.Status.HELD].append(item.pk)
                elif item.object_id in due:
                    outcome[ProposalItem.Status.DELETED].append(item.pk)
                else:
                    outcome[ProposalItem.Status.SKIPPED].append(item.pk)
        for status, pks in outcome.items():
            removed = 1 if status == ProposalItem.Status.DELETED else 0
            ProposalItem.objects.filter(pk__in=pks).update(
                status=status, done_at=now, batch=batch, removed=removed
            )
        deleted = len(outcome[ProposalItem.Status.DELETED])
        Proposal.objects.filter(pk=proposal.pk).update(progress_done=F("progress_done") + deleted)
        return len(items)


def _log_item(item: ProposalItem) -> None:
    """Thin the rows of a log type (or the history) older than the cutoff, in batches."""
    rtype = recordtypes.get(item.record_type)
    while True:
        with transaction.atomic():
            locked = (
                ProposalItem.objects.select_for_update(skip_locked=True)
                .filter(pk=item.pk, status=ProposalItem.Status.PENDING)
                .first()
            )
            if locked is None:
                return  # done, or another run has it
            rule = locked.rule
            held = held_parts()
            if rtype.mode == "history":
                count = _history_batch(rule.cutoff, held)
            else:
                query = (
                    rtype.records()
                    .annotate(due_at=plan.event_expression(rtype, rule.event))
                    .filter(due_at__lt=plan.cutoff_instant(rule.cutoff))
                )
                if held.get(rtype.model):
                    query = query.exclude(pk__in=held[rtype.model])
                ids = list(query.order_by("pk").values_list("pk", flat=True)[:BATCH])
                count = len(ids)
                if ids:
                    remove_everywhere(rtype.purge(ids))
            if count:
                locked.removed += count
                locked.save(update_fields=["removed"])
                continue
            locked.status = ProposalItem.Status.DELETED
            locked.done_at = timezone.now()
            locked.save(update_fields=["status", "done_at"])
            return


def _history_batch(cutoff: datetime.date, held: dict) -> int:
    for event_model in event_models():
        rows = _history_rows(event_model, cutoff, held)
        ids = list(rows.order_by("pgh_id").values_list("pgh_id", flat=True)[:HISTORY_BATCH])
        if ids:
            doomed = event_model.objects.filter(pgh_id__in=ids)
            doomed._raw_delete(doomed.db)
            return len(ids)
    # Contexts no event uses any more, from before the cutoff.
    unused = pghistory.models.Context.objects.filter(created_at__lt=plan.cutoff_instant(cutoff))
    for event_model in event_models():
        unused = unused.exclude(pk__in=event_model.objects.values("pgh_context_id"))
    unused.delete()
    return 0


def _finish(pk: int) -> None:
    from records.reports import write_protocol

    with transaction.atomic():
        proposal = Proposal.objects.select_for_update().get(pk=pk)
        if proposal.status == Proposal.Status.DONE and proposal.protocol_pdf:
            return
        if proposal.items.filter(status=ProposalItem.Status.PENDING).exists():
            return  # another run is still at it; the last one finishes
        proposal.status = Proposal.Status.DONE
        proposal.finished_at = proposal.finished_at or timezone.now()
        write_protocol(proposal)
        proposal.save()
        if proposal.approved_by_id:
            notify(
                [proposal.approved_by],
                event_key=f"records:proposal:{proposal.pk}:done",
                subject=_("Gallringen är klar: %(org)s") % {"org": proposal.organisation},
                url=proposal.get_absolute_url(),
            )
    logger.info("Gallringsförslag %s är verkställt", pk)


# Holds and proposals ----------------------------------------------------------------------------


def withdraw_from_proposals(content_type: ContentType, object_id: int) -> int:
    """A hold takes the record out of every open proposal. Waits for a run's batch that has the
    item; refuses if that batch thinned it."""
    keys = [t.key for t in recordtypes.all_types() if t.model is content_type.model_class()]
    items = ProposalItem.objects.select_for_update().filter(
        record_type__in=keys,
        object_id=object_id,
        proposal__status__in=Proposal.OPEN_STATUSES,
    )
    items = list(items)
    if any(item.status == ProposalItem.Status.DELETED for item in items):
        raise ValidationError(_("Ärendet har redan gallrats och kan inte spärras."))
    pending = [item.pk for item in items if item.status == ProposalItem.Status.PENDING]
    return ProposalItem.objects.filter(pk__in=pending).update(
        status=ProposalItem.Status.HELD, done_at=timezone.now()
    )
