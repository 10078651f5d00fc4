"""Deviations (avvikelser), the requirements they depart from, their categories, and the one
register of actions (åtgärder) that every module feeds."""

from __future__ import annotations

import datetime
import uuid
from pathlib import PurePath

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Lower, Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from qms.history import tracked
from qms.links import pk_url
from qms.lookups import IdArray
from qms.models import OrganisationUnit, Role, subtree_q, trigram_index
from qms.uploads import THUMBNAIL_TYPES

# Roles that see (non-confidential) cases of every unit in their subtree.
CASE_READER_ROLES = (Role.ADMIN, Role.COORDINATOR, Role.MANAGER, Role.AUDITOR)
# Roles that may triage and move any case in their subtree (besides the assigned investigator).
CASE_HANDLER_ROLES = (Role.COORDINATOR, Role.MANAGER)
# Roles that may read confidential cases when their membership has sensitive access.
SENSITIVE_ROLES = (Role.COORDINATOR, Role.MANAGER)


class Severity(models.TextChoices):
    """Risk level from probability × consequence (each 1–4)."""

    LOW = "low", _("Låg")
    MEDIUM = "medium", _("Medel")
    HIGH = "high", _("Hög")
    CRITICAL = "critical", _("Kritisk")


# Inclusive risk-score ranges for each severity level (score = probability × consequence).
SEVERITY_SCORES = {
    Severity.LOW: (1, 3),
    Severity.MEDIUM: (4, 6),
    Severity.HIGH: (8, 9),
    Severity.CRITICAL: (12, 16),
}


def severity_for(score: int | None) -> Severity | None:
    if score is None:
        return None
    for level, (low, high) in SEVERITY_SCORES.items():
        if low <= score <= high:
            return level
    return None


@tracked()
class Requirement(models.Model):
    """A requirement (krav): a law, regulation, policy, guideline or routine."""

    class Kind(models.TextChoices):
        LAW = "law", _("Lag")
        REGULATION = "regulation", _("Förordning eller föreskrift")
        POLICY = "policy", _("Policy")
        GUIDELINE = "guideline", _("Riktlinje")
        ROUTINE = "routine", _("Rutin")
        STANDARD = "standard", _("Standard")

    title = models.CharField(_("benämning"), max_length=300)
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    reference = models.CharField(
        _("referens"), max_length=200, blank=True, help_text=_("Till exempel SoL 14 kap. 1 c §.")
    )
    description = models.TextField(_("beskrivning"), blank=True)
    owner_unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="requirements",
        verbose_name=_("ägande enhet"),
    )
    url = models.URLField(_("länk"), blank=True)
    document = models.FileField(
        _("dokument"), upload_to="requirements/%Y/", blank=True, max_length=300
    )
    review_date = models.DateField(_("nästa översyn"), null=True, blank=True)
    is_active = models.BooleanField(_("gällande"), default=True)

    class Meta:
        verbose_name = _("krav")
        verbose_name_plural = pgettext_lazy("plural", "krav")
        ordering = ["kind", "title"]

    def __str__(self) -> str:
        return f"{self.title} ({self.reference})" if self.reference else self.title

    def get_absolute_url(self) -> str:
        return reverse("deviations:requirement_update", args=[self.pk])


@tracked()
class Category(models.Model):
    """A deviation category, at most two levels (e.g. Arbetsmiljö › Tillbud)."""

    name = models.CharField(_("namn"), max_length=120)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("överordnad kategori"),
    )
    description = models.CharField(_("beskrivning"), max_length=300, blank=True)
    is_sensitive = models.BooleanField(
        _("sekretessmarkera som standard"),
        default=False,
        help_text=_("Avvikelser i kategorin blir sekretessmarkerade när de rapporteras."),
    )
    asks_ia_number = models.BooleanField(
        _("fråga efter IA-ärendenummer"),
        default=False,
        help_text=_("För tillbud och olyckor som också rapporteras i IA-systemet."),
    )
    is_health_care = models.BooleanField(
        _("hälso- och sjukvård (HSL)"),
        default=False,
        help_text=_(
            "Avvikelser i kategorin (och i dess underkategorier) räknas i "
            "patientsäkerhetsberättelsen, till exempel fall, läkemedel och vårdskador."
        ),
    )
    is_active = models.BooleanField(_("aktiv"), default=True)

    class Meta:
        verbose_name = _("kategori")
        verbose_name_plural = _("kategorier")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"], name="category_unique_name", nulls_distinct=False
            ),
        ]

    def __str__(self) -> str:
        return self.full_name(self.name, self.parent.name if self.parent_id else None)

    def get_absolute_url(self) -> str:
        return reverse("deviations:category_update", args=[self.pk])

    @staticmethod
    def full_name(name: str, parent_name: str | None) -> str:
        """A subcategory as "Arbetsmiljö › Tillbud", a main category by its name alone."""
        return name if parent_name is None else f"{parent_name} › {name}"


class CategorySensitivityDecision(models.Model):
    """A recorded decision to change whether a category's new cases are confidential: who, when,
    why. It applies to reports made from then on; cases already reported keep their flag."""

    category = models.ForeignKey(
        Category,
        on_delete=models.CASCADE,
        related_name="sensitivity_decisions",
        verbose_name=_("kategori"),
    )
    is_sensitive = models.BooleanField(_("sekretessmarkera som standard"))
    reason = models.TextField(_("motivering"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("beslutat av"),
    )
    decided_at = models.DateTimeField(_("beslutat"), auto_now_add=True)

    class Meta:
        verbose_name = _("beslut om sekretessmarkering")
        verbose_name_plural = _("beslut om sekretessmarkering")
        ordering = ["-decided_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.category}: {self.is_sensitive} ({self.decided_at:%Y-%m-%d})"


@tracked()
class Supplier(models.Model):
    """An external provider (extern utförare eller leverantör): a contractor running a service,
    a supplier of goods or IT. Deviations are tagged to one, so its performance can be followed
    up (ISO 9001 8.4, and the management review's input on external providers)."""

    name = models.CharField(_("namn"), max_length=200, unique=True)
    organisation_number = models.CharField(_("organisationsnummer"), max_length=20, blank=True)
    delivers = models.CharField(_("levererar"), max_length=300, blank=True)
    contact = models.CharField(_("kontakt"), max_length=200, blank=True)
    is_active = models.BooleanField(_("aktiv"), default=True)

    class Meta:
        verbose_name = _("extern utförare eller leverantör")
        verbose_name_plural = _("externa utförare och leverantörer")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("deviations:supplier_update", args=[self.pk])


class CaseCounter(models.Model):
    """The last number given per organisation, series and year (see numbering.next_number)."""

    organisation = models.ForeignKey(OrganisationUnit, on_delete=models.CASCADE)
    series = models.CharField(max_length=10)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "series", "year"], name="case_counter_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.series}-{self.year}: {self.last_number}"


class DeviationQuerySet(models.QuerySet):
    def visible_to(self, user) -> DeviationQuerySet:
        """What `user` may read. Confidential cases need a personal link or sensitive access."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        return self.filter(_unit_scope(user) | _beyond_units(user))

    def open(self) -> DeviationQuerySet:
        return self.exclude(status__in=Deviation.CLOSED_STATUSES)

    def in_subtree(self, unit: OrganisationUnit) -> DeviationQuerySet:
        return self.filter(unit_id__any=subtree_ids(unit))

    def with_severity(self, level: str) -> DeviationQuerySet:
        low, high = SEVERITY_SCORES[Severity(level)]
        return self.filter(risk_score__gte=low, risk_score__lte=high)

    def with_overdue_actions(self, today: datetime.date) -> DeviationQuerySet:
        overdue = Action.objects.open().filter(
            content_type=ContentType.objects.get_for_model(Deviation),
            object_id=OuterRef("pk"),
            due_date__lt=today,
        )
        return self.filter(Exists(overdue))


def attachment_path(instance: Attachment, filename: str) -> str:
    # A random name: the original name (which may contain personal data) is kept in the row only.
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"attachments/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"


@tracked(exclude=["search", "risk_score"])
class Deviation(models.Model):
    """One reported deviation and everything learned about it."""

    class Status(models.TextChoices):
        REPORTED = "reported", _("Rapporterad")
        INVESTIGATING = "investigating", _("Under utredning")
        ACTING = "acting", _("Åtgärder pågår")
        FOLLOW_UP = "follow_up", _("Uppföljning")
        CLOSED = "closed", _("Avslutad")
        DISMISSED = "dismissed", _("Avskriven")

    class CauseGroup(models.TextChoices):
        PEOPLE = "people", _("Människa")
        METHOD = "method", _("Metod och rutiner")
        EQUIPMENT = "equipment", _("Utrustning och teknik")
        ENVIRONMENT = "environment", _("Miljö och lokaler")
        ORGANISATION = "organisation", _("Organisation och ledning")
        COMMUNICATION = "communication", _("Information och kommunikation")

    CLOSED_STATUSES = (Status.CLOSED, Status.DISMISSED)

    number = models.CharField(_("ärendenummer"), max_length=20, editable=False)
    # The case's number in the register it was imported from (imports): searchable in the list.
    previous_number = models.CharField(
        _("tidigare nummer"), max_length=60, blank=True, editable=False, default="", db_default=""
    )
    # Foreign keys that lead a composite index of Meta.indexes have no index of their own: the
    # composite one serves their lookups, and each index more is one more for every insert to
    # update and for the planner to weigh on every query of the table (five fewer made a case
    # page's queries 10–35 % quicker to plan; issue 12).
    organisation = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
        editable=False,
        db_index=False,  # deviation_number_unique
    )
    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="deviations",
        verbose_name=_("enhet"),
        db_index=False,  # deviation_unit_idx
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.REPORTED
    )
    title = models.CharField(_("rubrik"), max_length=200)
    description = models.TextField(_("vad hände?"))
    occurred_at = models.DateTimeField(_("när hände det?"))
    location = models.CharField(_("plats"), max_length=200, blank=True)
    immediate_action = models.TextField(_("omedelbar åtgärd"), blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="reported_deviations",
        verbose_name=_("rapporterad av"),
        db_index=False,  # deviation_reporter_idx
    )
    category = models.ForeignKey(
        Category,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deviations",
        verbose_name=_("kategori"),
        db_index=False,  # deviation_category_idx
    )
    requirement = models.ForeignKey(
        Requirement,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deviations",
        verbose_name=_("krav som inte uppfyllts"),
    )
    ia_case_number = models.CharField(_("ärendenummer i IA-systemet"), max_length=40, blank=True)
    supplier = models.ForeignKey(
        Supplier,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deviations",
        verbose_name=_("extern utförare eller leverantör"),
        help_text=_(
            "Om avvikelsen gäller något som en extern utförare eller leverantör ansvarar för."
        ),
    )
    probability = models.PositiveSmallIntegerField(
        _("sannolikhet"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
    )
    consequence = models.PositiveSmallIntegerField(
        _("konsekvens"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
    )
    risk_score = models.GeneratedField(
        expression=models.F("probability") * models.F("consequence"),
        output_field=models.PositiveSmallIntegerField(),
        db_persist=True,
        verbose_name=_("riskvärde"),
    )
    investigator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="investigated_deviations",
        verbose_name=_("utredare"),
        db_index=False,  # deviation_investigator_idx
    )
    is_confidential = models.BooleanField(_("sekretessmarkerad"), default=False)
    cause_groups = ArrayField(
        models.CharField(max_length=20, choices=CauseGroup.choices),
        default=list,
        blank=True,
        verbose_name=_("orsaksgrupper"),
    )
    cause_analysis = models.TextField(_("orsaksanalys (5 varför)"), blank=True)
    effectiveness_evaluation = models.TextField(_("utvärdering av effekt"), blank=True)
    # Uppföljning av effekt (ISO 9001 10.2): chosen when the case is closed; the handler is
    # reminded from that day until the follow-up is recorded.
    effect_check_due = models.DateField(_("uppföljning av effekt senast"), null=True, blank=True)
    effect_checked_at = models.DateTimeField(
        _("effekten följdes upp"), null=True, blank=True, editable=False
    )
    # A database default too: the register import inserts cases with SQL of its own.
    effect_check_result = models.TextField(
        _("uppföljning av effekt"), blank=True, default="", db_default=""
    )
    dismissal_reason = models.TextField(_("skäl till avskrivning"), blank=True)
    reopen_reason = models.TextField(_("skäl till återöppning"), blank=True)
    created_at = models.DateTimeField(_("rapporterad"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)
    closed_at = models.DateTimeField(_("avslutad"), null=True, blank=True, editable=False)
    search = models.GeneratedField(
        expression=SearchVector("title", "description", config="swedish"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    actions = GenericRelation(
        "deviations.Action", content_type_field="content_type", object_id_field="object_id"
    )

    objects = DeviationQuerySet.as_manager()

    class Meta:
        verbose_name = _("avvikelse")
        verbose_name_plural = _("avvikelser")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "number"], name="deviation_number_unique"
            ),
            models.CheckConstraint(
                condition=Q(probability__isnull=True) | Q(probability__range=(1, 4)),
                name="deviation_probability_range",
            ),
            models.CheckConstraint(
                condition=Q(consequence__isnull=True) | Q(consequence__range=(1, 4)),
                name="deviation_consequence_range",
            ),
        ]
        indexes = [
            # Keyset pagination and the date filters: newest first, id as the tie-breaker.
            models.Index(fields=["-created_at", "-id"], name="deviation_created_idx"),
            models.Index(fields=["-occurred_at", "-id"], name="deviation_occurred_idx"),
            models.Index(fields=["unit", "-created_at", "-id"], name="deviation_unit_idx"),
            models.Index(fields=["status", "-created_at", "-id"], name="deviation_status_idx"),
            models.Index(fields=["category", "-created_at"], name="deviation_category_idx"),
            models.Index(fields=["risk_score", "-created_at"], name="deviation_risk_idx"),
            models.Index(fields=["investigator", "-created_at"], name="deviation_investigator_idx"),
            models.Index(fields=["reported_by", "-created_at"], name="deviation_reporter_idx"),
            models.Index(
                fields=["-created_at"],
                condition=Q(is_confidential=True),
                name="deviation_confidential_idx",
            ),
            # The hourly effect follow-up reminders: only closed cases still waiting for it.
            models.Index(
                fields=["effect_check_due"],
                condition=Q(effect_check_due__isnull=False, effect_checked_at__isnull=True),
                name="deviation_effect_due_idx",
            ),
            models.Index(fields=["unit", "category", "-occurred_at"], name="deviation_similar_idx"),
            GinIndex(fields=["search"], name="deviation_search_idx"),
            # The list's search finds an imported case by its old number, in any letter case.
            models.Index(
                Upper("previous_number"),
                condition=~Q(previous_number=""),
                name="deviation_previous_number_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    def get_absolute_url(self) -> str:
        return pk_url("deviations:detail", self.pk)

    @property
    def severity(self) -> Severity | None:
        if self.probability and self.consequence:
            return severity_for(self.probability * self.consequence)
        return None

    @property
    def is_open(self) -> bool:
        return self.status not in self.CLOSED_STATUSES

    def get_cause_groups_display(self) -> list[str]:
        labels = dict(self.CauseGroup.choices)
        return [str(labels.get(group, group)) for group in self.cause_groups]


@tracked()
class Comment(models.Model):
    deviation = models.ForeignKey(
        Deviation, on_delete=models.CASCADE, related_name="comments", verbose_name=_("avvikelse")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, verbose_name=_("skriven av")
    )
    text = models.TextField(_("kommentar"))
    created_at = models.DateTimeField(_("skriven"), auto_now_add=True)

    class Meta:
        verbose_name = _("kommentar")
        verbose_name_plural = _("kommentarer")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.author}: {self.text[:40]}"


@tracked()
class Attachment(models.Model):
    """A file attached to a deviation, stored under a random name through the storage API."""

    deviation = models.ForeignKey(
        Deviation,
        on_delete=models.CASCADE,
        related_name="attachments",
        verbose_name=_("avvikelse"),
    )
    file = models.FileField(_("fil"), upload_to=attachment_path, max_length=300)
    original_name = models.CharField(_("filnamn"), max_length=255)
    content_type = models.CharField(_("filtyp"), max_length=100)
    size = models.PositiveBigIntegerField(_("storlek"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, verbose_name=_("uppladdad av")
    )
    created_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)

    class Meta:
        verbose_name = _("bilaga")
        verbose_name_plural = _("bilagor")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.original_name

    def get_absolute_url(self) -> str:
        return reverse("deviations:attachment", args=[self.deviation_id, self.pk])

    def thumbnail_url(self) -> str:
        """The small picture of a photo ('' for other files), checked as the file is."""
        if self.content_type not in THUMBNAIL_TYPES:
            return ""
        return reverse("deviations:attachment_thumbnail", args=[self.deviation_id, self.pk])


class ConfidentialRead(models.Model):
    """Who opened a confidential deviation, and when (a log, never edited)."""

    deviation = models.ForeignKey(
        Deviation, on_delete=models.CASCADE, related_name="reads", verbose_name=_("avvikelse")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, verbose_name=_("läst av")
    )
    what = models.CharField(_("vad"), max_length=40, default="detail")
    at = models.DateTimeField(_("tidpunkt"), auto_now_add=True)

    class Meta:
        verbose_name = _("läsning av sekretessmarkerat ärende")
        verbose_name_plural = _("läsningar av sekretessmarkerade ärenden")
        ordering = ["-at"]
        indexes = [models.Index(fields=["deviation", "-at"])]

    def __str__(self) -> str:
        return f"{self.user} {self.at:%Y-%m-%d %H:%M}"


class ActionQuerySet(models.QuerySet):
    def visible_to(self, user) -> ActionQuerySet:
        """Actions the user owns, and those of units in scope (confidential ones need access)."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        return self.filter(Q(owner=user) | _unit_scope(user))

    def open(self) -> ActionQuerySet:
        return self.filter(status__in=Action.OPEN_STATUSES)

    def overdue(self, today: datetime.date) -> ActionQuerySet:
        return self.open().filter(due_date__lt=today)

    def for_object(self, obj: models.Model) -> ActionQuerySet:
        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)


@tracked()
class Action(models.Model):
    """An action (åtgärd) in the one register every module feeds.

    The source (a deviation, an audit finding, a review decision, a synpunkt) is a generic
    link, so other apps attach actions without this app importing them.
    """

    class Kind(models.TextChoices):
        CORRECTION = "correction", _("Omedelbar korrigering")
        CORRECTIVE = "corrective", _("Korrigerande åtgärd")
        PREVENTIVE = "preventive", _("Förebyggande åtgärd")
        IMPROVEMENT = "improvement", _("Förbättring")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planerad")
        IN_PROGRESS = "in_progress", _("Pågår")
        DONE = "done", _("Genomförd")
        VERIFIED = "verified", _("Verifierad")
        CANCELLED = "cancelled", _("Avbruten")

    OPEN_STATUSES = (Status.PLANNED, Status.IN_PROGRESS)

    # As the case's: foreign keys that lead a composite index have none of their own.
    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,  # action_source_idx
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    source = GenericForeignKey("content_type", "object_id")
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("åtgärd"), max_length=200)
    # The action's number in the register it was imported from (imports).
    previous_number = models.CharField(
        _("tidigare nummer"), max_length=60, blank=True, editable=False, default="", db_default=""
    )
    description = models.TextField(_("beskrivning"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="actions",
        verbose_name=_("ansvarig"),
        db_index=False,  # action_owner_idx
    )
    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="actions",
        verbose_name=_("enhet"),
        db_index=False,  # action_unit_idx
    )
    due_date = models.DateField(_("klart senast"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    result = models.TextField(_("resultat"), blank=True)
    effectiveness_check = models.TextField(_("effektkontroll"), blank=True)
    # Copied from the source so the register can hide confidential cases without a join.
    is_confidential = models.BooleanField(_("sekretessmarkerad"), default=False, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("skapad av"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    completed_at = models.DateTimeField(_("genomförd"), null=True, blank=True)
    verified_at = models.DateTimeField(_("verifierad"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verifierad av"),
    )

    objects = ActionQuerySet.as_manager()

    class Meta:
        verbose_name = _("åtgärd")
        verbose_name_plural = _("åtgärder")
        ordering = ["due_date", "pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="action_source_idx"),
            trigram_index("title", "action_title_trgm_idx"),
            models.Index(fields=["owner", "status", "due_date"], name="action_owner_idx"),
            # "Mina åtgärder": a person's latest finished actions, read newest first up to the
            # fiftieth, not all of them sorted (788 for the scaled demo's coordinator: 3.4 →
            # 0.3 ms; issue 12).
            models.Index(fields=["owner", "-created_at", "-id"], name="action_owner_created_idx"),
            models.Index(fields=["unit", "status", "due_date"], name="action_unit_idx"),
            # Open actions by due date, with what visible_to() tests (unit, owner, secrecy)
            # carried in the index: "overdue" counts for a whole kommun read no table rows.
            models.Index(
                fields=["due_date"],
                condition=Q(status__in=["planned", "in_progress"]),
                include=["unit", "owner", "is_confidential"],
                name="action_open_due_idx",
            ),
            # The action register's keyset pages: due date, id as the tie-breaker.
            models.Index(fields=["due_date", "id"], name="action_due_id_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return pk_url("deviations:action_detail", self.pk)

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        return self.is_open and self.due_date < (today or timezone.localdate())


@tracked()
class Export(models.Model):
    """A large export, made by the worker; only the person who asked may download it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Väntar")
        RUNNING = "running", _("Pågår")
        DONE = "done", _("Klar")
        FAILED = "failed", _("Misslyckades")

    class Format(models.TextChoices):
        XLSX = "xlsx", "Excel (.xlsx)"
        CSV = "csv", "CSV"

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    query = models.CharField(max_length=2000, blank=True)  # the list's filter query string
    format = models.CharField(max_length=4, choices=Format.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(null=True, blank=True)
    file = models.FileField(upload_to="exports/%Y/%m/", blank=True, max_length=300)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exporter")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_format_display()} {self.created_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("deviations:export_detail", args=[self.pk])

    @property
    def percent(self) -> int:
        if not self.rows_total:
            return 100 if self.status == self.Status.DONE else 0
        return min(100, round(100 * self.rows_done / self.rows_total))


class SavedFilter(models.Model):
    """A list's filter saved under a name by one person, shown to them as a quick link.

    Only the query string is kept: opening it runs the list's own `visible_to()` queryset with
    that filter, so a saved filter can narrow what the person sees, never widen it."""

    class List(models.TextChoices):
        DEVIATIONS = "deviations", _("Avvikelser")
        ACTIONS = "actions", _("Åtgärdsregistret")

    MAX_PER_LIST = 20

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_filters",
        verbose_name=_("användare"),
    )
    list = models.CharField(_("lista"), max_length=20, choices=List.choices)
    name = models.CharField(_("namn"), max_length=60)
    query = models.CharField(_("filter"), max_length=2000)
    created_at = models.DateTimeField(_("sparat"), auto_now_add=True)

    class Meta:
        verbose_name = _("sparat filter")
        verbose_name_plural = _("sparade filter")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                "user", "list", Lower("name"), name="saved_filter_name_unique_ci"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        url = reverse(LIST_URLS[self.list])
        return f"{url}?{self.query}" if self.query else url


LIST_URLS = {
    SavedFilter.List.DEVIATIONS: "deviations:list",
    SavedFilter.List.ACTIONS: "deviations:action_list",
}


# Citizens' feedback (synpunkter) ----------------------------------------------------------------

# Roles that handle the synpunkter of every unit in their subtree.
FEEDBACK_HANDLER_ROLES = (Role.ADMIN, Role.COORDINATOR, Role.MANAGER)
DEFAULT_RESPONSE_DAYS = 30


@tracked()
class PublicActivity(models.Model):
    """A unit as citizens know it ("Hemtjänsten i Norr"), offered in the public feedback form."""

    unit = models.OneToOneField(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="public_activity",
        verbose_name=_("enhet"),
    )
    public_name = models.CharField(
        _("namn för invånare"), max_length=200, help_text=_("Så som invånare känner verksamheten.")
    )
    is_visible = models.BooleanField(_("visas i formuläret för synpunkter"), default=True)

    class Meta:
        verbose_name = _("verksamhet i synpunktsformuläret")
        verbose_name_plural = _("verksamheter i synpunktsformuläret")
        ordering = ["public_name"]

    def __str__(self) -> str:
        return self.public_name


@tracked()
class FeedbackPolicy(models.Model):
    """How quickly an organisation promises to answer a synpunkt (default 30 days)."""

    organisation = models.OneToOneField(
        OrganisationUnit,
        on_delete=models.CASCADE,
        related_name="feedback_policy",
        verbose_name=_("organisation"),
    )
    response_days = models.PositiveSmallIntegerField(
        _("svarstid i dagar"),
        default=DEFAULT_RESPONSE_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )

    class Meta:
        verbose_name = _("svarstid för synpunkter")
        verbose_name_plural = _("svarstider för synpunkter")

    def __str__(self) -> str:
        return f"{self.organisation}: {self.response_days}"


class FeedbackQuerySet(models.QuerySet):
    def visible_to(self, user) -> FeedbackQuerySet:
        """Only those handling synpunkter see them: chefs and coordinators over the unit, admins
        and the person it is assigned to."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        paths = user.membership_paths(*FEEDBACK_HANDLER_ROLES)
        if not paths:
            return self.filter(assignee=user)
        # The units by id (`User.unit_ids`, read once a request), as the cases' rule does: no
        # join with the unit tree on path prefixes (issue 12: 0.2-0.3 ms of PostgreSQL on each
        # start page's synpunkter panel).
        return self.filter(Q(assignee=user) | Q(unit_id__any=user.unit_ids(paths)))

    def open(self) -> FeedbackQuerySet:
        return self.filter(status__in=Feedback.OPEN_STATUSES)

    def overdue(self, today: datetime.date) -> FeedbackQuerySet:
        return self.open().filter(due_date__lt=today)


# The contact details are kept out of the audit history, so that removing them removes them.
@tracked(exclude=["contact_name", "contact_email", "contact_phone", "tracking_token_hash"])
class Feedback(models.Model):
    """A synpunkt from a citizen: a complaint, praise, a suggestion or a question."""

    class Kind(models.TextChoices):
        COMPLAINT = "complaint", _("Klagomål")
        PRAISE = "praise", _("Beröm")
        SUGGESTION = "suggestion", _("Förslag")
        QUESTION = "question", _("Fråga")

    class Status(models.TextChoices):
        RECEIVED = "received", _("Mottagen")
        IN_PROGRESS = "in_progress", _("Handläggs")
        ANSWERED = "answered", _("Besvarad")
        CLOSED = "closed", _("Avslutad")

    OPEN_STATUSES = (Status.RECEIVED, Status.IN_PROGRESS)
    MAX_TEXT = 5000

    number = models.CharField(_("ärendenummer"), max_length=20, editable=False)
    organisation = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
        editable=False,
    )
    unit = models.ForeignKey(
        OrganisationUnit, on_delete=models.PROTECT, related_name="feedback", verbose_name=_("enhet")
    )
    kind = models.CharField(_("typ av synpunkt"), max_length=20, choices=Kind.choices)
    text = models.TextField(_("synpunkt"), max_length=MAX_TEXT)
    contact_name = models.CharField(_("namn"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-postadress"), blank=True)
    contact_phone = models.CharField(_("telefonnummer"), max_length=40, blank=True)
    contact_removed_at = models.DateTimeField(
        _("kontaktuppgifter borttagna"), null=True, blank=True
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_feedback",
        verbose_name=_("handläggare"),
    )
    due_date = models.DateField(_("besvaras senast"))
    answer = models.TextField(_("svar"), blank=True)
    answered_at = models.DateTimeField(_("besvarad"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("besvarad av"),
    )
    answer_sent_to = models.EmailField(_("svaret skickat till"), blank=True)
    deviation = models.ForeignKey(
        Deviation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("avvikelse"),
    )
    tracking_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("inkommen"), default=timezone.now, editable=False)
    closed_at = models.DateTimeField(_("avslutad"), null=True, blank=True)

    actions = GenericRelation(
        "deviations.Action", content_type_field="content_type", object_id_field="object_id"
    )

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("synpunkt")
        verbose_name_plural = _("synpunkter")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "number"], name="feedback_number_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="feedback_created_idx"),
            trigram_index("text", "feedback_text_trgm_idx"),  # the header search
            models.Index(fields=["unit", "status", "due_date"], name="feedback_unit_idx"),
            models.Index(
                fields=["due_date"],
                condition=Q(status__in=["received", "in_progress"]),
                name="feedback_open_due_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.get_kind_display()}"

    def get_absolute_url(self) -> str:
        return pk_url("deviations:feedback_detail", self.pk)

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_name or self.contact_email or self.contact_phone)

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        return self.is_open and self.due_date < (today or timezone.localdate())


class SubmissionAttempt(models.Model):
    """One public submission from a client address (a keyed hash of it), for the rate limit."""

    address_hash = models.CharField(max_length=64)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["address_hash", "at"])]

    def __str__(self) -> str:
        return f"{self.address_hash[:8]} {self.at:%Y-%m-%d %H:%M}"


@tracked()
class AccessibilityStatement(models.Model):
    """The tillgänglighetsredogörelse of the public pages; one row, edited by admins."""

    text = models.TextField(_("redogörelse"))
    contact = models.TextField(
        _("kontaktväg"),
        help_text=_("Hur man rapporterar brister i tillgängligheten, t.ex. e-post och telefon."),
    )
    updated_at = models.DateTimeField(_("senast ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("tillgänglighetsredogörelse")
        verbose_name_plural = _("tillgänglighetsredogörelser")

    def __str__(self) -> str:
        return str(_("Tillgänglighetsredogörelse"))


# Staff improvement suggestions (förbättringsförslag) ---------------------------------------------


class SuggestionQuerySet(models.QuerySet):
    def visible_to(self, user) -> SuggestionQuerySet:
        """The submitter's own, and every suggestion in the subtrees the user reads cases in."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        paths = user.membership_paths(*CASE_READER_ROLES)
        return self.filter(Q(submitted_by=user) | subtree_q(paths, field="unit__path"))


@tracked()
class Suggestion(models.Model):
    """A förbättringsförslag from a member of staff, and the decision on it."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Inlämnat")
        PARKED = "parked", _("Parkerat")
        ACCEPTED = "accepted", _("Antaget")
        REJECTED = "rejected", _("Avslaget")

    number = models.CharField(_("ärendenummer"), max_length=20, editable=False)
    organisation = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
        editable=False,
    )
    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="suggestions",
        verbose_name=_("enhet"),
    )
    title = models.CharField(_("förslag i korthet"), max_length=200)
    description = models.TextField(_("vad föreslår du?"))
    reason = models.TextField(_("varför? vad blir bättre?"))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="suggestions",
        verbose_name=_("inlämnat av"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    decision_reason = models.TextField(_("motivering"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beslutat av"),
    )
    decided_at = models.DateTimeField(_("beslutat"), null=True, blank=True)
    created_at = models.DateTimeField(_("inlämnat"), default=timezone.now, editable=False)

    actions = GenericRelation(
        "deviations.Action", content_type_field="content_type", object_id_field="object_id"
    )

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("förbättringsförslag")
        verbose_name_plural = pgettext_lazy("plural", "förbättringsförslag")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "number"], name="suggestion_number_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="suggestion_created_idx"),
            models.Index(fields=["unit", "-created_at"], name="suggestion_unit_idx"),
            trigram_index("title", "suggestion_title_trgm_idx"),
            trigram_index("description", "suggestion_descr_trgm_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    def get_absolute_url(self) -> str:
        return pk_url("deviations:suggestion_detail", self.pk)


# Legal tracks on a deviation (lex Sarah, lex Maria, IMY, Arbetsmiljöverket) ----------------------


class LegalTrackKind(models.TextChoices):
    LEX_SARAH = "lex_sarah", _("Lex Sarah")
    LEX_MARIA = "lex_maria", _("Lex Maria")
    DATA_BREACH = "data_breach", _("Personuppgiftsincident")
    WORK_ENVIRONMENT = "work_environment", _("Allvarligt arbetsmiljötillbud eller olycka")


@tracked()
class LegalTrackRule(models.Model):
    """What an admin may change about a track: the legal reference (laws get renumbered, as
    socialtjänstlagen 2025:400 did) and the target time for the report."""

    kind = models.CharField(_("spår"), max_length=20, choices=LegalTrackKind.choices, unique=True)
    legal_reference = models.CharField(_("lagrum"), max_length=300)
    target_hours = models.PositiveIntegerField(
        _("mål för anmälan (timmar)"),
        validators=[MinValueValidator(1)],
        help_text=_("Räknas från bedömningen (lex Sarah, lex Maria) eller från upptäckten."),
    )

    class Meta:
        verbose_name = _("regel för anmälningsspår")
        verbose_name_plural = _("regler för anmälningsspår")
        ordering = ["kind"]

    def __str__(self) -> str:
        return self.get_kind_display()


def kinds_visible_on_case(user, deviation: Deviation) -> frozenset[str]:
    """The kinds of the case's tracks that `LegalTrackQuerySet.visible_to(user)` lets the user
    see, decided from the user's roles and the case alone (no query): every kind for its
    investigator and those with access to confidential cases above its unit, a kind's own
    for its designated officer over the unit, none for anyone else.
    `tests/deviations/test_legal_tracks.py` holds it to `visible_to` for every kind of person."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    path = deviation.unit.path
    if deviation.investigator_id == user.pk or any(
        path.startswith(p) for p in user.sensitive_paths(*SENSITIVE_ROLES)
    ):
        return frozenset(LEGAL_DECIDER_ROLES)
    return frozenset(
        kind
        for kind, role in LEGAL_DECIDER_ROLES.items()
        if user.has_role_over(deviation.unit, role)
    )


class LegalTrackQuerySet(models.QuerySet):
    def visible_to(self, user) -> LegalTrackQuerySet:
        """The designated officer sees the tracks they decide; the investigator and chefs and
        coordinators with access to confidential cases see every track of the unit's cases."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        # Units by id (`User.unit_ids`, read once a request), as the cases' rule does: no join
        # with the unit tree on path prefixes (issue 12).
        scope = Q(deviation__investigator=user)
        sensitive_paths = user.sensitive_paths(*SENSITIVE_ROLES)
        if sensitive_paths:
            scope |= Q(deviation__unit_id__any=user.unit_ids(sensitive_paths))
        for kind, role in LEGAL_DECIDER_ROLES.items():
            paths = user.membership_paths(role)
            if paths:
                scope |= Q(kind=kind, deviation__unit_id__any=user.unit_ids(paths))
        return self.filter(scope)

    def open(self) -> LegalTrackQuerySet:
        return self.filter(status__in=LegalTrack.OPEN_STATUSES)

    def running(self) -> LegalTrackQuerySet:
        """Tracks whose clock is running: a deadline, and not yet reported."""
        return self.filter(status__in=LegalTrack.CLOCK_STATUSES, deadline__isnull=False)


@tracked()
class LegalTrack(models.Model):
    """One deviation on one legal track: the assessment, the clock, the report and the
    authority's answer. The product records; it never sends anything to the authority."""

    class Status(models.TextChoices):
        FLAGGED = "flagged", _("Ska bedömas")
        NOT_REPORTABLE = "not_reportable", _("Bedömd: ska inte anmälas")
        TO_REPORT = "to_report", _("Bedömd: ska anmälas")
        REPORTED = "reported", _("Anmäld")
        DECIDED = "decided", _("Beslut från myndigheten")

    OPEN_STATUSES = (Status.FLAGGED, Status.TO_REPORT, Status.REPORTED)
    CLOCK_STATUSES = (Status.FLAGGED, Status.TO_REPORT)
    REPORTED_STATUSES = (Status.REPORTED, Status.DECIDED)

    deviation = models.ForeignKey(
        Deviation,
        on_delete=models.CASCADE,
        related_name="legal_tracks",
        verbose_name=_("avvikelse"),
    )
    kind = models.CharField(_("spår"), max_length=20, choices=LegalTrackKind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.FLAGGED
    )
    flagged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("markerad av"),
    )
    flagged_at = models.DateTimeField(_("markerad"), default=timezone.now)
    aware_at = models.DateTimeField(
        _("känt för organisationen"),
        help_text=_("När organisationen fick kännedom om händelsen."),
    )
    is_serious = models.BooleanField(_("allvarlig"), null=True, blank=True)
    assessment = models.TextField(_("bedömning och motivering"), blank=True)
    assessed_at = models.DateTimeField(_("bedömd"), null=True, blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("bedömd av"),
    )
    clock_started_at = models.DateTimeField(_("klockan startade"), null=True, blank=True)
    deadline = models.DateTimeField(_("anmäls senast"), null=True, blank=True)
    reported_at = models.DateTimeField(_("anmäld"), null=True, blank=True)
    authority_reference = models.CharField(
        _("myndighetens diarienummer"), max_length=100, blank=True
    )
    authority_decision = models.TextField(_("myndighetens beslut"), blank=True)
    authority_decided_at = models.DateField(_("beslutsdatum"), null=True, blank=True)
    patient_informed = models.BooleanField(
        _("patienten eller närstående har informerats"), null=True, blank=True
    )

    objects = LegalTrackQuerySet.as_manager()

    class Meta:
        verbose_name = _("anmälningsspår")
        verbose_name_plural = pgettext_lazy("plural", "anmälningsspår")
        ordering = ["deadline", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["deviation", "kind"], name="legal_track_once_per_kind"),
        ]
        indexes = [
            models.Index(
                fields=["deadline"],
                condition=Q(status__in=["flagged", "to_report"]),
                name="legal_track_running_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.deviation.number}"

    def get_absolute_url(self) -> str:
        return pk_url("deviations:detail", self.deviation_id) + f"#track-{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def hours_left(self, now: datetime.datetime | None = None) -> float | None:
        """Hours until the deadline (negative when passed); None when no clock runs.

        Computed on aware instants, so a daylight-saving change neither adds nor takes an hour.
        """
        if self.deadline is None or self.status not in self.CLOCK_STATUSES:
            return None
        deadline = self.deadline.astimezone(datetime.UTC)
        return (deadline - (now or timezone.now()).astimezone(datetime.UTC)).total_seconds() / 3600

    def is_overdue(self, now: datetime.datetime | None = None) -> bool:
        left = self.hours_left(now)
        return left is not None and left < 0


# Who decides each track: the designated officer's role over the deviation's unit.
LEGAL_DECIDER_ROLES = {
    LegalTrackKind.LEX_SARAH: Role.SAS,
    LegalTrackKind.LEX_MARIA: Role.MAS,
    LegalTrackKind.DATA_BREACH: Role.DPO,
    LegalTrackKind.WORK_ENVIRONMENT: Role.MANAGER,
}


def _legal_officer_scope(user) -> Q:
    """Deviations on a legal track that the user decides (even when confidential).

    A kind whose units the user reads whole already (every case, confidential or not:
    `_units_read_whole`) adds no case and is left out, as for a chef with sensitive access who
    decides the work-environment tracks of her own units: its EXISTS subquery only cost
    building and compiling in every query of cases (about 0.6 ms of a chef's), planning, and
    a test on each row that the rest of the condition did not already let through."""
    scope = Q()
    for kind, role in LEGAL_DECIDER_ROLES.items():
        paths = user.membership_paths(role)
        if paths:
            units = user.unit_ids(paths)
            if _units_read_whole(user).issuperset(units.ids):
                continue
            on_track = LegalTrack.objects.filter(deviation=OuterRef("pk"), kind=kind)
            scope |= Exists(on_track) & Q(unit_id__any=units)
    return scope


def _units_read_whole(user) -> frozenset[int]:
    """The units whose every case the user reads by `_unit_scope`: those under both a reader
    role and a role with sensitive access. Once per user object and memberships."""
    reader_paths = tuple(user.membership_paths(*CASE_READER_ROLES))
    sensitive_paths = tuple(user.sensitive_paths(*SENSITIVE_ROLES))
    cache = user.__dict__.setdefault("_read_whole_cache", {})
    key = (reader_paths, sensitive_paths)
    if key not in cache:
        readers = user.unit_ids(reader_paths).ids
        cache[key] = frozenset(readers).intersection(user.unit_ids(sensitive_paths).ids)
    return cache[key]


def _beyond_units(user) -> Q:
    """Cases a user sees whatever their units: reported or investigated by them, or on a legal
    track they decide."""
    return Q(reported_by=user) | Q(investigator=user) | _legal_officer_scope(user)


def _unit_scope(user) -> Q:
    """Rows of units in the user's reading scope: not confidential under a reader role, or
    confidential under a role with sensitive access. Compared by unit id with the precomputed
    lists (User.unit_ids), so each row is tested without a join.

    Written with as few terms as the lists allow: where a unit is in both lists (a chef or a
    coordinator with sensitive access, the usual case) whether the case is confidential does not
    matter, and a term on `is_confidential` there made PostgreSQL read the partial index of all
    confidential cases (110,000 at a million, 40 ms) to combine it with the unit's few.

    Built once per user object (a request's user), as User.unit_ids is: a page asks for it in
    every visible_to() of cases and actions, and for a kommun-wide coordinator each building
    walked the 3,100 ids four times (0.2 ms). Keyed by the paths, so memberships changed during
    the request (a sign-in's role sync) give a new one. Django copies a Q it is given, so one
    may be shared."""
    reader_paths = tuple(user.membership_paths(*CASE_READER_ROLES))
    sensitive_paths = tuple(user.sensitive_paths(*SENSITIVE_ROLES))
    cache = user.__dict__.setdefault("_unit_scope_cache", {})
    key = (reader_paths, sensitive_paths)
    if key not in cache:
        cache[key] = _build_unit_scope(
            user.unit_ids(reader_paths), user.unit_ids(sensitive_paths), _units_read_whole(user)
        )
    return cache[key]


def _build_unit_scope(
    readers: IdArray, sensitive: IdArray, both: frozenset[int] | None = None
) -> Q:
    """Rows of the `readers` units that are not confidential and of the `sensitive` ones that
    are, with one term on the unit alone for those in `both` (the two lists' common units)."""
    if both is None:
        both = frozenset(readers.ids).intersection(sensitive.ids)
    scope = Q(pk__in=[])
    if both:
        scope |= Q(unit_id__any=IdArray(sorted(both)) if len(both) < len(readers) else readers)
    only_readers = [pk for pk in readers.ids if pk not in both]
    if only_readers:
        scope |= Q(is_confidential=False, unit_id__any=IdArray(only_readers))
    only_sensitive = [pk for pk in sensitive.ids if pk not in both]
    if only_sensitive:
        scope |= Q(is_confidential=True, unit_id__any=IdArray(only_sensitive))
    return scope


def subtree_ids(unit: OrganisationUnit) -> IdArray:
    """The ids of the unit and every unit below it (one query)."""
    return IdArray(
        OrganisationUnit.objects.filter(path__startswith=unit.path)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


class DeviationTally(models.Model):
    """Counts of cases per unit, kept by PostgreSQL triggers in the transactions that change
    the cases (see deviations.tallies). Rows are deltas: a key's figure is the sum of its rows.
    Never written by the application."""

    unit = models.ForeignKey(
        OrganisationUnit, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    # True: the unit and everything below it. False: the unit's own cases (kind "new" only).
    subtree = models.BooleanField()
    kind = models.CharField(max_length=6)  # open, new, closed
    month = models.DateField(null=True)  # new: month reported; closed: month closed
    status = models.CharField(max_length=20, blank=True)  # open: the status
    category = models.ForeignKey(
        Category,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    is_confidential = models.BooleanField()
    count = models.IntegerField()
    seconds = models.FloatField(default=0)  # closed: summed time from report to closing

    class Meta:
        indexes = [
            models.Index(fields=["unit", "kind", "month"], name="deviation_tally_idx"),
            # The units' own new cases per month (the dashboard's ranking of units) apart from
            # the subtree rows, with the count: a kommun's year is an index-only scan.
            models.Index(
                fields=["unit", "month"],
                condition=Q(subtree=False, kind="new"),
                include=["is_confidential", "count"],
                name="deviation_tally_own_idx",
            ),
            # The same by month first: a kommun's ranking reads its units' last twelve months,
            # not (unit first) every month of every year the register holds.
            models.Index(
                fields=["month", "unit"],
                condition=Q(subtree=False, kind="new"),
                include=["is_confidential", "count"],
                name="deviation_tally_own_month_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.unit_id} {self.month or self.status}: {self.count}"
