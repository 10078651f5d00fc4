"""Every change of a deviation or an action: one function per transition, rules enforced here.

Views, tasks and management commands call these; the UI only hides what these refuse anyway.
Each function locks the row it changes, so two people moving the same case at once cannot
both succeed from a stale status.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from deviations.models import (
    CASE_HANDLER_ROLES,
    SENSITIVE_ROLES,
    Action,
    Attachment,
    Category,
    CategorySensitivityDecision,
    Comment,
    Deviation,
    Requirement,
    Supplier,
)
from deviations.numbering import next_number
from qms.languages import in_language_of
from qms.models import OrganisationUnit, Role, User
from qms.notifications import notify
from qms.uploads import store_upload

Status = Deviation.Status

ALLOWED = {
    Status.REPORTED: {Status.INVESTIGATING, Status.DISMISSED},
    Status.INVESTIGATING: {Status.ACTING, Status.DISMISSED},
    Status.ACTING: {Status.FOLLOW_UP},
    Status.FOLLOW_UP: {Status.CLOSED, Status.ACTING},
    Status.CLOSED: {Status.INVESTIGATING},
    Status.DISMISSED: {Status.INVESTIGATING},
}

DEVIATION_SERIES = "AV"
# Statuses in which the cause analysis and the actions are worked on.
WORK_STATUSES = (Status.INVESTIGATING, Status.ACTING, Status.FOLLOW_UP)


# Who may do what ------------------------------------------------------------------------------


def may_handle(user: User, deviation: Deviation) -> bool:
    """The assigned investigator, or a chef/coordinator over the unit who may also read it."""
    if not user.is_authenticated or not user.is_active:
        return False
    if deviation.investigator_id == user.pk:
        return True
    if deviation.is_confidential:
        return any(
            deviation.unit.path.startswith(path) for path in user.sensitive_paths(*SENSITIVE_ROLES)
        )
    return user.has_role_over(deviation.unit, *CASE_HANDLER_ROLES)


def may_handle_action(user: User, action: Action) -> bool:
    """The owner works on an action; chefs and coordinators over its unit manage it."""
    return action.owner_id == user.pk or may_manage_action(user, action)


def may_manage_action(user: User, action: Action) -> bool:
    if action.is_confidential:
        return any(
            action.unit.path.startswith(path) for path in user.sensitive_paths(*SENSITIVE_ROLES)
        )
    return user.has_role_over(action.unit, *CASE_HANDLER_ROLES)


def ensure_may_handle(deviation: Deviation, by: User) -> None:
    if not may_handle(by, deviation):
        raise PermissionDenied(
            _("Bara utredaren, chef för enheten eller en kvalitetssamordnare får ändra ärendet.")
        )


def ensure_transition(deviation: Deviation, target: str) -> None:
    if target not in ALLOWED[deviation.status]:
        raise ValidationError(
            _("Ärendet kan inte gå från ”%(current)s” till ”%(target)s”.")
            % {"current": deviation.get_status_display(), "target": Status(target).label}
        )


def _locked(deviation: Deviation) -> Deviation:
    """The current row, locked until the transaction ends."""
    return (
        Deviation.objects.select_for_update(of=("self",))
        .select_related("unit")
        .get(pk=deviation.pk)
    )


# Reporting ------------------------------------------------------------------------------------


@transaction.atomic
def report_deviation(
    *,
    by: User,
    unit: OrganisationUnit,
    title: str,
    description: str,
    occurred_at: datetime.datetime,
    location: str = "",
    immediate_action: str = "",
    category: Category | None = None,
    is_confidential: bool = False,
    ia_case_number: str = "",
    files: Iterable[UploadedFile] = (),
) -> Deviation:
    """File a new deviation with its next number; tell the unit's chefs and coordinators."""
    if occurred_at > timezone.now() + datetime.timedelta(minutes=5):
        raise ValidationError({"occurred_at": _("Tidpunkten kan inte ligga i framtiden.")})
    organisation = unit.organisation() or unit
    now = timezone.now()
    deviation = Deviation.objects.create(
        number=next_number(DEVIATION_SERIES, organisation, timezone.localdate(now).year),
        organisation=organisation,
        unit=unit,
        title=title,
        description=description,
        occurred_at=occurred_at,
        location=location,
        immediate_action=immediate_action,
        category=category,
        is_confidential=is_confidential or bool(category and category.is_sensitive),
        ia_case_number=ia_case_number,
        reported_by=by,
        created_at=now,
    )
    for upload in files:
        _attach(deviation, upload, by=by)
    notify(
        readers_to_notify(deviation),
        event_key=f"deviation:{deviation.pk}:reported",
        subject=_("Ny avvikelse %(number)s på %(unit)s")
        % {"number": deviation.number, "unit": unit.name},
        body=_subject_line(deviation),
        url=deviation.get_absolute_url(),
    )
    return deviation


def readers_to_notify(deviation: Deviation) -> list[User]:
    """The unit's leaders (see OrganisationUnit.leaders) who may read the case."""
    return deviation.unit.leaders(sensitive_only=deviation.is_confidential)


def _subject_line(deviation: Deviation) -> str:
    # Confidential titles stay out of e-mail: the link leads to the permission-checked page.
    if deviation.is_confidential:
        return _("Ärendet är sekretessmarkerat. Logga in för att läsa det.")
    return deviation.title


# Assessment and investigation ------------------------------------------------------------------


@transaction.atomic
def assess_deviation(
    deviation: Deviation,
    *,
    by: User,
    category: Category | None,
    requirement: Requirement | None,
    probability: int | None,
    consequence: int | None,
    is_confidential: bool,
    ia_case_number: str = "",
    supplier: Supplier | None = None,
) -> Deviation:
    """Record category, risk, the requirement departed from, the external provider concerned
    and confidentiality."""
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    if not deviation.is_open:
        raise ValidationError(_("Ett avslutat ärende kan inte ändras. Öppna det igen först."))
    if (probability is None) != (consequence is None):
        raise ValidationError(_("Ange både sannolikhet och konsekvens, eller ingen av dem."))
    deviation.category = category
    deviation.requirement = requirement
    deviation.probability = probability
    deviation.consequence = consequence
    deviation.ia_case_number = ia_case_number
    deviation.supplier = supplier
    # A case on a legal track stays confidential (see deviations.legal).
    on_legal_track = deviation.legal_tracks.exists()
    sensitive = is_confidential or bool(category and category.is_sensitive) or on_legal_track
    set_confidential(deviation, sensitive)
    deviation.save()
    return deviation


def set_confidential(deviation: Deviation, confidential: bool) -> None:
    """Mark a case (and its actions, which carry the flag for the register) confidential."""
    deviation.is_confidential = confidential
    Action.objects.for_object(deviation).update(is_confidential=confidential)


@transaction.atomic
def assign_investigator(deviation: Deviation, *, by: User, investigator: User) -> Deviation:
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    if not deviation.is_open:
        raise ValidationError(_("Ett avslutat ärende kan inte tilldelas."))
    if not investigator.has_role_over(deviation.unit, *CASE_HANDLER_ROLES, Role.STAFF):
        raise ValidationError(_("Utredaren måste arbeta i enheten eller vara chef över den."))
    if deviation.investigator_id == investigator.pk:
        return deviation
    deviation.investigator = investigator
    deviation.save(update_fields=["investigator", "updated_at"])
    if investigator.pk != by.pk:
        notify(
            [investigator],
            event_key=f"deviation:{deviation.pk}:assigned:{investigator.pk}:{timezone.now().isoformat()}",
            subject=_("Du har fått avvikelse %(number)s att utreda") % {"number": deviation.number},
            body=_subject_line(deviation),
            url=deviation.get_absolute_url(),
        )
    return deviation


@transaction.atomic
def start_investigation(
    deviation: Deviation, *, by: User, investigator: User | None = None
) -> Deviation:
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    ensure_transition(deviation, Status.INVESTIGATING)
    if deviation.status != Status.REPORTED:
        raise ValidationError(_("Använd ”Öppna igen” för ett avslutat ärende."))
    _move(deviation, Status.INVESTIGATING, by=by)
    if investigator is not None:
        assign_investigator(deviation, by=by, investigator=investigator)
    return deviation


@transaction.atomic
def record_cause_analysis(
    deviation: Deviation, *, by: User, cause_groups: list[str], cause_analysis: str
) -> Deviation:
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    if deviation.status not in WORK_STATUSES:
        raise ValidationError(_("Orsaksanalysen görs när ärendet är under utredning."))
    deviation.cause_groups = list(cause_groups)
    deviation.cause_analysis = cause_analysis.strip()
    deviation.save(update_fields=["cause_groups", "cause_analysis", "updated_at"])
    return deviation


@transaction.atomic
def start_actions(deviation: Deviation, *, by: User) -> Deviation:
    """Investigation done: the cause is known, actions can be taken."""
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    ensure_transition(deviation, Status.ACTING)
    if not deviation.cause_groups or not deviation.cause_analysis.strip():
        raise ValidationError(
            _("Gör en orsaksanalys (orsaksgrupp och 5 varför) innan åtgärder påbörjas.")
        )
    return _move(deviation, Status.ACTING, by=by)


@transaction.atomic
def start_follow_up(deviation: Deviation, *, by: User) -> Deviation:
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    ensure_transition(deviation, Status.FOLLOW_UP)
    if not Action.objects.for_object(deviation).exclude(status=Action.Status.CANCELLED).exists():
        raise ValidationError(_("Lägg till minst en åtgärd innan uppföljningen."))
    _ensure_no_open_actions(deviation)
    return _move(deviation, Status.FOLLOW_UP, by=by)


@transaction.atomic
def return_to_actions(deviation: Deviation, *, by: User) -> Deviation:
    """The follow-up found the actions insufficient: back to acting."""
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    ensure_transition(deviation, Status.ACTING)
    return _move(deviation, Status.ACTING, by=by)


@transaction.atomic
def close_deviation(
    deviation: Deviation,
    *,
    by: User,
    evaluation: str,
    effect_check_on: datetime.date | None = None,
) -> Deviation:
    """Close with the evaluation of the actions' effect and the day the effect is followed up
    (the handler is reminded then; `send_effect_check_reminders`)."""
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    ensure_transition(deviation, Status.CLOSED)
    _ensure_no_open_actions(deviation)
    if not evaluation.strip():
        raise ValidationError(
            {"evaluation": _("Skriv en utvärdering av om åtgärderna fick effekt.")}
        )
    deviation.effectiveness_evaluation = evaluation.strip()
    deviation.effect_check_due = effect_check_on
    deviation.effect_checked_at = None
    deviation.effect_check_result = ""
    deviation.closed_at = timezone.now()
    return _move(deviation, Status.CLOSED, by=by)


@transaction.atomic
def record_effect_check(deviation: Deviation, *, by: User, result: str) -> Deviation:
    """Record the follow-up of a closed case's effect; its reminders stop."""
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    if deviation.status != Status.CLOSED or deviation.effect_check_due is None:
        raise ValidationError(_("Det finns ingen uppföljning av effekt att registrera."))
    if deviation.effect_checked_at is not None:
        raise ValidationError(_("Uppföljningen av effekten är redan registrerad."))
    if not result.strip():
        raise ValidationError({"result": _("Skriv vad uppföljningen visade.")})
    deviation.effect_check_result = result.strip()
    deviation.effect_checked_at = timezone.now()
    deviation.save(update_fields=["effect_check_result", "effect_checked_at", "updated_at"])
    return deviation


def send_effect_check_reminders(today: datetime.date | None = None) -> int:
    """Remind the handler of each closed case whose effect follow-up is due and not recorded;
    once per case and due date (the notice's event key)."""
    today = today or timezone.localdate()
    due = Deviation.objects.filter(
        status=Status.CLOSED, effect_check_due__lte=today, effect_checked_at__isnull=True
    ).select_related("investigator", "unit")
    sent = 0
    for deviation in due.iterator(chunk_size=500):
        handler = deviation.investigator
        recipients = [handler] if handler and handler.is_active else readers_to_notify(deviation)
        with transaction.atomic():
            for person in recipients:  # each notice in its reader's language
                with in_language_of(person):
                    sent += len(
                        notify(
                            [person],
                            event_key=(
                                f"deviation:{deviation.pk}:effect-check:"
                                f"{deviation.effect_check_due.isoformat()}"
                            ),
                            subject=_("Följ upp effekten i %(number)s (senast %(due)s)")
                            % {
                                "number": deviation.number,
                                "due": deviation.effect_check_due.isoformat(),
                            },
                            body=_subject_line(deviation),
                            url=deviation.get_absolute_url(),
                        )
                    )
    return sent


@transaction.atomic
def dismiss_deviation(deviation: Deviation, *, by: User, reason: str) -> Deviation:
    """Not a deviation after all; the reason is kept."""
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    ensure_transition(deviation, Status.DISMISSED)
    if not reason.strip():
        raise ValidationError({"reason": _("Skriv varför det inte är en avvikelse.")})
    deviation.dismissal_reason = reason.strip()
    deviation.closed_at = timezone.now()
    return _move(deviation, Status.DISMISSED, by=by)


@transaction.atomic
def reopen_deviation(deviation: Deviation, *, by: User, reason: str) -> Deviation:
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    ensure_transition(deviation, Status.INVESTIGATING)
    if deviation.status not in Deviation.CLOSED_STATUSES:
        raise ValidationError(_("Bara avslutade eller avskrivna ärenden kan öppnas igen."))
    if not reason.strip():
        raise ValidationError({"reason": _("Skriv varför ärendet öppnas igen.")})
    deviation.reopen_reason = reason.strip()
    deviation.closed_at = None
    return _move(deviation, Status.INVESTIGATING, by=by)


def _ensure_no_open_actions(deviation: Deviation) -> None:
    open_actions = Action.objects.for_object(deviation).open().count()
    if open_actions:
        raise ValidationError(
            _(
                "Alla åtgärder måste vara genomförda eller avbrutna först "
                "(%(count)s är fortfarande öppna)."
            )
            % {"count": open_actions}
        )


def _move(deviation: Deviation, target: str, *, by: User) -> Deviation:
    deviation.status = target
    deviation.save()
    if deviation.reported_by_id != by.pk:
        with in_language_of(deviation.reported_by):  # the reporter's language, not the handler's
            notify(
                [deviation.reported_by],
                event_key=f"deviation:{deviation.pk}:status:{target}:{timezone.now().isoformat()}",
                subject=_("Avvikelse %(number)s: %(status)s")
                % {"number": deviation.number, "status": deviation.get_status_display()},
                body=_status_body(deviation),
                url=deviation.get_absolute_url(),
            )
    return deviation


def _status_body(deviation: Deviation) -> str:
    """What the reporter reads: on closing, what was found and done and when the effect is
    followed up – never for a confidential case, whose content stays out of e-mail."""
    if deviation.status != Status.CLOSED or deviation.is_confidential:
        return _subject_line(deviation)
    parts = [deviation.title, "", _("Utvärdering av effekt:"), deviation.effectiveness_evaluation]
    if deviation.effect_check_due:
        parts += [
            "",
            _("Effekten följs upp senast %(date)s.")
            % {"date": formats.date_format(deviation.effect_check_due, "j F Y")},
        ]
    return "\n".join(parts)


# Comments and attachments ------------------------------------------------------------------


@transaction.atomic
def add_comment(deviation: Deviation, *, by: User, text: str) -> Comment:
    if not text.strip():
        raise ValidationError({"text": _("Skriv en kommentar.")})
    return Comment.objects.create(deviation=deviation, author=by, text=text.strip())


@transaction.atomic
def add_attachments(
    deviation: Deviation, *, by: User, files: Iterable[UploadedFile]
) -> list[Attachment]:
    return [_attach(deviation, upload, by=by) for upload in files]


def _attach(deviation: Deviation, upload: UploadedFile, *, by: User) -> Attachment:
    attachment = Attachment(deviation=deviation, uploaded_by=by)
    store_upload(attachment, upload)
    return attachment


# Actions ------------------------------------------------------------------------------------


@transaction.atomic
def create_action(
    source: models.Model | None,
    *,
    by: User,
    kind: str,
    title: str,
    owner: User,
    unit: OrganisationUnit,
    due_date: datetime.date,
    description: str = "",
    is_confidential: bool = False,
) -> Action:
    """Add an action to the register, linked to any source object (or none)."""
    action = Action.objects.create(
        content_type=ContentType.objects.get_for_model(source) if source is not None else None,
        object_id=source.pk if source is not None else None,
        kind=kind,
        title=title,
        description=description,
        owner=owner,
        unit=unit,
        due_date=due_date,
        is_confidential=is_confidential,
        created_by=by,
    )
    if owner.pk != by.pk:
        notify(
            [owner],
            event_key=f"action:{action.pk}:owner:{owner.pk}",
            # A confidential case's action is named only on its page (never in e-mail).
            subject=(
                _("Du är ansvarig för en sekretessmarkerad åtgärd (klar senast %(due)s)")
                if is_confidential
                else _("Du är ansvarig för en åtgärd: %(title)s (klar senast %(due)s)")
            )
            % {"title": title, "due": due_date.isoformat()},
            url=action.get_absolute_url(),
        )
    return action


def _unchanged_actions_locked(
    seen: dict[int, object], field: str, *, by: User
) -> tuple[list[Action], set[int]]:
    """For a bulk change: the chosen open actions that `by` may manage and whose `field` still
    has the value the person saw (`seen`: id → value), locked, in id order; and the ids of the
    others (changed meanwhile, closed, not theirs to manage, or not visible)."""
    actions = (
        Action.objects.visible_to(by)
        .select_for_update(of=("self",))
        .select_related("unit", "owner")
        .filter(pk__in=list(seen))
        .order_by("pk")
    )
    kept = [
        action
        for action in actions
        if getattr(action, field) == seen[action.pk]
        and action.is_open
        and may_manage_action(by, action)
    ]
    return kept, set(seen) - {action.pk for action in kept}


@transaction.atomic
def reassign_actions(
    seen_owners: dict[int, int], *, by: User, owner: User
) -> tuple[list[Action], list[int]]:
    """Give open actions a new owner (someone leaves, a unit is reorganised).

    `seen_owners` maps each chosen action's id to the owner the person saw on the page. An
    action whose owner has changed since (someone else reassigned it), that is no longer open,
    or that `by` may not manage is left as it is; its id is returned among the skipped. Each
    changed action gets its own history entry (a tracked update); the new owner gets one
    notice for all of them. Returns (changed actions, skipped ids)."""
    if not owner.is_active:
        raise ValidationError(_("Den nya ansvariga har inget aktivt konto."))
    actions, skipped = _unchanged_actions_locked(seen_owners, "owner_id", by=by)
    changed: list[Action] = []
    for action in actions:
        if action.owner_id == owner.pk:
            continue
        action.owner = owner
        action.save(update_fields=["owner"])
        changed.append(action)
    if changed and owner.pk != by.pk:
        _tell_owner(
            owner,
            "reassigned",
            lambda: (
                ngettext(
                    "%(by)s gjorde dig ansvarig för %(count)s åtgärd",
                    "%(by)s gjorde dig ansvarig för %(count)s åtgärder",
                    len(changed),
                )
                % {"by": by, "count": len(changed)}
            ),
        )
    return changed, sorted(skipped)


@transaction.atomic
def reschedule_actions(
    seen_due_dates: dict[int, datetime.date],
    *,
    by: User,
    days: int | None = None,
    due_date: datetime.date | None = None,
) -> tuple[list[Action], list[int]]:
    """Move the due date of open actions: each `days` later than its own, or all to `due_date`.

    `seen_due_dates` maps each chosen action's id to the due date the person saw on the page.
    An action whose date has changed since (someone else moved it, or this request sent
    again), that is no longer open, or that `by` may not manage is left as it is; its id is
    returned among the skipped. Each changed action gets its own history entry (a tracked
    update); each owner other than `by` gets one notice for their actions moved now.
    Returns (changed actions, skipped ids)."""
    if (days is None) == (due_date is None):
        raise ValueError("either days or due_date")
    actions, skipped = _unchanged_actions_locked(seen_due_dates, "due_date", by=by)
    changed: list[Action] = []
    for action in actions:
        new_date = due_date or action.due_date + datetime.timedelta(days=days)
        if new_date == action.due_date:
            continue
        action.due_date = new_date
        action.save(update_fields=["due_date"])
        changed.append(action)
    by_owner: dict[User, list[Action]] = {}
    for action in changed:
        if action.owner_id != by.pk:
            by_owner.setdefault(action.owner, []).append(action)
    for owner, moved in by_owner.items():
        _tell_owner(
            owner,
            "rescheduled",
            lambda moved=moved: (
                ngettext(
                    "%(by)s ändrade klart senast för %(count)s av dina åtgärder",
                    "%(by)s ändrade klart senast för %(count)s av dina åtgärder",
                    len(moved),
                )
                % {"by": by, "count": len(moved)}
            ),
        )
    return changed, sorted(skipped)


def _tell_owner(owner: User, event: str, subject: Callable[[], str]) -> None:
    """One notice to an owner about a bulk change of their actions, written in the owner's
    language (not the language of whoever made the change), linking to their open actions."""
    query = f"ansvarig={owner.pk}&status=planned&status=in_progress"
    with in_language_of(owner):
        notify(
            [owner],
            event_key=f"actions:{event}:{owner.pk}:{timezone.now().isoformat()}",
            subject=subject(),
            url=f"{reverse('deviations:action_list')}?{query}",
        )


@transaction.atomic
def add_deviation_action(deviation: Deviation, *, by: User, **fields) -> Action:
    deviation = _locked(deviation)
    ensure_may_handle(deviation, by)
    if deviation.status not in WORK_STATUSES:
        raise ValidationError(_("Åtgärder läggs till under utredning, åtgärder eller uppföljning."))
    return create_action(deviation, by=by, is_confidential=deviation.is_confidential, **fields)


def _locked_action(action: Action) -> Action:
    return Action.objects.select_for_update(of=("self",)).select_related("unit").get(pk=action.pk)


@transaction.atomic
def start_action(action: Action, *, by: User) -> Action:
    action = _locked_action(action)
    if not may_handle_action(by, action):
        raise PermissionDenied
    if action.status != Action.Status.PLANNED:
        raise ValidationError(_("Bara planerade åtgärder kan påbörjas."))
    action.status = Action.Status.IN_PROGRESS
    action.save(update_fields=["status"])
    return action


@transaction.atomic
def complete_action(action: Action, *, by: User, result: str) -> Action:
    action = _locked_action(action)
    if not may_handle_action(by, action):
        raise PermissionDenied
    if not action.is_open:
        raise ValidationError(_("Åtgärden är redan avslutad."))
    if not result.strip():
        raise ValidationError({"result": _("Beskriv vad som gjordes.")})
    action.status = Action.Status.DONE
    action.result = result.strip()
    action.completed_at = timezone.now()
    action.save(update_fields=["status", "result", "completed_at"])
    return action


@transaction.atomic
def verify_action(action: Action, *, by: User, effectiveness_check: str) -> Action:
    """Someone responsible over the unit confirms the action worked."""
    action = _locked_action(action)
    if not may_manage_action(by, action):
        raise PermissionDenied(_("Bara chef eller kvalitetssamordnare för enheten verifierar."))
    if action.status != Action.Status.DONE:
        raise ValidationError(_("Bara genomförda åtgärder kan verifieras."))
    if not effectiveness_check.strip():
        raise ValidationError({"effectiveness_check": _("Beskriv hur effekten kontrollerades.")})
    action.status = Action.Status.VERIFIED
    action.effectiveness_check = effectiveness_check.strip()
    action.verified_at = timezone.now()
    action.verified_by = by
    action.save(update_fields=["status", "effectiveness_check", "verified_at", "verified_by"])
    return action


@transaction.atomic
def cancel_action(action: Action, *, by: User, reason: str) -> Action:
    action = _locked_action(action)
    if not may_manage_action(by, action):
        raise PermissionDenied(_("Bara chef eller kvalitetssamordnare för enheten avbryter."))
    if not action.is_open:
        raise ValidationError(_("Åtgärden är redan avslutad."))
    if not reason.strip():
        raise ValidationError({"reason": _("Skriv varför åtgärden avbryts.")})
    action.status = Action.Status.CANCELLED
    action.result = reason.strip()
    action.save(update_fields=["status", "result"])
    return action


# Reminders ----------------------------------------------------------------------------------

DUE_SOON_DAYS = 7


def send_action_reminders(today: datetime.date | None = None) -> int:
    """Remind owners 7 days before the due date and once it has passed; each once per due date.

    Catch-up is natural: every open action inside the window gets its reminder on the next run,
    and the notification's unique event key keeps a second run (or a retry) from repeating it.
    """
    today = today or timezone.localdate()
    sent = 0
    soon = Action.objects.open().filter(
        due_date__gte=today, due_date__lte=today + datetime.timedelta(days=DUE_SOON_DAYS)
    )
    overdue = Action.objects.overdue(today)
    batches = [
        (soon, "due-soon", _("Åtgärd ska vara klar senast %(due)s: %(title)s")),
        (overdue, "overdue", _("Åtgärden är försenad (skulle vara klar %(due)s): %(title)s")),
    ]
    for queryset, milestone, subject in batches:
        for action in queryset.select_related("owner").iterator(chunk_size=500):
            with transaction.atomic():
                sent += len(
                    notify(
                        [action.owner],
                        event_key=f"action:{action.pk}:{milestone}:{action.due_date.isoformat()}",
                        subject=subject
                        % {
                            "due": action.due_date.isoformat(),
                            "title": _("(sekretessmarkerad)")
                            if action.is_confidential
                            else action.title,
                        },
                        url=action.get_absolute_url(),
                    )
                )
    return sent


# Group-wide registers ------------------------------------------------------------------------


@transaction.atomic
def save_category(category: Category, *, by: User, reason: str = "") -> Category:
    """Save a category (new or changed). Changing "sensitive by default" is a decision recorded
    with who, when and why; it applies to cases reported from now on, and cases already
    reported keep their confidential flag (a case is never made readable by a register edit)."""
    if not by.has_perm("qms.change_group_register"):
        raise PermissionDenied
    before = (
        Category.objects.select_for_update().filter(pk=category.pk).values("is_sensitive").first()
        if category.pk
        else None
    )
    changed = before is not None and before["is_sensitive"] != category.is_sensitive
    if changed and not reason.strip():
        raise ValidationError(
            {"reason": _("Skriv varför sekretessmarkeringen för kategorin ändras.")}
        )
    category.save()
    if changed:
        CategorySensitivityDecision.objects.create(
            category=category,
            is_sensitive=category.is_sensitive,
            reason=reason.strip(),
            decided_by=by,
        )
    return category
