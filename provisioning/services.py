"""Writes of SCIM provisioning: clients and their tokens, users, groups and the roles their
group memberships give.

Every SCIM request runs in one transaction (see views.scim_endpoint): a refusal (`ScimError`)
rolls everything back, so an invalid body changes nothing.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

import pghistory
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from identity.models import GROUPS_CLAIM, GrantedMembership, RoleMapping
from identity.services import link_identity, sync_roles_from_groups, user_for_identity
from provisioning.models import ScimClient, ScimGroup, ScimGroupMember, ScimUser
from provisioning.scim import Path, ScimError, as_bool, as_text, parse_path
from qms import services as core
from qms.models import Membership, User, hash_token

ROLE_SOURCE = "scim"


def identity_provider() -> str:
    """The provider id under which the directory's `externalId` (Entra objectId) is stored as
    the person's immutable identity: the same as the OIDC log-in's, so both meet."""
    return settings.SCIM_IDENTITY_PROVIDER


# Clients and tokens -------------------------------------------------------------------------


def _new_token() -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    return token, hash_token(token)


@transaction.atomic
def create_scim_client(*, by: User, name: str) -> tuple[ScimClient, str]:
    """A new client and its bearer token. The token is returned once; only its hash is kept."""
    name = name.strip()
    if ScimClient.objects.filter(name__iexact=name).exists():
        raise ValidationError(_("Det finns redan en klient med det namnet."))
    token, digest = _new_token()
    client = ScimClient.objects.create(
        name=name, token_hash=digest, token_hint=token[:6], created_by=by
    )
    return client, token


@transaction.atomic
def rotate_scim_token(client: ScimClient, *, by: User) -> str:
    """A new token for the client; the old one stops working at once."""
    client = ScimClient.objects.select_for_update().get(pk=client.pk)
    if not client.is_active:
        raise ValidationError(_("Klienten är spärrad. Skapa en ny klient i stället."))
    token, digest = _new_token()
    client.token_hash, client.token_hint = digest, token[:6]
    client.rotated_at = timezone.now()
    client.save(update_fields=["token_hash", "token_hint", "rotated_at"])
    return token


@transaction.atomic
def revoke_scim_client(client: ScimClient, *, by: User) -> None:
    """Stop the client's token for good. Provisioned accounts are not touched."""
    ScimClient.objects.filter(pk=client.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def client_for_token(token: str) -> ScimClient | None:
    if not token:
        return None
    client = ScimClient.objects.active().filter(token_hash=hash_token(token)).first()
    if client is not None:
        now = timezone.now()
        # One write every few minutes, not one per request.
        if client.last_used_at is None or (now - client.last_used_at).total_seconds() > 300:
            ScimClient.objects.filter(pk=client.pk).update(last_used_at=now)
    return client


# Users ----------------------------------------------------------------------------------------


@dataclass
class UserAttributes:
    """The SCIM attributes we keep of a user; everything else a client sends is accepted and
    ignored (Entra ID sends addresses, phone numbers, manager and more)."""

    user_name: str = ""
    external_id: str = ""
    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    email: str = ""
    title: str = ""
    active: bool = True

    @classmethod
    def of(cls, user: User) -> UserAttributes:
        scim = getattr(user, "scim", None)
        return cls(
            user_name=scim.user_name if scim else user.username,
            external_id=scim.external_id if scim else "",
            given_name=user.first_name,
            family_name=user.last_name,
            email=user.email,
            title=user.title,
            active=user.is_active,
        )

    @classmethod
    def from_resource(cls, body: dict) -> UserAttributes:
        """A whole User resource (POST, PUT)."""
        attributes = cls()
        for key, value in body.items():
            if key in ("schemas", "id", "meta", "groups", "password"):
                continue
            attributes.set(parse_path(key), value)
        attributes.check()
        return attributes

    def patched(self, operations: list) -> UserAttributes:
        """These attributes after a PATCH's operations (RFC 7644 3.5.2), in order."""
        result = replace(self)
        for operation, path, value in patch_operations(operations):
            if path is None:
                if not isinstance(value, dict):
                    raise ScimError(400, "An operation without a path needs an object value.")
                for key, item in value.items():
                    result.set(parse_path(key), item, remove=operation == "remove")
            else:
                result.set(path, value, remove=operation == "remove")
        result.check()
        return result

    def set(self, path: Path, value, *, remove: bool = False) -> None:
        attribute = path.attribute
        if attribute == "username":
            if remove:
                raise ScimError(400, "userName cannot be removed.", "mutability")
            self.user_name = as_text(value, "userName", 300)
        elif attribute == "externalid":
            self.external_id = "" if remove else as_text(value, "externalId", 200)
        elif attribute == "active":
            if remove:
                raise ScimError(400, "active cannot be removed.", "mutability")
            self.active = as_bool(value)
        elif attribute == "title":
            self.title = "" if remove else as_text(value, "title", 200)
        elif attribute == "displayname":
            self.display_name = "" if remove else as_text(value, "displayName", 300)
        elif attribute == "name":
            if remove:
                self.given_name = self.family_name = ""
            elif not isinstance(value, dict):
                raise ScimError(400, "name must be an object.", "invalidValue")
            else:
                for key, item in value.items():
                    self.set(Path(f"name.{key.lower()}"), item)
        elif attribute == "name.givenname":
            self.given_name = "" if remove else as_text(value, "name.givenName", 150)
        elif attribute == "name.familyname":
            self.family_name = "" if remove else as_text(value, "name.familyName", 150)
        elif attribute in ("emails", "emails.value"):
            self._set_email(path, value, remove=remove)
        # Anything else (addresses, phoneNumbers, the enterprise extension, …) is not kept.

    def _set_email(self, path: Path, value, *, remove: bool) -> None:
        if remove:
            self.email = ""
            return
        if path.filter_attribute is not None or path.attribute == "emails.value":
            # emails[type eq "work"].value = "…", or emails[type eq "work"] = {"value": "…"}
            if isinstance(value, dict):
                value = value.get("value")
            self.email = as_text(value, "emails.value", 254)
            return
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise ScimError(400, "emails must be a list of objects.", "invalidValue")
        if not value:
            self.email = ""
            return
        chosen = next(
            (v for v in value if as_bool(v.get("primary", False))),
            next((v for v in value if str(v.get("type", "")).lower() == "work"), value[0]),
        )
        self.email = as_text(chosen.get("value"), "emails.value", 254)

    def check(self) -> None:
        if not self.user_name:
            raise ScimError(400, "userName is required.", "invalidValue")
        if self.email:
            try:
                validate_email(self.email)
            except ValidationError as error:
                raise ScimError(
                    400, f"{self.email!r} is not an e-mail address.", "invalidValue"
                ) from error

    def user_fields(self) -> dict:
        first_name = self.given_name
        if not (self.given_name or self.family_name):
            first_name = self.display_name[:150]
        return {
            "first_name": first_name,
            "last_name": self.family_name,
            "email": self.email,
            "title": self.title,
        }


PATCH_OPERATIONS = {"add", "replace", "remove"}


def patch_operations(operations) -> Iterable[tuple[str, Path | None, object]]:
    """(op, path, value) of each PATCH operation, checked; op is lower-cased."""
    if not isinstance(operations, list) or not operations:
        raise ScimError(400, "Operations must be a non-empty list.", "invalidSyntax")
    for operation in operations:
        if not isinstance(operation, dict):
            raise ScimError(400, "Each operation must be an object.", "invalidSyntax")
        kind = str(operation.get("op", "")).lower()
        if kind not in PATCH_OPERATIONS:
            raise ScimError(400, f"Unknown operation {operation.get('op')!r}.", "invalidSyntax")
        path = operation.get("path")
        if kind == "remove" and not path:
            raise ScimError(400, "A remove operation needs a path.", "noTarget")
        yield kind, (parse_path(path) if path else None), operation.get("value")


def _check_unique(attributes: UserAttributes, user: User | None) -> None:
    """409 when another account already has this userName, externalId or e-mail address."""
    own = user.pk if user else None
    taken = ScimUser.objects.filter(user_name__iexact=attributes.user_name).exclude(pk=own)
    if taken.exists():
        raise ScimError(409, "userName is already in use.", "uniqueness")
    if attributes.external_id:
        taken = ScimUser.objects.filter(external_id=attributes.external_id).exclude(pk=own)
        if taken.exists():
            raise ScimError(409, "externalId is already in use.", "uniqueness")
    if attributes.email:
        taken = User.objects.filter(email__iexact=attributes.email).exclude(pk=own)
        if taken.exists():
            raise ScimError(409, "The e-mail address belongs to another account.", "uniqueness")


def provision_user(attributes: UserAttributes, *, client: ScimClient) -> tuple[User, bool]:
    """POST /Users: create the account – or, when the person already signed in through SSO
    (their `externalId` is linked to an account that SCIM does not manage yet), take that
    account over. Returns (user, created)."""
    existing = None
    if attributes.external_id:
        existing = user_for_identity(provider=identity_provider(), uid=attributes.external_id)
        if existing is not None and ScimUser.objects.filter(user=existing).exists():
            raise ScimError(409, "A user with this externalId exists.", "uniqueness")
    _check_unique(attributes, existing)
    if existing is not None:
        ScimUser.objects.create(
            user=existing,
            user_name=attributes.user_name,
            external_id=attributes.external_id,
            client=client,
        )
        return update_user(existing, attributes, client=client), False
    # No password: the person signs in through the identity provider. Roles come from groups.
    user = User(
        **attributes.user_fields(),
        username=core.free_username(attributes.user_name),
        is_active=attributes.active,
    )
    user.set_unusable_password()
    user.save()
    ScimUser.objects.create(
        user=user, user_name=attributes.user_name, external_id=attributes.external_id, client=client
    )
    if attributes.external_id:
        link_identity(user, provider=identity_provider(), uid=attributes.external_id)
    return user, True


def update_user(user: User, attributes: UserAttributes, *, client: ScimClient) -> User:
    """PUT or PATCH /Users/{id}: store the new attributes. Deactivation keeps everything and
    tells the coordinators what the person leaves open (once)."""
    _check_unique(attributes, user)
    scim = ScimUser.objects.select_for_update().get(pk=user.pk)
    if attributes.external_id != scim.external_id and attributes.external_id:
        link_identity(user, provider=identity_provider(), uid=attributes.external_id)
    scim.user_name, scim.external_id = attributes.user_name, attributes.external_id
    scim.client, scim.updated_at = client, timezone.now()
    scim.save()
    changed = [
        name for name, value in attributes.user_fields().items() if getattr(user, name) != value
    ]
    for name in changed:
        setattr(user, name, attributes.user_fields()[name])
    if changed:
        user.save(update_fields=changed)
    if user.is_active and not attributes.active:
        core.deactivate_user(
            user, by=None, source=_("från katalogen via %(client)s") % {"client": client}
        )
    elif not user.is_active and attributes.active:
        User.objects.filter(pk=user.pk).update(is_active=True)
        user.is_active = True
    return user


def deactivate_provisioned_user(
    user: User, *, client: ScimClient, pending: set[int] | None = None
) -> None:
    """DELETE /Users/{id}: a person is never deleted (their cases and history stay); the account
    is deactivated and leaves the directory's groups."""
    if user.is_active:
        core.deactivate_user(
            user, by=None, source=_("borttagen i katalogen via %(client)s") % {"client": client}
        )
    ScimGroupMember.objects.filter(user=user).delete()
    _sync_or_note({user.pk}, pending)
    ScimUser.objects.filter(pk=user.pk).delete()


# Groups ---------------------------------------------------------------------------------------


@dataclass
class GroupChange:
    display_name: str
    external_id: str
    add: set[int]
    remove: set[int]
    replace_members: set[int] | None = None


def member_ids(value, *, resolve=None) -> set[int]:
    """User ids of a `members` value: [{"value": "42"}, …] (bulkId references resolved)."""
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise ScimError(400, "members must be a list of objects.", "invalidValue")
    ids = set()
    for member in value:
        raw = member.get("value") if isinstance(member, dict) else None
        if isinstance(raw, str) and raw.startswith("bulkId:") and resolve is not None:
            raw = resolve(raw[len("bulkId:") :])
        try:
            ids.add(int(raw))
        except (TypeError, ValueError) as error:
            raise ScimError(400, f"Unknown member {raw!r}.", "invalidValue") from error
    return ids


def _existing_users(ids: set[int]) -> set[int]:
    found = set(ScimUser.objects.filter(pk__in=ids).values_list("pk", flat=True))
    missing = ids - found
    if missing:
        raise ScimError(
            400, f"Unknown member(s): {', '.join(map(str, sorted(missing)[:10]))}.", "invalidValue"
        )
    return found


def group_change_from_resource(body: dict, *, resolve=None) -> GroupChange:
    display_name = as_text(body.get("displayName"), "displayName", 300)
    if not display_name:
        raise ScimError(400, "displayName is required.", "invalidValue")
    return GroupChange(
        display_name=display_name,
        external_id=as_text(body.get("externalId"), "externalId", 200),
        add=set(),
        remove=set(),
        replace_members=member_ids(body.get("members") or [], resolve=resolve),
    )


def group_change_from_patch(group: ScimGroup, operations, *, resolve=None) -> GroupChange:
    change = GroupChange(group.display_name, group.external_id, set(), set())
    for kind, path, value in patch_operations(operations):
        items = (
            [(parse_path(k), v) for k, v in value.items()]
            if path is None and isinstance(value, dict)
            else [(path, value)]
        )
        if path is None and not isinstance(value, dict):
            raise ScimError(400, "An operation without a path needs an object value.")
        for item_path, item in items:
            attribute = item_path.attribute
            if attribute == "displayname":
                if kind == "remove":
                    raise ScimError(400, "displayName cannot be removed.", "mutability")
                change.display_name = as_text(item, "displayName", 300)
            elif attribute == "externalid":
                change.external_id = "" if kind == "remove" else as_text(item, "externalId", 200)
            elif attribute == "members":
                if item_path.filter_attribute == "value":  # members[value eq "42"]
                    ids = member_ids([{"value": item_path.filter_value}])
                elif kind == "remove" and item is None:
                    ids = None  # remove every member
                else:
                    ids = member_ids(item, resolve=resolve)
                if kind == "add":
                    change.add |= ids
                    change.remove -= ids
                elif kind == "remove":
                    if ids is None:
                        change.replace_members, change.add, change.remove = set(), set(), set()
                    else:
                        change.remove |= ids
                        change.add -= ids
                else:
                    change.replace_members, change.add, change.remove = ids, set(), set()
            # Other attributes of a group are not kept.
    if not change.display_name:
        raise ScimError(400, "displayName is required.", "invalidValue")
    return change


def _check_group_unique(change: GroupChange, group: ScimGroup | None) -> None:
    if change.external_id:
        taken = ScimGroup.objects.filter(external_id=change.external_id)
        if group is not None:
            taken = taken.exclude(pk=group.pk)
        if taken.exists():
            raise ScimError(409, "externalId is already in use.", "uniqueness")


def save_group(
    group: ScimGroup | None,
    change: GroupChange,
    *,
    client: ScimClient,
    pending: set[int] | None = None,
) -> ScimGroup:
    """Create (group None) or change a group and its members, then give the people whose
    groups changed exactly the roles their groups map to – or, with `pending` (a bulk request),
    note them there, to be synced once at the end."""
    _check_group_unique(change, group)
    if group is None:
        group = ScimGroup.objects.create(
            display_name=change.display_name, external_id=change.external_id, client=client
        )
        mapping_changed = False
    else:
        group = ScimGroup.objects.select_for_update().get(pk=group.pk)
        mapping_changed = group.external_id != change.external_id
        group.display_name, group.external_id = change.display_name, change.external_id
        group.client, group.updated_at = client, timezone.now()
        group.save()
    current = set(group.memberships.values_list("user_id", flat=True))
    if change.replace_members is not None:
        wanted = change.replace_members
    else:
        wanted = (current | change.add) - change.remove
    _existing_users(wanted - current)
    added, removed = wanted - current, current - wanted
    if removed:
        group.memberships.filter(user_id__in=removed).delete()
    if added:
        ScimGroupMember.objects.bulk_create(
            [ScimGroupMember(group=group, user_id=user_id) for user_id in added],
            ignore_conflicts=True,
        )
    _sync_or_note((wanted | removed) if mapping_changed else (added | removed), pending)
    return group


def delete_group(group: ScimGroup, *, pending: set[int] | None = None) -> None:
    members = set(group.memberships.values_list("user_id", flat=True))
    group.delete()
    _sync_or_note(members, pending)


def _sync_or_note(user_ids: set[int], pending: set[int] | None) -> None:
    if pending is None:
        sync_member_roles(user_ids)
    else:
        pending |= user_ids


# Above this many people at once (a first load, a big group), the roles are synced set-wise.
SET_WISE_FROM = 20


def sync_member_roles(user_ids: Iterable[int]) -> None:
    """Give each of these people exactly the roles their directory groups map to now.

    For a few people this is `identity.services.sync_roles_from_groups`, the one service SSO
    log-ins use too. For many (a group of thousands added in one request) the same rules are
    applied set-wise by `sync_roles_set_wise`: a fixed number of queries however many people,
    where the per-person service would take several per person."""
    user_ids = set(user_ids)
    if not user_ids:
        return
    groups = _directory_groups(user_ids)
    if len(user_ids) >= SET_WISE_FROM:
        sync_roles_set_wise(groups, user_ids)
        return
    for user in User.objects.filter(pk__in=user_ids).order_by("pk"):
        sync_roles_from_groups(user, groups[user.pk], source=ROLE_SOURCE)


def _directory_groups(user_ids: set[int]) -> dict[int, set[str]]:
    """Each person's directory groups, by the value role mappings name them by."""
    groups: dict[int, set[str]] = defaultdict(set)
    rows = ScimGroupMember.objects.filter(user_id__in=user_ids).values_list(
        "user_id", "group__external_id", "group_id"
    )
    for user_id, external_id, group_id in rows:
        groups[user_id].add(external_id or str(group_id))
    return groups


@transaction.atomic
def sync_roles_set_wise(groups: dict[int, set[str]], user_ids: set[int]) -> None:
    """`sync_roles_from_groups` for many people at once, with its rules: a person gets the
    (unit, role) of every mapping of their groups on an active unit, with sensitive access if
    any of those mappings gives it; memberships an earlier group sync gave and no mapping gives
    now are removed; memberships granted by hand (or through another claim) are not touched.
    tests/provisioning/test_roles.py checks that the per-person service finds nothing to
    change afterwards."""
    # The same lock the per-person sync takes, in one order, so two syncs never interleave.
    list(User.objects.select_for_update().filter(pk__in=user_ids).order_by("pk").values("pk"))
    values = {value for user_id in user_ids for value in groups.get(user_id, ())}
    by_value: dict[str, list[RoleMapping]] = defaultdict(list)
    mappings = RoleMapping.objects.filter(
        claim=GROUPS_CLAIM, value__in=values, unit__is_active=True
    ).order_by("claim", "value", "unit__path", "role")
    for mapping in mappings:
        by_value[mapping.value].append(mapping)
    current: dict[int, dict[tuple[int, str], Membership]] = defaultdict(dict)
    for membership in Membership.objects.filter(user_id__in=user_ids).select_related("grant"):
        current[membership.user_id][(membership.unit_id, membership.role)] = membership

    to_delete, to_update, grants_to_update, to_create = [], [], [], []
    for user_id in sorted(user_ids):
        wanted: dict[tuple[int, str], RoleMapping] = {}
        sensitive: dict[tuple[int, str], bool] = {}
        for mapping in sorted(
            (m for value in groups.get(user_id, ()) for m in by_value.get(value, ())),
            key=lambda m: (m.value, m.pk),
        ):
            key = (mapping.unit_id, mapping.role)
            wanted.setdefault(key, mapping)
            sensitive[key] = sensitive.get(key, False) or mapping.sensitive_access
        for key, membership in current[user_id].items():
            grant = getattr(membership, "grant", None)
            if grant is None or grant.claim != GROUPS_CLAIM:
                continue
            if key not in wanted:
                to_delete.append(membership.pk)
                continue
            if membership.sensitive_access != sensitive[key]:
                membership.sensitive_access = sensitive[key]
                to_update.append(membership)
            if grant.mapping_id != wanted[key].pk:
                grant.mapping, grant.source = wanted[key], ROLE_SOURCE
                grants_to_update.append(grant)
        for key, mapping in wanted.items():
            if key not in current[user_id]:
                to_create.append((user_id, mapping, sensitive[key]))

    with pghistory.context(role_sync=ROLE_SOURCE):
        if to_delete:
            Membership.objects.filter(pk__in=to_delete).delete()
        Membership.objects.bulk_update(to_update, ["sensitive_access"], batch_size=1000)
        GrantedMembership.objects.bulk_update(
            grants_to_update, ["mapping", "source"], batch_size=1000
        )
        created = Membership.objects.bulk_create(
            [
                Membership(
                    user_id=user_id,
                    unit_id=mapping.unit_id,
                    role=mapping.role,
                    sensitive_access=sensitive_access,
                )
                for user_id, mapping, sensitive_access in to_create
            ],
            batch_size=1000,
        )
        GrantedMembership.objects.bulk_create(
            [
                GrantedMembership(
                    membership=membership, mapping=mapping, claim=GROUPS_CLAIM, source=ROLE_SOURCE
                )
                for membership, (_user_id, mapping, _sensitive) in zip(
                    created, to_create, strict=True
                )
            ],
            batch_size=1000,
        )
