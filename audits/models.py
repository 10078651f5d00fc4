"""Internal audits, förbättringsdagar and recorded external audits (ISO 9001 9.2).

A programme per organisation and year holds the planned audits. An audit is prepared from the
question bank (criteria and their questions), performed by answering the checklist, and its
findings feed the shared action register (deviations.Action, through its generic source).
"""

from __future__ import annotations

import datetime
import uuid
from pathlib import PurePath

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from qms.history import tracked
from qms.links import pk_url
from qms.models import OrganisationUnit, Role, covering_paths, subtree_q, trigram_index

# Roles whose holders plan and follow audits in their subtree.
PLANNER_ROLES = (Role.COORDINATOR,)
# Roles that see the audits of units in their subtree.
SCOPE_READER_ROLES = (Role.COORDINATOR, Role.AUDITOR, Role.MANAGER, Role.STAFF)
# Members of an audited area (or of a unit below it) see that area's audits.
AUDITEE_ROLES = (Role.MANAGER, Role.STAFF)


@tracked()
class Criterion(models.Model):
    """An audit criterion: an ISO 9001 clause, an SOSFS 2011:9 chapter or an own routine.

    Titles are short paraphrases of our own: a standard's text is not reproduced here.
    """

    class Framework(models.TextChoices):
        ISO_9001 = "iso9001", "ISO 9001"
        SOSFS = "sosfs", "SOSFS 2011:9"
        OWN = "own", _("Egna rutiner")

    framework = models.CharField(_("kravsamling"), max_length=20, choices=Framework.choices)
    reference = models.CharField(
        _("referens"), max_length=40, help_text=_("T.ex. 7.5 eller 5 kap.")
    )
    title = models.CharField(_("kort beskrivning"), max_length=200)
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    is_active = models.BooleanField(_("aktiv"), default=True)

    class Meta:
        verbose_name = _("revisionskriterium")
        verbose_name_plural = _("revisionskriterier")
        ordering = ["framework", "order", "reference"]
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "reference"], name="criterion_unique_reference"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_framework_display()} {self.reference} {self.title}"

    @property
    def label(self) -> str:
        return f"{self.get_framework_display()} {self.reference}"


@tracked()
class Question(models.Model):
    """One question of the question bank, asked when an audit covers its criterion."""

    criterion = models.ForeignKey(
        Criterion, on_delete=models.CASCADE, related_name="questions", verbose_name=_("kriterium")
    )
    text = models.CharField(_("fråga"), max_length=500)
    guidance = models.TextField(_("vägledning"), blank=True)
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    is_active = models.BooleanField(_("aktiv"), default=True)

    class Meta:
        verbose_name = _("fråga")
        verbose_name_plural = _("frågor")
        ordering = ["criterion", "order", "pk"]

    def __str__(self) -> str:
        return self.text


class ProgrammeQuerySet(models.QuerySet):
    def visible_to(self, user) -> ProgrammeQuerySet:
        """Programmes covering the user's units or lying inside their subtrees."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        paths = user.membership_paths(*SCOPE_READER_ROLES)
        if not paths:
            return self.none()
        above = {prefix for path in paths for prefix in covering_paths(path)}
        return self.filter(Q(unit__path__in=above) | subtree_q(paths, field="unit__path"))


@tracked()
class Programme(models.Model):
    """The audit programme of an organisation (or part of it) for one year."""

    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="audit_programmes",
        verbose_name=_("omfattar"),
    )
    year = models.PositiveSmallIntegerField(_("år"))
    objectives = models.TextField(
        _("inriktning"),
        blank=True,
        help_text=_(
            "Mål, metoder och hur prioriteringen gjorts (viktighet, förändringar, tidigare "
            "resultat)."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    objects = ProgrammeQuerySet.as_manager()

    class Meta:
        verbose_name = _("revisionsprogram")
        verbose_name_plural = pgettext_lazy("plural", "revisionsprogram")
        ordering = ["-year", "unit__path"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="programme_once_per_year"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("audits:programme") + f"?ar={self.year}"


class AuditQuerySet(models.QuerySet):
    def visible_to(self, user) -> AuditQuerySet:
        """Audits the user may open.

        Admins all; coordinators and auditors the audits of units in their subtrees; auditors
        also those they are on; chefs and staff the audits of their subtrees and of the areas
        they work in (an audit of Äldreomsorg is also Solgården's). Board members none: they
        read closed reports only (`reports_visible_to`).
        """
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        in_scope = subtree_q(user.membership_paths(*SCOPE_READER_ROLES), field="unit__path")
        areas = {
            prefix
            for path in user.membership_paths(*AUDITEE_ROLES)
            for prefix in covering_paths(path)
        }
        on_team = Q(pk__in=TeamMember.objects.filter(user=user).values("audit_id"))
        return self.filter(in_scope | Q(unit__path__in=areas) | on_team)

    def reports_visible_to(self, user) -> AuditQuerySet:
        """Closed audits whose frozen report the user may download: those the user may open,
        and for board members the closed audits of units inside or above their subtrees."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        closed = self.filter(status=Audit.Status.CLOSED)
        board_paths = user.membership_paths(Role.BOARD)
        board = Q(pk__in=[])
        if board_paths:
            above = {prefix for path in board_paths for prefix in covering_paths(path)}
            board = subtree_q(board_paths, field="unit__path") | Q(unit__path__in=above)
        return closed.filter(Q(pk__in=self.visible_to(user).values("pk")) | board)

    def with_team_member(self, user) -> AuditQuerySet:
        return self.filter(team__user=user).distinct()

    def upcoming(self) -> AuditQuerySet:
        return self.filter(status__in=[Audit.Status.PLANNED, Audit.Status.PREPARED])


def report_upload_to(instance: Audit, filename: str) -> str:
    return f"audits/reports/{uuid.uuid4().hex}.pdf"


@tracked(exclude=["report_pdf"])
class Audit(models.Model):
    """One audit: internal, a förbättringsdag, or an external audit recorded here."""

    class Kind(models.TextChoices):
        INTERNAL = "internal", _("Internrevision")
        IMPROVEMENT_DAY = "improvement_day", _("Förbättringsdag")
        CERTIFICATION = "certification", _("Extern revision (certifieringsorgan)")
        SUPPLIER = "supplier", _("Leverantörsrevision")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planerad")
        PREPARED = "prepared", _("Förberedd")
        PERFORMED = "performed", _("Genomförd")
        REPORTED = "reported", _("Rapporterad")
        CLOSED = "closed", _("Avslutad")
        CANCELLED = "cancelled", _("Inställd")

    class Priority(models.TextChoices):
        HIGH = "high", _("Hög")
        MEDIUM = "medium", _("Medel")
        LOW = "low", _("Låg")

    EXTERNAL_KINDS = (Kind.CERTIFICATION, Kind.SUPPLIER)
    # Kinds whose team must be independent of the audited unit.
    INDEPENDENT_KINDS = (Kind.INTERNAL, Kind.IMPROVEMENT_DAY)
    OPEN_STATUSES = (Status.PLANNED, Status.PREPARED, Status.PERFORMED, Status.REPORTED)
    # How long after the fieldwork the report is due.
    REPORT_DUE_DAYS = 14

    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="audits", verbose_name=_("program")
    )
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices, default=Kind.INTERNAL)
    title = models.CharField(_("rubrik"), max_length=200)
    unit = models.ForeignKey(
        OrganisationUnit, on_delete=models.PROTECT, related_name="audits", verbose_name=_("enhet")
    )
    process = models.CharField(_("process"), max_length=200, blank=True)
    scope = models.TextField(_("omfattning"), blank=True)
    criteria = models.ManyToManyField(
        Criterion, related_name="audits", verbose_name=_("kriterier"), blank=True
    )
    planned_date = models.DateField(_("planerat datum"))
    priority = models.CharField(
        _("prioritet"), max_length=10, choices=Priority.choices, default=Priority.MEDIUM
    )
    priority_reason = models.TextField(
        _("motivering av prioriteten"),
        blank=True,
        help_text=_("Verksamhetens betydelse, förändringar och tidigare resultat."),
    )
    external_body = models.CharField(
        _("certifieringsorgan eller leverantör"), max_length=200, blank=True
    )
    external_reference = models.CharField(_("rapportnummer"), max_length=100, blank=True)
    external_auditors = models.CharField(_("externa revisorer"), max_length=300, blank=True)
    participants = models.TextField(
        _("deltagare"), blank=True, help_text=_("Vid förbättringsdag: vilka som deltar.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    performed_on = models.DateField(_("genomförd"), null=True, blank=True)
    summary = models.TextField(_("sammanfattning"), blank=True)
    conclusion = models.TextField(_("slutsats"), blank=True)
    reported_at = models.DateTimeField(_("rapporterad"), null=True, blank=True)
    closed_at = models.DateTimeField(_("avslutad"), null=True, blank=True)
    cancel_reason = models.TextField(_("skäl till att revisionen ställdes in"), blank=True)
    # The report as it was when the audit closed: served from here from then on.
    report_pdf = models.FileField(
        _("rapport"), upload_to=report_upload_to, blank=True, max_length=300, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisioner")
        ordering = ["planned_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="closed") | ~Q(report_pdf=""), name="audit_closed_has_report"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["planned", "prepared", "cancelled"])
                | Q(performed_on__isnull=False),
                name="audit_performed_has_date",
            ),
        ]
        indexes = [
            models.Index(fields=["planned_date"], name="audit_planned_idx"),
            models.Index(fields=["unit", "status"], name="audit_unit_status_idx"),
            trigram_index("title", "audit_title_trgm_idx"),  # the header search
            trigram_index("process", "audit_process_trgm_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.unit})"

    def get_absolute_url(self) -> str:
        return pk_url("audits:detail", self.pk)

    @property
    def is_external(self) -> bool:
        return self.kind in self.EXTERNAL_KINDS

    @property
    def needs_independence(self) -> bool:
        return self.kind in self.INDEPENDENT_KINDS

    @property
    def report_due(self) -> datetime.date | None:
        if self.performed_on is None:
            return None
        return self.performed_on + datetime.timedelta(days=self.REPORT_DUE_DAYS)


@tracked()
class TeamMember(models.Model):
    """A person on the audit team. An auditor who belongs to the audited area needs a
    coordinator's recorded override: who decided, when, and why."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Revisionsledare")
        AUDITOR = "auditor", _("Revisor")
        FACILITATOR = "facilitator", _("Processledare")
        CONTACT = "contact", _("Kontaktperson")

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="team")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="audit_assignments",
        verbose_name=_("person"),
    )
    role = models.CharField(_("roll i revisionen"), max_length=20, choices=Role.choices)
    override_reason = models.TextField(_("motivering av undantag från oberoendet"), blank=True)
    override_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("undantag beslutat av"),
    )
    override_at = models.DateTimeField(_("undantag beslutat"), null=True, blank=True)
    added_at = models.DateTimeField(_("tillagd"), auto_now_add=True)

    class Meta:
        verbose_name = _("revisionsteam")
        verbose_name_plural = pgettext_lazy("plural", "revisionsteam")
        ordering = ["role", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["audit", "user"], name="team_member_once"),
            models.CheckConstraint(
                condition=Q(override_by__isnull=True) | ~Q(override_reason=""),
                name="team_override_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


class Grade(models.TextChoices):
    """What a question's answer (and a finding) is graded as."""

    CONFORMS = "conforms", _("Uppfyller kraven")
    MAJOR = "major", _("Större avvikelse")
    MINOR = "minor", _("Mindre avvikelse")
    OBSERVATION = "observation", _("Observation")
    OPPORTUNITY = "opportunity", _("Förbättringsmöjlighet")
    STRENGTH = "strength", _("Styrka")


NONCONFORMITIES = (Grade.MAJOR, Grade.MINOR)
# Findings are every grade but "conforms"; these are closed by a recorded verification.
VERIFIED_GRADES = (Grade.MAJOR, Grade.MINOR, Grade.OBSERVATION, Grade.OPPORTUNITY)


@tracked()
class Answer(models.Model):
    """The answer to one checklist question in one audit; saved as the auditor goes."""

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(
        Question, on_delete=models.PROTECT, related_name="answers", verbose_name=_("fråga")
    )
    # Copied when the checklist is made, so a later edit of the bank leaves this audit as it was.
    question_text = models.CharField(_("fråga"), max_length=500)
    order = models.PositiveIntegerField(default=0)
    grade = models.CharField(_("bedömning"), max_length=20, choices=Grade.choices, blank=True)
    notes = models.TextField(_("anteckningar"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(_("sparad"), null=True, blank=True)

    class Meta:
        verbose_name = _("svar")
        verbose_name_plural = pgettext_lazy("plural", "svar")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["audit", "question"], name="answer_once_per_question"),
        ]

    def __str__(self) -> str:
        return self.question_text


def evidence_path(instance: Evidence, filename: str) -> str:
    # A random name: the original name is kept in the row only.
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"audits/evidence/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"


@tracked()
class Evidence(models.Model):
    """A file supporting an answer (a photo, a document seen); served only through a
    permission-checked view."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(_("fil"), upload_to=evidence_path, max_length=300)
    original_name = models.CharField(_("filnamn"), max_length=255)
    content_type = models.CharField(_("filtyp"), max_length=100)
    size = models.PositiveBigIntegerField(_("storlek"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)

    class Meta:
        verbose_name = _("underlag")
        verbose_name_plural = pgettext_lazy("plural", "underlag")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.original_name

    def get_absolute_url(self) -> str:
        return reverse("audits:evidence", args=[self.answer.audit_id, self.pk])


def actions_by_finding(findings) -> dict[int, list]:
    """The register's actions of these findings, by finding id, in one query."""
    from deviations.models import Action

    grouped: dict[int, list] = {}
    actions = Action.objects.filter(
        content_type=ContentType.objects.get_for_model(Finding),
        object_id__in=[f.pk for f in findings],
    ).select_related("owner")
    for action in actions.order_by("pk"):
        grouped.setdefault(action.object_id, []).append(action)
    return grouped


class FindingQuerySet(models.QuerySet):
    def visible_to(self, user) -> FindingQuerySet:
        """Findings of the audits the user may open (a finding is shown on its audit's page)."""
        return self.filter(audit__in=Audit.objects.visible_to(user))

    def needing_verification(self) -> FindingQuerySet:
        return self.filter(grade__in=VERIFIED_GRADES, verified_at__isnull=True)


@tracked()
class Finding(models.Model):
    """What an audit found: from a graded checklist answer, or recorded directly (external
    audits, a förbättringsdag's ideas). Closed by the auditor's verification."""

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="findings")
    answer = models.OneToOneField(
        Answer, on_delete=models.CASCADE, null=True, blank=True, related_name="finding"
    )
    criterion = models.ForeignKey(
        Criterion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kriterium"),
    )
    grade = models.CharField(
        _("bedömning"), max_length=20, choices=[c for c in Grade.choices if c[0] != "conforms"]
    )
    title = models.CharField(_("rubrik"), max_length=500)
    description = models.TextField(_("beskrivning"), blank=True)
    deviation = models.ForeignKey(
        "deviations.Deviation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("avvikelse"),
    )
    verified_at = models.DateTimeField(_("verifierad"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verifierad av"),
    )
    verification = models.TextField(_("verifiering"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    objects = FindingQuerySet.as_manager()

    class Meta:
        verbose_name = _("iakttagelse")
        verbose_name_plural = _("iakttagelser")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(verified_at__isnull=True) | ~Q(verification=""),
                name="finding_verified_has_text",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return pk_url("audits:detail", self.audit_id) + f"#finding-{self.pk}"

    @property
    def is_nonconformity(self) -> bool:
        return self.grade in NONCONFORMITIES

    @property
    def needs_verification(self) -> bool:
        return self.grade in VERIFIED_GRADES

    @property
    def is_closed(self) -> bool:
        return not self.needs_verification or self.verified_at is not None
