"""Import jobs: an uploaded organisation file or legacy register, its check and its import."""

from __future__ import annotations

import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from deviations.models import Action, Deviation
from qms.models import Membership, OrganisationUnit


def import_path(instance: ImportJob, filename: str) -> str:
    # A random name: the original (which may name people) is kept in the row only.
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"imports/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"


class ImportJobQuerySet(models.QuerySet):
    def visible_to(self, user) -> ImportJobQuerySet:
        """An administrator sees every import; everyone else the ones they started."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        return self.filter(created_by=user)


class ImportJob(models.Model):
    """One uploaded file on its way in: mapped, checked (a dry run), then imported once.

    The check and the import run in the worker; `status` says where the job is, and a task
    does its part only from the status it expects, so a task that runs twice does nothing more.
    """

    class Kind(models.TextChoices):
        ORGANISATION = "organisation", _("Organisation från HR-systemet")
        DEVIATIONS = "deviations", _("Avvikelseregister")
        ACTIONS = "actions", _("Åtgärdsregister")

    class Status(models.TextChoices):
        MAPPING = "mapping", _("Kolumnerna ska kopplas")
        CHECK_QUEUED = "check_queued", _("Väntar på kontroll")
        CHECKING = "checking", _("Kontrolleras")
        CHECKED = "checked", _("Kontrollerad")
        APPLY_QUEUED = "apply_queued", _("Väntar på import")
        APPLYING = "applying", _("Importeras")
        APPLIED = "applied", _("Importerad")
        FAILED = "failed", _("Misslyckades")
        CANCELLED = "cancelled", _("Avbruten")

    RUNNING_STATUSES = (
        Status.CHECK_QUEUED,
        Status.CHECKING,
        Status.APPLY_QUEUED,
        Status.APPLYING,
    )
    LEGACY_KINDS = (Kind.DEVIATIONS, Kind.ACTIONS)

    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    file = models.FileField(_("fil"), upload_to=import_path, max_length=300, blank=True)
    original_name = models.CharField(_("filnamn"), max_length=255)
    content_type = models.CharField(_("filtyp"), max_length=100)
    size = models.PositiveBigIntegerField(_("storlek"))
    file_sha256 = models.CharField(max_length=64, editable=False)
    encoding = models.CharField(_("teckenkodning"), max_length=20, blank=True)
    header = models.JSONField(_("kolumner"), default=list, blank=True)
    header_hash = models.CharField(max_length=64, blank=True, editable=False)
    # Legacy registers: field → column name, and the other choices of the mapping step.
    mapping = models.JSONField(_("kolumnkoppling"), default=dict, blank=True)
    source = models.CharField(
        _("källa"),
        max_length=100,
        blank=True,
        help_text=_(
            "Namnet på registret som importeras, t.ex. ”Avvikelser Socialförvaltningen "
            "2015–2025”. Samma källa och tidigare nummer importeras bara en gång."
        ),
    )
    # Organisation files: the unit the file's top units are placed under (none: kept / roots).
    place_under = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("placera under"),
    )
    rows_total = models.PositiveIntegerField(null=True, blank=True)
    rows_done = models.PositiveIntegerField(default=0)
    summary = models.JSONField(_("kontroll"), default=dict, blank=True)  # the dry run
    result = models.JSONField(_("resultat"), default=dict, blank=True)  # what the import did
    error = models.TextField(_("fel"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,  # a job from the command line
        related_name="+",
        verbose_name=_("startad av"),
    )
    created_at = models.DateTimeField(_("startad"), auto_now_add=True)
    checked_at = models.DateTimeField(_("kontrollerad"), null=True, blank=True)
    applied_at = models.DateTimeField(_("importerad"), null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("importer")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["created_by", "-created_at"], name="importjob_owner_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.original_name}"

    def get_absolute_url(self) -> str:
        return reverse("imports:detail", args=[self.pk])

    @property
    def is_legacy(self) -> bool:
        return self.kind in self.LEGACY_KINDS

    @property
    def is_running(self) -> bool:
        return self.status in self.RUNNING_STATUSES

    @property
    def percent(self) -> int:
        if not self.rows_total:
            return 0
        return min(100, round(100 * self.rows_done / self.rows_total))


class ImportProblem(models.Model):
    """One reason a row of a checked file cannot be imported (or a warning about it)."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="problems")
    row = models.PositiveIntegerField(_("rad"))
    column = models.CharField(_("kolumn"), max_length=200, blank=True)
    message = models.CharField(_("fel"), max_length=500)
    is_warning = models.BooleanField(_("varning"), default=False)

    class Meta:
        verbose_name = _("fel i importfil")
        verbose_name_plural = _("fel i importfiler")
        ordering = ["row", "pk"]
        indexes = [
            models.Index(fields=["job", "is_warning", "row", "id"], name="importproblem_idx")
        ]

    def __str__(self) -> str:
        return f"{self.row}: {self.message}"


class ColumnMapping(models.Model):
    """The mapping last saved for a file layout (the hash of its header row), per kind, so the
    next file from the same register is mapped already."""

    kind = models.CharField(max_length=20, choices=ImportJob.Kind.choices)
    header_hash = models.CharField(max_length=64)
    header = models.JSONField(default=list)
    mapping = models.JSONField(default=dict)
    source = models.CharField(max_length=100, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("sparad kolumnkoppling")
        verbose_name_plural = _("sparade kolumnkopplingar")
        constraints = [
            models.UniqueConstraint(fields=["kind", "header_hash"], name="column_mapping_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.header_hash[:8]}"


class LegacyRecord(models.Model):
    """A case or an action imported from an earlier register: its id there (per source) is
    what makes a second import of the same rows create nothing."""

    kind = models.CharField(max_length=20, choices=ImportJob.Kind.choices)
    source = models.CharField(max_length=100)
    external_id = models.CharField(max_length=200)
    deviation = models.ForeignKey(
        Deviation, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    job = models.ForeignKey(ImportJob, on_delete=models.PROTECT, related_name="records")

    class Meta:
        verbose_name = _("importerad post")
        verbose_name_plural = _("importerade poster")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "source", "external_id"], name="legacy_record_once_per_source"
            ),
            models.CheckConstraint(
                condition=Q(deviation__isnull=False, action__isnull=True)
                | Q(deviation__isnull=True, action__isnull=False),
                name="legacy_record_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source}: {self.external_id}"


class ImportedManagerRole(models.Model):
    """A Chef role that an organisation import gave. A later import takes it away again when the
    file names another manager for the unit; roles given by hand are never touched."""

    membership = models.OneToOneField(
        Membership, on_delete=models.CASCADE, related_name="imported_by"
    )
    job = models.ForeignKey(ImportJob, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("chefsroll från organisationsimport")
        verbose_name_plural = _("chefsroller från organisationsimport")

    def __str__(self) -> str:
        return str(self.membership)
