"""Who a person is at the kommun's identity provider, and which roles its groups give.

A person's immutable identifier at the identity provider (Entra ID `oid`, a SAML persistent
NameID) is stored as allauth's `SocialAccount` (provider = the configured provider id, e.g.
"entra", uid = the identifier). SSO log-ins and SCIM provisioning meet on that row, never on an
e-mail address: see `identity.services.link_identity`.

`RoleMapping` rows say which IdP group (or claim value) gives which role on which unit;
`GrantedMembership` marks the memberships a mapping gave, so that they – and only they – are
taken away again when the mapping no longer applies.
"""

from __future__ import annotations

from allauth.socialaccount.models import SocialAccount
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from qms.history import tracked
from qms.models import Membership, OrganisationUnit, Role, User, subtree_q

# The claim that carries directory groups (Entra `groups`, the SAML group attribute, SCIM group
# membership all arrive under this name).
GROUPS_CLAIM = "groups"

# Roles whose membership may carry access to confidential cases (see Membership).
SENSITIVE_ROLES = (Role.MANAGER, Role.COORDINATOR)


class RoleMappingQuerySet(models.QuerySet):
    def visible_to(self, user) -> RoleMappingQuerySet:
        """Admins see every mapping; coordinators those on units in their subtrees."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_admin():
            return self.all()
        return self.filter(subtree_q(user.membership_paths(Role.COORDINATOR), field="unit__path"))


@tracked()
class RoleMapping(models.Model):
    """An IdP group (or the value of another claim) gives a role on a unit."""

    claim = models.CharField(
        _("anspråk"),
        max_length=200,
        default=GROUPS_CLAIM,
        help_text=_(
            "Vilket anspråk (claim) eller attribut värdet ska finnas i. "
            "”groups” betyder grupperna i katalogen."
        ),
    )
    value = models.CharField(
        _("grupp eller värde"),
        max_length=300,
        help_text=_(
            "Gruppens id (i Entra ID gruppens objekt-id) eller namn (ADFS), "
            "eller värdet som anspråket ska ha."
        ),
    )
    description = models.CharField(
        _("beskrivning"),
        max_length=200,
        blank=True,
        help_text=_("T.ex. gruppens namn i katalogen, så att andra förstår regeln."),
    )
    unit = models.ForeignKey(
        OrganisationUnit,
        verbose_name=_("enhet"),
        on_delete=models.PROTECT,
        related_name="role_mappings",
    )
    role = models.CharField(_("roll"), max_length=20, choices=Role.choices)
    sensitive_access = models.BooleanField(
        _("tillgång till sekretessmarkerade ärenden"),
        default=False,
        help_text=_("Bara för chefer och kvalitetssamordnare."),
    )
    created_by = models.ForeignKey(
        User,
        verbose_name=_("skapad av"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    objects = RoleMappingQuerySet.as_manager()

    class Meta:
        verbose_name = _("rollregel")
        verbose_name_plural = _("rollregler")
        ordering = ["claim", "value", "unit__path", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "value", "unit", "role"], name="role_mapping_unique"
            ),
            models.CheckConstraint(
                condition=Q(sensitive_access=False) | Q(role__in=SENSITIVE_ROLES),
                name="role_mapping_sensitive_only_for_leaders",
            ),
        ]
        indexes = [models.Index(fields=["claim", "value"])]

    def __str__(self) -> str:
        return f"{self.claim}={self.value} → {self.get_role_display()}, {self.unit}"

    def get_absolute_url(self) -> str:
        return reverse("identity:mapping_list")


class GrantedMembership(models.Model):
    """Marks a membership that a role mapping gave (the rest were granted by hand).

    Deleting the membership deletes this mark. `claim` is kept even when the mapping is deleted,
    so a later sync of that claim knows it may take the membership away.
    """

    membership = models.OneToOneField(
        Membership,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="grant",
        verbose_name=_("medlemskap"),
    )
    mapping = models.ForeignKey(
        RoleMapping,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grants",
        verbose_name=_("rollregel"),
    )
    claim = models.CharField(_("anspråk"), max_length=200)
    source = models.CharField(
        _("källa"), max_length=100, help_text=_("T.ex. oidc:entra, saml:adfs eller scim.")
    )
    granted_at = models.DateTimeField(_("tilldelad"), auto_now_add=True)

    class Meta:
        verbose_name = _("medlemskap från rollregel")
        verbose_name_plural = _("medlemskap från rollregler")

    def __str__(self) -> str:
        return str(self.membership)


class SeenToken(models.Model):
    """An ID token (`jti`) or SAML assertion (ID) already used for a log-in: a second use is a
    replay. Rows are kept until the token would have expired anyway."""

    issuer = models.CharField(max_length=500)
    token_id = models.CharField(max_length=500)
    expires_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issuer", "token_id"], name="seen_token_unique"),
        ]
        indexes = [models.Index(fields=["expires_at"])]

    def __str__(self) -> str:
        return f"{self.issuer} {self.token_id}"


@tracked(exclude=["extra_data", "last_login"])
class LinkedIdentity(SocialAccount):
    """allauth's SocialAccount under our name, so that linking and unlinking an identity is
    recorded like every other change of an account (the triggers' migration lives in this app,
    not in allauth's). The claims (`extra_data`) and the last log-in change at every log-in and
    are not recorded."""

    class Meta:
        proxy = True
        verbose_name = _("kopplad identitet")
        verbose_name_plural = _("kopplade identiteter")
