"""Shared core: users, the organisation tree and memberships (user × unit × role)."""

from __future__ import annotations

import datetime
import functools
import hashlib
import operator
import uuid
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib import auth
from django.contrib.auth.models import AbstractUser, UserManager
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.core.exceptions import PermissionDenied
from django.db import connections, models
from django.db.models import Q
from django.db.models.functions import Lower, Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet

from qms import rows
from qms.history import tracked
from qms.links import pk_url
from qms.lookups import IdArray
from qms.names import user_label


class Role(models.TextChoices):
    """Roles a user holds on a unit; a role on a unit applies to the unit's whole subtree."""

    ADMIN = "admin", _("Systemadministratör")
    COORDINATOR = "coordinator", _("Kvalitetssamordnare")
    MANAGER = "manager", _("Chef")
    STAFF = "staff", _("Medarbetare")
    AUDITOR = "auditor", _("Internrevisor")
    BOARD = "board", _("Styrelseledamot")
    # Designated officers of the legal tracks (deviations.legal): they assess and report.
    SAS = "sas", _("Särskilt utsedd för lex Sarah (SAS)")
    MAS = "mas", _("Medicinskt ansvarig sjuksköterska (MAS)")
    DPO = "dpo", _("Dataskyddsombud")
    # Keeps the information management plan, approves thinning and delivers to the e-archive
    # (records).
    ARCHIVIST = "archivist", _("Arkivansvarig")


# Roles whose membership may carry access to confidential cases (chefs and coordinators).
SENSITIVE_ACCESS_ROLES = (Role.MANAGER, Role.COORDINATOR)

# Highest first: the role a start page is built for when a user holds several.
ROLE_PRECEDENCE = [
    Role.ADMIN,
    Role.COORDINATOR,
    Role.MANAGER,
    Role.SAS,
    Role.MAS,
    Role.DPO,
    Role.ARCHIVIST,
    Role.AUDITOR,
    Role.STAFF,
    Role.BOARD,
]


def trigram_index(field: str, name: str) -> GinIndex:
    """A GIN trigram index on UPPER(field): what `field__icontains` (Django writes
    `UPPER(field) LIKE UPPER('%…%')`) uses instead of reading the whole table. Needs the
    pg_trgm extension (qms migration 0013)."""
    return GinIndex(OpClass(Upper(field), name="gin_trgm_ops"), name=name)


def subtree_q(paths: Iterable[str], field: str = "path") -> Q:
    """A filter matching every unit at or below any of the given tree paths.

    `field` lets other models filter through a relation, e.g. "unit__path".
    """
    paths = sorted(set(paths))
    # A path below another one adds nothing: keep the filter short.
    roots = [p for p in paths if not any(p != q and p.startswith(q) for q in paths)]
    if not roots:
        return Q(pk__in=[])
    return functools.reduce(operator.or_, (Q(**{f"{field}__startswith": p}) for p in roots))


class OrganisationUnitQuerySet(MP_NodeQuerySet):
    def active(self) -> OrganisationUnitQuerySet:
        return self.filter(is_active=True)

    def subtree_of(self, *units: OrganisationUnit) -> OrganisationUnitQuerySet:
        return self.filter(subtree_q(u.path for u in units))

    def visible_to(self, user) -> OrganisationUnitQuerySet:
        """Units the user may see: the subtrees of their memberships, all for an admin."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_superuser or user.has_role(Role.ADMIN):
            return self.all()
        return self.filter(subtree_q(user.membership_paths()))

    def where_user_has_role(self, user, *roles: Role) -> OrganisationUnitQuerySet:
        """Units inside the subtrees where the user holds one of the roles."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        return self.filter(subtree_q(user.membership_paths(*roles)))


class OrganisationUnitManager(MP_NodeManager.from_queryset(OrganisationUnitQuerySet)):
    def get_queryset(self) -> OrganisationUnitQuerySet:
        # treebeard's manager returns its own queryset class: keep ours (and its tree order).
        return OrganisationUnitQuerySet(self.model, using=self._db).order_by("path")


@tracked(exclude=["numchild"])
class OrganisationUnit(MP_Node):
    """A node of the municipal group: koncern → organisation → förvaltning → avdelning → enhet."""

    class Kind(models.TextChoices):
        GROUP = "group", _("Koncern")
        MUNICIPALITY = "municipality", _("Kommun")
        COMPANY = "company", _("Kommunalt bolag")
        ASSOCIATION = "association", _("Förening")
        DEPARTMENT = "department", _("Förvaltning")
        DIVISION = "division", _("Avdelning")
        UNIT = "unit", _("Enhet")

    # Organisations are the kinds that number their own cases (e.g. AV-2026-00042).
    ORGANISATION_KINDS = (Kind.MUNICIPALITY, Kind.COMPANY, Kind.ASSOCIATION)

    name = models.CharField(_("namn"), max_length=200)
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    code = models.SlugField(
        _("kortnamn"),
        max_length=20,
        unique=True,
        help_text=_("Kort kod, t.ex. SOC eller BOST. Används i ärendenummer och exporter."),
    )
    is_active = models.BooleanField(_("aktiv"), default=True)

    node_order_by = ["name"]
    objects = OrganisationUnitManager()

    class Meta:
        verbose_name = _("organisationsenhet")
        verbose_name_plural = _("organisationsenheter")
        indexes = [
            # Subtree filters are `path LIKE 'prefix%'`: needs the pattern operator class.
            models.Index(
                fields=["path"], name="orgunit_path_prefix_idx", opclasses=["varchar_pattern_ops"]
            ),
            # A unit picker's first options, the top of the tree (qms.pickers.UnitPickerField):
            # read in this order up to the hundred and first, not every unit sorted (issue 12).
            models.Index(fields=["depth", "path"], name="orgunit_depth_path_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return pk_url("qms:unit_detail", self.pk)

    def contains(self, other: OrganisationUnit) -> bool:
        """True if `other` is this unit or lies below it."""
        return other.path.startswith(self.path)

    def leaders(self, *, sensitive_only: bool = False) -> list[User]:
        """The unit's nearest chefs (the deepest level at or above it that has any) and every
        coordinator at or above it: who is told about the unit's cases. With `sensitive_only`,
        only those whose role carries access to confidential cases."""
        memberships = Membership.objects.filter(
            unit__path__in=self.ancestor_paths(),  # no query for the ancestors themselves
            role__in=[Role.MANAGER, Role.COORDINATOR],
            user__is_active=True,
        ).select_related("user", "unit")
        if sensitive_only:
            memberships = memberships.filter(sensitive_access=True)
        memberships = list(memberships)
        nearest = max((m.unit.depth for m in memberships if m.role == Role.MANAGER), default=None)
        return [
            m.user for m in memberships if m.role == Role.COORDINATOR or m.unit.depth == nearest
        ]

    def ancestors_and_self(self) -> list[OrganisationUnit]:
        return [*OrganisationUnit.objects.get_ancestors(self), self]

    def ancestor_paths(self) -> list[str]:
        """The tree paths of the units above this one and its own, from the top, without a
        query (covering_paths)."""
        return covering_paths(self.path)

    def organisation(self) -> OrganisationUnit | None:
        """The nearest kommun, bolag or förening at or above this unit."""
        for unit in reversed(self.ancestors_and_self()):
            if unit.kind in self.ORGANISATION_KINDS:
                return unit
        return None


def covering_paths(path: str) -> list[str]:
    """The tree paths of a unit and all its ancestors, from the top: a materialised path's
    prefixes (treebeard), without a query."""
    step = OrganisationUnit.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


class UserQuerySet(models.QuerySet):
    def visible_to(self, user) -> UserQuerySet:
        """Users the viewer may see: all for an admin; for a coordinator or chef, those with a
        role in their subtrees; for everyone else only themselves."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        paths = user.membership_paths(Role.COORDINATOR, Role.MANAGER)
        if not paths:
            return self.filter(pk=user.pk)
        # By the subtree's unit ids (User.unit_ids, read once per request), not by joining the
        # units to match their paths: a kommun-wide coordinator's count of people in scope took
        # 8.3 ms of PostgreSQL's time that way and 5.7 this way, a picker's first page 2.2 and 1.1.
        # The viewer is among them: their own coordinator or chef memberships are in those
        # subtrees. Said once, without `OR pk = viewer`: that OR kept PostgreSQL from a semi-join
        # and made it hash every membership in scope before a picker's first hundred people
        # (1.5 → 0.3 ms for a kommun-wide coordinator, 1.9 → 1.1 for a chef; issue 12).
        in_scope = Membership.objects.filter(unit_id__any=user.unit_ids(paths))
        return self.filter(pk__in=in_scope.values("user_id"))


class QmsUserManager(UserManager.from_queryset(UserQuerySet)):
    pass


@functools.cache
def model_permission_names() -> frozenset[str]:
    """Every permission a Permission row can stand for, as "app_label.codename": each model's
    default ones (add, change, delete, view) and those its Meta lists."""
    names = set()
    for model in apps.get_models():
        opts = model._meta
        names.update(f"{opts.app_label}.{a}_{opts.model_name}" for a in opts.default_permissions)
        names.update(f"{opts.app_label}.{codename}" for codename, _label in opts.permissions)
    return frozenset(names)


@tracked(exclude=["password", "last_login", "language"])
class User(AbstractUser):
    """A person who logs in. Logs in with username or e-mail address."""

    email = models.EmailField(_("e-postadress"), blank=True)
    title = models.CharField(_("befattning"), max_length=200, blank=True)
    # The HR system's key for the person (anställningsnummer): what an organisation file names
    # a unit's manager by (imports), besides the e-mail address.
    employee_number = models.CharField(
        _("anställningsnummer"), max_length=50, blank=True, default="", db_default=""
    )
    notify_by_email = models.BooleanField(
        _("avisering via e-post"),
        default=True,
        help_text=_("Annars visas aviseringar bara i systemet (klockan)."),
    )
    # The language the person last used (qms.languages): their e-mails are written in it.
    language = models.CharField(
        _("språk"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        default="",
        db_default="",
        editable=False,
    )

    objects = QmsUserManager()

    class Meta:
        verbose_name = _("användare")
        verbose_name_plural = pgettext_lazy("plural", "användare")
        ordering = ["last_name", "first_name", "username"]
        indexes = [
            # People in name order: a picker's first options are read from it and stop at the
            # hundredth (qms.pickers), instead of sorting every active person of the kommun.
            models.Index(
                fields=["last_name", "first_name", "username"],
                condition=Q(is_active=True),
                name="user_active_name_idx",
            ),
            # `email__iexact` and `username__iexact` (signing in, SSO and SCIM matching, the
            # outbox recording which addresses are accounts) compare UPPER(column): without
            # these every such lookup read all users (8.6 ms at 6,220; each report filed queued
            # an e-mail per leader and paid it each time). The unique index on lower(email)
            # cannot serve them.
            models.Index(Upper("email"), name="user_email_upper_idx"),
            models.Index(Upper("username"), name="user_username_upper_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), condition=~Q(email=""), name="user_email_unique_ci"
            ),
            models.UniqueConstraint(
                fields=["employee_number"],
                condition=~Q(employee_number=""),
                name="user_employee_number_unique",
            ),
        ]

    def __str__(self) -> str:
        return user_label(self.first_name, self.last_name, self.username)

    def get_absolute_url(self) -> str:
        return pk_url("qms:user_detail", self.pk)

    @functools.cached_property
    def cached_memberships(self) -> list[Membership]:
        """The person's memberships with their units, by the units' paths and the roles: what
        `self.memberships.select_related("unit").order_by("unit__path", "role")` gives, read
        with a statement written once (every request asks, and building the query cost the ORM
        four times running it)."""
        return _read_memberships(self)

    def membership_paths(self, *roles: Role) -> list[str]:
        return [m.unit.path for m in self.cached_memberships if not roles or m.role in roles]

    def unit_ids(self, paths: Iterable[str]) -> IdArray:
        """The ids of every unit at or below the given paths, sorted: one query per set of paths
        and user object (a request's user), then from memory.

        Visibility filters compare the row's own unit id with this list (`unit_id = ANY(…)`)
        instead of joining the unit table and matching path prefixes, which lets PostgreSQL
        test each row as it walks an index in the list's order, and stop at the page's end."""
        roots = tuple(sorted(set(paths)))
        cache = self.__dict__.setdefault("_unit_ids_cache", {})
        if roots not in cache:
            cache[roots] = IdArray(
                OrganisationUnit.objects.filter(subtree_q(roots))
                .order_by("pk")
                .values_list("pk", flat=True)
                if roots
                else []
            )
        return cache[roots]

    def sensitive_paths(self, *roles: Role) -> list[str]:
        """Unit paths where the user holds one of `roles` with access to confidential cases."""
        return [
            m.unit.path
            for m in self.cached_memberships
            if m.sensitive_access and (not roles or m.role in roles)
        ]

    def has_role(self, *roles: Role) -> bool:
        return any(m.role in roles for m in self.cached_memberships)

    def has_role_over(self, unit: OrganisationUnit, *roles: Role) -> bool:
        """True if the user holds one of the roles on the unit or one of its ancestors."""
        return any(
            m.role in roles and unit.path.startswith(m.unit.path) for m in self.cached_memberships
        )

    def is_admin(self) -> bool:
        return self.is_superuser or self.has_role(Role.ADMIN)

    def has_perm(self, perm: str, obj=None) -> bool:
        """Django's answer, without asking the model backends about a permission no model
        declares. Django's ModelBackend grants only the Permission rows given to the user or
        their groups, and reads them (two queries) before it answers; the product's own
        permissions are django-rules predicates under names of their own, asked by the menu on
        every page (issue 12), which ModelBackend can only refuse. Where a model's permission
        is also a rule, the rule is asked first, and the rows only if it refuses."""
        from django.contrib.auth.backends import ModelBackend  # it imports this model

        if self.is_active and self.is_superuser:
            return True
        model_backends = []
        for backend in auth.get_backends():
            if not hasattr(backend, "has_perm"):
                continue
            if isinstance(backend, ModelBackend):
                model_backends.append(backend)
                continue
            try:
                if backend.has_perm(self, perm, obj):
                    return True
            except PermissionDenied:
                return False
        # A permission a model declares may also be given as a row: asked last, so that a
        # rule that grants it (a coordinator adding a certificate) needs no rows read.
        if perm in model_permission_names():
            return any(backend.has_perm(self, perm, obj) for backend in model_backends)
        return False

    @property
    def primary_membership(self) -> Membership | None:
        """The membership a start page is built for: the highest role, then the nearest unit."""
        if not self.cached_memberships:
            return None
        return min(
            self.cached_memberships, key=lambda m: (ROLE_PRECEDENCE.index(m.role), -m.unit.depth)
        )

    def roles(self) -> set[str]:
        return {m.role for m in self.cached_memberships}


class MembershipQuerySet(models.QuerySet):
    def visible_to(self, user) -> MembershipQuerySet:
        """Memberships on units the user may see."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        return self.filter(subtree_q(user.membership_paths(), field="unit__path"))


@tracked()
class Membership(models.Model):
    """User × unit × role. The role applies to the unit and everything below it."""

    user = models.ForeignKey(
        User, verbose_name=_("användare"), on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey(
        OrganisationUnit,
        verbose_name=_("enhet"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField(_("roll"), max_length=20, choices=Role.choices)
    sensitive_access = models.BooleanField(
        _("tillgång till sekretessmarkerade ärenden"),
        default=False,
        help_text=_(
            "Ger chefer och kvalitetssamordnare läsrätt till sekretessmarkerade avvikelser "
            "i enheten och under den. Varje läsning loggas."
        ),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("medlemskap")
        verbose_name_plural = pgettext_lazy("plural", "medlemskap")
        constraints = [
            models.UniqueConstraint(fields=["user", "unit", "role"], name="membership_unique_role"),
        ]
        indexes = [models.Index(fields=["unit", "role"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} – {self.unit}"


@functools.cache
def _memberships_statement(db: str) -> str:
    membership = rows.selection(Membership, "m", db)
    unit = rows.selection(OrganisationUnit, "u", db)
    m_unit, u_id = (
        rows.column(Membership, "unit", "m", db),
        rows.column(OrganisationUnit, "id", "u", db),
    )
    return (
        f"SELECT {membership.sql}, {unit.sql}"
        f" FROM {rows.table(Membership, db)} m JOIN {rows.table(OrganisationUnit, db)} u"
        f" ON {u_id} = {m_unit}"
        f" WHERE {rows.column(Membership, 'user', 'm', db)} = %s"
        f" ORDER BY {rows.column(OrganisationUnit, 'path', 'u', db)},"
        f" {rows.column(Membership, 'role', 'm', db)}"
    )


def _read_memberships(user: User) -> list[Membership]:
    db = Membership.objects.db
    membership, unit = (
        rows.selection(Membership, "m", db),
        rows.selection(OrganisationUnit, "u", db),
    )
    with connections[db].cursor() as cursor:
        cursor.execute(_memberships_statement(db), [user.pk])
        found = cursor.fetchall()
    unit_field, user_field = Membership._meta.get_field("unit"), Membership._meta.get_field("user")
    memberships = []
    for row in found:
        item = membership.instance(db, row[: membership.width])
        unit_field.set_cached_value(item, unit.instance(db, row[membership.width :]))
        user_field.set_cached_value(item, user)
        memberships.append(item)
    return memberships


class OutgoingEmail(models.Model):
    """An e-mail waiting for (or done with) delivery by the worker.

    Written in the same transaction as the change that caused it, so a rollback takes the
    e-mail with it and a broker outage only delays it (see qms.mail and qms.tasks).

    Once delivered, the row keeps only what the audit trail needs – when, which event, to which
    accounts (by id) and how many addresses without an account – and loses its content: the
    text (with any link carrying a token: tracking links, password resets, invitations), the
    subject and the addresses (`qms.mail.FORGOTTEN`).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Väntar")
        SENDING = "sending", _("Skickas")
        SENT = "sent", _("Skickat")
        FAILED = "failed", _("Misslyckades")

    message = models.JSONField(_("meddelande"))
    recipients = models.TextField(_("mottagare"), blank=True)
    subject = models.CharField(_("ämne"), max_length=998, blank=True)
    event = models.CharField(
        _("händelse"),
        max_length=200,
        blank=True,
        help_text=_(
            "Vad e-posten gällde, t.ex. feedback:12:citizen:answer eller ett aviseringsnamn."
        ),
    )
    recipient_users = ArrayField(
        models.BigIntegerField(),
        verbose_name=_("mottagare (användar-id)"),
        default=list,
        blank=True,
    )
    external_recipients = models.PositiveSmallIntegerField(
        _("mottagare utan konto"), default=0, help_text=_("Till exempel en invånare.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("försök"), default=0)
    last_error = models.TextField(_("senaste fel"), blank=True)
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)
    sent_at = models.DateTimeField(_("skickat"), null=True, blank=True)
    content_removed_at = models.DateTimeField(_("innehållet borttaget"), null=True, blank=True)
    # The delivery attempt that holds the row while status is `sending` (qms.mail.deliver).
    attempt_id = models.UUIDField(_("leveransförsök"), null=True, blank=True, editable=False)
    claimed_at = models.DateTimeField(_("påbörjat"), null=True, blank=True)

    class Meta:
        verbose_name = _("utgående e-post")
        verbose_name_plural = pgettext_lazy("plural", "utgående e-post")
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=Q(status="pending"),
                name="outgoing_email_pending_idx",
            ),
            models.Index(
                fields=["claimed_at"],
                condition=Q(status="sending"),
                name="outgoing_email_sending_idx",
            ),
            models.Index(
                fields=["event"],
                name="outgoing_email_event_idx",
                opclasses=["varchar_pattern_ops"],
            ),
        ]

    def __str__(self) -> str:
        return self.event or f"e-post {self.pk}"

    @property
    def message_id(self) -> str:
        """The same Message-ID on every attempt, so a receiving system can drop a repeat."""
        domain = urlsplit(settings.BASE_URL).hostname or "localhost"
        return f"<qms.{self.pk}.{self.created_at:%Y%m%d%H%M%S%f}@{domain}>"


class NotificationQuerySet(models.QuerySet):
    def unread(self) -> NotificationQuerySet:
        return self.filter(read_at__isnull=True)


class NotificationKind(models.TextChoices):
    """What a notice is about, as each person chooses how to get it (qms.notifications)."""

    ASSIGNED = "assigned", _("Du blir ansvarig för något (ärende, åtgärd, synpunkt, revision)")
    REPORTED = "reported", _("Nytt i dina enheter (avvikelse, synpunkt, förbättringsförslag)")
    STATUS = "status", _("Ändrad status i ärenden du följer")
    REMINDER = "reminder", _("Påminnelser och försenade åtgärder")
    LEGAL = "legal", _("Lex Sarah, Lex Maria och andra tidsgränser i lag")
    OTHER = "other", _("Övrigt (ledningens genomgång, gallring, kvalitetsrapporter)")


class NotificationDelivery(models.TextChoices):
    IMMEDIATE = "immediate", _("E-post direkt")
    DAILY = "daily", _("E-post i en daglig sammanfattning")
    WEEKLY = "weekly", _("E-post i en veckosammanfattning")
    IN_APP = "in_app", _("Bara i systemet")


class NotificationPreference(models.Model):
    """How one person wants one kind of notice. No row: e-mail at once (the default)."""

    user = models.ForeignKey(
        User,
        on_delete=models.CASCADE,
        related_name="notification_preferences",
        verbose_name=_("användare"),
    )
    kind = models.CharField(_("slag"), max_length=20, choices=NotificationKind.choices)
    delivery = models.CharField(_("hur"), max_length=20, choices=NotificationDelivery.choices)

    class Meta:
        verbose_name = _("val för aviseringar")
        verbose_name_plural = _("val för aviseringar")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_pref_once"),
            # A legal deadline ("snarast", 72 hours) cannot wait for a weekly e-mail.
            models.CheckConstraint(
                condition=~Q(kind="legal", delivery="weekly"),
                name="notification_pref_legal_not_weekly",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.get_kind_display()} → {self.get_delivery_display()}"


class NotificationDigest(models.Model):
    """One person's daily or weekly summary e-mail for one period.

    The unique constraint on (recipient, period, period_start) is what sends each person at
    most one summary per period, however often (or on how many workers) the sweep runs."""

    class Period(models.TextChoices):
        DAILY = "daily", _("daglig")
        WEEKLY = "weekly", _("veckovis")

    recipient = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="+", verbose_name=_("mottagare")
    )
    period = models.CharField(_("period"), max_length=10, choices=Period.choices)
    period_start = models.DateField(_("periodens början"))
    email = models.OneToOneField(
        OutgoingEmail,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="digest",
        verbose_name=_("e-post"),
    )
    notices = models.PositiveIntegerField(_("antal aviseringar"), default=0)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        verbose_name = _("sammanfattning av aviseringar")
        verbose_name_plural = _("sammanfattningar av aviseringar")
        ordering = ["-period_start", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "period", "period_start"], name="digest_once_per_period"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.get_period_display()} {self.period_start}"


class Notification(models.Model):
    """One in-app notice to one user about one event, written with the change that caused it.

    `event_key` names the event (e.g. `deviation:42:assigned:7`); the unique constraint on
    (recipient, event_key) is what makes every event notify a person exactly once, however many
    times the code path that creates it runs.
    """

    recipient = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("mottagare")
    )
    event_key = models.CharField(_("händelse"), max_length=200)
    subject = models.CharField(_("rubrik"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("länk"), max_length=500, blank=True)
    email = models.OneToOneField(
        OutgoingEmail,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notification",
        verbose_name=_("e-post"),
    )
    # How the person wanted this kind of notice when it was made; a digest takes the ones
    # waiting for it (`digest` empty) when its period has ended.
    delivery = models.CharField(
        _("hur"),
        max_length=20,
        choices=NotificationDelivery.choices,
        default=NotificationDelivery.IMMEDIATE,
        db_default=NotificationDelivery.IMMEDIATE,
    )
    digest = models.ForeignKey(
        NotificationDigest,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("sammanfattning"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    read_at = models.DateTimeField(_("läst"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("avisering")
        verbose_name_plural = _("aviseringar")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "event_key"], name="notification_once_per_event"
            ),
        ]
        indexes = [
            models.Index(
                fields=["recipient", "-created_at"],
                condition=Q(read_at__isnull=True),
                name="notification_unread_idx",
            ),
            models.Index(fields=["recipient", "-created_at"], name="notification_recipient_idx"),
            # The digest sweep's question: who has notices waiting for a summary?
            models.Index(
                fields=["delivery", "created_at"],
                condition=Q(digest__isnull=True) & Q(delivery__in=["daily", "weekly"]),
                name="notification_digest_wait_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} → {self.recipient}"


def hash_token(token: str) -> str:
    """How one-time tokens are stored: only a SHA-256 of the random token, never the token."""
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def usable(self, now: datetime.datetime | None = None) -> InvitationQuerySet:
        return self.filter(used_at__isnull=True, expires_at__gt=now or timezone.now())


class Invitation(models.Model):
    """A one-time link that lets a new local account choose its own password.

    Only a hash of the token is stored; the link is in the e-mail and nowhere else. It expires
    after `VALID_FOR`, is used once, and a new invitation to the same person ends the old one.
    """

    VALID_FOR = datetime.timedelta(hours=72)

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("användare")
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("inbjuden av"),
    )
    created_at = models.DateTimeField(_("skickad"), default=timezone.now)
    expires_at = models.DateTimeField(_("gäller till"))
    used_at = models.DateTimeField(_("använd"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("inbjudan")
        verbose_name_plural = _("inbjudningar")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user} ({self.created_at:%Y-%m-%d %H:%M})"

    def is_usable(self, now: datetime.datetime | None = None) -> bool:
        return self.used_at is None and self.expires_at > (now or timezone.now())


class FormSubmission(models.Model):
    """The first use of a create form's one-time token, and where it led.

    A form that creates a record carries a random token (`{% submission_token %}`); the view
    (`qms.submissions.submitted_once`) inserts this row in the transaction that creates the
    record. The unique key makes a second submission of the same form – a double click, a
    retry after a timeout – wait for the first and then get its result instead of a second
    record. Only a hash of the token is kept.
    """

    key = models.CharField(_("nyckel"), max_length=64, unique=True)
    user = models.ForeignKey(
        User, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    result_url = models.CharField(_("resultat"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("skickat"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("skickat formulär")
        verbose_name_plural = _("skickade formulär")

    def __str__(self) -> str:
        return self.result_url


def logo_upload_to(instance, filename: str) -> str:
    # A random name: the original name is not kept.
    return f"logo/{uuid.uuid4().hex}"


@tracked(exclude=["logo_content_type"])
class PublicProfile(models.Model):
    """How the organisation presents itself on the public pages (the synpunkt form): its name
    and logo. One row; coordinators over the whole group and admins keep it in the app."""

    organisation_name = models.CharField(
        _("organisationens namn"),
        max_length=200,
        help_text=_("Visas överst på de publika sidorna, t.ex. ”Exempelkommun”."),
    )
    logo = models.FileField(_("logotyp"), upload_to=logo_upload_to, blank=True, max_length=200)
    logo_content_type = models.CharField(max_length=50, blank=True, editable=False)
    updated_at = models.DateTimeField(_("senast ändrad"), auto_now=True)

    class Meta:
        verbose_name = _("organisationens namn och logotyp")
        verbose_name_plural = _("organisationens namn och logotyp")

    def __str__(self) -> str:
        return self.organisation_name

    @classmethod
    def current(cls) -> PublicProfile | None:
        return cls.objects.order_by("pk").first()
