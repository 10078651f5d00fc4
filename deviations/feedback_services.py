"""Synpunkter from citizens: submitted through the public form, handled in the unit's queue.

One function per change, as in deviations.services: the public view, the staff views, the
reminder task and the demo data call these, and the rules live here only.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from deviations import services
from deviations.models import (
    Action,
    Deviation,
    Feedback,
    FeedbackPolicy,
    PublicActivity,
    SubmissionAttempt,
)
from deviations.numbering import next_number
from qms import mail
from qms.models import OrganisationUnit, Role, User
from qms.notifications import absolute_url, notify

Status = Feedback.Status

ALLOWED = {
    Status.RECEIVED: {Status.IN_PROGRESS, Status.ANSWERED, Status.CLOSED},
    Status.IN_PROGRESS: {Status.ANSWERED, Status.CLOSED},
    Status.ANSWERED: {Status.CLOSED},
    Status.CLOSED: {Status.IN_PROGRESS},
}

FEEDBACK_SERIES = "SY"
DUE_SOON_DAYS = 7
# The tracking link keeps working this long after the case is closed, then shows nothing.
TRACKING_DAYS_AFTER_CLOSE = 90


class RateLimited(Exception):
    """Too many submissions from one address in the last hour."""


# Tokens and client addresses --------------------------------------------------------------------


def token_hash(token: str) -> str:
    """Only this hash is stored: a leaked database does not leak the tracking links."""
    return hashlib.sha256(token.encode()).hexdigest()


def address_hash(address: str) -> str:
    """A keyed hash of the client address: enough to count submissions, not to find a person."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()


def tracking_token_for(submission_token: str) -> str:
    """The tracking token of the synpunkt sent with this form token (qms.submissions).

    Derived with the server's key, so a repeated submission of the same form shows the same
    receipt and link; neither token is stored."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), b"feedback-tracking:" + submission_token.encode(), "sha256"
    ).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def tracking_path(token: str) -> str:
    return reverse("feedback_public:track", args=[token])


def find_by_token(token: str) -> Feedback | None:
    """The synpunkt behind a tracking link, unless the link is unknown or has expired."""
    feedback = Feedback.objects.filter(tracking_token_hash=token_hash(token)).first()
    if feedback is None:
        return None
    if feedback.closed_at and timezone.now() - feedback.closed_at > datetime.timedelta(
        days=TRACKING_DAYS_AFTER_CLOSE
    ):
        return None
    return feedback


def rate_limit() -> int:
    return getattr(settings, "FEEDBACK_RATE_LIMIT_PER_HOUR", 5)


@transaction.atomic
def record_attempt(address: str) -> None:
    """Count a submission (or a refused honeypot one) against the address; drop old counts."""
    now = timezone.now()
    SubmissionAttempt.objects.filter(at__lt=now - datetime.timedelta(days=1)).delete()
    SubmissionAttempt.objects.create(address_hash=address_hash(address), at=now)


def ensure_not_rate_limited(address: str) -> None:
    """Raise RateLimited if the address has used its submissions for the last hour.

    Called in the transaction that records the new attempt: a lock per address (held to the end
    of that transaction) makes simultaneous submissions from one address count one by one."""
    hashed = address_hash(address)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 19))", [hashed])
    since = timezone.now() - datetime.timedelta(hours=1)
    recent = SubmissionAttempt.objects.filter(address_hash=hashed, at__gte=since)
    if recent.count() >= rate_limit():
        raise RateLimited


# Submitting ----------------------------------------------------------------------------------


def response_days(organisation: OrganisationUnit) -> int:
    policy = FeedbackPolicy.objects.filter(organisation=organisation).first()
    return policy.response_days if policy else settings_default_days()


def settings_default_days() -> int:
    return getattr(settings, "FEEDBACK_RESPONSE_DAYS", 30)


def handlers_to_notify(unit: OrganisationUnit) -> list[User]:
    """The nearest chefs of the unit and every coordinator above it."""
    return unit.leaders()


@transaction.atomic
def submit_feedback(
    *,
    activity: PublicActivity,
    kind: str,
    text: str,
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    address: str | None = None,
    tracking_token: str | None = None,
) -> tuple[Feedback, str]:
    """File a synpunkt; returns it with its tracking token (which is never stored): the one
    given, or a new random one.

    Raises RateLimited when the address has sent too many in the last hour. Without an address
    (the demo data, an import) nothing is counted.
    """
    if address is not None:
        ensure_not_rate_limited(address)
        record_attempt(address)
    unit = activity.unit
    organisation = unit.organisation() or unit
    now = timezone.now()
    token = tracking_token or secrets.token_urlsafe(32)
    feedback = Feedback.objects.create(
        number=next_number(FEEDBACK_SERIES, organisation, timezone.localdate(now).year),
        organisation=organisation,
        unit=unit,
        kind=kind,
        text=text.strip(),
        contact_name=contact_name.strip(),
        contact_email=contact_email.strip(),
        contact_phone=contact_phone.strip(),
        due_date=timezone.localdate(now) + datetime.timedelta(days=response_days(organisation)),
        tracking_token_hash=token_hash(token),
        created_at=now,
    )
    notify(
        handlers_to_notify(unit),
        event_key=f"feedback:{feedback.pk}:received",
        subject=_("Ny synpunkt %(number)s (%(kind)s) om %(unit)s")
        % {"number": feedback.number, "kind": feedback.get_kind_display(), "unit": unit.name},
        url=feedback.get_absolute_url(),
    )
    if feedback.contact_email:
        _mail_citizen(
            feedback,
            subject=_("Vi har tagit emot din synpunkt %(number)s") % {"number": feedback.number},
            template="deviations/email/feedback_receipt.txt",
            context={"tracking_link": absolute_url(tracking_path(token))},
            event="receipt",
        )
    return feedback, token


def citizen_mail_event(feedback: Feedback) -> str:
    """The outbox's event prefix of e-mails to the citizen (not to staff) about a synpunkt."""
    return f"feedback:{feedback.pk}:citizen:"


def _mail_citizen(
    feedback: Feedback, *, subject: str, template: str, context: dict, event: str
) -> None:
    """An e-mail to the citizen, through the outbox (written in this transaction)."""
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string(template, {"feedback": feedback, **context})
    message = EmailMessage(subject, body, to=[feedback.contact_email])
    mail.queue(message, event=citizen_mail_event(feedback) + event)


# Handling -------------------------------------------------------------------------------------


def may_handle_feedback(user: User, feedback: Feedback) -> bool:
    """Whoever may see a synpunkt handles it: the assignee, chefs and coordinators over it."""
    return Feedback.objects.visible_to(user).filter(pk=feedback.pk).exists()


def _locked(feedback: Feedback, by: User) -> Feedback:
    if not may_handle_feedback(by, feedback):
        raise PermissionDenied
    return (
        Feedback.objects.select_for_update(of=("self",)).select_related("unit").get(pk=feedback.pk)
    )


def ensure_transition(feedback: Feedback, target: str) -> None:
    if target not in ALLOWED[feedback.status]:
        raise ValidationError(
            _("Synpunkten kan inte gå från ”%(current)s” till ”%(target)s”.")
            % {"current": feedback.get_status_display(), "target": Status(target).label}
        )


@transaction.atomic
def assign_feedback(feedback: Feedback, *, by: User, assignee: User) -> Feedback:
    feedback = _locked(feedback, by)
    if not feedback.is_open:
        raise ValidationError(_("En besvarad eller avslutad synpunkt kan inte tilldelas."))
    if not assignee.has_role_over(feedback.unit, Role.MANAGER, Role.COORDINATOR, Role.STAFF):
        raise ValidationError(_("Handläggaren måste arbeta i enheten eller vara chef över den."))
    feedback.assignee = assignee
    if feedback.status == Status.RECEIVED:
        feedback.status = Status.IN_PROGRESS
    feedback.save(update_fields=["assignee", "status"])
    if assignee.pk != by.pk:
        notify(
            [assignee],
            event_key=f"feedback:{feedback.pk}:assigned:{assignee.pk}:{timezone.now().isoformat()}",
            subject=_("Du har fått synpunkt %(number)s att besvara senast %(due)s")
            % {"number": feedback.number, "due": feedback.due_date.isoformat()},
            url=feedback.get_absolute_url(),
        )
    return feedback


@transaction.atomic
def answer_feedback(feedback: Feedback, *, by: User, answer: str) -> Feedback:
    """Record the answer and, when the citizen left an e-mail address, send it there once."""
    feedback = _locked(feedback, by)
    ensure_transition(feedback, Status.ANSWERED)
    if not answer.strip():
        raise ValidationError({"answer": _("Skriv svaret.")})
    feedback.answer = answer.strip()
    feedback.answered_at = timezone.now()
    feedback.answered_by = by
    feedback.status = Status.ANSWERED
    if feedback.contact_email:
        feedback.answer_sent_to = feedback.contact_email
        _mail_citizen(
            feedback,
            subject=_("Svar på din synpunkt %(number)s") % {"number": feedback.number},
            template="deviations/email/feedback_answer.txt",
            context={},
            event="answer",
        )
    feedback.save()
    return feedback


@transaction.atomic
def close_feedback(feedback: Feedback, *, by: User) -> Feedback:
    feedback = _locked(feedback, by)
    ensure_transition(feedback, Status.CLOSED)
    if Action.objects.for_object(feedback).open().exists():
        raise ValidationError(_("Alla åtgärder måste vara genomförda eller avbrutna först."))
    feedback.status = Status.CLOSED
    feedback.closed_at = timezone.now()
    feedback.save(update_fields=["status", "closed_at"])
    return feedback


@transaction.atomic
def reopen_feedback(feedback: Feedback, *, by: User) -> Feedback:
    feedback = _locked(feedback, by)
    ensure_transition(feedback, Status.IN_PROGRESS)
    feedback.status = Status.IN_PROGRESS
    feedback.closed_at = None
    feedback.save(update_fields=["status", "closed_at"])
    return feedback


@transaction.atomic
def remove_contact_details(feedback: Feedback, *, by: User) -> Feedback:
    """Blank the citizen's name, e-mail and phone of a closed case (kept out of history)."""
    feedback = _locked(feedback, by)
    if feedback.status != Status.CLOSED:
        raise ValidationError(_("Kontaktuppgifterna kan tas bort när synpunkten är avslutad."))
    if not feedback.has_contact:
        raise ValidationError(_("Synpunkten har inga kontaktuppgifter."))
    blank_contact_details(feedback)
    return feedback


def blank_contact_details(feedback: Feedback) -> None:
    """Blank the citizen's name, e-mail and phone everywhere the product keeps them: the row
    (the history never had them) and the outbox's e-mails to the citizen. Also what thinning
    under the contact details' own retention rule does (deviations.recordtypes)."""
    feedback.contact_name = feedback.contact_email = feedback.contact_phone = ""
    feedback.answer_sent_to = ""
    feedback.contact_removed_at = timezone.now()
    feedback.save()
    # The outbox held the address too (and the receipt's tracking link).
    mail.forget_event(
        citizen_mail_event(feedback),
        reason=_("Kontaktuppgifterna togs bort innan e-posten skickades."),
    )


@transaction.atomic
def add_feedback_action(feedback: Feedback, *, by: User, **fields) -> Action:
    feedback = _locked(feedback, by)
    if feedback.status == Status.CLOSED:
        raise ValidationError(_("Öppna synpunkten igen för att lägga till åtgärder."))
    return services.create_action(feedback, by=by, **fields)


@transaction.atomic
def link_deviation(feedback: Feedback, *, by: User, deviation: Deviation) -> Feedback:
    """Link to an existing deviation the handler may read."""
    feedback = _locked(feedback, by)
    if not Deviation.objects.visible_to(by).filter(pk=deviation.pk).exists():
        raise ValidationError(_("Avvikelsen finns inte eller så saknar du behörighet till den."))
    feedback.deviation = deviation
    feedback.save(update_fields=["deviation"])
    return feedback


@transaction.atomic
def turn_into_deviation(feedback: Feedback, *, by: User, title: str) -> Deviation:
    """Report a deviation from the synpunkt (without the citizen's contact details)."""
    feedback = _locked(feedback, by)
    if feedback.deviation_id:
        raise ValidationError(_("Synpunkten är redan kopplad till en avvikelse."))
    deviation = services.report_deviation(
        by=by,
        unit=feedback.unit,
        title=title,
        description=_("Från synpunkt %(number)s:\n\n%(text)s")
        % {"number": feedback.number, "text": feedback.text},
        occurred_at=feedback.created_at,
    )
    feedback.deviation = deviation
    feedback.save(update_fields=["deviation"])
    return deviation


# Reminders ----------------------------------------------------------------------------------


def send_feedback_reminders(today: datetime.date | None = None) -> int:
    """Remind the assignee (or the unit's chefs and coordinators) a week before the answer is
    due and once it is late; each once per due date, however often this runs."""
    today = today or timezone.localdate()
    sent = 0
    soon = Feedback.objects.open().filter(
        due_date__gte=today, due_date__lte=today + datetime.timedelta(days=DUE_SOON_DAYS)
    )
    batches = [
        (soon, "due-soon", _("Synpunkt %(number)s ska besvaras senast %(due)s")),
        (
            Feedback.objects.overdue(today),
            "overdue",
            _("Synpunkt %(number)s är inte besvarad (senast %(due)s)"),
        ),
    ]
    for queryset, milestone, subject in batches:
        for feedback in queryset.select_related("assignee", "unit").iterator(chunk_size=500):
            recipients = (
                [feedback.assignee] if feedback.assignee else handlers_to_notify(feedback.unit)
            )
            with transaction.atomic():
                sent += len(
                    notify(
                        recipients,
                        event_key=f"feedback:{feedback.pk}:{milestone}:{feedback.due_date}",
                        subject=subject
                        % {"number": feedback.number, "due": feedback.due_date.isoformat()},
                        url=feedback.get_absolute_url(),
                    )
                )
    return sent
