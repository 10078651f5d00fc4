"""Certifications: standards and their cycles, certificates, cycle events, renewal evidence,
sent reminders and calendar feeds."""

from __future__ import annotations

import datetime
import functools
import hashlib
import uuid
from pathlib import Path

import pghistory
import pgtrigger
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from certifications import cycle as cycle_maths
from qms.history import tracked
from qms.links import pk_url
from qms.models import OrganisationUnit, Role, User, covering_paths, subtree_q

DEFAULT_REMINDER_DAYS = [180, 90, 30, 7]


def default_reminder_days() -> list[int]:
    return list(DEFAULT_REMINDER_DAYS)


def certificate_upload_to(instance, filename: str) -> str:
    # Stored under a random name: the original name is kept in a field and used on download.
    return f"certifications/certificates/{uuid.uuid4().hex}.pdf"


def evidence_upload_to(instance, filename: str) -> str:
    return f"certifications/evidence/{uuid.uuid4().hex}{Path(filename).suffix.lower()[:10]}"


# CycleEvent.reminding, kept by the database (issue 12): whether the event belongs to its
# certificate's current cycle and the certificate's status is one that reminds
# (Certificate.EVENT_REMINDERS; tests/certifications/test_reminding.py checks the two agree).
# Every insert or update of an event computes it; a certificate's status change and a cycle's
# renewal (or its undoing) touch the events concerned, which computes it again. An index of the
# open events with it set lets the start page's panel read the next five events without
# walking the open events of certificates that no longer remind, however many there are.
REMINDING_STATUSES_SQL = "('planned', 'applying', 'active', 'suspended')"

_COMPUTE_REMINDING = f"""
NEW.reminding := EXISTS (
    SELECT 1 FROM certifications_cycle cy
    JOIN certifications_certificate c ON c.id = cy.certificate_id
    WHERE cy.id = NEW.cycle_id AND c.status IN {REMINDING_STATUSES_SQL}
      AND NOT EXISTS (SELECT 1 FROM certifications_cycle n WHERE n.previous_id = cy.id)
);
RETURN NEW;
"""

_TOUCH_CERTIFICATE_EVENTS = """
UPDATE certifications_cycleevent SET reminding = reminding
WHERE cycle_id IN (SELECT id FROM certifications_cycle WHERE certificate_id = NEW.id);
RETURN NULL;
"""

_TOUCH_PREVIOUS_CYCLE_EVENTS = """
IF TG_OP <> 'INSERT' AND OLD.previous_id IS NOT NULL THEN
    UPDATE certifications_cycleevent SET reminding = reminding WHERE cycle_id = OLD.previous_id;
END IF;
IF TG_OP <> 'DELETE' AND NEW.previous_id IS NOT NULL THEN
    UPDATE certifications_cycleevent SET reminding = reminding WHERE cycle_id = NEW.previous_id;
END IF;
RETURN NULL;
"""


@tracked()
class Standard(models.Model):
    """A standard or mark that units are certified against, with its cycle and reminders."""

    class RenewalKind(models.TextChoices):
        RECERTIFICATION = "recertification", _("Omcertifieringsrevision")
        REVISION = "revision", _("Förenklad revision av ansökan")

    code = models.SlugField(_("kortnamn"), max_length=40, unique=True)
    name = models.CharField(_("namn"), max_length=200)
    short_name = models.CharField(
        _("kort namn"), max_length=40, help_text=_("T.ex. ISO 9001, i tidslinjer och tabeller.")
    )
    issuer = models.CharField(
        _("utfärdare"),
        max_length=200,
        blank=True,
        help_text=_("Förvald utfärdare, t.ex. Svenska Stadskärnor. Tom: ett certifieringsorgan."),
    )
    renewal_kind = models.CharField(
        _("förnyelse"),
        max_length=20,
        choices=RenewalKind.choices,
        default=RenewalKind.RECERTIFICATION,
    )
    validity_months = models.PositiveSmallIntegerField(_("giltighet (månader)"), default=36)
    reminder_days = ArrayField(
        models.PositiveSmallIntegerField(),
        verbose_name=_("påminnelser (dagar före)"),
        default=default_reminder_days,
        help_text=_(
            "Kommaseparerat, t.ex. 180,90,30,7. En påminnelse skickas också dagen efter ett "
            "passerat datum."
        ),
    )
    is_active = models.BooleanField(_("aktiv"), default=True)

    class Meta:
        verbose_name = _("standard")
        verbose_name_plural = _("standarder")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(validity_months__gt=0), name="standard_validity_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class EventTemplate(models.Model):
    """One event of a standard's cycle, planned relative to the issue or the expiry date."""

    class Kind(models.TextChoices):
        STAGE_1 = "stage1", _("Certifieringsrevision steg 1")
        STAGE_2 = "stage2", _("Certifieringsrevision steg 2")
        SURVEILLANCE = "surveillance", _("Övervakningsrevision")
        RECERTIFICATION = "recertification", _("Omcertifieringsrevision")
        REVISION = "revision", _("Förnyelseansökan")

    class Anchor(models.TextChoices):
        ISSUE = "issue", _("utfärdandedatum")
        EXPIRY = "expiry", _("utgångsdatum")

    standard = models.ForeignKey(
        Standard,
        on_delete=models.CASCADE,
        related_name="event_templates",
        verbose_name=_("standard"),
    )
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("namn"), max_length=200)
    anchor = models.CharField(_("räknas från"), max_length=10, choices=Anchor.choices)
    offset_months = models.SmallIntegerField(
        _("förskjutning (månader)"), help_text=_("Negativt: före datumet.")
    )
    initial_only = models.BooleanField(
        _("bara vid första certifieringen"),
        default=False,
        help_text=_("T.ex. steg 1 och 2, som bara görs när enheten certifieras för första gången."),
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)

    class Meta:
        verbose_name = _("händelse i cykeln")
        verbose_name_plural = _("händelser i cykeln")
        ordering = ["standard", "order", "pk"]

    def __str__(self) -> str:
        return self.name


class EvidenceTemplate(models.Model):
    """One entry of a standard's renewal checklist (for the Quality Mark: a criteria section)."""

    standard = models.ForeignKey(
        Standard,
        on_delete=models.CASCADE,
        related_name="evidence_templates",
        verbose_name=_("standard"),
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    title = models.CharField(_("rubrik"), max_length=200)
    guidance = models.TextField(_("vägledning"), blank=True)

    class Meta:
        verbose_name = _("punkt i checklistan")
        verbose_name_plural = _("punkter i checklistan")
        ordering = ["standard", "order", "pk"]

    def __str__(self) -> str:
        return self.title


def visible_certificate_ids(user) -> models.QuerySet | None:
    """The ids of the certificates `user` may read, as a subquery of the scope table
    (`Certificate.visible_to`); None when that is every certificate (an admin). Also for
    the events and cycles of those certificates, without the certificate table in between:
    one table fewer for PostgreSQL to plan in every query that filters by it."""
    if not user.is_authenticated or not user.is_active:
        return Certificate.units.through.objects.none().values("certificate_id")
    if user.is_admin():
        return None
    paths = user.membership_paths()
    if not paths:
        return Certificate.units.through.objects.none().values("certificate_id")
    above = {prefix for path in paths for prefix in covering_paths(path)}
    return Certificate.units.through.objects.filter(
        Q(organisationunit__path__in=above) | subtree_q(paths, field="organisationunit__path")
    ).values("certificate_id")


class CertificateQuerySet(models.QuerySet):
    def visible_to(self, user) -> CertificateQuerySet:
        """Certificates whose scope lies in the user's subtrees or covers the user's units.

        An admin sees all. A scope unit covers its whole subtree, so a group certificate is
        visible to everyone in the group, and a unit's certificate to those above it.
        """
        ids = visible_certificate_ids(user)
        if ids is None:
            return self.all()
        return self.filter(pk__in=ids)

    def managed_by(self, user) -> CertificateQuerySet:
        """Certificates the user may change: an admin all; a coordinator those whose every
        scope unit lies inside the coordinator's subtrees."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        paths = user.membership_paths(Role.COORDINATOR)
        if not paths:
            return self.none()
        outside = Certificate.units.through.objects.exclude(
            subtree_q(paths, field="organisationunit__path")
        )
        return self.visible_to(user).exclude(pk__in=outside.values("certificate_id"))

    def in_force(self) -> CertificateQuerySet:
        return self.filter(status__in=Certificate.IN_FORCE)

    def with_current_cycle(self) -> CertificateQuerySet:
        """Prefetch the scope, and the current cycle with its events (see current_cycle)."""
        return self.select_related("standard", "responsible").prefetch_related(
            "units",
            models.Prefetch(
                "cycles",
                queryset=Cycle.objects.current().prefetch_related("events"),
                to_attr="current_cycles",
            ),
        )


@tracked()
class Certificate(models.Model):
    """A unit's (or a group of units') certification against one standard, over its cycles."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planerad")
        APPLYING = "applying", _("Ansökan pågår")
        ACTIVE = "active", _("Giltig")
        SUSPENDED = "suspended", _("Indraget tillfälligt")
        EXPIRED = "expired", _("Har gått ut")
        WITHDRAWN = "withdrawn", _("Återkallat")
        NOT_RENEWING = "not_renewing", _("Förnyas inte")

    # Which statuses remind about what: events are worked on until a decision ends the
    # certificate; the expiry date matters only while a certificate is in force.
    EVENT_REMINDERS = (Status.PLANNED, Status.APPLYING, Status.ACTIVE, Status.SUSPENDED)
    EXPIRY_REMINDERS = (Status.ACTIVE, Status.SUSPENDED)
    IN_FORCE = (Status.ACTIVE, Status.SUSPENDED, Status.NOT_RENEWING)
    # Status changes a coordinator makes by hand; expiry and not-renewing have their own services.
    TRANSITIONS = {
        Status.PLANNED: {Status.APPLYING, Status.ACTIVE, Status.WITHDRAWN},
        Status.APPLYING: {Status.ACTIVE, Status.WITHDRAWN},
        Status.ACTIVE: {Status.SUSPENDED, Status.WITHDRAWN},
        Status.SUSPENDED: {Status.ACTIVE, Status.WITHDRAWN},
        Status.EXPIRED: set(),
        Status.WITHDRAWN: set(),
        Status.NOT_RENEWING: set(),
    }

    standard = models.ForeignKey(
        Standard,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("standard"),
        db_index=False,  # certificate_standard_page_idx begins with it
    )
    units = models.ManyToManyField(
        OrganisationUnit,
        related_name="certificates",
        verbose_name=_("omfattning"),
        help_text=_("De enheter certifikatet gäller. En enhet omfattar allt under den."),
    )
    issuer = models.CharField(_("utfärdare / certifieringsorgan"), max_length=200)
    responsible = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        related_name="certificates_responsible",
        verbose_name=_("ansvarig"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    not_renewing_decided_on = models.DateField(_("beslutsdatum"), null=True, blank=True)
    not_renewing_decided_by = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beslutat av"),
    )
    not_renewing_reason = models.TextField(_("skäl"), blank=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certifikat")
        verbose_name_plural = pgettext_lazy("plural", "certifikat")
        ordering = ["standard__name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="not_renewing")
                | (
                    Q(not_renewing_decided_on__isnull=False)
                    & Q(not_renewing_decided_by__isnull=False)
                    & ~Q(not_renewing_reason="")
                ),
                name="certificate_not_renewing_has_decision",
            ),
        ]
        triggers = [
            pgtrigger.Trigger(
                name="certificate_status_reminding",
                operation=pgtrigger.UpdateOf("status"),
                when=pgtrigger.After,
                condition=pgtrigger.Q(old__status__df=pgtrigger.F("new__status")),
                func=_TOUCH_CERTIFICATE_EVENTS,
            ),
        ]
        # The overview's and the board's pages walk these in (standard, id) order from a cursor
        # (certifications.paging): a page reads a page of rows, not every certificate.
        indexes = [
            models.Index(fields=["standard", "id"], name="certificate_standard_page_idx"),
            models.Index(fields=["status", "standard", "id"], name="certificate_status_page_idx"),
        ]

    def __str__(self) -> str:
        scope = ", ".join(unit.name for unit in self.units.all())
        return f"{self.standard} – {scope}" if scope else str(self.standard)

    def get_absolute_url(self) -> str:
        return pk_url("certifications:detail", self.pk)

    @functools.cached_property
    def current_cycle(self) -> Cycle | None:
        """The latest cycle: the one no later cycle renews."""
        if hasattr(self, "current_cycles"):  # prefetched by with_current_cycle()
            return self.current_cycles[0] if self.current_cycles else None
        return self.cycles.current().first()

    def coordinators(self) -> models.QuerySet[User]:
        """Active quality coordinators on a scope unit or above it."""
        paths = {p for unit in self.units.all() for p in covering_paths(unit.path)}
        return User.objects.filter(
            is_active=True,
            memberships__role=Role.COORDINATOR,
            memberships__unit__path__in=paths,
        ).distinct()

    def reminder_recipients(self) -> list[User]:
        recipients = [self.responsible, *self.coordinators()]
        return [user for user in recipients if user is not None and user.is_active]


class CycleQuerySet(models.QuerySet):
    def current(self) -> CycleQuerySet:
        # NOT EXISTS, not the reverse one-to-one's LEFT JOIN … IS NULL: PostgreSQL plans the
        # latter as a join that keeps one row in a million, and then hashes every cycle to find
        # the next five events (issue 12: the start page's panel took 1 s at 100,000
        # certificates); an anti-join is estimated as it is.
        return self.exclude(Exists(Cycle.objects.filter(previous=OuterRef("pk"))))


# pghistory's default names ("CycleEvent", `cycle.events`) are taken by the events of a cycle.
@tracked(
    model_name="CycleHistoryEvent",
    obj_field=pghistory.ObjForeignKey(related_name="history_events"),
)
class Cycle(models.Model):
    """One validity period of a certificate: issue date to expiry, its events and its evidence.

    The expiry date is derived from the standard's validity; an override needs a reason.
    """

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="cycles", verbose_name=_("certifikat")
    )
    previous = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_cycle",
        verbose_name=_("föregående cykel"),
    )
    number = models.CharField(_("certifikatnummer"), max_length=100, blank=True)
    issue_date = models.DateField(
        _("utfärdandedatum"),
        help_text=_("För en planerad certifiering: det datum certifikatet väntas utfärdas."),
    )
    is_initial = models.BooleanField(
        _("första certifieringen"),
        default=False,
        help_text=_("Planerar certifieringsrevision steg 1 och 2 före utfärdandet."),
    )
    expiry_date = models.DateField(_("giltigt till och med"), editable=False)
    expiry_override = models.DateField(_("annat utgångsdatum"), null=True, blank=True)
    expiry_override_reason = models.TextField(_("skäl till annat utgångsdatum"), blank=True)
    certificate_file = models.FileField(
        _("certifikat (PDF)"), upload_to=certificate_upload_to, blank=True
    )
    certificate_file_name = models.CharField(max_length=255, blank=True, editable=False)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    objects = CycleQuerySet.as_manager()

    class Meta:
        verbose_name = _("certifieringscykel")
        verbose_name_plural = _("certifieringscykler")
        ordering = ["-issue_date", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expiry_override__isnull=True) | ~Q(expiry_override_reason=""),
                name="cycle_expiry_override_has_reason",
                violation_error_message=_("Ange varför utgångsdatumet avviker från cykeln."),
            ),
            models.CheckConstraint(
                condition=Q(expiry_date__gt=models.F("issue_date")),
                name="cycle_expires_after_issue",
                violation_error_message=_("Utgångsdatumet måste ligga efter utfärdandedatumet."),
            ),
        ]
        indexes = [models.Index(fields=["expiry_date"])]
        triggers = [
            pgtrigger.Trigger(
                name="cycle_renewal_reminding",
                operation=pgtrigger.Insert | pgtrigger.Delete | pgtrigger.UpdateOf("previous_id"),
                when=pgtrigger.After,
                func=_TOUCH_PREVIOUS_CYCLE_EVENTS,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.certificate.standard} {self.issue_date:%Y-%m-%d}–{self.expiry_date:%Y-%m-%d}"

    def save(self, *args, **kwargs) -> None:
        # The expiry is never typed in: it follows from the cycle unless overridden with a reason.
        self.expiry_date = self.expiry_override or self.derived_expiry()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return pk_url("certifications:detail", self.certificate_id)

    def derived_expiry(self) -> datetime.date:
        return cycle_maths.derive_expiry(self.issue_date, self.certificate.standard.validity_months)

    def next_event(self) -> CycleEvent | None:
        """The earliest event not yet done (uses prefetched events)."""
        open_events = [e for e in self.events.all() if not e.is_done]
        return min(open_events, key=lambda e: (e.planned_date, e.pk), default=None)

    def last_done_event(self) -> CycleEvent | None:
        """The latest event that took place (uses prefetched events)."""
        done = [e for e in self.events.all() if e.is_done]
        return max(done, key=lambda e: (e.actual_date, e.pk), default=None)

    def evidence_progress(self) -> tuple[int, int]:
        items = list(self.evidence.all())
        return sum(1 for item in items if item.done), len(items)


class CycleEventQuerySet(models.QuerySet):
    def visible_to(self, user) -> CycleEventQuerySet:
        ids = visible_certificate_ids(user)
        return self if ids is None else self.filter(cycle__certificate_id__in=ids)

    def open(self) -> CycleEventQuerySet:
        return self.filter(actual_date__isnull=True)

    def reminding(self) -> CycleEventQuerySet:
        """The same events as remindable(), by the flag the database keeps (see
        REMINDING_STATUSES_SQL): an index walk in date order that meets no event of a
        certificate that no longer reminds."""
        return self.open().filter(reminding=True)

    def remindable(self) -> CycleEventQuerySet:
        """Events still to happen in a certificate's current cycle that is being worked on."""
        return self.open().filter(
            ~Exists(Cycle.objects.filter(previous=OuterRef("cycle"))),  # the current cycle
            cycle__certificate__status__in=Certificate.EVENT_REMINDERS,
        )


@tracked(exclude=["reminding"])
class CycleEvent(models.Model):
    """An audit or application in a cycle: planned, then done with an outcome."""

    class Outcome(models.TextChoices):
        PASSED = "passed", _("Godkänd")
        PASSED_WITH_FINDINGS = "findings", _("Godkänd med avvikelser att åtgärda")
        FAILED = "failed", _("Inte godkänd")

    cycle = models.ForeignKey(
        Cycle, on_delete=models.CASCADE, related_name="events", verbose_name=_("cykel")
    )
    template = models.ForeignKey(
        EventTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("mall"),
    )
    kind = models.CharField(_("typ"), max_length=20, choices=EventTemplate.Kind.choices)
    name = models.CharField(_("namn"), max_length=200)
    planned_date = models.DateField(_("planerat datum"))
    # False once someone sets the date by hand: then a change of the cycle's dates leaves it.
    planned_by_cycle = models.BooleanField(_("planerat enligt cykeln"), default=True)
    actual_date = models.DateField(_("genomfört datum"), null=True, blank=True)
    outcome = models.CharField(_("resultat"), max_length=20, choices=Outcome.choices, blank=True)
    notes = models.TextField(_("iakttagelser och avvikelser"), blank=True)
    audit_reference = models.CharField(
        _("rapportnummer"),
        max_length=100,
        blank=True,
        help_text=_("Certifieringsorganets referens till revisionsrapporten."),
    )
    # The recorded external audit and its findings. Generic, so that this app never imports the
    # audits app (which depends on us, not the other way round); empty until that app links it.
    audit_content_type = models.ForeignKey(
        ContentType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("extern revision (typ)"),
    )
    audit_object_id = models.PositiveBigIntegerField(
        _("extern revision (id)"), null=True, blank=True
    )
    audit = GenericForeignKey("audit_content_type", "audit_object_id")
    # Set by the database, whatever is saved here: see REMINDING_STATUSES_SQL.
    reminding = models.BooleanField(default=False, db_default=False, editable=False)

    objects = CycleEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("händelse")
        verbose_name_plural = _("händelser")
        ordering = ["planned_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(actual_date__isnull=True) | ~Q(outcome=""),
                name="cycle_event_done_has_outcome",
            ),
            models.CheckConstraint(
                condition=Q(audit_content_type__isnull=True, audit_object_id__isnull=True)
                | Q(audit_content_type__isnull=False, audit_object_id__isnull=False),
                name="cycle_event_audit_link_complete",
            ),
            models.UniqueConstraint(
                fields=["cycle", "template"], name="cycle_event_once_per_template"
            ),
        ]
        indexes = [
            models.Index(
                fields=["planned_date"],
                condition=Q(actual_date__isnull=True),
                name="cycle_event_open_idx",
            ),
            # The start page's panel: the next open events that remind, in date order.
            models.Index(
                fields=["planned_date", "id"],
                condition=Q(actual_date__isnull=True, reminding=True),
                name="cycle_event_reminding_idx",
            ),
        ]
        triggers = [
            pgtrigger.Trigger(
                name="cycle_event_reminding",
                operation=pgtrigger.Insert | pgtrigger.Update,
                when=pgtrigger.Before,
                func=_COMPUTE_REMINDING,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.planned_date:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return pk_url("certifications:event_update", self.pk)

    @property
    def is_done(self) -> bool:
        return self.actual_date is not None


@tracked()
class EvidenceItem(models.Model):
    """One entry of a cycle's renewal evidence: text and a document, and whether it is done."""

    cycle = models.ForeignKey(
        Cycle, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("cykel")
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    title = models.CharField(_("rubrik"), max_length=200)
    guidance = models.TextField(_("vägledning"), blank=True)
    text = models.TextField(_("beskrivning"), blank=True)
    document = models.FileField(_("dokument"), upload_to=evidence_upload_to, blank=True)
    document_name = models.CharField(max_length=255, blank=True, editable=False)
    done = models.BooleanField(_("klar"), default=False)
    done_by = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("klarmarkerad av"),
    )
    done_at = models.DateTimeField(_("klarmarkerad"), null=True, blank=True)
    copied_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kopierad från"),
    )

    class Meta:
        verbose_name = _("underlag")
        verbose_name_plural = pgettext_lazy("plural", "underlag")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.title


class SentReminder(models.Model):
    """A reminder milestone that has been sent: the row is the proof, and its uniqueness the rule.

    Written in the same transaction as the notifications it caused, so a milestone is either
    sent with its row or not at all; a second run (or a concurrent one) cannot insert the row
    again. The subject is a cycle event (its planned date) or a cycle (its expiry date).
    """

    event = models.ForeignKey(
        CycleEvent, on_delete=models.CASCADE, null=True, blank=True, related_name="reminders"
    )
    cycle = models.ForeignKey(
        Cycle, on_delete=models.CASCADE, null=True, blank=True, related_name="reminders"
    )
    target_date = models.DateField(_("datum"))
    days_before = models.SmallIntegerField(
        _("dagar före"), help_text=_("-1: dagen efter datumet (försenat eller utgånget).")
    )
    due_date = models.DateField(_("skulle skickas"))
    late = models.BooleanField(_("skickad sent"), default=False)
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        verbose_name = _("skickad påminnelse")
        verbose_name_plural = _("skickade påminnelser")
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(event__isnull=True, cycle__isnull=False)
                | Q(event__isnull=False, cycle__isnull=True),
                name="sent_reminder_one_subject",
            ),
            # NULLs are distinct, so each of these binds only rows of its own subject kind.
            models.UniqueConstraint(
                fields=["event", "target_date", "days_before"], name="sent_reminder_event_once"
            ),
            models.UniqueConstraint(
                fields=["cycle", "target_date", "days_before"], name="sent_reminder_cycle_once"
            ),
        ]

    def __str__(self) -> str:
        subject = self.event or self.cycle
        return f"{subject}: {self.days_before} ({self.target_date})"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CalendarFeed(models.Model):
    """A user's secret calendar address. Only the token's SHA-256 is stored: the address is
    shown once when made, and rotating it makes the old one stop working."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="calendar_feed",
        verbose_name=_("användare"),
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("skapad"), auto_now=True)

    class Meta:
        verbose_name = _("kalenderprenumeration")
        verbose_name_plural = _("kalenderprenumerationer")

    def __str__(self) -> str:
        return str(self.user)
