"""Quality objectives with their indicators, and management reviews (ledningens genomgång,
ISO 9001 9.3) with their assessments, decisions and frozen board pack."""

from __future__ import annotations

import datetime
import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from qms.history import tracked
from qms.models import OrganisationUnit, Role, subtree_q

# Roles that read the objectives and reviews of their subtree.
READER_ROLES = (Role.COORDINATOR, Role.MANAGER, Role.AUDITOR)
# Roles that prepare reviews and keep objectives in their subtree.
EDITOR_ROLES = (Role.COORDINATOR,)
# How far from its target a value may be (a share of the target) and still count as "at risk".
AT_RISK_MARGIN = Decimal("0.10")


class ScopedQuerySet(models.QuerySet):
    """Records of a scope (`unit` and its subtree): admins read all, READER_ROLES those whose
    scope lies in their subtrees; board members download the frozen ones of their subtrees."""

    def visible_to(self, user) -> ScopedQuerySet:
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        return self.filter(subtree_q(user.membership_paths(*READER_ROLES), field="unit__path"))

    def frozen_visible_to(self, user, status: str) -> ScopedQuerySet:
        """Records in `status` (approved, published) whose stored PDF the user may download:
        those the user may open, and for board members those inside their board subtrees."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        board = subtree_q(user.membership_paths(Role.BOARD), field="unit__path")
        readable = Q(pk__in=self.visible_to(user).values("pk"))
        return self.filter(status=status).filter(readable | board)

    def with_superseded(self, final: str) -> ScopedQuerySet:
        """Annotates `superseded`: a revision of the record (`revision_of`, reviews and quality
        reports) has reached `final` (approved, published) and so replaces it."""
        replacing = self.model.objects.filter(revision_of=OuterRef("pk"), status=final)
        return self.annotate(superseded=Exists(replacing))

    def current(self, final: str) -> ScopedQuerySet:
        """Leaves out the records a `final` revision replaces."""
        return self.with_superseded(final).filter(superseded=False)


class ObjectiveQuerySet(ScopedQuerySet):
    def in_subtree(self, unit: OrganisationUnit) -> ObjectiveQuerySet:
        return self.filter(unit__path__startswith=unit.path)


@tracked()
class Objective(models.Model):
    """A quality objective (kvalitetsmål) of a unit, followed by one or more indicators."""

    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="quality_objectives",
        verbose_name=_("enhet"),
    )
    title = models.CharField(_("mål"), max_length=200)
    description = models.TextField(_("beskrivning"), blank=True)
    is_active = models.BooleanField(_("gällande"), default=True)
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)

    objects = ObjectiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("kvalitetsmål")
        verbose_name_plural = pgettext_lazy("plural", "kvalitetsmål")
        ordering = ["unit__path", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("reviews:objective_detail", args=[self.pk])


class Status(models.TextChoices):
    """How an indicator (or an objective, by its worst indicator) stands against its target."""

    ON_TRACK = "on_track", _("Uppfylls")
    AT_RISK = "at_risk", _("Risk att inte uppfyllas")
    MISSED = "missed", _("Uppfylls inte")


# Worst first: an objective takes the worst status of its indicators.
STATUS_SEVERITY = [Status.MISSED, Status.AT_RISK, Status.ON_TRACK]


def status_for(value: Decimal | None, target: Decimal, direction: str) -> Status | None:
    """On track when the target is met; at risk within AT_RISK_MARGIN of it; else missed."""
    if value is None:
        return None
    slack = abs(target) * AT_RISK_MARGIN
    if direction == Indicator.Direction.HIGHER:
        if value >= target:
            return Status.ON_TRACK
        return Status.AT_RISK if value >= target - slack else Status.MISSED
    if value <= target:
        return Status.ON_TRACK
    return Status.AT_RISK if value <= target + slack else Status.MISSED


def worst_status(statuses) -> Status | None:
    present = {s for s in statuses if s}
    return next((s for s in STATUS_SEVERITY if s in present), None)


@tracked()
class Indicator(models.Model):
    """A measure of an objective (nyckeltal): entered by hand or computed from the system."""

    class Direction(models.TextChoices):
        HIGHER = "higher", _("Högre är bättre")
        LOWER = "lower", _("Lägre är bättre")

    class Period(models.TextChoices):
        MONTH = "month", _("Månad")
        QUARTER = "quarter", _("Kvartal")
        TERTIAL = "tertial", _("Tertial")
        YEAR = "year", _("År")

    class Source(models.TextChoices):
        MANUAL = "manual", _("Registreras för hand")
        DEVIATIONS_CLOSED_30 = (
            "deviations_closed_30",
            _("Andel avvikelser avslutade inom 30 dagar (%)"),
        )
        FEEDBACK_IN_TIME = "feedback_in_time", _("Andel synpunkter besvarade i tid (%)")
        FINDINGS_CLOSED = "findings_closed", _("Andel revisionsiakttagelser avslutade (%)")

    # Months per period, and the first month of each period in a year.
    PERIOD_MONTHS = {Period.MONTH: 1, Period.QUARTER: 3, Period.TERTIAL: 4, Period.YEAR: 12}

    objective = models.ForeignKey(
        Objective, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("mål")
    )
    name = models.CharField(_("nyckeltal"), max_length=200)
    unit_of_measure = models.CharField(
        _("måttenhet"), max_length=40, help_text=_("Till exempel %, dagar eller antal.")
    )
    target = models.DecimalField(_("målvärde"), max_digits=12, decimal_places=2)
    direction = models.CharField(_("riktning"), max_length=10, choices=Direction.choices)
    period = models.CharField(_("period"), max_length=10, choices=Period.choices)
    source = models.CharField(
        _("källa"), max_length=30, choices=Source.choices, default=Source.MANUAL
    )
    is_survey = models.BooleanField(
        _("resultat från en undersökning"),
        default=False,
        help_text=_(
            "Till exempel brukar-, kund- eller medborgarundersökningen: visas med synpunkterna "
            "i ledningens genomgång."
        ),
    )

    class Meta:
        verbose_name = _("nyckeltal")
        verbose_name_plural = pgettext_lazy("plural", "nyckeltal")
        ordering = ["objective", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("reviews:objective_detail", args=[self.objective_id]) + f"#ind-{self.pk}"

    @property
    def is_computed(self) -> bool:
        return self.source != self.Source.MANUAL

    def period_start(self, day: datetime.date) -> datetime.date:
        """The first day of the period that `day` falls in."""
        months = self.PERIOD_MONTHS[self.Period(self.period)]
        month = (day.month - 1) // months * months + 1
        return datetime.date(day.year, month, 1)

    def period_end(self, start: datetime.date) -> datetime.date:
        """The last day of the period starting on `start`."""
        months = self.PERIOD_MONTHS[self.Period(self.period)]
        index = start.year * 12 + start.month - 1 + months
        return datetime.date(index // 12, index % 12 + 1, 1) - datetime.timedelta(days=1)

    def period_label(self, start: datetime.date) -> str:
        months = self.PERIOD_MONTHS[self.Period(self.period)]
        if months == 12:
            return str(start.year)
        if months == 1:
            return f"{start:%Y-%m}"
        prefix = "K" if months == 3 else "T"
        return f"{prefix}{(start.month - 1) // months + 1} {start.year}"

    def status_of(self, value: Decimal | None) -> Status | None:
        return status_for(value, self.target, self.direction)


@tracked()
class IndicatorValue(models.Model):
    """The value of an indicator for one period; `entered_by` is empty for computed values."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="values", verbose_name=_("nyckeltal")
    )
    period_start = models.DateField(_("periodens början"))
    value = models.DecimalField(_("värde"), max_digits=12, decimal_places=2)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrerat av"),
    )
    is_computed = models.BooleanField(_("beräknat"), default=False)
    updated_at = models.DateTimeField(_("ändrat"), auto_now=True)

    class Meta:
        verbose_name = _("värde för nyckeltal")
        verbose_name_plural = _("värden för nyckeltal")
        ordering = ["indicator", "period_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_start"], name="indicator_value_once_per_period"
            ),
            models.CheckConstraint(
                condition=Q(is_computed=True) | Q(entered_by__isnull=False),
                name="indicator_value_manual_has_author",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.value} ({self.period_start})"


# Management reviews ------------------------------------------------------------------------------


class ReviewQuerySet(ScopedQuerySet):
    def visible_to(self, user) -> ReviewQuerySet:
        """Reviews the user may open: admins all; coordinators, chefs and auditors those whose
        scope lies in their subtrees; the chair and the participants their own. Board members
        read approved packs only (`packs_visible_to`)."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        taking_part = Participant.objects.filter(review=OuterRef("pk"), user=user)
        return self.filter(
            subtree_q(user.membership_paths(*READER_ROLES), field="unit__path")
            | Q(chair=user)
            | Exists(taking_part)
        )

    def packs_visible_to(self, user) -> ReviewQuerySet:
        """Approved reviews whose frozen pack the user may download."""
        return self.frozen_visible_to(user, Review.Status.APPROVED)

    def approved(self) -> ReviewQuerySet:
        return self.filter(status=Review.Status.APPROVED)


def pack_upload_to(instance: Review, filename: str) -> str:
    return f"reviews/packs/{uuid.uuid4().hex}.pdf"


class PageOneTexts(models.Model):
    """What a pack or a quality report says on page one in the coordinator's words: the
    period's messages and the decisions asked of the board, one per line."""

    messages = models.TextField(
        _("budskap"),
        blank=True,
        help_text=_(
            "Periodens tre till fem viktigaste budskap, ett per rad. De står först i "
            "sammanfattningen på sidan ett."
        ),
    )
    decisions_asked = models.TextField(
        _("beslut som styrelsen ombeds fatta"),
        blank=True,
        help_text=_("Ett beslut per rad."),
    )

    class Meta:
        abstract = True


@tracked(exclude=["snapshot", "pdf", "pdf_progress"])
class Review(PageOneTexts):
    """One management review of a scope (a subtree) and a period."""

    # A review looks back on the time since the previous one: a year or two, never decades.
    MAX_PERIOD = datetime.timedelta(days=5 * 366)

    class Status(models.TextChoices):
        DRAFT = "draft", _("Utkast")
        APPROVED = "approved", _("Godkänd")

    class PdfStatus(models.TextChoices):
        NONE = "none", _("Inte skapad")
        PENDING = "pending", _("Väntar")
        RUNNING = "running", _("Skapas")
        DONE = "done", _("Klar")
        FAILED = "failed", _("Misslyckades")

    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="management_reviews",
        verbose_name=_("omfattar"),
    )
    title = models.CharField(_("rubrik"), max_length=200)
    period_start = models.DateField(_("perioden från"))
    period_end = models.DateField(_("perioden till"))
    held_on = models.DateField(_("mötesdatum"))
    chair = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="chaired_reviews",
        verbose_name=_("ordförande"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    # The compiled inputs, frozen at approval: later changes to the data do not reach them.
    snapshot = models.JSONField(_("sammanställning"), default=dict, blank=True, editable=False)
    pdf = models.FileField(_("PDF"), upload_to=pack_upload_to, blank=True, max_length=300)
    pdf_status = models.CharField(
        _("PDF-status"), max_length=10, choices=PdfStatus.choices, default=PdfStatus.NONE
    )
    pdf_progress = models.PositiveSmallIntegerField(_("förlopp"), default=0)
    revision_of = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="revisions",
        verbose_name=_("revision av"),
    )
    revision_reason = models.TextField(_("skäl till revisionen"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    approved_at = models.DateTimeField(_("godkänd"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("godkänd av"),
    )

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("ledningens genomgång")
        verbose_name_plural = pgettext_lazy("plural", "ledningens genomgångar")
        ordering = ["-held_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="review_period_order",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(approved_at__isnull=False),
                name="review_approved_has_date",
            ),
            models.CheckConstraint(
                condition=Q(revision_of__isnull=True) | ~Q(revision_reason=""),
                name="review_revision_has_reason",
            ),
        ]
        indexes = [models.Index(fields=["unit", "status", "-period_end"], name="review_unit_idx")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("reviews:detail", args=[self.pk])

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED


class Item(models.TextChoices):
    """The inputs of ISO 9001 9.3.2, in agenda order."""

    A = "a", _("a) Status för åtgärder från tidigare genomgångar")
    B = "b", _("b) Förändringar i externa och interna frågor")
    C1 = "c1", _("c1) Kundnöjdhet och återkoppling (synpunkter)")
    C2 = "c2", _("c2) I vilken utsträckning kvalitetsmålen uppfyllts")
    C3 = "c3", _("c3) Processernas prestanda och tjänsternas överensstämmelse")
    C4 = "c4", _("c4) Avvikelser och korrigerande åtgärder")
    C5 = "c5", _("c5) Resultat av övervakning och mätning")
    C6 = "c6", _("c6) Revisionsresultat")
    C7 = "c7", _("c7) Externa leverantörers prestanda")
    D = "d", _("d) Resursernas tillräcklighet")
    E = "e", _("e) Effektiviteten i åtgärder för risker och möjligheter")
    F = "f", _("f) Möjligheter till förbättring")


@tracked()
class ReviewItem(models.Model):
    """The team's own assessment of one agenda item."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="items")
    code = models.CharField(_("punkt"), max_length=2, choices=Item.choices)
    assessment = models.TextField(_("bedömning"), blank=True)

    class Meta:
        verbose_name = _("punkt i genomgången")
        verbose_name_plural = _("punkter i genomgången")
        ordering = ["review", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["review", "code"], name="review_item_once"),
        ]

    def __str__(self) -> str:
        return self.get_code_display()


@tracked()
class Participant(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="review_participations",
        verbose_name=_("deltagare"),
    )
    is_present = models.BooleanField(_("närvarande"), default=True)

    class Meta:
        verbose_name = _("deltagare")
        verbose_name_plural = pgettext_lazy("plural", "deltagare")
        ordering = ["review", "user__last_name", "user__first_name"]
        constraints = [
            models.UniqueConstraint(fields=["review", "user"], name="review_participant_once"),
        ]

    def __str__(self) -> str:
        return str(self.user)


class DecisionQuerySet(models.QuerySet):
    def visible_to(self, user) -> DecisionQuerySet:
        """Decisions of the reviews the user may open (shown on the review's page)."""
        return self.filter(review__in=Review.objects.visible_to(user))


@tracked()
class Decision(models.Model):
    """An output of the review (9.3.3); its actions are in the shared action register."""

    class Kind(models.TextChoices):
        IMPROVEMENT = "improvement", _("Förbättring")
        SYSTEM_CHANGE = "system_change", _("Förändring av ledningssystemet")
        RESOURCE_NEED = "resource_need", _("Resursbehov")

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="decisions")
    kind = models.CharField(_("typ av beslut"), max_length=20, choices=Kind.choices)
    text = models.TextField(_("beslut"))
    # In a revision: the decision this one was copied from (its actions stay linked there).
    copied_from = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)

    actions = GenericRelation(
        "deviations.Action", content_type_field="content_type", object_id_field="object_id"
    )

    objects = DecisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("beslut")
        verbose_name_plural = pgettext_lazy("plural", "beslut")
        ordering = ["review", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("reviews:detail", args=[self.review_id]) + f"#decision-{self.pk}"

    @property
    def origin_id(self) -> int:
        """The decision the register's actions were first linked to."""
        return self.copied_from_id or self.pk


class YearlyReportQuerySet(ScopedQuerySet):
    def published_visible_to(self, user) -> YearlyReportQuerySet:
        """Published reports whose PDF the user may download."""
        return self.frozen_visible_to(user, YearlyReport.Status.PUBLISHED)


def quality_report_upload_to(instance: QualityReport, filename: str) -> str:
    return f"reviews/quality-reports/{uuid.uuid4().hex}.pdf"


def patient_safety_report_upload_to(instance: PatientSafetyReport, filename: str) -> str:
    return f"reviews/patient-safety-reports/{uuid.uuid4().hex}.pdf"


class YearlyReport(PageOneTexts):
    """What a yearly report of a scope (a unit's subtree) and a calendar year shares – the
    kvalitetsberättelse and the patientsäkerhetsberättelse: a draft with the coordinator's texts
    and the year's figures compiled from the system; published, the figures are stored with the
    texts and the PDF rendered once, and nothing changes any more. A correction is a revision (a
    new draft of the same scope and year, with its reason) that replaces it when published,
    while the first stays as it was.

    A concrete report names its texts (`TEXT_FIELDS`, all required before publishing), its
    `unit` and `pdf` fields, its constraints (`yearly_report_constraints`) and its words
    (`WORDS`: the messages of the shared services, views and templates)."""

    TEXT_FIELDS: tuple[str, ...] = ()
    URL_PREFIX = ""
    WORDS: dict = {}

    class Status(models.TextChoices):
        DRAFT = "draft", _("Utkast")
        PUBLISHED = "published", _("Publicerad")

    year = models.PositiveSmallIntegerField(_("år"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    # The year's figures, frozen at publication: later changes to the data do not reach them.
    snapshot = models.JSONField(_("sammanställning"), default=dict, blank=True, editable=False)
    revision_of = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="revisions",
        verbose_name=_("revision av"),
    )
    revision_reason = models.TextField(_("skäl till revisionen"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    published_at = models.DateTimeField(_("publicerad"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("publicerad av"),
    )

    objects = YearlyReportQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.WORDS["title"] % {"year": self.year, "unit": self.unit.name}

    def get_absolute_url(self) -> str:
        return self._url("detail")

    @property
    def short_title(self) -> str:
        return self.WORDS["short"] % {"year": self.year}

    def _url(self, action: str) -> str:
        return reverse(f"reviews:{self.URL_PREFIX}_{action}", args=[self.pk])

    @property
    def texts_url(self) -> str:
        return self._url("texts")

    @property
    def publish_url(self) -> str:
        return self._url("publish")

    @property
    def revise_url(self) -> str:
        return self._url("revise")

    @property
    def pdf_url(self) -> str:
        return self._url("pdf")

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def missing_texts(self) -> list[str]:
        """The labels of the texts not written yet (each is required before publishing)."""
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in self.TEXT_FIELDS
            if not getattr(self, name).strip()
        ]


def yearly_report_constraints(prefix: str) -> list:
    return [
        # One report per scope and year; corrections hang off it, one revision at a time.
        models.UniqueConstraint(
            fields=["unit", "year"],
            condition=Q(revision_of__isnull=True),
            name=f"{prefix}_once_a_year",
        ),
        models.UniqueConstraint(fields=["revision_of"], name=f"{prefix}_one_revision"),
        models.CheckConstraint(
            condition=Q(revision_of__isnull=True) | ~Q(revision_reason=""),
            name=f"{prefix}_revision_has_reason",
        ),
        models.CheckConstraint(
            condition=Q(year__gte=2000) & Q(year__lte=2100), name=f"{prefix}_year_range"
        ),
        models.CheckConstraint(
            condition=Q(status="draft") | Q(published_at__isnull=False),
            name=f"{prefix}_published_has_date",
        ),
    ]


@tracked(exclude=["snapshot", "pdf"])
class QualityReport(YearlyReport):
    """The yearly quality report (kvalitetsberättelse, SOSFS 2011:9 7 kap. 1 §) of a scope: how
    the quality work was done, which actions were taken and what was achieved in a calendar
    year, with the year's figures (see YearlyReport)."""

    TEXT_FIELDS = ("work_done", "actions_taken", "results")
    URL_PREFIX = "quality_report"
    WORDS = {
        "title": _("Kvalitetsberättelse %(year)s – %(unit)s"),
        "short": _("Kvalitetsberättelse %(year)s"),
        "exists": _("Det finns redan en kvalitetsberättelse för %(unit)s %(year)s."),
        "frozen": _("Kvalitetsberättelsen är publicerad och kan inte ändras."),
        "only_published": _("Bara en publicerad kvalitetsberättelse kan revideras."),
        "has_revision": _("Kvalitetsberättelsen har redan en revision."),
        "year_not_over": _("Året är inte slut: publicera kvalitetsberättelsen efter årsskiftet."),
        "missing": _("Skriv följande innan kvalitetsberättelsen publiceras: %(missing)s."),
        "published_subject": _("Kvalitetsberättelsen %(year)s för %(unit)s är publicerad"),
        "revised_subject": _("En rättad kvalitetsberättelse %(year)s för %(unit)s är publicerad"),
        "event": "quality-report-published",
    }

    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="quality_reports",
        verbose_name=_("omfattar"),
    )
    work_done = models.TextField(
        _("så har kvalitetsarbetet bedrivits"),
        blank=True,
        help_text=_("Hur arbetet med att utveckla och säkra kvaliteten har bedrivits under året."),
    )
    actions_taken = models.TextField(
        _("vidtagna åtgärder"),
        blank=True,
        help_text=_("Vilka åtgärder som har vidtagits för att säkra verksamhetens kvalitet."),
    )
    results = models.TextField(
        _("uppnådda resultat"),
        blank=True,
        help_text=_("Vilka resultat som har uppnåtts, och vad som ska förbättras framåt."),
    )
    pdf = models.FileField(_("PDF"), upload_to=quality_report_upload_to, blank=True, max_length=300)

    class Meta:
        verbose_name = _("kvalitetsberättelse")
        verbose_name_plural = pgettext_lazy("plural", "kvalitetsberättelser")
        ordering = ["-year", "unit__path"]
        constraints = yearly_report_constraints("quality_report")


def _section(label, help_text):
    return models.TextField(label, blank=True, help_text=help_text)


@tracked(exclude=["snapshot", "pdf"])
class PatientSafetyReport(YearlyReport):
    """The yearly patient safety report (patientsäkerhetsberättelse, patientsäkerhetslagen
    3 kap. 10 §, HSLF-FS 2017:40) of a care provider's health care (HSL) in a scope: how the
    patient safety work was done, which actions were taken and what was achieved, under the
    headings of SKR's template, due by 1 March of the following year (see YearlyReport)."""

    TEXT_FIELDS = (
        "goals",
        "responsibility",
        "follow_up",
        "cooperation",
        "risk_analysis",
        "self_monitoring",
        "deviations_text",
        "complaints",
        "analysis",
        "results",
        "next_year",
    )
    URL_PREFIX = "patient_safety_report"
    WORDS = {
        "title": _("Patientsäkerhetsberättelse %(year)s – %(unit)s"),
        "short": _("Patientsäkerhetsberättelse %(year)s"),
        "exists": _("Det finns redan en patientsäkerhetsberättelse för %(unit)s %(year)s."),
        "frozen": _("Patientsäkerhetsberättelsen är publicerad och kan inte ändras."),
        "only_published": _("Bara en publicerad patientsäkerhetsberättelse kan revideras."),
        "has_revision": _("Patientsäkerhetsberättelsen har redan en revision."),
        "year_not_over": _(
            "Året är inte slut: publicera patientsäkerhetsberättelsen efter årsskiftet."
        ),
        "missing": _("Skriv följande innan patientsäkerhetsberättelsen publiceras: %(missing)s."),
        "published_subject": _("Patientsäkerhetsberättelsen %(year)s för %(unit)s är publicerad"),
        "revised_subject": _(
            "En rättad patientsäkerhetsberättelse %(year)s för %(unit)s är publicerad"
        ),
        "event": "patient-safety-report-published",
    }

    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.PROTECT,
        related_name="patient_safety_reports",
        verbose_name=_("omfattar"),
    )
    goals = _section(
        _("övergripande mål och strategier"),
        _("Vårdgivarens mål och strategier för patientsäkerhetsarbetet under året."),
    )
    responsibility = _section(
        _("organisatoriskt ansvar för patientsäkerhetsarbetet"),
        _("Vem som har ansvar för vad: nämnd, förvaltning, MAS, verksamhetschef, enhetschefer."),
    )
    follow_up = _section(
        _("struktur för uppföljning och utvärdering"),
        _("Hur patientsäkerhetsarbetet följs upp och utvärderas, och hur ofta."),
    )
    cooperation = _section(
        _("samverkan för att förebygga vårdskador"),
        _("Samverkan med regionen, andra vårdgivare, patienter och närstående."),
    )
    risk_analysis = _section(
        _("riskanalys"),
        _("Hur risker för vårdskador har bedömts och vilka riskanalyser som har gjorts."),
    )
    self_monitoring = _section(
        _("egenkontroll"),
        _("Vilken egenkontroll som har gjorts: granskningar, journalgranskning, revisioner."),
    )
    deviations_text = _section(
        _("avvikelser"),
        _("Hur avvikelser har tagits emot, utretts och lett till åtgärder, och vad de visar."),
    )
    complaints = _section(
        _("klagomål och synpunkter"),
        _("Hur klagomål och synpunkter har tagits om hand och vad de har lett till."),
    )
    analysis = _section(
        _("sammanfattande analys"),
        _("Vad årets avvikelser, klagomål, anmälningar och egenkontroller sammantaget visar."),
    )
    results = _section(
        _("resultat"),
        _("Hur arbetet har bedrivits, vilka åtgärder som vidtagits och vilka resultat som nåtts."),
    )
    next_year = _section(
        _("mål och strategier för kommande år"),
        _("Vad som ska förbättras nästa år, och hur."),
    )
    pdf = models.FileField(
        _("PDF"), upload_to=patient_safety_report_upload_to, blank=True, max_length=300
    )

    class Meta:
        verbose_name = _("patientsäkerhetsberättelse")
        verbose_name_plural = pgettext_lazy("plural", "patientsäkerhetsberättelser")
        ordering = ["-year", "unit__path"]
        constraints = yearly_report_constraints("patient_safety_report")


class PatientSafetyReminder(models.Model):
    """A reminder step about a scope's patientsäkerhetsberättelse that has been sent: the row is
    the proof and its uniqueness the rule (as certifications' `SentReminder`).

    Written in the same transaction as the notifications it caused, so a step is sent with its
    row or not at all, and a second, concurrent or retried run cannot insert it again."""

    class Step(models.TextChoices):
        FIRST = "first", _("en månad kvar")
        SECOND = "second", _("två veckor kvar")
        OVERDUE = "overdue", _("försenad")

    unit = models.ForeignKey(
        OrganisationUnit,
        on_delete=models.CASCADE,
        related_name="patient_safety_reminders",
        verbose_name=_("omfattar"),
    )
    year = models.PositiveSmallIntegerField(_("år"))
    step = models.CharField(_("påminnelse"), max_length=10, choices=Step.choices)
    due_date = models.DateField(_("skulle skickas"))
    late = models.BooleanField(_("skickad sent"), default=False)
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        verbose_name = _("påminnelse om patientsäkerhetsberättelse")
        verbose_name_plural = _("påminnelser om patientsäkerhetsberättelser")
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "year", "step"], name="patient_safety_reminder_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}: {self.get_step_display()}"
