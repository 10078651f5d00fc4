"""Every change of an audit: one function per transition, rules enforced here.

Views, tasks, the demo and management commands call these; templates only hide what these
refuse anyway. Transitions lock the audit row, so two people cannot both move it from a stale
status.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audits.models import (
    NONCONFORMITIES,
    Answer,
    Audit,
    Criterion,
    Evidence,
    Finding,
    Grade,
    Programme,
    Question,
    TeamMember,
)
from deviations import services as deviation_services
from deviations.models import Action, Deviation
from qms.models import Membership, OrganisationUnit, Role, User
from qms.notifications import notify
from qms.uploads import store_upload

Status = Audit.Status

ALLOWED = {
    Status.PLANNED: {Status.PREPARED, Status.CANCELLED},
    Status.PREPARED: {Status.PERFORMED, Status.CANCELLED},
    Status.PERFORMED: {Status.REPORTED},
    Status.REPORTED: {Status.CLOSED},
    Status.CLOSED: set(),
    Status.CANCELLED: set(),
}

# Statuses in which the checklist is answered and findings are recorded.
FIELDWORK_STATUSES = (Status.PREPARED, Status.PERFORMED)
# Statuses in which findings get their actions (and deviations).
FOLLOW_UP_STATUSES = (Status.PERFORMED, Status.REPORTED)
# Team roles that audit (and so must be independent of the audited area).
AUDITING_ROLES = (TeamMember.Role.LEAD, TeamMember.Role.AUDITOR, TeamMember.Role.FACILITATOR)
REMINDER_DAYS = (14, 7)


# Who may do what ------------------------------------------------------------------------------


def may_plan(user: User, unit: OrganisationUnit) -> bool:
    """Coordinators over the unit (and admins) plan audits and decide on independence."""
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_admin() or user.has_role_over(unit, Role.COORDINATOR))
    )


def is_on_team(user: User, audit: Audit) -> bool:
    return user.is_authenticated and audit.team.filter(user=user).exists()


def may_work_on(user: User, audit: Audit) -> bool:
    """The audit team, and those who plan audits of the unit, perform and report it."""
    return may_plan(user, audit.unit) or is_on_team(user, audit)


def _ensure_may_plan(unit: OrganisationUnit, by: User) -> None:
    if not may_plan(by, unit):
        raise PermissionDenied(_("Bara kvalitetssamordnare för enheten planerar revisioner."))


def _ensure_may_work(audit: Audit, by: User) -> None:
    if not may_work_on(by, audit):
        raise PermissionDenied(_("Bara revisionsteamet eller en kvalitetssamordnare får ändra."))


def ensure_transition(audit: Audit, target: str) -> None:
    if target not in ALLOWED[audit.status]:
        raise ValidationError(
            _("Revisionen kan inte gå från ”%(current)s” till ”%(target)s”.")
            % {"current": audit.get_status_display(), "target": Status(target).label}
        )


def _locked(audit: Audit) -> Audit:
    return Audit.objects.select_for_update(of=("self",)).select_related("unit").get(pk=audit.pk)


# Independence ---------------------------------------------------------------------------------


def independence_conflicts(user: User, unit: OrganisationUnit) -> list[Membership]:
    """The user's memberships that make them part of the audited area.

    A chef or medarbetare on the unit, above it or below it works in the area; a coordinator
    on the unit or below it is responsible for its quality work. An auditor's, a board
    member's or an admin's role is no conflict.
    """
    conflicts = []
    for membership in user.cached_memberships:
        path = membership.unit.path
        inside = path.startswith(unit.path)
        above = unit.path.startswith(path)
        if (membership.role in (Role.MANAGER, Role.STAFF) and (inside or above)) or (
            membership.role == Role.COORDINATOR and inside
        ):
            conflicts.append(membership)
    return conflicts


# The programme --------------------------------------------------------------------------------


@transaction.atomic
def create_programme(
    *, by: User, unit: OrganisationUnit, year: int, objectives: str = ""
) -> Programme:
    _ensure_may_plan(unit, by)
    if Programme.objects.filter(unit=unit, year=year).exists():
        raise ValidationError(_("Det finns redan ett program för %(year)s.") % {"year": year})
    return Programme.objects.create(unit=unit, year=year, objectives=objectives, created_by=by)


@transaction.atomic
def plan_audit(
    programme: Programme,
    *,
    by: User,
    kind: str,
    title: str,
    unit: OrganisationUnit,
    planned_date: datetime.date,
    criteria: Iterable[Criterion] = (),
    process: str = "",
    scope: str = "",
    priority: str = Audit.Priority.MEDIUM,
    priority_reason: str = "",
    external_body: str = "",
    external_reference: str = "",
    external_auditors: str = "",
    participants: str = "",
) -> Audit:
    """Add an audit to the programme."""
    _ensure_may_plan(unit, by)
    if not programme.unit.contains(unit):
        raise ValidationError(
            {
                "unit": _("Enheten ligger utanför programmets organisation (%(unit)s).")
                % {"unit": programme.unit}
            }
        )
    if planned_date.year != programme.year:
        raise ValidationError(
            {
                "planned_date": _("Datumet ska ligga under programåret %(year)s.")
                % {"year": programme.year}
            }
        )
    if kind in Audit.EXTERNAL_KINDS and not external_body.strip():
        raise ValidationError({"external_body": _("Ange certifieringsorgan eller leverantör.")})
    audit = Audit.objects.create(
        programme=programme,
        kind=kind,
        title=title,
        unit=unit,
        planned_date=planned_date,
        process=process,
        scope=scope,
        priority=priority,
        priority_reason=priority_reason,
        external_body=external_body,
        external_reference=external_reference,
        external_auditors=external_auditors,
        participants=participants,
        created_by=by,
    )
    audit.criteria.set(criteria)
    return audit


@transaction.atomic
def add_team_member(
    audit: Audit, *, by: User, user: User, role: str, override_reason: str = ""
) -> TeamMember:
    """Put a person on the team. Someone from the audited area is refused unless the
    coordinator consciously overrides, with a reason that is kept with who and when."""
    audit = _locked(audit)
    _ensure_may_plan(audit.unit, by)
    if audit.status not in (Status.PLANNED, Status.PREPARED):
        raise ValidationError(_("Teamet kan bara ändras innan revisionen genomförts."))
    if audit.team.filter(user=user).exists():
        raise ValidationError(_("%(user)s finns redan i teamet.") % {"user": user})
    if (
        role in (TeamMember.Role.LEAD, TeamMember.Role.AUDITOR)
        and audit.kind == Audit.Kind.INTERNAL
        and not user.has_role(Role.AUDITOR, Role.COORDINATOR)
    ):
        raise ValidationError(
            {"user": _("Revisorer ska ha rollen internrevisor eller kvalitetssamordnare.")}
        )
    member = TeamMember(audit=audit, user=user, role=role)
    conflicts = (
        independence_conflicts(user, audit.unit)
        if audit.needs_independence and role in AUDITING_ROLES
        else []
    )
    if conflicts:
        if not override_reason.strip():
            raise ValidationError(
                _(
                    "%(user)s är inte oberoende: %(roles)s. Ange en motivering om du ändå "
                    "vill ha personen i teamet."
                )
                % {
                    "user": user,
                    "roles": ", ".join(
                        f"{m.get_role_display().lower()} på {m.unit.name}" for m in conflicts
                    ),
                },
                code="not_independent",
            )
        member.override_reason = override_reason.strip()
        member.override_by = by
        member.override_at = timezone.now()
    member.save()
    notify(
        [user],
        event_key=f"audit:{audit.pk}:team:{user.pk}",
        subject=_("Du är med i revisionen %(title)s (%(date)s)")
        % {"title": audit.title, "date": audit.planned_date.isoformat()},
        url=audit.get_absolute_url(),
    )
    return member


# Transitions ----------------------------------------------------------------------------------


@transaction.atomic
def prepare_audit(audit: Audit, *, by: User) -> Audit:
    """The team is set and the checklist is made from the question bank of the criteria."""
    audit = _locked(audit)
    _ensure_may_work(audit, by)
    ensure_transition(audit, Status.PREPARED)
    team = list(audit.team.all())
    if audit.kind == Audit.Kind.INTERNAL and not any(m.role == TeamMember.Role.LEAD for m in team):
        raise ValidationError(_("Utse en revisionsledare innan revisionen förbereds."))
    if audit.kind == Audit.Kind.IMPROVEMENT_DAY and not any(
        m.role == TeamMember.Role.FACILITATOR for m in team
    ):
        raise ValidationError(_("Utse en processledare innan förbättringsdagen förbereds."))
    if not audit.is_external:
        questions = list(
            Question.objects.filter(criterion__in=audit.criteria.all(), is_active=True).order_by(
                "criterion__framework", "criterion__order", "order", "pk"
            )
        )
        if not questions:
            raise ValidationError(_("Välj kriterier med frågor i frågebanken först."))
        Answer.objects.bulk_create(
            [
                Answer(audit=audit, question=q, question_text=q.text, order=i)
                for i, q in enumerate(questions)
            ],
            ignore_conflicts=True,
        )
    return _move(audit, Status.PREPARED)


@transaction.atomic
def perform_audit(audit: Audit, *, by: User, performed_on: datetime.date) -> Audit:
    """The fieldwork is done: every checklist question has its grade."""
    audit = _locked(audit)
    _ensure_may_work(audit, by)
    ensure_transition(audit, Status.PERFORMED)
    if performed_on > timezone.localdate():
        raise ValidationError({"performed_on": _("Datumet kan inte ligga i framtiden.")})
    unanswered = audit.answers.filter(grade="").count()
    if unanswered:
        raise ValidationError(
            _("Alla frågor i checklistan ska bedömas först (%(count)s saknar bedömning).")
            % {"count": unanswered}
        )
    audit.performed_on = performed_on
    return _move(audit, Status.PERFORMED)


@transaction.atomic
def report_audit(audit: Audit, *, by: User, summary: str, conclusion: str = "") -> Audit:
    """The report is written; every nonconformity has an action or a deviation."""
    audit = _locked(audit)
    _ensure_may_work(audit, by)
    ensure_transition(audit, Status.REPORTED)
    if not summary.strip():
        raise ValidationError({"summary": _("Skriv en sammanfattning.")})
    without = [f for f in audit.findings.filter(grade__in=NONCONFORMITIES) if not _is_handled(f)]
    if without:
        raise ValidationError(
            _("Varje avvikelse ska ha en åtgärd eller en avvikelserapport: %(titles)s.")
            % {"titles": ", ".join(f"”{f.title}”" for f in without)}
        )
    audit.summary = summary.strip()
    audit.conclusion = conclusion.strip()
    audit.reported_at = timezone.now()
    _move(audit, Status.REPORTED)
    notify(
        auditees(audit),
        event_key=f"audit:{audit.pk}:reported",
        subject=_("Revisionsrapporten för %(title)s är klar") % {"title": audit.title},
        url=audit.get_absolute_url(),
    )
    return audit


@transaction.atomic
def close_audit(audit: Audit, *, by: User) -> Audit:
    """All findings are verified: close the audit and freeze its report."""
    from audits.reports import render_audit_pdf

    audit = _locked(audit)
    if not (may_plan(by, audit.unit) or audit.team.filter(user=by, role=TeamMember.Role.LEAD)):
        raise PermissionDenied(_("Revisionsledaren eller en kvalitetssamordnare avslutar."))
    ensure_transition(audit, Status.CLOSED)
    open_findings = audit.findings.needing_verification().count()
    if open_findings:
        raise ValidationError(
            _("Alla iakttagelser ska vara verifierade först (%(count)s är inte verifierade).")
            % {"count": open_findings}
        )
    audit.closed_at = timezone.now()
    audit.status = Status.CLOSED
    # Rendered with the closing state, then never again: the stored file is the report.
    audit.report_pdf.save(
        f"revisionsrapport-{audit.pk}.pdf", ContentFile(render_audit_pdf(audit)), save=False
    )
    audit.save()
    return audit


@transaction.atomic
def cancel_audit(audit: Audit, *, by: User, reason: str) -> Audit:
    audit = _locked(audit)
    _ensure_may_plan(audit.unit, by)
    ensure_transition(audit, Status.CANCELLED)
    if not reason.strip():
        raise ValidationError({"reason": _("Skriv varför revisionen ställs in.")})
    audit.cancel_reason = reason.strip()
    return _move(audit, Status.CANCELLED)


def _move(audit: Audit, target: str) -> Audit:
    audit.status = target
    audit.save()
    return audit


def auditees(audit: Audit) -> list[User]:
    """The nearest chefs of the audited unit and the coordinators above it."""
    return audit.unit.leaders()


# The checklist --------------------------------------------------------------------------------


@transaction.atomic
def save_answer(
    answer: Answer,
    *,
    by: User,
    grade: str,
    notes: str = "",
    files: Iterable[UploadedFile] = (),
) -> Answer:
    """Save one answer as the auditor goes; a graded finding follows the answer."""
    audit = _locked(answer.audit)
    _ensure_may_work(audit, by)
    if audit.status not in FIELDWORK_STATUSES:
        raise ValidationError(_("Checklistan kan bara fyllas i under revisionen."))
    answer = Answer.objects.select_for_update().select_related("question").get(pk=answer.pk)
    answer.grade = grade
    answer.notes = notes.strip()
    answer.answered_by = by
    answer.updated_at = timezone.now()
    answer.save()
    _sync_finding(answer, audit, by=by)
    for upload in files:
        _attach(answer, upload, by=by)
    return answer


def _sync_finding(answer: Answer, audit: Audit, *, by: User) -> None:
    finding = Finding.objects.filter(answer=answer).first()
    if answer.grade in ("", Grade.CONFORMS):
        if finding is None:
            return
        if Action.objects.for_object(finding).exists() or finding.deviation_id:
            raise ValidationError(
                _("Iakttagelsen har redan åtgärder och kan inte tas bort genom att ändra svaret.")
            )
        finding.delete()
        return
    if finding is None:
        finding = Finding(audit=audit, answer=answer, created_by=by)
    # The title is a statement made from the question until someone writes their own.
    if not finding.title or finding.title == statement_title(answer.question_text):
        finding.title = statement_title(answer.question_text)
    finding.criterion = answer.question.criterion
    finding.grade = answer.grade
    finding.description = answer.notes
    finding.save()


def _attach(answer: Answer, upload: UploadedFile, *, by: User) -> Evidence:
    evidence = Evidence(answer=answer, uploaded_by=by)
    store_upload(evidence, upload)
    return evidence


# Findings -------------------------------------------------------------------------------------

# A checklist question's opening verb, dropped to make the question a statement's heading:
# "Finns mätbara kvalitetsmål …?" → "Mätbara kvalitetsmål …".
_QUESTION_VERBS = ("finns", "är", "har", "används", "följs", "känner", "sker", "görs", "kan")


def statement_title(question: str) -> str:
    """A finding's heading made from its checklist question: no question mark, and the opening
    verb of a yes/no question dropped, so a case filed from it does not read as a question.
    The auditor may write another (`retitle_finding`)."""
    text = question.strip().rstrip("?").strip()
    first, _space, rest = text.partition(" ")
    if first.lower() in _QUESTION_VERBS and rest:
        text = rest
    return (text[:1].upper() + text[1:])[:500]


@transaction.atomic
def retitle_finding(finding: Finding, *, by: User, title: str) -> Finding:
    """Give a finding the heading the auditor wrote (until it is verified)."""
    _ensure_may_work(_locked(finding.audit), by)
    if finding.verified_at:
        raise ValidationError(_("Iakttagelsen är redan verifierad."))
    title = title.strip()
    if not title:
        raise ValidationError({"title": _("Skriv en rubrik.")})
    finding.title = title
    finding.save(update_fields=["title"])
    return finding


@transaction.atomic
def record_finding(
    audit: Audit,
    *,
    by: User,
    grade: str,
    title: str,
    description: str = "",
    criterion: Criterion | None = None,
) -> Finding:
    """A finding without a checklist question: an external auditor's, or a workshop's idea."""
    audit = _locked(audit)
    _ensure_may_work(audit, by)
    if audit.status not in FIELDWORK_STATUSES:
        raise ValidationError(_("Iakttagelser registreras under revisionen."))
    if grade == Grade.CONFORMS:
        raise ValidationError({"grade": _("Välj vad som iakttogs.")})
    return Finding.objects.create(
        audit=audit,
        grade=grade,
        title=title,
        description=description,
        criterion=criterion,
        created_by=by,
    )


def _ensure_follow_up(finding: Finding, by: User) -> Audit:
    audit = _locked(finding.audit)
    _ensure_may_work(audit, by)
    if audit.status not in FOLLOW_UP_STATUSES:
        raise ValidationError(_("Åtgärder läggs till när revisionen är genomförd."))
    if finding.verified_at:
        raise ValidationError(_("Iakttagelsen är redan verifierad."))
    return audit


@transaction.atomic
def add_finding_action(
    finding: Finding,
    *,
    by: User,
    kind: str,
    title: str,
    owner: User,
    due_date: datetime.date,
    description: str = "",
) -> Action:
    """An action in the shared register, with the finding as its source."""
    audit = _ensure_follow_up(finding, by)
    return deviation_services.create_action(
        finding,
        by=by,
        kind=kind,
        title=title,
        owner=owner,
        unit=audit.unit,
        due_date=due_date,
        description=description,
    )


@transaction.atomic
def report_finding_deviation(finding: Finding, *, by: User) -> Deviation:
    """File a nonconformity as a deviation too, handled in the deviation workflow."""
    audit = _ensure_follow_up(finding, by)
    finding = Finding.objects.select_for_update().get(pk=finding.pk)
    if not finding.is_nonconformity:
        raise ValidationError(_("Bara avvikelser (större eller mindre) rapporteras som avvikelse."))
    if finding.deviation_id:
        raise ValidationError(_("Iakttagelsen har redan en avvikelserapport."))
    occurred = audit.performed_on or timezone.localdate()
    deviation = deviation_services.report_deviation(
        by=by,
        unit=audit.unit,
        title=finding.title[:200],
        description=_("Från revisionen %(audit)s (%(grade)s).\n\n%(text)s")
        % {"audit": audit.title, "grade": finding.get_grade_display(), "text": finding.description},
        occurred_at=min(
            timezone.now(),
            timezone.make_aware(datetime.datetime.combine(occurred, datetime.time(12))),
        ),
    )
    finding.deviation = deviation
    finding.save(update_fields=["deviation"])
    return deviation


def _is_handled(finding: Finding) -> bool:
    return (
        bool(finding.deviation_id)
        or Action.objects.for_object(finding).exclude(status=Action.Status.CANCELLED).exists()
    )


@transaction.atomic
def verify_finding(finding: Finding, *, by: User, verification: str) -> Finding:
    """The auditor's re-check: the actions are done and worked."""
    audit = _locked(finding.audit)
    if not (
        audit.team.filter(user=by, role__in=AUDITING_ROLES).exists()
        or (audit.is_external and may_plan(by, audit.unit))
    ):
        raise PermissionDenied(_("Bara revisorerna i teamet verifierar iakttagelser."))
    if audit.status != Status.REPORTED:
        raise ValidationError(_("Iakttagelser verifieras när rapporten är klar."))
    finding = Finding.objects.select_for_update().get(pk=finding.pk)
    if not finding.needs_verification or finding.verified_at:
        raise ValidationError(_("Iakttagelsen behöver ingen (ny) verifiering."))
    actions = Action.objects.for_object(finding)
    if actions.open().exists():
        raise ValidationError(_("Alla åtgärder ska vara genomförda eller avbrutna först."))
    if finding.deviation_id and finding.deviation.status != Deviation.Status.CLOSED:
        raise ValidationError(_("Den kopplade avvikelsen ska vara avslutad först."))
    if (
        finding.is_nonconformity
        and not finding.deviation_id
        and not actions.exclude(status=Action.Status.CANCELLED).exists()
    ):
        raise ValidationError(_("En avvikelse verifieras först när den har en genomförd åtgärd."))
    if not verification.strip():
        raise ValidationError({"verification": _("Beskriv hur det kontrollerades.")})
    finding.verification = verification.strip()
    finding.verified_at = timezone.now()
    finding.verified_by = by
    finding.save(update_fields=["verification", "verified_at", "verified_by"])
    return finding


# External audits and certificates -------------------------------------------------------------


@transaction.atomic
def link_cycle_event(audit: Audit, event, *, by: User) -> None:
    """Record that a certificate's cycle event (e.g. a surveillance audit) is this audit."""
    _ensure_may_plan(audit.unit, by)
    if audit.kind != Audit.Kind.CERTIFICATION:
        raise ValidationError(_("Bara externa revisioner av certifieringsorgan kan kopplas."))
    event.audit_content_type = ContentType.objects.get_for_model(Audit)
    event.audit_object_id = audit.pk
    event.save(update_fields=["audit_content_type", "audit_object_id"])


def linked_cycle_events(audit: Audit):
    from certifications.models import CycleEvent

    return CycleEvent.objects.filter(
        audit_content_type=ContentType.objects.get_for_model(Audit), audit_object_id=audit.pk
    ).select_related("cycle__certificate__standard")


# Reminders ------------------------------------------------------------------------------------


def send_reminders(today: datetime.date | None = None) -> int:
    """Remind the team 14 and 7 days before an audit, and when its report is due.

    Catch-up is natural: each audit inside a window gets that window's reminder on the next
    run, and the notification's event key keeps any rerun from sending it twice.
    """
    today = today or timezone.localdate()
    sent = 0
    upcoming = Audit.objects.upcoming().filter(
        planned_date__gte=today, planned_date__lte=today + datetime.timedelta(days=REMINDER_DAYS[0])
    )
    for audit in upcoming.prefetch_related("team__user"):
        days_left = (audit.planned_date - today).days
        milestone = min(d for d in REMINDER_DAYS if days_left <= d)
        with transaction.atomic():
            sent += len(
                notify(
                    [m.user for m in audit.team.all()],
                    event_key=f"audit:{audit.pk}:before:{milestone}:{audit.planned_date}",
                    subject=_("Revisionen %(title)s är om %(days)s dagar (%(date)s)")
                    % {"title": audit.title, "days": days_left, "date": audit.planned_date},
                    url=audit.get_absolute_url(),
                )
            )
    due = Audit.objects.filter(
        status=Status.PERFORMED,
        performed_on__lte=today - datetime.timedelta(days=Audit.REPORT_DUE_DAYS),
    )
    for audit in due.prefetch_related("team__user"):
        with transaction.atomic():
            sent += len(
                notify(
                    [m.user for m in audit.team.all()],
                    event_key=f"audit:{audit.pk}:report-due:{audit.performed_on}",
                    subject=_("Rapporten för revisionen %(title)s skulle vara klar %(date)s")
                    % {"title": audit.title, "date": audit.report_due},
                    url=audit.get_absolute_url(),
                )
            )
    return sent
