"""Records management: the information management plan (retention rules per record type and
organisation), legal holds, thinning proposals and their protocol, deliveries to the e-archive,
full exports and register extracts."""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from qms import recordtypes
from qms.history import tracked
from qms.models import OrganisationUnit, Role, subtree_q


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` earlier, clamped to the month's end (31 March - 1 = 28 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    first_of_next = datetime.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last = (first_of_next - datetime.timedelta(days=1)).day
    return datetime.date(year, month + 1, min(day.day, last))


# The event every case type has besides its own: a rule "gallras efter leverans till e-arkiv".
DELIVERED = "delivered"


@tracked()
class RetentionRule(models.Model):
    """What the information management plan says about one record type in one organisation:
    kept (bevaras, the default without a rule) or thinned N years or months after an event,
    under a cited decision."""

    class Action(models.TextChoices):
        KEEP = "keep", _("Bevaras")
        THIN = "thin", _("Gallras")

    class Unit(models.TextChoices):
        YEARS = "years", _("år")
        MONTHS = "months", _("månader")

    record_type = models.CharField(_("informationstyp"), max_length=80)
    organisation = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("Tom: gäller hela koncernen där ingen organisation har en egen regel."),
    )
    action = models.CharField(_("bevaras eller gallras"), max_length=10, choices=Action.choices)
    period = models.PositiveSmallIntegerField(
        _("tid"), null=True, blank=True, validators=[MaxValueValidator(200)]
    )
    period_unit = models.CharField(
        _("tidsenhet"), max_length=10, choices=Unit.choices, default=Unit.YEARS
    )
    event = models.CharField(_("räknat från"), max_length=40, blank=True)
    decision_body = models.CharField(
        _("beslutande organ"),
        max_length=200,
        help_text=_("Till exempel Socialnämnden, Kommunstyrelsen eller bolagets styrelse."),
    )
    decision_date = models.DateField(_("beslutsdatum"))
    decision_reference = models.CharField(
        _("beslutets referens"),
        max_length=200,
        help_text=_("Diarienummer eller paragraf, till exempel SN 2025/112 § 45."),
    )
    guidance_number = models.CharField(
        _("gallringsråd"),
        max_length=200,
        blank=True,
        help_text=_("Om beslutet bygger på ett gallringsråd: dess nummer och punkt."),
    )
    note = models.TextField(_("kommentar"), blank=True)
    # A rule that thins records younger than a month was confirmed on purpose (who: history).
    confirmed_short = models.BooleanField(_("kort gallringsfrist bekräftad"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("antagen"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("regel i informationshanteringsplanen")
        verbose_name_plural = _("regler i informationshanteringsplanen")
        ordering = ["record_type", "organisation__path"]
        constraints = [
            models.UniqueConstraint(
                fields=["record_type", "organisation"],
                name="retention_rule_once",
                nulls_distinct=False,
            ),
            models.CheckConstraint(
                condition=Q(action="keep", period__isnull=True, event="")
                | Q(action="thin", period__isnull=False, event__gt=""),
                name="retention_rule_complete",
            ),
        ]

    def __str__(self) -> str:
        return self.summary

    def get_absolute_url(self) -> str:
        return reverse("records:rule_update", args=[self.pk])

    @property
    def record_type_obj(self) -> recordtypes.RecordType | None:
        return recordtypes.get(self.record_type)

    @property
    def months(self) -> int:
        if self.period is None:
            return 0
        return self.period * 12 if self.period_unit == self.Unit.YEARS else self.period

    @property
    def event_label(self) -> str:
        if self.event == DELIVERED:
            return str(_("leverans till e-arkiv"))
        rtype = self.record_type_obj
        event = rtype.events.get(self.event) if rtype else None
        return str(event.label) if event else self.event

    @property
    def summary(self) -> str:
        if self.action == self.Action.KEEP:
            return str(_("Bevaras"))
        values = {"n": self.period, "event": self.event_label}
        if self.period_unit == self.Unit.MONTHS:
            return (
                ngettext(
                    "Gallras %(n)s månad efter %(event)s",
                    "Gallras %(n)s månader efter %(event)s",
                    self.period,
                )
                % values
            )
        return (
            ngettext(
                "Gallras %(n)s år efter %(event)s", "Gallras %(n)s år efter %(event)s", self.period
            )
            % values
        )

    @property
    def decision(self) -> str:
        text = f"{self.decision_body} {self.decision_date:%Y-%m-%d}, {self.decision_reference}"
        if self.guidance_number:
            text += f" ({_('gallringsråd')} {self.guidance_number})"
        return text

    def cutoff(self, as_of: datetime.date) -> datetime.date:
        """Records whose event happened before this day are due on `as_of`."""
        return months_before(as_of, self.months)

    @property
    def is_short(self) -> bool:
        return self.action == self.Action.THIN and self.months < 1


class LegalHoldQuerySet(models.QuerySet):
    def active(self) -> LegalHoldQuerySet:
        return self.filter(lifted_at__isnull=True)

    def of(self, obj: models.Model) -> LegalHoldQuerySet:
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=obj.pk,
        )

    def visible_to(self, user) -> LegalHoldQuerySet:
        """Holds on records in the units where the user may place one (admins: all)."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        paths = user.membership_paths(*HOLD_ROLES)
        return self.filter(Q(placed_by=user) | subtree_q(paths, field="unit__path"))


# Who may place and lift holds over a unit: coordinators, the legal tracks' officers and the
# arkivansvarig (and admins).
HOLD_ROLES = (Role.COORDINATOR, Role.SAS, Role.MAS, Role.DPO, Role.ARCHIVIST)


@tracked()
class LegalHold(models.Model):
    """A spärr: the record (a whole case with its parts) must not be thinned while an appeal or
    a supervisory matter is pending. Never proposed, never deleted, until lifted."""

    class Reason(models.TextChoices):
        APPEAL = "appeal", _("Överklagande")
        IVO = "ivo", _("IVO-tillsyn")
        JO = "jo", _("JO-anmälan")
        IMY = "imy", _("IMY-tillsyn")
        OTHER = "other", _("Annat")

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    record_type = models.CharField(_("informationstyp"), max_length=80)
    identifier = models.CharField(_("ärende"), max_length=100)
    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("enhet"),
    )
    reason_kind = models.CharField(_("skäl"), max_length=20, choices=Reason.choices)
    reason = models.TextField(
        _("beskrivning"), help_text=_("Till exempel myndighetens diarienummer och vad som gäller.")
    )
    review_date = models.DateField(
        _("omprövas senast"), help_text=_("När spärren ska ses över eller upphör.")
    )
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("spärrad av"),
    )
    placed_at = models.DateTimeField(_("spärrad"), default=timezone.now)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hävd av"),
    )
    lifted_at = models.DateTimeField(_("hävd"), null=True, blank=True)
    lift_reason = models.TextField(_("skäl till att spärren hävdes"), blank=True)

    objects = LegalHoldQuerySet.as_manager()

    class Meta:
        verbose_name = _("spärr mot gallring")
        verbose_name_plural = _("spärrar mot gallring")
        ordering = ["-placed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(lifted_at__isnull=True),
                name="legal_hold_one_active",
            ),
            models.CheckConstraint(
                condition=Q(lifted_at__isnull=True) | ~Q(lift_reason=""),
                name="legal_hold_lift_has_reason",
            ),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="legal_hold_obj_idx")]

    def __str__(self) -> str:
        return f"{self.identifier} ({self.get_reason_kind_display()})"

    def get_absolute_url(self) -> str:
        return reverse("records:hold_detail", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.lifted_at is None

    def is_due_for_review(self, today: datetime.date | None = None) -> bool:
        return self.is_active and self.review_date <= (today or timezone.localdate())


class ProposalQuerySet(models.QuerySet):
    def visible_to(self, user) -> ProposalQuerySet:
        """Proposals of the organisations the user is arkivansvarig over (admins: all)."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        paths = user.membership_paths(Role.ARCHIVIST)
        return self.filter(subtree_q(paths, field="organisation__path"))

    def open(self) -> ProposalQuerySet:
        return self.filter(status__in=Proposal.OPEN_STATUSES)


@tracked(exclude=["protocol_pdf", "protocol_csv", "progress_done"])
class Proposal(models.Model):
    """A gallringsförslag for one organisation: which records are due, under which rule. Nothing
    is destroyed until the arkivansvarig approves it; applying it writes the protocol."""

    class Status(models.TextChoices):
        BUILDING = "building", _("Tas fram")
        PROPOSED = "proposed", _("Att granska")
        APPROVED = "approved", _("Godkänt, gallras")
        DONE = "done", _("Gallrat")
        REJECTED = "rejected", _("Avslaget")

    OPEN_STATUSES = (Status.BUILDING, Status.PROPOSED, Status.APPROVED)

    organisation = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
    )
    as_of = models.DateField(_("per dag"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.BUILDING
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("framtaget av"),
    )
    created_at = models.DateTimeField(_("framtaget"), auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("godkänt av"),
    )
    approved_at = models.DateTimeField(_("godkänt"), null=True, blank=True)
    rejected_reason = models.TextField(_("skäl till avslag"), blank=True)
    started_at = models.DateTimeField(_("gallringen började"), null=True, blank=True)
    finished_at = models.DateTimeField(_("gallringen klar"), null=True, blank=True)
    progress_done = models.PositiveIntegerField(_("gallrade"), default=0)
    protocol_pdf = models.FileField(
        _("gallringsprotokoll (PDF/A)"), upload_to="records/protocols/", blank=True, max_length=300
    )
    protocol_csv = models.FileField(
        _("gallringsprotokoll (CSV)"), upload_to="records/protocols/", blank=True, max_length=300
    )

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("gallringsförslag")
        verbose_name_plural = pgettext_lazy("plural", "gallringsförslag")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=["approved", "done"]) | Q(approved_at__isnull=False),
                name="proposal_approved_has_date",
            ),
        ]

    def __str__(self) -> str:
        return str(
            _("Gallringsförslag %(org)s %(day)s") % {"org": self.organisation, "day": self.as_of}
        )

    def get_absolute_url(self) -> str:
        return reverse("records:proposal_detail", args=[self.pk])

    @property
    def protocol_number(self) -> str:
        return f"GP-{self.as_of:%Y}-{self.pk:05d}"


class ProposalRule(models.Model):
    """The rule as it stood when the proposal was made: the protocol cites this, whatever is
    later changed in the plan."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="rules")
    rule = models.ForeignKey(
        RetentionRule, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    record_type = models.CharField(max_length=80)
    summary = models.CharField(max_length=300)
    decision = models.CharField(max_length=700)
    cutoff = models.DateField()
    event = models.CharField(max_length=40)

    class Meta:
        ordering = ["record_type"]

    def __str__(self) -> str:
        return f"{self.record_type}: {self.summary}"


class ProposalItem(models.Model):
    """One record in a proposal (a case type), or for a log type the rows older than the
    cutoff as one count. `status` says what happened to it, for the protocol."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Föreslås")
        DELETED = "deleted", _("Gallrad")
        HELD = "held", _("Spärrad, togs bort ur förslaget")
        SKIPPED = "skipped", _("Inte längre aktuell")

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="items")
    rule = models.ForeignKey(ProposalRule, on_delete=models.PROTECT, related_name="items")
    record_type = models.CharField(max_length=80)
    object_id = models.BigIntegerField(null=True, blank=True)
    identifier = models.CharField(max_length=100, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    # Proposed: one record, or for a log type the rows due when proposed; removed: how many
    # were in fact thinned.
    count = models.PositiveBigIntegerField(default=1)
    removed = models.PositiveBigIntegerField(default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    done_at = models.DateTimeField(null=True, blank=True)
    batch = models.UUIDField(null=True, blank=True)

    class Meta:
        ordering = ["record_type", "identifier", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "record_type", "object_id"], name="proposal_item_once"
            ),
        ]
        indexes = [
            models.Index(fields=["proposal", "status", "record_type"], name="proposal_item_idx"),
            models.Index(
                fields=["record_type", "object_id"],
                condition=Q(status="pending"),
                name="proposal_item_pending_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.identifier or str(self.pk)


class FileRemoval(models.Model):
    """A stored file of a thinned record, removed once the batch that thinned it has committed
    (a rollback keeps the file with its row); a crash in between leaves this row, and the next
    run removes the file."""

    name = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


def package_upload_to(instance, filename: str) -> str:
    return f"records/archive/{uuid.uuid4().hex}.zip"


class JobStatus(models.TextChoices):
    PENDING = "pending", _("Väntar")
    RUNNING = "running", _("Pågår")
    DONE = "done", _("Klar")
    FAILED = "failed", _("Misslyckades")


class Job(models.Model):
    """What the worker builds with progress: status, counts and the file."""

    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.PENDING
    )
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(_("beställd"), auto_now_add=True)
    finished_at = models.DateTimeField(_("klar"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.status == JobStatus.DONE else 0
        return min(100, round(100 * self.done / self.total))

    @property
    def is_running(self) -> bool:
        return self.status in (JobStatus.PENDING, JobStatus.RUNNING)


class ArchivePackageQuerySet(models.QuerySet):
    def visible_to(self, user) -> ArchivePackageQuerySet:
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        paths = user.membership_paths(Role.ARCHIVIST)
        return self.filter(subtree_q(paths, field="organisation__path"))


@tracked(exclude=["file", "done", "total"])
class ArchivePackage(Job):
    """An e-archive package (FGS Paketstruktur 2.0 = E-ARK SIP 2.1) of one record type, one
    organisation and one period; once the e-archive has received it, it is marked delivered,
    and each record in it gets a `DeliveredRecord`."""

    record_type = models.CharField(_("informationstyp"), max_length=80)
    organisation = models.ForeignKey(
        OrganisationUnit, on_delete=models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    period_start = models.DateField(_("från"))
    period_end = models.DateField(_("till"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("beställd av"),
    )
    file = models.FileField(upload_to=package_upload_to, blank=True, max_length=300)
    sha256 = models.CharField(max_length=64, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    record_ids = models.JSONField(default=list, blank=True, editable=False)
    delivered_at = models.DateTimeField(_("levererat"), null=True, blank=True)
    delivered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("leverans registrerad av"),
    )
    delivery_receipt = models.CharField(_("e-arkivets kvittens"), max_length=300, blank=True)

    objects = ArchivePackageQuerySet.as_manager()

    class Meta:
        verbose_name = _("e-arkivpaket")
        verbose_name_plural = _("e-arkivpaket")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="archive_package_period_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.package_id}"

    def get_absolute_url(self) -> str:
        return reverse("records:package_detail", args=[self.pk])

    @property
    def package_id(self) -> str:
        return f"QMS-{self.organisation.code}-{self.pk:06d}"


class DeliveredRecord(models.Model):
    """This record was delivered to the e-archive (in this package): what a rule "gallras
    efter leverans till e-arkiv" counts from."""

    package = models.ForeignKey(ArchivePackage, on_delete=models.PROTECT, related_name="records")
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    delivered_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["package", "content_type", "object_id"], name="delivered_record_once"
            ),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="delivered_obj_idx")]

    def __str__(self) -> str:
        return f"{self.content_type_id}:{self.object_id}"


class RegisterExtractQuerySet(models.QuerySet):
    def visible_to(self, user) -> RegisterExtractQuerySet:
        """The dataskyddsombud's own extracts and those of their organisation (admins: all)."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        paths = user.membership_paths(Role.DPO)
        if not paths:
            return self.none()
        return self.filter(subtree_q(paths, field="scope__path"))


def extract_upload_to(instance, filename: str) -> str:
    return f"records/extracts/{uuid.uuid4().hex}{filename[filename.rfind('.') :]}"


@tracked(exclude=["pdf", "data_json", "data_csv", "done", "total", "summary"])
class RegisterExtract(Job):
    """A register extract (GDPR art. 15) for one person: every record in every module, within
    the scope, that names them or was written by them."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    scope = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("omfattar"),
    )
    subject_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("konto"),
    )
    subject_email = models.EmailField(_("e-postadress"), blank=True)
    subject_name = models.CharField(_("namn"), max_length=200, blank=True)
    reference = models.CharField(
        _("ärende"),
        max_length=200,
        blank=True,
        help_text=_("Till exempel diarienumret för begäran om registerutdrag."),
    )
    summary = models.JSONField(default=dict, blank=True)
    pdf = models.FileField(upload_to=extract_upload_to, blank=True, max_length=300)
    data_json = models.FileField(upload_to=extract_upload_to, blank=True, max_length=300)
    data_csv = models.FileField(upload_to=extract_upload_to, blank=True, max_length=300)

    objects = RegisterExtractQuerySet.as_manager()

    class Meta:
        verbose_name = _("registerutdrag")
        verbose_name_plural = pgettext_lazy("plural", "registerutdrag")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(subject_user__isnull=False)
                | ~Q(subject_email="")
                | ~Q(subject_name=""),
                name="register_extract_has_subject",
            ),
        ]

    def __str__(self) -> str:
        return str(_("Registerutdrag %(who)s") % {"who": self.subject_label})

    def get_absolute_url(self) -> str:
        return reverse("records:extract_detail", args=[self.pk])

    @property
    def subject_label(self) -> str:
        parts = [str(self.subject_user)] if self.subject_user_id else []
        parts += [p for p in (self.subject_email, self.subject_name) if p]
        return ", ".join(parts)


class FullExport(Job):
    """Every table the product owns as CSV, with a README of columns, and every stored file:
    what a kommun takes with it when it leaves the product. Admins only."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    file = models.FileField(upload_to="records/full-exports/", blank=True, max_length=300)

    class Meta:
        verbose_name = _("fullständig export")
        verbose_name_plural = _("fullständiga exporter")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("records:full_export_detail", args=[self.pk])


class AccessLog(models.Model):
    """Who opened or downloaded what of records management's output: packages, protocols,
    register extracts, full exports. A log, never edited."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("vem")
    )
    what = models.CharField(_("vad"), max_length=40)
    object_id = models.PositiveBigIntegerField()
    at = models.DateTimeField(_("när"), auto_now_add=True)

    class Meta:
        verbose_name = _("åtkomst")
        verbose_name_plural = _("åtkomstlogg")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["what", "object_id"], name="records_access_idx")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.what} {self.object_id} {self.at:%Y-%m-%d %H:%M}"
