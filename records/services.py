"""Writes of records management: rules of the plan, legal holds, e-archive packages, register
extracts and full exports. Thinning itself is in records.thinning."""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qms import recordtypes
from qms.models import OrganisationUnit, Role, User
from records import plan, thinning
from records.models import (
    DELIVERED,
    ArchivePackage,
    DeliveredRecord,
    FullExport,
    JobStatus,
    LegalHold,
    RegisterExtract,
    RetentionRule,
)


def rule_events(rtype: recordtypes.RecordType) -> list[tuple[str, str]]:
    """The dates a rule for the type may count from (every case type also has the delivery to
    the e-archive)."""
    events = [(key, str(event.label)) for key, event in rtype.events.items()]
    if rtype.mode == "case" and rtype.describe is not None:
        events.append((DELIVERED, _("leverans till e-arkiv")))
    return events


def check_rule(rule: RetentionRule, *, confirmed: bool) -> None:
    rtype = recordtypes.get(rule.record_type)
    if rtype is None:
        raise ValidationError(_("Okänd informationstyp."))
    if rule.action == RetentionRule.Action.KEEP:
        rule.period = None
        rule.event = ""
        rule.confirmed_short = False
        return
    if not (rtype.thinnable or rtype.mode == "history"):
        raise ValidationError(
            _("%(type)s kan inte gallras i systemet; den bevaras.") % {"type": rtype.label}
        )
    if rule.period is None:
        raise ValidationError({"period": _("Ange efter hur lång tid informationen gallras.")})
    if rule.event not in dict(rule_events(rtype)):
        raise ValidationError({"event": _("Välj vad tiden räknas från.")})
    if rule.is_short and not confirmed:
        raise ValidationError(
            {
                "confirm_short": _(
                    "Regeln gallrar information som är yngre än en månad. Bekräfta att det är "
                    "beslutat."
                )
            }
        )
    rule.confirmed_short = rule.is_short


@transaction.atomic
def save_rule(rule: RetentionRule, *, by: User, confirmed: bool = False) -> RetentionRule:
    """Adopt or change a rule of the plan (history records every change)."""
    if not by.has_perm("records.keep_rule", rule.organisation):
        raise PermissionDenied
    if rule.pk:
        stored = RetentionRule.objects.select_for_update().get(pk=rule.pk)
        if not by.has_perm("records.keep_rule", stored.organisation):
            raise PermissionDenied
    check_rule(rule, confirmed=confirmed)
    if rule.organisation is not None and rule.organisation not in plan.organisations():
        raise ValidationError({"organisation": _("Välj en kommun, ett bolag eller en förening.")})
    clash = RetentionRule.objects.filter(
        record_type=rule.record_type, organisation=rule.organisation
    ).exclude(pk=rule.pk)
    if clash.exists():
        raise ValidationError(
            _("Det finns redan en regel för informationstypen i den organisationen; ändra den.")
        )
    if not rule.pk:
        rule.created_by = by
    rule.save()
    return rule


@transaction.atomic
def remove_rule(rule: RetentionRule, *, by: User) -> None:
    """Take a rule out of the plan: the type is then kept (or follows the group-wide rule)."""
    rule = RetentionRule.objects.select_for_update().get(pk=rule.pk)
    if not by.has_perm("records.keep_rule", rule.organisation):
        raise PermissionDenied
    rule.delete()


# Legal holds ----------------------------------------------------------------------------------


def find_record(key: str, identifier: str, *, user: User):
    """The record of the type with this case number (or id) that the user may see."""
    rtype = recordtypes.get(key)
    if rtype is None or rtype.mode != "case" or rtype.visible_to is None:
        return None
    identifier = identifier.strip()
    query = rtype.visible_to(user).filter(pk__in=rtype.records().values("pk"))
    if rtype.identifier == "pk":
        if not identifier.isdigit():
            return None
        return query.filter(pk=int(identifier)).first()
    return query.filter(**{f"{rtype.identifier}__iexact": identifier}).first()


def record_type_of(obj) -> str | None:
    """The key of the record type an object belongs to (a deviation on a lex Sarah track is
    a lex Sarah record)."""
    for rtype in recordtypes.types_for_model(type(obj)):
        if (
            rtype.mode == "case"
            and rtype.records is not None
            and rtype.records().filter(pk=obj.pk).exists()
        ):
            return rtype.key
    return None


def record_unit(rtype: recordtypes.RecordType, obj) -> OrganisationUnit | None:
    if not rtype.unit_field:
        return None
    unit = obj
    for part in rtype.unit_field.split("__"):
        unit = getattr(unit, part, None)
    return unit


@transaction.atomic
def place_hold(
    obj,
    *,
    key: str,
    by: User,
    reason_kind: str,
    reason: str,
    review_date: datetime.date,
) -> LegalHold:
    """Hold a record (a whole case with its parts) against thinning; it leaves every open
    proposal at once."""
    rtype = recordtypes.get(key)
    unit = record_unit(rtype, obj)
    if not by.has_perm("records.hold_in", unit):
        raise PermissionDenied
    content_type = ContentType.objects.get_for_model(obj)
    if LegalHold.objects.active().filter(content_type=content_type, object_id=obj.pk).exists():
        raise ValidationError(_("Ärendet är redan spärrat."))
    if review_date <= timezone.localdate():
        raise ValidationError({"review_date": _("Ange ett datum framåt i tiden.")})
    thinning.withdraw_from_proposals(content_type, obj.pk)
    return LegalHold.objects.create(
        content_type=content_type,
        object_id=obj.pk,
        record_type=key,
        identifier=str(getattr(obj, rtype.identifier)),
        unit=unit,
        reason_kind=reason_kind,
        reason=reason.strip(),
        review_date=review_date,
        placed_by=by,
    )


@transaction.atomic
def lift_hold(hold: LegalHold, *, by: User, reason: str) -> LegalHold:
    hold = LegalHold.objects.select_for_update().get(pk=hold.pk)
    if not by.has_perm("records.hold_in", hold.unit):
        raise PermissionDenied
    if not hold.is_active:
        raise ValidationError(_("Spärren är redan hävd."))
    if not reason.strip():
        raise ValidationError({"reason": _("Skriv varför spärren hävs.")})
    hold.lifted_at = timezone.now()
    hold.lifted_by = by
    hold.lift_reason = reason.strip()
    hold.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
    return hold


# Jobs for the worker ------------------------------------------------------------------------------


@transaction.atomic
def request_package(
    *,
    by: User,
    key: str,
    organisation: OrganisationUnit,
    period_start: datetime.date,
    period_end: datetime.date,
) -> ArchivePackage:
    from records import tasks

    if not _archivist_over(by, organisation):
        raise PermissionDenied
    rtype = recordtypes.get(key)
    if rtype is None or rtype.describe is None or rtype.mode != "case":
        raise ValidationError({"record_type": _("Den informationstypen kan inte levereras.")})
    if period_end < period_start:
        raise ValidationError({"period_end": _("Slutdatumet måste vara efter startdatumet.")})
    package = ArchivePackage.objects.create(
        record_type=key,
        organisation=organisation,
        period_start=period_start,
        period_end=period_end,
        requested_by=by,
    )
    transaction.on_commit(lambda: tasks.queue("build_package", package.pk))
    return package


def _archivist_over(user: User, unit: OrganisationUnit) -> bool:
    from records.permissions import archivist_over

    return archivist_over(user, unit)


@transaction.atomic
def mark_delivered(package: ArchivePackage, *, by: User, receipt: str) -> ArchivePackage:
    """The e-archive has received the package: each record in it is delivered (what a rule
    "gallras efter leverans till e-arkiv" counts from)."""
    package = ArchivePackage.objects.select_for_update().get(pk=package.pk)
    if not _archivist_over(by, package.organisation):
        raise PermissionDenied
    if package.status != JobStatus.DONE:
        raise ValidationError(_("Paketet är inte klart."))
    if package.delivered_at:
        raise ValidationError(_("Leveransen är redan registrerad."))
    if not receipt.strip():
        raise ValidationError({"receipt": _("Ange e-arkivets kvittens eller leveransnummer.")})
    now = timezone.now()
    rtype = recordtypes.get(package.record_type)
    content_type = ContentType.objects.get_for_model(rtype.model)
    DeliveredRecord.objects.bulk_create(
        [
            DeliveredRecord(
                package=package, content_type=content_type, object_id=pk, delivered_at=now
            )
            for pk in package.record_ids
        ],
        batch_size=2000,
    )
    package.delivered_at = now
    package.delivered_by = by
    package.delivery_receipt = receipt.strip()
    package.save(update_fields=["delivered_at", "delivered_by", "delivery_receipt"])
    return package


@transaction.atomic
def request_extract(
    *,
    by: User,
    scope: OrganisationUnit,
    subject_user: User | None,
    subject_email: str,
    subject_name: str,
    reference: str,
) -> RegisterExtract:
    from records import tasks

    if not by.has_perm("records.extract"):
        raise PermissionDenied
    if not (by.is_admin() or by.has_role_over(scope, Role.DPO)):
        raise PermissionDenied
    if subject_user is None and not subject_email.strip() and not subject_name.strip():
        raise ValidationError(_("Ange ett konto, en e-postadress eller ett namn."))
    extract = RegisterExtract.objects.create(
        requested_by=by,
        scope=scope,
        subject_user=subject_user,
        subject_email=subject_email.strip(),
        subject_name=subject_name.strip(),
        reference=reference.strip(),
    )
    transaction.on_commit(lambda: tasks.queue("build_extract", extract.pk))
    return extract


@transaction.atomic
def request_full_export(*, by: User) -> FullExport:
    from records import tasks

    if not by.has_perm("records.full_export"):
        raise PermissionDenied
    job = FullExport.objects.create(requested_by=by)
    transaction.on_commit(lambda: tasks.queue("build_full_export", job.pk))
    return job
