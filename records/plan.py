"""The information management plan as queries: which rule applies to a record type in an
organisation, and which records are due for thinning under it on a given day."""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from qms import recordtypes
from qms.models import OrganisationUnit
from records.models import (
    DELIVERED,
    DeliveredRecord,
    LegalHold,
    Proposal,
    ProposalItem,
    RetentionRule,
)


def organisations() -> list[OrganisationUnit]:
    """The units that keep their own plan: every kommun, bolag and förening, and the root of
    each tree (for what lies outside them, and for records that belong to no unit)."""
    return list(
        OrganisationUnit.objects.filter(
            Q(kind__in=OrganisationUnit.ORGANISATION_KINDS) | Q(depth=1)
        ).order_by("path")
    )


def organisation_of(unit: OrganisationUnit | None) -> OrganisationUnit | None:
    """The deepest organisation (or root) at or above the unit."""
    if unit is None:
        return None
    found = None
    for org in organisations():
        if unit.path.startswith(org.path) and (found is None or org.depth > found.depth):
            found = org
    return found


def scope_q(org: OrganisationUnit, orgs: list[OrganisationUnit], unit_field: str) -> Q:
    """Records whose unit lies in `org` but not in an organisation below it."""
    query = Q(**{f"{unit_field}__path__startswith": org.path})
    for other in orgs:
        if other.pk != org.pk and other.path.startswith(org.path):
            query &= ~Q(**{f"{unit_field}__path__startswith": other.path})
    return query


def rule_for(key: str, org: OrganisationUnit | None) -> RetentionRule | None:
    """The organisation's own rule for the record type, else the group-wide one, else none
    (which means: kept)."""
    rules = {
        rule.organisation_id: rule
        for rule in RetentionRule.objects.filter(record_type=key).filter(
            Q(organisation__isnull=True) | Q(organisation=org)
        )
    }
    if org is not None and org.pk in rules:
        return rules[org.pk]
    return rules.get(None)


def event_expression(rtype: recordtypes.RecordType, event: str):
    if event == DELIVERED:
        return Subquery(
            DeliveredRecord.objects.filter(
                content_type=ContentType.objects.get_for_model(rtype.model),
                object_id=OuterRef("pk"),
            )
            .order_by("delivered_at")
            .values("delivered_at")[:1]
        )
    source = rtype.events[event].field
    return source() if callable(source) else F(source)


def cutoff_instant(day: datetime.date) -> datetime.datetime:
    """The start of the cutoff day in the local time zone: events before it are due."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def held(model) -> QuerySet:
    return LegalHold.objects.active().filter(
        content_type=ContentType.objects.get_for_model(model), object_id=OuterRef("pk")
    )


def in_open_proposal(key: str) -> QuerySet:
    return ProposalItem.objects.filter(
        record_type=key,
        object_id=OuterRef("pk"),
        status=ProposalItem.Status.PENDING,
        proposal__status__in=Proposal.OPEN_STATUSES,
    )


def due_records(
    rtype: recordtypes.RecordType,
    rule: RetentionRule,
    org: OrganisationUnit | None,
    orgs: list[OrganisationUnit],
    as_of: datetime.date,
    *,
    itemised: bool = True,
) -> QuerySet:
    """Records of the type in the organisation that the rule makes due on `as_of`: their event
    happened before the cutoff, they are not held, and no open proposal has them yet.
    Annotated with `due_at` (the event)."""
    query = rtype.records()
    if rtype.unit_field:
        if org is not None:
            query = query.filter(scope_q(org, orgs, rtype.unit_field))
    elif org is not None and org.depth != 1:
        return query.none()  # records of no unit belong to the tree's root
    cutoff = cutoff_instant(rule.cutoff(as_of))
    query = (
        query.annotate(due_at=event_expression(rtype, rule.event))
        .filter(due_at__lt=cutoff)
        .exclude(Exists(held(rtype.model)))
    )
    return query.exclude(Exists(in_open_proposal(rtype.key))) if itemised else query


def still_due(rtype: recordtypes.RecordType, cutoff: datetime.date, event: str, ids) -> set[int]:
    """Which of these records are still due under the cutoff (a reopened case is not)."""
    query = (
        rtype.records()
        .filter(pk__in=ids)
        .annotate(due_at=event_expression(rtype, event))
        .filter(due_at__lt=cutoff_instant(cutoff))
    )
    return set(query.values_list("pk", flat=True))
