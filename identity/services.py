"""Writes of the identity app: linking IdP identities, role mappings and the role sync.

`sync_roles_from_groups` is the one entry point for "these are the person's groups now" – called
at every SSO log-in and by SCIM provisioning (provisioning/).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pghistory
from allauth.socialaccount.models import SocialAccount
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from identity.models import GROUPS_CLAIM, SENSITIVE_ROLES, GrantedMembership, RoleMapping
from qms.models import Membership, OrganisationUnit, User
from qms.permissions import can_grant_role
from qms.services import tell_unit_coordinators

logger = logging.getLogger(__name__)


# Identities ---------------------------------------------------------------------------------


def user_for_identity(*, provider: str, uid: str) -> User | None:
    """The account linked to this immutable IdP identifier, if any (never looked up by e-mail)."""
    account = SocialAccount.objects.select_related("user").filter(provider=provider, uid=uid)
    found = account.first()
    return found.user if found else None


@transaction.atomic
def link_identity(user: User, *, provider: str, uid: str) -> SocialAccount:
    """Link an account to its immutable identifier at an identity provider.

    `provider` is the configured provider id (settings.OIDC_PROVIDER_ID, e.g. "entra", or the
    SAML one, e.g. "adfs"); `uid` the identifier the IdP gives in every log-in (Entra `oid`, a
    SAML persistent NameID). The next SSO log-in with that identifier signs in as `user`.
    Refused if the identifier already belongs to someone else.
    """
    if not uid or not provider:
        raise ValidationError(_("Identiteten saknar leverantör eller id."))
    account, created = SocialAccount.objects.get_or_create(
        provider=provider, uid=uid, defaults={"user": user}
    )
    if not created and account.user_id != user.pk:
        raise ValidationError(_("Identiteten är redan kopplad till ett annat konto."))
    return account


# Role mappings -------------------------------------------------------------------------------


def check_mapping_allowed(*, by: User, unit: OrganisationUnit, role: str, sensitive: bool) -> None:
    """Raise unless `by` may make a mapping that gives `role` on `unit`.

    The same rule as granting the role by hand: admins any role anywhere, coordinators any role
    but systemadministratör inside their subtrees. So the admin role comes from a claim only if
    an admin mapped it."""
    if not can_grant_role(by, unit, role):
        raise PermissionDenied
    if sensitive and role not in SENSITIVE_ROLES:
        raise ValidationError(
            _("Tillgång till sekretessmarkerade ärenden kan bara ges chefer och samordnare.")
        )


@transaction.atomic
def create_role_mapping(
    *,
    by: User,
    unit: OrganisationUnit,
    role: str,
    value: str,
    claim: str = GROUPS_CLAIM,
    description: str = "",
    sensitive_access: bool = False,
) -> RoleMapping:
    """A new rule: people whose `claim` holds `value` get `role` on `unit` at their next log-in
    or directory sync."""
    check_mapping_allowed(by=by, unit=unit, role=role, sensitive=sensitive_access)
    claim, value = claim.strip(), value.strip()
    if RoleMapping.objects.filter(claim=claim, value=value, unit=unit, role=role).exists():
        raise ValidationError(_("Det finns redan en regel för den gruppen, enheten och rollen."))
    mapping = RoleMapping.objects.create(
        claim=claim,
        value=value,
        description=description.strip(),
        unit=unit,
        role=role,
        sensitive_access=sensitive_access,
        created_by=by,
    )
    if sensitive_access:
        # As with a role given by hand (qms.services.add_membership): the unit's other
        # coordinators are told who may now read its confidential cases.
        tell_unit_coordinators(
            unit,
            by=by,
            event_key=f"role-mapping:{mapping.pk}:sensitive-access",
            subject=_(
                "%(by)s gav gruppen %(value)s tillgång till sekretessmarkerade ärenden på %(unit)s"
            )
            % {"by": by, "value": value, "unit": unit.name},
            body=_(
                "Den som har %(claim)s = %(value)s får rollen %(role)s på %(unit)s med läsrätt "
                "till sekretessmarkerade avvikelser vid nästa inloggning."
            )
            % {
                "claim": claim,
                "value": value,
                "role": mapping.get_role_display().lower(),
                "unit": unit.name,
            },
            url=reverse("identity:mapping_list"),
        )
    return mapping


@transaction.atomic
def delete_role_mapping(mapping: RoleMapping, *, by: User) -> int:
    """Remove a rule, and at once the roles it gave, unless another rule still gives the same
    role on the same unit (whether it applies to the person is known at their next log-in).

    Returns how many memberships were taken away."""
    check_mapping_allowed(by=by, unit=mapping.unit, role=mapping.role, sensitive=False)
    still_given = RoleMapping.objects.filter(unit=mapping.unit, role=mapping.role).exclude(
        pk=mapping.pk
    )
    removed = 0
    if not still_given.exists():
        memberships = Membership.objects.filter(grant__mapping=mapping)
        removed, _by_model = memberships.delete()
        removed = _by_model.get(Membership._meta.label, 0)
    mapping.delete()
    return removed


# The sync ------------------------------------------------------------------------------------


@dataclass
class RoleSync:
    """What a sync changed: (unit, role) pairs granted, taken away, and changed in place."""

    granted: list[tuple[OrganisationUnit, str]] = field(default_factory=list)
    removed: list[tuple[OrganisationUnit, str]] = field(default_factory=list)
    updated: list[tuple[OrganisationUnit, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.granted or self.removed or self.updated)


def sync_roles_from_groups(user: User, group_ids: Iterable[str], *, source: str) -> RoleSync:
    """Give `user` exactly the memberships that the group mappings give for these groups.

    `group_ids` are all the person's directory groups now (Entra group object ids, ADFS group
    names). Memberships an earlier sync gave through a group mapping that no longer applies are
    removed; memberships granted by hand are never touched. `source` says where the groups
    came from ("oidc:entra", "saml:adfs", "scim") and is recorded in the audit history.
    """
    return sync_roles_from_claims(user, {GROUPS_CLAIM: group_ids}, source=source)


@transaction.atomic
def sync_roles_from_claims(
    user: User, claims: Mapping[str, Iterable[str]], *, source: str
) -> RoleSync:
    """`sync_roles_from_groups` for any claims: `claims` maps a claim name to the values the
    person has for it now. Only mappings of the claims given are applied or taken back, so a
    sync of the groups alone leaves what another claim gave."""
    values = {claim: {str(v) for v in vals if v} for claim, vals in claims.items()}
    # One sync per person at a time: two log-ins at once must not both grant the same role.
    User.objects.select_for_update().filter(pk=user.pk).first()

    wanted: dict[tuple[int, str], RoleMapping] = {}
    sensitive: dict[tuple[int, str], bool] = {}
    # Only the rules for the values this person has: with thousands of rules (one per unit and
    # group), loading every rule of the claim on each log-in would cost more than the log-in.
    own_values = Q(pk__in=[])
    for claim, claim_values in values.items():
        own_values |= Q(claim=claim, value__in=claim_values)
    mappings = RoleMapping.objects.filter(own_values).select_related("unit")
    for mapping in mappings:
        if not mapping.unit.is_active:
            continue
        if mapping.created_by_id == user.pk:
            continue  # a rule never gives its author anything: nobody changes their own roles
        key = (mapping.unit_id, mapping.role)
        wanted.setdefault(key, mapping)
        sensitive[key] = sensitive.get(key, False) or mapping.sensitive_access

    result = RoleSync()
    with pghistory.context(role_sync=source):
        current = {
            (m.unit_id, m.role): m
            for m in Membership.objects.filter(user=user).select_related("unit", "grant")
        }
        for key, membership in current.items():
            grant = getattr(membership, "grant", None)
            if grant is None or grant.claim not in values:
                continue  # granted by hand, or by a claim this sync says nothing about
            if key not in wanted:
                membership.delete()
                result.removed.append((membership.unit, membership.role))
                continue
            if membership.sensitive_access != sensitive[key]:
                membership.sensitive_access = sensitive[key]
                membership.save(update_fields=["sensitive_access"])
                result.updated.append((membership.unit, membership.role))
            mapping = wanted[key]
            if grant.mapping_id != mapping.pk or grant.claim != mapping.claim:
                grant.mapping, grant.claim, grant.source = mapping, mapping.claim, source
                grant.save(update_fields=["mapping", "claim", "source"])
        for key, mapping in wanted.items():
            if key in current:
                continue  # already given (by a mapping above, or by hand: left as it is)
            membership = Membership.objects.create(
                user=user, unit=mapping.unit, role=mapping.role, sensitive_access=sensitive[key]
            )
            GrantedMembership.objects.create(
                membership=membership, mapping=mapping, claim=mapping.claim, source=source
            )
            result.granted.append((mapping.unit, mapping.role))
    if result.changed:
        logger.info(
            "Roller för %s synkade från %s: +%d −%d ~%d",
            user.username,
            source,
            len(result.granted),
            len(result.removed),
            len(result.updated),
        )
    # The user object may carry memberships cached for this request.
    user.__dict__.pop("cached_memberships", None)
    return result


def mapped_claim_names() -> set[str]:
    """The claims any mapping reads (always the groups)."""
    return {GROUPS_CLAIM, *RoleMapping.objects.values_list("claim", flat=True).distinct()}
