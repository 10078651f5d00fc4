"""The API's own rows: tokens, service accounts, request counts for the rate limit."""

from __future__ import annotations

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
