"""SCIM bulk requests (RFC 7644 3.7): many operations in one HTTP request.

Each operation succeeds or fails on its own (a savepoint each), and `failOnErrors` stops the
run after that many errors. A run of consecutive `POST /Users` – the first load of a whole
directory – is written set-wise: one query per kind of row for the run, not per person.
Operations can refer to resources created earlier in the same request as `bulkId:<id>`.
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Callable

from allauth.socialaccount.models import SocialAccount
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import transaction
from django.db.models.functions import Lower
from django.http import HttpRequest
from django.urls import reverse

from provisioning import services
from provisioning.models import ScimClient, ScimGroup, ScimUser
from provisioning.scim import (
    BULK_REQUEST_SCHEMA,
    BULK_RESPONSE_SCHEMA,
    MAX_BULK_OPERATIONS,
    ScimError,
)
from qms.models import User
from qms.services import free_username, username_base

_RESOURCE = re.compile(r"^/(Users|Groups)(?:/([^/]+))?$", re.IGNORECASE)


def run(request: HttpRequest, body: dict, *, client: ScimClient) -> dict:
    if BULK_REQUEST_SCHEMA not in (body.get("schemas") or []):
        raise ScimError(400, f"schemas must contain {BULK_REQUEST_SCHEMA}.", "invalidSyntax")
    operations = body.get("Operations")
    if not isinstance(operations, list) or not all(isinstance(o, dict) for o in operations):
        raise ScimError(400, "Operations must be a list of objects.", "invalidSyntax")
    if len(operations) > MAX_BULK_OPERATIONS:
        raise ScimError(413, f"At most {MAX_BULK_OPERATIONS} operations per request.")
    fail_on_errors = body.get("failOnErrors")
    bulk_ids: dict[str, str] = {}
    # Whose groups changed: their roles are synced once, set-wise, after every operation.
    pending: set[int] = set()
    results: list[dict] = []
    errors = 0
    index = 0
    while index < len(operations):
        end = index
        while end < len(operations) and _is_user_post(operations[end]):
            end += 1
        if end > index:
            done = _create_users(request, operations[index:end], bulk_ids, client, pending)
            index = end
        else:
            done = [_one(request, operations[index], bulk_ids, client, pending)]
            index += 1
        results.extend(done)
        errors += sum(1 for result in done if int(result["status"]) >= 400)
        if isinstance(fail_on_errors, int) and fail_on_errors > 0 and errors >= fail_on_errors:
            break
    services.sync_member_roles(pending)
    return {"schemas": [BULK_RESPONSE_SCHEMA], "Operations": results}


def _is_user_post(operation: dict) -> bool:
    return (
        str(operation.get("method", "")).upper() == "POST"
        and str(operation.get("path", "")).rstrip("/").lower() == "/users"
    )


def _result(operation: dict, status: int, *, location: str = "", error: ScimError | None = None):
    result = {"method": str(operation.get("method", "")).upper(), "status": str(status)}
    if operation.get("bulkId"):
        result["bulkId"] = operation["bulkId"]
    if location:
        result["location"] = location
    if error is not None:
        result["response"] = error.as_dict()
    return result


def _resolver(bulk_ids: dict[str, str]) -> Callable[[str], str]:
    def resolve(bulk_id: str) -> str:
        if bulk_id not in bulk_ids:
            raise ScimError(409, f"bulkId {bulk_id!r} is not known (yet).", "invalidValue")
        return bulk_ids[bulk_id]

    return resolve


def _location(request: HttpRequest, name: str, pk) -> str:
    return request.build_absolute_uri(reverse(name, args=[pk]))


def _one(
    request: HttpRequest, operation: dict, bulk_ids: dict, client: ScimClient, pending: set[int]
) -> dict:
    """One operation of any kind, through the same services as a single request."""
    method = str(operation.get("method", "")).upper()
    match = _RESOURCE.match(str(operation.get("path", "")).rstrip("/"))
    data = operation.get("data")
    try:
        with transaction.atomic():
            if match is None or method not in ("POST", "PUT", "PATCH", "DELETE"):
                raise ScimError(400, "Unsupported method or path.", "invalidPath")
            kind, pk = match.group(1).lower(), match.group(2)
            if pk and pk.startswith("bulkId:"):
                pk = _resolver(bulk_ids)(pk[len("bulkId:") :])
            if method != "DELETE" and not isinstance(data, dict):
                raise ScimError(400, "data must be an object.", "invalidSyntax")
            if (method == "POST") == bool(pk):
                raise ScimError(400, "POST takes a collection, the others one resource.")
            if kind == "users":
                return _user_operation(request, operation, method, pk, data, client, pending)
            return _group_operation(request, operation, method, pk, data, bulk_ids, client, pending)
    except ScimError as error:
        return _result(operation, error.status, error=error)


def _user_operation(request, operation, method, pk, data, client, pending) -> dict:
    if method == "POST":
        attributes = services.UserAttributes.from_resource(data)
        user, _created = services.provision_user(attributes, client=client)
        return _created_result(request, operation, "scim:user", user.pk)
    scim = ScimUser.objects.select_related("user").filter(pk=_int(pk)).first()
    if scim is None:
        raise ScimError(404, f"No user with id {pk}.")
    if method == "DELETE":
        services.deactivate_provisioned_user(scim.user, client=client, pending=pending)
        return _result(operation, 204)
    if method == "PUT":
        attributes = services.UserAttributes.from_resource(data)
    else:
        attributes = services.UserAttributes.of(scim.user).patched(data.get("Operations"))
    services.update_user(scim.user, attributes, client=client)
    return _result(operation, 200, location=_location(request, "scim:user", scim.pk))


def _group_operation(request, operation, method, pk, data, bulk_ids, client, pending) -> dict:
    resolve = _resolver(bulk_ids)
    if method == "POST":
        change = services.group_change_from_resource(data, resolve=resolve)
        group = services.save_group(None, change, client=client, pending=pending)
        bulk_id = operation.get("bulkId")
        if bulk_id:
            bulk_ids[str(bulk_id)] = str(group.pk)
        return _result(operation, 201, location=_location(request, "scim:group", group.pk))
    group = ScimGroup.objects.filter(pk=pk).first() if _is_uuid(pk) else None
    if group is None:
        raise ScimError(404, f"No group with id {pk}.")
    if method == "DELETE":
        services.delete_group(group, pending=pending)
        return _result(operation, 204)
    if method == "PUT":
        change = services.group_change_from_resource(data, resolve=resolve)
    else:
        change = services.group_change_from_patch(group, data.get("Operations"), resolve=resolve)
    services.save_group(group, change, client=client, pending=pending)
    return _result(operation, 200, location=_location(request, "scim:group", group.pk))


def _created_result(request, operation, name, pk) -> dict:
    return _result(operation, 201, location=_location(request, name, pk))


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise ScimError(404, f"No user with id {value}.") from error


def _is_uuid(value) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def _create_users(
    request, operations: list[dict], bulk_ids: dict, client, pending: set[int]
) -> list[dict]:
    """Many POST /Users at once: validated one by one, checked for clashes with one query per
    attribute, then inserted with one INSERT per table. People who already signed in through
    SSO (their externalId is linked) go through `provision_user` to take the account over."""
    results: list[dict | None] = [None] * len(operations)
    parsed: dict[int, services.UserAttributes] = {}
    for position, operation in enumerate(operations):
        try:
            if not isinstance(operation.get("data"), dict):
                raise ScimError(400, "data must be an object.", "invalidSyntax")
            parsed[position] = services.UserAttributes.from_resource(operation["data"])
        except ScimError as error:
            results[position] = _result(operation, error.status, error=error)

    def clash(position: int, what: str) -> None:
        error = ScimError(409, f"{what} is already in use.", "uniqueness")
        results[position] = _result(operations[position], 409, error=error)
        parsed.pop(position, None)

    _refuse_clashes(parsed, clash)
    # Accounts that exist already through an SSO log-in: taken over one at a time.
    for position in sorted(_linked_positions(parsed)):
        results[position] = _one(request, operations[position], bulk_ids, client, pending)
        parsed.pop(position)
        if operations[position].get("bulkId") and int(results[position]["status"]) < 300:
            bulk_ids[str(operations[position]["bulkId"])] = results[position]["location"].rsplit(
                "/", 1
            )[-1]

    if parsed:
        with transaction.atomic():
            created = _insert_users(parsed, client)
        for position, user_id in created.items():
            operation = operations[position]
            if operation.get("bulkId"):
                bulk_ids[str(operation["bulkId"])] = str(user_id)
            results[position] = _created_result(request, operation, "scim:user", user_id)
    return [result for result in results if result is not None]


def _refuse_clashes(parsed: dict[int, services.UserAttributes], clash) -> None:
    """409 for every userName, externalId or e-mail already taken, in the database or earlier
    in the same request."""
    checks = [
        ("userName", lambda a: a.user_name.lower(), _taken_user_names),
        ("externalId", lambda a: a.external_id, _taken_external_ids),
        ("The e-mail address", lambda a: a.email.lower(), _taken_emails),
    ]
    for what, key, taken_in_database in checks:
        values = {key(a) for a in parsed.values() if key(a)}
        taken = taken_in_database(values) if values else set()
        seen: set[str] = set()
        for position in sorted(parsed):
            value = key(parsed[position])
            if not value:
                continue
            if value in taken or value in seen:
                clash(position, what)
            else:
                seen.add(value)


def _taken_user_names(values: set[str]) -> set[str]:
    return set(
        ScimUser.objects.annotate(lowered=Lower("user_name"))
        .filter(lowered__in=values)
        .values_list("lowered", flat=True)
    )


def _taken_external_ids(values: set[str]) -> set[str]:
    return set(
        ScimUser.objects.filter(external_id__in=values).values_list("external_id", flat=True)
    )


def _taken_emails(values: set[str]) -> set[str]:
    return set(
        User.objects.annotate(lowered=Lower("email"))
        .filter(lowered__in=values)
        .values_list("lowered", flat=True)
    )


def _linked_positions(parsed: dict[int, services.UserAttributes]) -> set[int]:
    uids = {a.external_id for a in parsed.values() if a.external_id}
    linked = set(
        SocialAccount.objects.filter(
            provider=services.identity_provider(), uid__in=uids
        ).values_list("uid", flat=True)
    )
    return {p for p, a in parsed.items() if a.external_id in linked}


def _insert_users(parsed: dict[int, services.UserAttributes], client) -> dict[int, int]:
    bases = {p: username_base(a.user_name) for p, a in parsed.items()}
    existing = set(
        User.objects.filter(username__in=set(bases.values())).values_list("username", flat=True)
    )
    positions = sorted(parsed)
    users = []
    for position in positions:
        attributes = parsed[position]
        username = bases[position]
        if username in existing:
            username = free_username(attributes.user_name)
        existing.add(username)
        users.append(
            User(
                **attributes.user_fields(),
                username=username,
                is_active=attributes.active,
                # What set_unusable_password() stores, made more cheaply for many rows.
                password=UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30),
            )
        )
    User.objects.bulk_create(users, batch_size=1000)
    ScimUser.objects.bulk_create(
        [
            ScimUser(
                user=user,
                user_name=parsed[position].user_name,
                external_id=parsed[position].external_id,
                client=client,
            )
            for position, user in zip(positions, users, strict=True)
        ],
        batch_size=1000,
    )
    SocialAccount.objects.bulk_create(
        [
            SocialAccount(
                user=user, provider=services.identity_provider(), uid=parsed[position].external_id
            )
            for position, user in zip(positions, users, strict=True)
            if parsed[position].external_id
        ],
        batch_size=1000,
    )
    return {position: user.pk for position, user in zip(positions, users, strict=True)}
