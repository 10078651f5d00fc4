"""SCIM resources (RFC 7643) of accounts and groups, as JSON-ready dicts."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from provisioning.models import ScimGroup, ScimUser
from provisioning.scim import GROUP_SCHEMA, USER_SCHEMA


def _meta(request: HttpRequest, kind: str, url: str, created, modified) -> dict:
    return {
        "resourceType": kind,
        "created": created.isoformat(),
        "lastModified": modified.isoformat(),
        "location": request.build_absolute_uri(url),
    }


def user_resource(request: HttpRequest, scim: ScimUser, *, groups=None) -> dict:
    user = scim.user
    resource = {
        "schemas": [USER_SCHEMA],
        "id": str(user.pk),
        "userName": scim.user_name,
        "name": {
            "givenName": user.first_name,
            "familyName": user.last_name,
            "formatted": user.get_full_name(),
        },
        "displayName": user.get_full_name() or scim.user_name,
        "active": user.is_active,
        "emails": ([{"value": user.email, "type": "work", "primary": True}] if user.email else []),
        "meta": _meta(
            request,
            "User",
            reverse("scim:user", args=[user.pk]),
            scim.created_at,
            scim.updated_at,
        ),
    }
    if scim.external_id:
        resource["externalId"] = scim.external_id
    if user.title:
        resource["title"] = user.title
    if groups is not None:
        resource["groups"] = [
            {
                "value": str(group.pk),
                "display": group.display_name,
                "$ref": request.build_absolute_uri(reverse("scim:group", args=[group.pk])),
            }
            for group in groups
        ]
    return resource


def group_resource(request: HttpRequest, group: ScimGroup, *, members=None) -> dict:
    resource = {
        "schemas": [GROUP_SCHEMA],
        "id": str(group.pk),
        "displayName": group.display_name,
        "meta": _meta(
            request,
            "Group",
            reverse("scim:group", args=[group.pk]),
            group.created_at,
            group.updated_at,
        ),
    }
    if group.external_id:
        resource["externalId"] = group.external_id
    if members is not None:
        resource["members"] = [
            {
                "value": str(user_id),
                "$ref": request.build_absolute_uri(reverse("scim:user", args=[user_id])),
            }
            for user_id in members
        ]
    return resource
