"""SCIM 2.0 provisioning from the organisation's directory (Entra ID): the clients allowed to
call the endpoint, and the directory's view of users and groups.

A provisioned person is an ordinary `qms.User`. Their immutable identifier at the identity
provider (the SCIM `externalId`, mapped from Entra's `objectId`) is stored the way single sign-on
stores it – an allauth `SocialAccount` (see `identity.services.link_identity`) – so the account
SCIM creates is the account the person's SSO log-in opens. Nothing is ever matched on e-mail.
"""

from __future__ import annotations

import uuid

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from qms.history import tracked
from qms.models import User


class ScimClientQuerySet(models.QuerySet):
    def active(self) -> ScimClientQuerySet:
        return self.filter(revoked_at__isnull=True)


@tracked(exclude=["token_hash", "last_used_at"])
class ScimClient(models.Model):
    """A system allowed to provision accounts (e.g. "Entra ID, produktion"), with its own bearer
    token. Only a SHA-256 of the token is stored: it is shown once, when made or rotated."""

    name = models.CharField(_("namn"), max_length=100, unique=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    token_hint = models.CharField(
        _("tokenets början"),
        max_length=8,
        editable=False,
        help_text=_("De första tecknen, för att känna igen tokenet."),
    )
    created_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skapad av"),
    )
    created_at = models.DateTimeField(_("skapad"), default=timezone.now)
    rotated_at = models.DateTimeField(_("nytt token"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("spärrad"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("senast använd"), null=True, blank=True)

    objects = ScimClientQuerySet.as_manager()

    class Meta:
        verbose_name = _("SCIM-klient")
        verbose_name_plural = _("SCIM-klienter")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class ScimUser(models.Model):
    """The directory's side of a provisioned account: its SCIM `userName` (in Entra the UPN)
    and `externalId`. The SCIM `id` is the account's primary key."""

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, primary_key=True, related_name="scim"
    )
    user_name = models.CharField(_("användarnamn i katalogen"), max_length=300)
    external_id = models.CharField(_("id i katalogen"), max_length=200, blank=True)
    client = models.ForeignKey(
        ScimClient, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("användare från katalogen")
        verbose_name_plural = _("användare från katalogen")
        constraints = [
            models.UniqueConstraint(Lower("user_name"), name="scim_user_name_unique_ci"),
            models.UniqueConstraint(
                fields=["external_id"], condition=~Q(external_id=""), name="scim_user_external_id"
            ),
        ]

    def __str__(self) -> str:
        return self.user_name


class ScimGroup(models.Model):
    """A directory group pushed by the provisioning client. Its members' roles come from the
    role mappings of `identity` (group id = `external_id`, Entra's objectId)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    display_name = models.CharField(_("namn"), max_length=300)
    external_id = models.CharField(_("id i katalogen"), max_length=200, blank=True)
    client = models.ForeignKey(
        ScimClient, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    members = models.ManyToManyField(
        User, through="ScimGroupMember", related_name="scim_groups", verbose_name=_("medlemmar")
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("grupp från katalogen")
        verbose_name_plural = _("grupper från katalogen")
        ordering = ["display_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"], condition=~Q(external_id=""), name="scim_group_external_id"
            ),
        ]
        indexes = [models.Index(fields=["display_name"])]

    def __str__(self) -> str:
        return self.display_name

    @property
    def mapping_value(self) -> str:
        """What a role mapping names this group by: the directory's id (Entra objectId)."""
        return self.external_id or str(self.id)


class ScimGroupMember(models.Model):
    group = models.ForeignKey(ScimGroup, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="scim_group_memberships")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="scim_group_member_unique"),
        ]
        indexes = [models.Index(fields=["user"])]

    def __str__(self) -> str:
        return f"{self.group} – {self.user}"
