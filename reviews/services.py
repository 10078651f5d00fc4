"""Writes of objectives and management reviews. An approved review is a record: every service
that changes a review refuses once it is approved; corrections are a new revision."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from deviations.models import Action
from deviations.services import create_action
from qms.languages import language_of
from qms.models import Membership, OrganisationUnit, Role, User
from qms.notifications import notify
from reviews import indicators
from reviews.inputs import compile_inputs, compile_yearly_figures
from reviews.models import (
    Decision,
    Indicator,
    IndicatorValue,
    Item,
    Objective,
    Participant,
    PatientSafetyReminder,
    PatientSafetyReport,
    QualityReport,
    Review,
    ReviewItem,
    YearlyReport,
)
from reviews.reports import render_review_pdf, render_yearly_report_pdf

logger = logging.getLogger(__name__)


def may_edit_unit(user: User, unit: OrganisationUnit) -> bool:
    """Admins, and coordinators on the unit or above it."""
    return user.is_admin() or user.has_role_over(unit, Role.COORDINATOR)


def may_edit(user: User, review: Review) -> bool:
    return review.status == Review.Status.DRAFT and may_edit_unit(user, review.unit)


def may_approve(user: User, review: Review) -> bool:
    return review.status == Review.Status.DRAFT and review.chair_id == user.pk


def _ensure_may_edit_unit(unit: OrganisationUnit, by: User) -> None:
    if not may_edit_unit(by, unit):
        raise PermissionDenied


def _locked_draft(review: Review, by: User) -> Review:
    """The review, locked for the change; refused when approved or not the user's to edit."""
    review = Review.objects.select_for_update().select_related("unit").get(pk=review.pk)
    if review.is_approved:
        raise ValidationError(
            _("Genomgången är godkänd och kan inte ändras. Gör en revision i stället.")
        )
    _ensure_may_edit_unit(review.unit, by)
    return review


# Objectives and indicators ---------------------------------------------------------------------


@transaction.atomic
def create_objective(
    *, by: User, unit: OrganisationUnit, title: str, description: str = ""
) -> Objective:
    _ensure_may_edit_unit(unit, by)
    return Objective.objects.create(unit=unit, title=title, description=description)


@transaction.atomic
def add_indicator(objective: Objective, *, by: User, **fields) -> Indicator:
    _ensure_may_edit_unit(objective.unit, by)
    return Indicator.objects.create(objective=objective, **fields)


@transaction.atomic
def record_value(
    indicator: Indicator, *, by: User, period_start: datetime.date, value: Decimal
) -> IndicatorValue:
    """Enter (or correct) a manual value for the period that `period_start` falls in."""
    _ensure_may_edit_unit(indicator.objective.unit, by)
    if indicator.is_computed:
        raise ValidationError(_("Nyckeltalet beräknas av systemet och kan inte registreras."))
    row, _created = IndicatorValue.objects.update_or_create(
        indicator=indicator,
        period_start=indicator.period_start(period_start),
        defaults={"value": value, "entered_by": by, "is_computed": False},
    )
    return row


@transaction.atomic
def refresh_computed_values(indicator: Indicator, *, today: datetime.date | None = None) -> int:
    """Compute the indicator's values for the last year's periods; returns how many exist."""
    if not indicator.is_computed:
        return 0
    stored = 0
    for start in indicators.periods_until(indicator, today or timezone.localdate()):
        value = indicators.compute_value(indicator, start)
        if value is None:
            IndicatorValue.objects.filter(indicator=indicator, period_start=start).delete()
            continue
        IndicatorValue.objects.update_or_create(
            indicator=indicator,
            period_start=start,
            defaults={"value": value, "entered_by": None, "is_computed": True},
        )
        stored += 1
    return stored


def refresh_all_computed_values(*, today: datetime.date | None = None) -> int:
    """The nightly refresh: every computed indicator of an active objective, each in its own
    transaction (one that fails does not hold back the rest). Returns the indicators refreshed."""
    computed = Indicator.objects.filter(objective__is_active=True).exclude(
        source=Indicator.Source.MANUAL
    )
    refreshed = 0
    for indicator in computed.select_related("objective__unit").order_by("pk"):
        try:
            refresh_computed_values(indicator, today=today)
        except Exception:
            logger.exception("Nyckeltal %s kunde inte beräknas", indicator.pk)
            continue
        refreshed += 1
    return refreshed


# Reviews ---------------------------------------------------------------------------------------


@transaction.atomic
def create_review(
    *,
    by: User,
    unit: OrganisationUnit,
    title: str,
    period_start: datetime.date,
    period_end: datetime.date,
    held_on: datetime.date,
    chair: User,
    participants: Iterable[User] = (),
) -> Review:
    _ensure_may_edit_unit(unit, by)
    if period_end < period_start:
        raise ValidationError(_("Perioden måste sluta efter att den börjar."))
    if period_end - period_start > Review.MAX_PERIOD:
        raise ValidationError(_("Perioden får vara högst fem år."))
    review = Review.objects.create(
        unit=unit,
        title=title,
        period_start=period_start,
        period_end=period_end,
        held_on=held_on,
        chair=chair,
        created_by=by,
    )
    ReviewItem.objects.bulk_create(ReviewItem(review=review, code=code) for code in Item.values)
    Participant.objects.bulk_create(
        Participant(review=review, user=user) for user in {p.pk: p for p in participants}.values()
    )
    notify(
        [chair, *participants],
        event_key=f"review:{review.pk}:invited",
        subject=_("Du deltar i ledningens genomgång: %(title)s (%(date)s)")
        % {"title": title, "date": held_on.isoformat()},
        url=review.get_absolute_url(),
    )
    return review


@transaction.atomic
def save_assessment(review: Review, *, by: User, code: str, assessment: str) -> ReviewItem:
    review = _locked_draft(review, by)
    item, _created = ReviewItem.objects.update_or_create(
        review=review, code=code, defaults={"assessment": assessment}
    )
    return item


@transaction.atomic
def save_summary(review: Review, *, by: User, messages: str, decisions_asked: str) -> Review:
    """Page one's texts: the period's messages and the decisions asked of the board."""
    review = _locked_draft(review, by)
    review.messages, review.decisions_asked = messages, decisions_asked
    review.save(update_fields=["messages", "decisions_asked"])
    return review


@transaction.atomic
def record_attendance(review: Review, *, by: User, present: Iterable[int]) -> None:
    """Mark the participants with these user ids present and the others absent."""
    review = _locked_draft(review, by)
    present = set(present)
    review.participants.filter(user_id__in=present).update(is_present=True)
    review.participants.exclude(user_id__in=present).update(is_present=False)


@transaction.atomic
def add_decision(review: Review, *, by: User, kind: str, text: str) -> Decision:
    review = _locked_draft(review, by)
    return Decision.objects.create(review=review, kind=kind, text=text)


@transaction.atomic
def add_decision_action(
    decision: Decision,
    *,
    by: User,
    title: str,
    owner: User,
    due_date: datetime.date,
    description: str = "",
) -> Action:
    """An action in the shared register, with the decision as its source."""
    review = _locked_draft(decision.review, by)
    return create_action(
        decision,
        by=by,
        kind=Action.Kind.IMPROVEMENT,
        title=title,
        description=description,
        owner=owner,
        unit=review.unit,
        due_date=due_date,
    )


@transaction.atomic
def request_pack(review: Review, *, by: User) -> Review:
    """Queue a draft's PDF pack for the worker; the page polls its progress."""
    review = _locked_draft(review, by)
    if review.pdf_status in (Review.PdfStatus.PENDING, Review.PdfStatus.RUNNING):
        return review
    review.pdf_status, review.pdf_progress = Review.PdfStatus.PENDING, 0
    review.save(update_fields=["pdf_status", "pdf_progress"])
    from reviews import tasks

    transaction.on_commit(lambda: tasks.build_draft_pack.delay(review.pk))
    return review


def _progress(review: Review, status: str, percent: int) -> None:
    # Outside the caller's transaction, so the polling page sees each step.
    Review.objects.filter(pk=review.pk).update(pdf_status=status, pdf_progress=percent)


def build_draft_pack(review_pk: int) -> None:
    """Render a draft's pack and store it (the worker's side of `request_pack`)."""
    review = Review.objects.select_related("unit", "chair").get(pk=review_pk)
    if review.is_approved:  # approved while queued: the frozen pack stands
        return
    _progress(review, Review.PdfStatus.RUNNING, 10)
    try:
        data = render_review_pdf(review, on_progress=lambda p: _progress(review, "running", p))
    except Exception:
        logger.exception("The pack of review %s could not be rendered", review_pk)
        _progress(review, Review.PdfStatus.FAILED, 0)
        raise
    with transaction.atomic():
        locked = Review.objects.select_for_update().get(pk=review_pk)
        if locked.is_approved:
            return
        locked.pdf.save(f"review-{review_pk}.pdf", ContentFile(data), save=False)
        locked.pdf_status, locked.pdf_progress = Review.PdfStatus.DONE, 100
        locked.save(update_fields=["pdf", "pdf_status", "pdf_progress"])


@transaction.atomic
def approve_review(review: Review, *, by: User) -> Review:
    """The chair approves: the compiled inputs are stored and the pack rendered from them.
    From here on the review, its figures and its PDF do not change."""
    review = Review.objects.select_for_update().select_related("unit", "chair").get(pk=review.pk)
    if review.is_approved:
        raise ValidationError(_("Genomgången är redan godkänd."))
    if review.chair_id != by.pk:
        raise PermissionDenied
    review.snapshot = compile_inputs(review)
    review.status = Review.Status.APPROVED
    review.approved_at = timezone.now()
    review.approved_by = by
    review.pdf.save(f"review-{review.pk}.pdf", ContentFile(render_review_pdf(review)), save=False)
    review.pdf_status, review.pdf_progress = Review.PdfStatus.DONE, 100
    review.save()
    return review


@transaction.atomic
def revise_review(review: Review, *, by: User, reason: str) -> Review:
    """A new draft correcting an approved review; the approved one stays as it was."""
    review = Review.objects.select_for_update().select_related("unit").get(pk=review.pk)
    _ensure_may_edit_unit(review.unit, by)
    if not review.is_approved:
        raise ValidationError(_("Bara en godkänd genomgång kan revideras."))
    if review.revisions.exists():
        raise ValidationError(_("Genomgången har redan en revision."))
    if not reason.strip():
        raise ValidationError(_("Ange skälet till revisionen."))
    revision = Review.objects.create(
        unit=review.unit,
        title=review.title,
        period_start=review.period_start,
        period_end=review.period_end,
        held_on=review.held_on,
        chair=review.chair,
        messages=review.messages,
        decisions_asked=review.decisions_asked,
        created_by=by,
        revision_of=review,
        revision_reason=reason,
    )
    ReviewItem.objects.bulk_create(
        ReviewItem(review=revision, code=item.code, assessment=item.assessment)
        for item in review.items.all()
    )
    Participant.objects.bulk_create(
        Participant(review=revision, user_id=p.user_id, is_present=p.is_present)
        for p in review.participants.all()
    )
    Decision.objects.bulk_create(
        Decision(review=revision, kind=d.kind, text=d.text, copied_from_id=d.origin_id)
        for d in review.decisions.all()
    )
    return revision


# Yearly reports: kvalitetsberättelser and patientsäkerhetsberättelser ---------------------------
# One set of services for both kinds (reviews.models.YearlyReport): the kind is the model class,
# its texts are `TEXT_FIELDS` and its messages `WORDS`.


def may_edit_yearly_report(user: User, report: YearlyReport) -> bool:
    return not report.is_published and may_edit_unit(user, report.unit)


@transaction.atomic
def create_yearly_report(
    model: type[YearlyReport], *, by: User, unit: OrganisationUnit, year: int
) -> YearlyReport:
    """A draft report of the unit's subtree for a calendar year; one per scope and year."""
    _ensure_may_edit_unit(unit, by)
    try:
        with transaction.atomic():  # the unique constraint decides, also for two at once
            return model.objects.create(unit=unit, year=year, created_by=by)
    except IntegrityError:
        raise ValidationError(model.WORDS["exists"] % {"unit": unit.name, "year": year}) from None


def create_quality_report(*, by: User, unit: OrganisationUnit, year: int) -> QualityReport:
    return create_yearly_report(QualityReport, by=by, unit=unit, year=year)


def _locked_draft_report(report: YearlyReport, by: User) -> YearlyReport:
    report = type(report).objects.select_for_update().select_related("unit").get(pk=report.pk)
    if report.is_published:
        raise ValidationError(report.WORDS["frozen"])
    _ensure_may_edit_unit(report.unit, by)
    return report


@transaction.atomic
def save_yearly_report_texts(
    report: YearlyReport, *, by: User, messages: str = "", decisions_asked: str = "", **texts
) -> YearlyReport:
    """The coordinator's texts: page one's messages and decisions asked, and the report's own
    (`TEXT_FIELDS`; a text not given is kept as it was)."""
    report = _locked_draft_report(report, by)
    unknown = set(texts) - set(report.TEXT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown texts: {sorted(unknown)}")
    for name, text in texts.items():
        setattr(report, name, text)
    report.messages, report.decisions_asked = messages, decisions_asked
    report.save(update_fields=[*texts, "messages", "decisions_asked"])
    return report


save_quality_report_texts = save_yearly_report_texts


@transaction.atomic
def revise_yearly_report(report: YearlyReport, *, by: User, reason: str) -> YearlyReport:
    """A new draft correcting a published report, with its texts; the published one stays as
    it was, and the board keeps reading it until the revision is published."""
    model = type(report)
    report = model.objects.select_for_update().select_related("unit").get(pk=report.pk)
    _ensure_may_edit_unit(report.unit, by)
    if not report.is_published:
        raise ValidationError(report.WORDS["only_published"])
    if not reason.strip():
        raise ValidationError(_("Ange skälet till revisionen."))
    try:
        with transaction.atomic():  # one revision of each: the unique constraint decides
            return model.objects.create(
                unit=report.unit,
                year=report.year,
                **{name: getattr(report, name) for name in report.TEXT_FIELDS},
                messages=report.messages,
                decisions_asked=report.decisions_asked,
                revision_of=report,
                revision_reason=reason,
                created_by=by,
            )
    except IntegrityError:
        raise ValidationError(report.WORDS["has_revision"]) from None


revise_quality_report = revise_yearly_report


def board_members_over(unit: OrganisationUnit) -> list[User]:
    """Active board members whose board unit is the unit or lies above it."""
    memberships = Membership.objects.filter(
        unit__in=unit.ancestors_and_self(), role=Role.BOARD, user__is_active=True
    ).select_related("user")
    return [m.user for m in memberships]


@transaction.atomic
def publish_yearly_report(report: YearlyReport, *, by: User) -> YearlyReport:
    """The year's figures are stored with the texts and the PDF rendered from them; from here
    on the report does not change. The board members over the scope are told (once)."""
    report = _locked_draft_report(report, by)
    words = report.WORDS
    if report.year >= timezone.localdate().year:
        raise ValidationError(words["year_not_over"])
    missing = report.missing_texts()
    if missing:
        raise ValidationError(words["missing"] % {"missing": ", ".join(missing)})
    report.snapshot = compile_yearly_figures(report)
    report.status = report.Status.PUBLISHED
    report.published_at = timezone.now()
    report.published_by = by
    report.pdf.save(
        f"{report.URL_PREFIX.replace('_', '-')}-{report.pk}.pdf",
        ContentFile(render_yearly_report_pdf(report)),
        save=False,
    )
    report.save()
    subject = words["revised_subject"] if report.revision_of_id else words["published_subject"]
    notify(
        board_members_over(report.unit),
        event_key=f"{words['event']}:{report.pk}",
        subject=subject % {"year": report.year, "unit": report.unit.name},
        body=_("Du hittar den under Rapporter."),
        url=reverse("reviews:reports"),
    )
    return report


publish_quality_report = publish_yearly_report
may_edit_quality_report = may_edit_yearly_report


# Reminders about the patientsäkerhetsberättelse -----------------------------------------------
# A care provider's report of a year is due by 1 March of the next (patientsäkerhetslagen
# 3 kap. 10 §). The responsible coordinators are reminded a month and two weeks before, and the
# day after if it is still not published; each step once per scope and year.

PATIENT_SAFETY_DEADLINE = (3, 1)  # month, day of the year after the report's
PATIENT_SAFETY_STEPS = (  # (step, month, day), in order
    (PatientSafetyReminder.Step.FIRST, 2, 1),
    (PatientSafetyReminder.Step.SECOND, 2, 15),
    (PatientSafetyReminder.Step.OVERDUE, 3, 2),
)


def patient_safety_step_due(today: datetime.date) -> tuple[int, str, datetime.date] | None:
    """(report year, step, the step's date) of the latest reminder step due on `today`, or None
    before the first. Earlier steps a stopped scheduler missed are superseded by it."""
    due = [
        (step, datetime.date(today.year, month, day))
        for step, month, day in PATIENT_SAFETY_STEPS
        if datetime.date(today.year, month, day) <= today
    ]
    if not due:
        return None
    step, date = due[-1]
    return today.year - 1, step, date


def patient_safety_recipients(unit: OrganisationUnit) -> list[User]:
    """The coordinators responsible for a scope's report: the active coordinators on the unit
    itself, or else on the nearest unit above it that has any (those above may edit it too,
    but a kommun-wide coordinator is not told about every unit that has its own)."""
    memberships = Membership.objects.filter(
        unit__in=unit.ancestors_and_self(), role=Role.COORDINATOR, user__is_active=True
    ).select_related("user", "unit")
    by_depth: dict[int, list[User]] = {}
    for membership in memberships:
        by_depth.setdefault(membership.unit.depth, []).append(membership.user)
    return sorted(by_depth[max(by_depth)], key=lambda u: u.pk) if by_depth else []


@dataclass
class PatientSafetyReminderRun:
    sent: int = 0
    late: int = 0


def send_patient_safety_reminders(
    *, today: datetime.date | None = None
) -> PatientSafetyReminderRun:
    """Remind the responsible coordinators of every scope whose patientsäkerhetsberättelse of
    last year is not published: a draft of it exists, or the scope had one the year before and
    has none yet. One transaction per scope; its `PatientSafetyReminder` row's unique constraint
    lets one run in the world send a step, so runs can be repeated, retried or run at once."""
    today = today or timezone.localdate()
    run = PatientSafetyReminderRun()
    due = patient_safety_step_due(today)
    if due is None:
        return run
    year, step, step_date = due
    originals = PatientSafetyReport.objects.filter(revision_of__isnull=True, unit__is_active=True)
    drafts = originals.filter(year=year, status=PatientSafetyReport.Status.DRAFT)
    not_started = originals.filter(year=year - 1).exclude(
        unit__in=originals.filter(year=year).values("unit")
    )
    sent = set(
        PatientSafetyReminder.objects.filter(year=year, step=step).values_list("unit_id", flat=True)
    )
    units = {
        *drafts.values_list("unit_id", flat=True),
        *not_started.values_list("unit_id", flat=True),
    } - sent
    for unit_id in sorted(units):
        reminder = _send_patient_safety_reminder(unit_id, year, step, step_date, today)
        if reminder is not None:
            run.sent += 1
            run.late += reminder.late
    return run


@transaction.atomic
def _send_patient_safety_reminder(
    unit_id: int, year: int, step: str, step_date: datetime.date, today: datetime.date
) -> PatientSafetyReminder | None:
    unit = OrganisationUnit.objects.get(pk=unit_id)
    # Decided again under the draft's lock: publishing takes the same lock, so a report
    # published while the run was under way is never reminded about.
    report = (
        PatientSafetyReport.objects.select_for_update()
        .filter(unit=unit, year=year, revision_of__isnull=True)
        .first()
    )
    if report is not None and report.is_published:
        return None
    try:
        with transaction.atomic():
            reminder = PatientSafetyReminder.objects.create(
                unit=unit, year=year, step=step, due_date=step_date, late=step_date < today
            )
    except IntegrityError:  # another run sent this step
        return None
    url = (
        reverse("reviews:patient_safety_report_list")
        if report is None
        else report.get_absolute_url()
    )
    # Written once per language, each coordinator's in theirs (qms.languages).
    by_language: dict[str, list[User]] = {}
    for coordinator in patient_safety_recipients(unit):
        by_language.setdefault(language_of(coordinator), []).append(coordinator)
    for language, readers in sorted(by_language.items()):
        with translation.override(language):
            subject, body = _patient_safety_reminder_text(reminder, unit, report, today)
        notify(
            readers,
            event_key=f"patient-safety-report:reminder:{reminder.pk}",
            subject=subject,
            body=body,
            url=url,
        )
    return reminder


def _patient_safety_reminder_text(
    reminder: PatientSafetyReminder,
    unit: OrganisationUnit,
    report: PatientSafetyReport | None,
    today: datetime.date,
) -> tuple[str, str]:
    """The reminder's subject and body, in the active language."""
    year = reminder.year
    deadline = datetime.date(year + 1, *PATIENT_SAFETY_DEADLINE)
    values = {"year": year, "unit": unit.name, "deadline": deadline.isoformat()}
    if reminder.step == PatientSafetyReminder.Step.OVERDUE:
        subject = _("Försenad: patientsäkerhetsberättelsen %(year)s för %(unit)s") % values
        lines = [
            _(
                "Patientsäkerhetsberättelsen %(year)s för %(unit)s skulle ha varit klar senast "
                "%(deadline)s men är inte publicerad."
            )
            % values
        ]
    else:
        left = (deadline - today).days
        values["left"] = ngettext("%(days)d dag kvar", "%(days)d dagar kvar", left) % {"days": left}
        subject = _("Patientsäkerhetsberättelsen %(year)s för %(unit)s: %(left)s") % values
        lines = [
            _(
                "Patientsäkerhetsberättelsen %(year)s för %(unit)s ska vara klar senast "
                "%(deadline)s (%(left)s)."
            )
            % values
        ]
    if report is None:
        lines.append(_("Den är inte påbörjad: skapa den under Patientsäkerhetsberättelser."))
    else:
        missing = report.missing_texts()
        if missing:
            lines.append(_("Texter som saknas: %(missing)s.") % {"missing": ", ".join(missing)})
        else:
            lines.append(_("Alla texter är skrivna: granska och publicera den."))
    if reminder.late:
        lines.append(
            _(
                "Påminnelsen skickas i efterhand: den skulle ha skickats %(due)s, men "
                "påminnelserna kördes inte då."
            )
            % {"due": reminder.due_date.isoformat()}
        )
    return subject, "\n\n".join(lines)
