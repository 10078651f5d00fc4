"""The SCIM 2.0 endpoint (/scim/v2/…) for the directory's provisioning service, and the
screens where coordinators make, rotate and revoke its tokens."""

from __future__ import annotations

import functools
import logging
import uuid

import pghistory
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required, permission_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from provisioning import bulk, services
from provisioning.forms import ScimClientForm
from provisioning.models import ScimClient, ScimGroup, ScimGroupMember, ScimUser
from provisioning.resources import group_resource, user_resource
from provisioning.scim import (
    CONFIG_SCHEMA,
    GROUP_SCHEMA,
    LIST_SCHEMA,
    MAX_BULK_OPERATIONS,
    MAX_BULK_PAYLOAD,
    MAX_PAGE,
    RESOURCE_TYPE_SCHEMA,
    USER_SCHEMA,
    ScimError,
    load_body,
    parse_filter,
    scim_response,
)
from qms.notifications import absolute_url

logger = logging.getLogger(__name__)


def scim_endpoint(methods: list[str]):
    """A SCIM view: bearer-token authentication (401 otherwise), JSON in and out, and one
    transaction per request – a `ScimError` anywhere rolls back everything the request did."""

    def decorator(view):
        @csrf_exempt
        @login_not_required
        @never_cache
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            scheme, _space, token = request.headers.get("Authorization", "").partition(" ")
            client = (
                services.client_for_token(token.strip()) if scheme.lower() == "bearer" else None
            )
            if client is None:
                logger.warning("SCIM: refused a request without a valid token (%s)", request.path)
                return ScimError(401, "A valid bearer token is required.").response()
            if request.method not in methods:
                return ScimError(405, f"{request.method} is not supported here.").response()
            try:
                with transaction.atomic(), pghistory.context(scim_client=client.name):
                    return view(request, client, *args, **kwargs)
            except ScimError as error:
                if error.status >= 400:
                    logger.info("SCIM %s %s: %s", request.method, request.path, error.detail)
                return error.response()
            except ValidationError as error:
                # A rule of the core refused the change (the last active administrator is never
                # deactivated: qms.services); nothing was changed.
                detail = " ".join(error.messages)
                logger.info("SCIM %s %s refused: %s", request.method, request.path, detail)
                return ScimError(409, detail).response()

        return wrapper

    return decorator


def _page(request: HttpRequest) -> tuple[int, int]:
    try:
        start = max(int(request.GET.get("startIndex", 1)), 1)
        count = min(max(int(request.GET.get("count", 100)), 0), MAX_PAGE)
    except ValueError as error:
        raise ScimError(400, "startIndex and count must be integers.", "invalidValue") from error
    return start, count


def _list_response(resources: list[dict], total: int, start: int) -> HttpResponse:
    return scim_response(
        {
            "schemas": [LIST_SCHEMA],
            "totalResults": total,
            "startIndex": start,
            "itemsPerPage": len(resources),
            "Resources": resources,
        }
    )


def _excluded(request: HttpRequest) -> set[str]:
    raw = request.GET.get("excludedAttributes", "")
    return {part.strip().lower() for part in raw.split(",") if part.strip()}


def _user_id(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise ScimError(404, "No such user.") from error


def _group_id(value) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError as error:
        raise ScimError(404, "No such group.") from error


# Users ----------------------------------------------------------------------------------------

USER_FILTERS = {
    "username": lambda v: {"user_name__iexact": str(v)},
    "externalid": lambda v: {"external_id": str(v)},
    "id": lambda v: {"pk": _user_id(v)},
    "emails": lambda v: {"user__email__iexact": str(v)},
    "emails.value": lambda v: {"user__email__iexact": str(v)},
    "active": lambda v: {"user__is_active": bool(v)},
}


def _scim_users():
    return ScimUser.objects.select_related("user")


@scim_endpoint(["GET", "POST"])
def users(request: HttpRequest, client: ScimClient) -> HttpResponse:
    if request.method == "POST":
        attributes = services.UserAttributes.from_resource(load_body(request.body))
        user, _created = services.provision_user(attributes, client=client)
        resource = user_resource(request, _scim_users().get(pk=user.pk))
        response = scim_response(resource, status=201)
        response["Location"] = resource["meta"]["location"]
        return response
    found = _scim_users()
    if "filter" in request.GET:
        for comparison in parse_filter(request.GET["filter"]):
            if comparison.attribute not in USER_FILTERS:
                raise ScimError(400, f"Cannot filter on {comparison.attribute!r}.", "invalidFilter")
            try:
                found = found.filter(**USER_FILTERS[comparison.attribute](comparison.value))
            except ScimError:
                found = found.none()
    start, count = _page(request)
    total = found.count()
    page = list(found.order_by("pk")[start - 1 : start - 1 + count])
    return _list_response([user_resource(request, scim) for scim in page], total, start)


@scim_endpoint(["GET", "PUT", "PATCH", "DELETE"])
def user(request: HttpRequest, client: ScimClient, pk: str) -> HttpResponse:
    scim = _scim_users().filter(pk=_user_id(pk)).first()
    if scim is None:
        raise ScimError(404, f"No user with id {pk}.")
    person = scim.user
    if request.method == "DELETE":
        services.deactivate_provisioned_user(person, client=client)
        return scim_response(None, status=204)
    if request.method in ("PUT", "PATCH"):
        body = load_body(request.body)
        if request.method == "PUT":
            attributes = services.UserAttributes.from_resource(body)
        else:
            attributes = services.UserAttributes.of(person).patched(body.get("Operations"))
        services.update_user(person, attributes, client=client)
        scim = _scim_users().get(pk=person.pk)
    groups = ScimGroup.objects.filter(memberships__user=person).order_by("display_name")
    return scim_response(user_resource(request, scim, groups=groups))


# Groups ---------------------------------------------------------------------------------------

GROUP_FILTERS = {
    "displayname": lambda v: {"display_name__iexact": str(v)},
    "externalid": lambda v: {"external_id": str(v)},
    "id": lambda v: {"pk": _group_id(v)},
    "members": lambda v: {"memberships__user_id": _user_id(v)},
    "members.value": lambda v: {"memberships__user_id": _user_id(v)},
}


@scim_endpoint(["GET", "POST"])
def groups(request: HttpRequest, client: ScimClient) -> HttpResponse:
    if request.method == "POST":
        change = services.group_change_from_resource(load_body(request.body))
        group = services.save_group(None, change, client=client)
        resource = group_resource(request, group, members=_member_ids(group))
        response = scim_response(resource, status=201)
        response["Location"] = resource["meta"]["location"]
        return response
    found = ScimGroup.objects.all()
    if "filter" in request.GET:
        for comparison in parse_filter(request.GET["filter"]):
            if comparison.attribute not in GROUP_FILTERS:
                raise ScimError(400, f"Cannot filter on {comparison.attribute!r}.", "invalidFilter")
            try:
                found = found.filter(**GROUP_FILTERS[comparison.attribute](comparison.value))
            except ScimError:
                found = found.none()
    start, count = _page(request)
    total = found.count()
    page = found.order_by("display_name", "pk")
    with_members = "members" not in _excluded(request)
    if with_members:
        page = page.prefetch_related(
            Prefetch("memberships", queryset=ScimGroupMember.objects.order_by("user_id"))
        )
    page = list(page[start - 1 : start - 1 + count])
    resources = [
        group_resource(
            request,
            group,
            members=[m.user_id for m in group.memberships.all()] if with_members else None,
        )
        for group in page
    ]
    return _list_response(resources, total, start)


def _member_ids(group: ScimGroup) -> list[int]:
    return list(group.memberships.order_by("user_id").values_list("user_id", flat=True))


@scim_endpoint(["GET", "PUT", "PATCH", "DELETE"])
def group(request: HttpRequest, client: ScimClient, pk: str) -> HttpResponse:
    found = ScimGroup.objects.filter(pk=_group_id(pk)).first()
    if found is None:
        raise ScimError(404, f"No group with id {pk}.")
    if request.method == "DELETE":
        services.delete_group(found)
        return scim_response(None, status=204)
    if request.method == "PUT":
        change = services.group_change_from_resource(load_body(request.body))
        found = services.save_group(found, change, client=client)
    elif request.method == "PATCH":
        body = load_body(request.body)
        change = services.group_change_from_patch(found, body.get("Operations"))
        found = services.save_group(found, change, client=client)
        # Entra ID expects 204 for a group PATCH; the resource is not asked for.
        return scim_response(None, status=204)
    members = None if "members" in _excluded(request) else _member_ids(found)
    return scim_response(group_resource(request, found, members=members))


# Bulk and discovery -------------------------------------------------------------------------


@scim_endpoint(["POST"])
def bulk_request(request: HttpRequest, client: ScimClient) -> HttpResponse:
    if len(request.body) > MAX_BULK_PAYLOAD:
        raise ScimError(413, f"The bulk request is larger than {MAX_BULK_PAYLOAD} bytes.")
    return scim_response(bulk.run(request, load_body(request.body), client=client))


@scim_endpoint(["GET"])
def service_provider_config(request: HttpRequest, client: ScimClient) -> HttpResponse:
    return scim_response(
        {
            "schemas": [CONFIG_SCHEMA],
            "documentationUri": request.build_absolute_uri("/"),
            "patch": {"supported": True},
            "bulk": {
                "supported": True,
                "maxOperations": MAX_BULK_OPERATIONS,
                "maxPayloadSize": MAX_BULK_PAYLOAD,
            },
            "filter": {"supported": True, "maxResults": MAX_PAGE},
            "changePassword": {"supported": False},
            "sort": {"supported": False},
            "etag": {"supported": False},
            "authenticationSchemes": [
                {
                    "type": "oauthbearertoken",
                    "name": "Bearer token",
                    "description": "A token made under Katalogkoppling in the application.",
                    "primary": True,
                }
            ],
        }
    )


@scim_endpoint(["GET"])
def resource_types(request: HttpRequest, client: ScimClient) -> HttpResponse:
    types = [
        {
            "schemas": [RESOURCE_TYPE_SCHEMA],
            "id": name,
            "name": name,
            "endpoint": endpoint,
            "schema": schema,
        }
        for name, endpoint, schema in (
            ("User", "/Users", USER_SCHEMA),
            ("Group", "/Groups", GROUP_SCHEMA),
        )
    ]
    return _list_response(types, len(types), 1)


# Screens: SCIM clients and their tokens ---------------------------------------------------

manage_clients = permission_required("provisioning.manage_scim_clients", raise_exception=True)


@require_GET
@manage_clients
def client_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "provisioning/client_list.html",
        {
            "clients": ScimClient.objects.order_by("revoked_at", "name"),
            "base_url": scim_base_url(),
            "provisioned": ScimUser.objects.count(),
        },
    )


@require_http_methods(["GET", "POST"])
@manage_clients
def client_create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = ScimClientForm(request.POST)
        if form.is_valid():
            try:
                client, token = services.create_scim_client(
                    by=request.user, name=form.cleaned_data["name"]
                )
            except ValidationError as error:
                form.add_error("name", error)
            else:
                return _show_token(request, client, token)
    else:
        form = ScimClientForm()
    return render(
        request,
        "form_page.html",
        {
            "form": form,
            "title": _("Ny SCIM-klient"),
            "back_url": reverse("provisioning:client_list"),
            "back_label": _("Katalogkoppling"),
        },
    )


def scim_base_url() -> str:
    """The tenant URL to give the identity provider: from BASE_URL, never the Host header."""
    return absolute_url(reverse("scim:root")).rstrip("/")


def _show_token(request: HttpRequest, client: ScimClient, token: str) -> HttpResponse:
    """The token, once: rendered in the response to the POST that made it, never stored."""
    response = render(
        request,
        "provisioning/token_shown.html",
        {"client": client, "token": token, "base_url": scim_base_url()},
    )
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@manage_clients
def client_rotate(request: HttpRequest, pk: int) -> HttpResponse:
    client = get_object_or_404(ScimClient.objects.active(), pk=pk)
    token = services.rotate_scim_token(client, by=request.user)
    client.refresh_from_db()
    return _show_token(request, client, token)


@require_POST
@manage_clients
def client_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    client = get_object_or_404(ScimClient.objects.active(), pk=pk)
    services.revoke_scim_client(client, by=request.user)
    messages.success(request, _("Tokenet för %(name)s är spärrat.") % {"name": client.name})
    return redirect("provisioning:client_list")
