"""The API's own rows: tokens, service accounts, request counts for the rate limit."""

from __future__ import annotations

import uuid

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from qms.history import tracked
from qms.models import User


class RateCount(models.Model):
    """Requests of one caller (token, user or address) in one minute (api.throttling)."""

    key = models.CharField(max_length=100)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "api_ratecount"
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="api_ratecount_unique")
        ]
        indexes = [models.Index(fields=["window_start"])]

    def __str__(self) -> str:
        return f"{self.key} {self.window_start:%H:%M} {self.count}"


@tracked()
class ServiceAccount(models.Model):
    """An integration's own account (the intranet, the e-service platform, the diarium): a
    `User` without a password that holds roles on units like a person, so its tokens see and do
    exactly what the roles allow. Made by a coordinator; its roles are managed on the user's
    page like anyone's."""

    user = models.OneToOneField(
        User,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="service_account",
        verbose_name=_("konto"),
    )
    description = models.CharField(_("beskrivning"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skapat av"),
    )
    created_at = models.DateTimeField(_("skapat"), default=timezone.now)

    class Meta:
        verbose_name = _("tjänstekonto")
        verbose_name_plural = _("tjänstekonton")

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.username


class AccessTokenQuerySet(models.QuerySet):
    def usable(self, now=None) -> AccessTokenQuerySet:
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now, user__is_active=True)


@tracked(exclude=["secret_hash", "last_used_at"])
class AccessToken(models.Model):
    """A personal access token (or a service account's): a name, a scope, an expiry. Only a
    SHA-256 of the secret is stored; the secret is shown once, when made."""

    class Scope(models.TextChoices):
        READ = "read", _("Läsa")
        WRITE = "write", _("Läsa och ändra")

    MAX_LIFETIME_DAYS = 366

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("konto")
    )
    name = models.CharField(
        _("namn"),
        max_length=100,
        help_text=_("Vad tokenet används till, t.ex. ”Intranätets avvikelseknapp”."),
    )
    scope = models.CharField(_("behörighet"), max_length=10, choices=Scope, default=Scope.READ)
    secret_hash = models.CharField(max_length=64, unique=True, editable=False)
    hint = models.CharField(_("början"), max_length=12, editable=False)
    expires_at = models.DateTimeField(_("giltigt till"))
    created_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skapat av"),
    )
    created_at = models.DateTimeField(_("skapat"), default=timezone.now)
    revoked_at = models.DateTimeField(_("spärrat"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("senast använt"), null=True, blank=True)

    objects = AccessTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API-token")
        verbose_name_plural = _("API-token")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_usable(self) -> bool:
        return not self.is_revoked and not self.is_expired

    @property
    def may_write(self) -> bool:
        return self.scope == self.Scope.WRITE


class WebhookEvents(models.TextChoices):
    DEVIATION_REPORTED = "deviation.reported", _("Avvikelse rapporterad")
    DEVIATION_CLOSED = "deviation.closed", _("Avvikelse avslutad")
    FEEDBACK_ANSWERED = "feedback.answered", _("Synpunkt besvarad")
    LEGAL_TRACK_DUE = "legal_track.due", _("Anmälningstid för lex-spår löper ut")
    CERTIFICATE_EVENT_DUE = "certificate_event.due", _("Certifikathändelse närmar sig")


@tracked(exclude=["secret"])
class WebhookSubscription(models.Model):
    """An integration's subscription to events. It receives only events about objects its
    owner may read (the same visible_to() as the owner's tokens)."""

    owner = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="webhooks", verbose_name=_("konto")
    )
    name = models.CharField(_("namn"), max_length=100)
    url = models.URLField(_("adress"), max_length=500)
    # Not `events`: pghistory's history of the model is `subscription.events`.
    event_types = ArrayField(
        models.CharField(max_length=40, choices=WebhookEvents.choices), verbose_name=_("händelser")
    )
    # The key the HMAC signature is made with; the receiver has the same key. Shown once.
    secret = models.CharField(max_length=64, editable=False)
    is_active = models.BooleanField(_("aktiv"), default=True)
    created_at = models.DateTimeField(_("skapad"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook-prenumeration")
        verbose_name_plural = _("webhook-prenumerationer")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name


class WebhookEvent(models.Model):
    """One event (the outbox row), written in the transaction of the change it tells about.
    `key` names what happened (`deviation:42:reported`, `legal:7:90:<deadline>`): unique, so a
    rerun of a reminder job or a repeated save makes no second event and no second delivery."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=40, choices=WebhookEvents.choices)
    payload = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.kind} {self.id}"


class WebhookDelivery(models.Model):
    """One event for one subscription: delivered exactly once per event and subscription (the
    unique constraint), retried with backoff, its attempts logged."""

    class Status(models.TextChoices):
        PENDING = "pending", _("väntar")
        SENDING = "sending", _("skickas")
        DELIVERED = "delivered", _("levererad")
        FAILED = "failed", _("misslyckad")

    subscription = models.ForeignKey(
        WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    attempt_id = models.UUIDField(null=True, blank=True)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "event"], name="webhook_delivery_once_per_subscription"
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.subscription} {self.event_id} {self.status}"


class WebhookAttempt(models.Model):
    """The delivery log: every attempt, its answer or its error."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="log")
    at = models.DateTimeField(default=timezone.now)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.delivery_id} {self.at:%H:%M:%S} {self.response_status or self.error[:20]}"
