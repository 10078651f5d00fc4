"""SCIM 2.0 as Entra ID's provisioning service speaks it: the documented request sequence for
users and groups, Entra's quirks, deactivation with a hand-over notice, group → role mapping,
bad tokens and invalid bodies."""

from __future__ import annotations

import json

import pytest
from allauth.socialaccount.models import SocialAccount
from django.conf import settings
from django.urls import reverse

from deviations.models import Deviation
from identity.models import RoleMapping
from identity.services import link_identity
from provisioning import services
from provisioning.models import ScimClient, ScimGroup, ScimUser
from qms.models import Membership, Notification, Role, User
from tests.deviations.builders import make_action, make_deviation
from tests.factories import make_user

pytestmark = pytest.mark.django_db

CONTENT_TYPE = "application/scim+json"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
OBJECT_ID = "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"
GROUP_OBJECT_ID = "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159"


class Scim:
    """Calls the endpoint the way a provisioning client does: a bearer token and SCIM JSON."""

    def __init__(self, client, token: str):
        self.client, self.token = client, token

    def __call__(self, method: str, path: str, body: dict | None = None, token: str | None = None):
        return self.client.generic(
            method,
            "/scim/v2" + path,
            json.dumps(body) if body is not None else "",
            content_type=CONTENT_TYPE,
            HTTP_AUTHORIZATION=f"Bearer {token if token is not None else self.token}",
        )


@pytest.fixture
def scim(client, tree) -> Scim:
    admin = make_user(tree.group, Role.ADMIN)
    _client, token = services.create_scim_client(by=admin, name="Entra ID")
    return Scim(client, token)


def entra_user(user_name: str = "anna.berg@kommun.se", **extra) -> dict:
    """A POST /Users body as Entra ID sends it (objectId mapped to externalId)."""
    return {
        "schemas": [USER_SCHEMA, ENTERPRISE],
        "externalId": OBJECT_ID,
        "userName": user_name,
        "active": True,
        "displayName": "Anna Berg",
        "title": "Undersköterska",
        "emails": [{"primary": True, "type": "work", "value": "anna.berg@kommun.se"}],
        "meta": {"resourceType": "User"},
        "name": {"formatted": "Anna Berg", "familyName": "Berg", "givenName": "Anna"},
        "roles": [],
        ENTERPRISE: {"department": "Äldreomsorg", "employeeNumber": "4711"},
        **extra,
    }


def patch(*operations) -> dict:
    return {"schemas": [PATCH], "Operations": list(operations)}


def created_user(scim: Scim, **extra) -> dict:
    response = scim("POST", "/Users", entra_user(**extra))
    assert response.status_code == 201, response.content
    return response.json()


def test_entra_user_sequence_filter_create_get_update_disable_delete(scim):
    # 1. Does the user exist? Entra asks by its matching attribute.
    response = scim("GET", '/Users?filter=userName eq "anna.berg@kommun.se"')
    assert response.status_code == 200
    assert response["Content-Type"] == CONTENT_TYPE
    assert response.json()["totalResults"] == 0 and response.json()["Resources"] == []

    # 2. Create.
    response = scim("POST", "/Users", entra_user())
    assert response.status_code == 201
    body = response.json()
    assert response["Location"] == body["meta"]["location"]
    assert body["userName"] == "anna.berg@kommun.se" and body["externalId"] == OBJECT_ID
    assert body["active"] is True and body["emails"][0]["value"] == "anna.berg@kommun.se"
    user = User.objects.get(pk=body["id"])
    assert (user.first_name, user.last_name, user.title) == ("Anna", "Berg", "Undersköterska")
    assert not user.has_usable_password()

    # 3. Read back, and 4. find by filter (case-insensitive, as userName is not caseExact).
    assert scim("GET", f"/Users/{user.pk}").json()["userName"] == "anna.berg@kommun.se"
    found = scim("GET", '/Users?filter=userName eq "Anna.Berg@Kommun.se"').json()
    assert found["totalResults"] == 1 and found["Resources"][0]["id"] == str(user.pk)
    by_external = scim("GET", f'/Users?filter=externalId eq "{OBJECT_ID}"').json()
    assert by_external["totalResults"] == 1

    # 5. Update single-valued and multi-valued attributes with Entra's paths.
    response = scim(
        "PATCH",
        f"/Users/{user.pk}",
        patch(
            {"op": "Replace", "path": 'emails[type eq "work"].value', "value": "a.berg@kommun.se"},
            {"op": "Replace", "path": "name.familyName", "value": "Berg-Lind"},
            {"op": "Add", "path": "title", "value": "Sjuksköterska"},
            {"op": "Add", "path": f"{ENTERPRISE}:manager", "value": "42"},
            {"op": "Replace", "path": "userName", "value": "anna.berglind@kommun.se"},
        ),
    )
    assert response.status_code == 200, response.content
    user.refresh_from_db()
    assert (user.email, user.last_name, user.title) == (
        "a.berg@kommun.se",
        "Berg-Lind",
        "Sjuksköterska",
    )
    assert ScimUser.objects.get(pk=user.pk).user_name == "anna.berglind@kommun.se"

    # 6. Disable, and 7. delete: the account stays (inactive) with its history.
    response = scim(
        "PATCH", f"/Users/{user.pk}", patch({"op": "Replace", "path": "active", "value": False})
    )
    assert response.status_code == 200 and response.json()["active"] is False
    assert scim("DELETE", f"/Users/{user.pk}").status_code == 204
    user.refresh_from_db()
    assert not user.is_active
    assert scim("GET", f"/Users/{user.pk}").status_code == 404


def test_entra_sends_active_as_a_string_and_operations_without_a_path(scim):
    user_id = created_user(scim)["id"]
    response = scim(
        "PATCH", f"/Users/{user_id}", patch({"op": "Replace", "value": {"active": "False"}})
    )
    assert response.status_code == 200
    assert User.objects.get(pk=user_id).is_active is False
    response = scim(
        "PATCH",
        f"/Users/{user_id}",
        patch({"op": "replace", "path": "active", "value": "True"}),
    )
    assert response.json()["active"] is True
    response = scim(
        "PATCH",
        f"/Users/{user_id}",
        patch({"op": "Replace", "value": {"name.givenName": "Annie", "title": "Chef"}}),
    )
    assert User.objects.get(pk=user_id).first_name == "Annie"


def test_remove_operation_blanks_an_attribute(scim):
    user_id = created_user(scim)["id"]
    scim("PATCH", f"/Users/{user_id}", patch({"op": "Remove", "path": "title"}))
    assert User.objects.get(pk=user_id).title == ""


def test_the_directory_identity_is_the_sso_identity(scim):
    """SCIM stores externalId (Entra objectId) as the identity SSO logs in with."""
    user_id = created_user(scim)["id"]
    account = SocialAccount.objects.get(user_id=user_id)
    assert (account.provider, account.uid) == (settings.SCIM_IDENTITY_PROVIDER, OBJECT_ID)


def test_a_person_who_signed_in_by_sso_first_is_taken_over_not_duplicated(scim):
    jit = make_user(username="sso-user", email="")
    link_identity(jit, provider=settings.SCIM_IDENTITY_PROVIDER, uid=OBJECT_ID)
    response = scim("POST", "/Users", entra_user())
    assert response.status_code == 201
    assert response.json()["id"] == str(jit.pk)
    assert User.objects.filter(email="anna.berg@kommun.se").count() == 1


def test_an_account_with_the_same_email_is_never_matched(scim):
    """Matching is on the immutable identifier only: a local account with the same e-mail
    address is not taken over; the client is told of the clash and nothing is created."""
    local = make_user(username="anna", email="anna.berg@kommun.se")
    response = scim("POST", "/Users", entra_user())
    assert response.status_code == 409
    assert response.json()["scimType"] == "uniqueness"
    assert not ScimUser.objects.exists()
    assert not SocialAccount.objects.filter(user=local).exists()
    assert (
        scim("GET", '/Users?filter=userName eq "anna.berg@kommun.se"').json()["totalResults"] == 0
    )


def test_posting_the_same_user_twice_is_a_conflict(scim):
    created_user(scim)
    response = scim("POST", "/Users", entra_user())
    assert response.status_code == 409
    assert response.json()["schemas"] == [ERROR]
    assert User.objects.filter(scim__isnull=False).count() == 1


@pytest.mark.parametrize("token", ["", "fel-token", "Bearer"], ids=["empty", "wrong", "no-token"])
def test_a_bad_token_gets_401_and_changes_nothing(scim, token):
    response = scim("POST", "/Users", entra_user(), token=token)
    assert response.status_code == 401
    assert response.json()["schemas"] == [ERROR]
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert not User.objects.filter(email="anna.berg@kommun.se").exists()


def test_a_revoked_or_rotated_token_stops_working(scim, tree):
    client = ScimClient.objects.get()
    admin = client.created_by
    new_token = services.rotate_scim_token(client, by=admin)
    assert scim("GET", "/Users").status_code == 401
    assert scim("GET", "/Users", token=new_token).status_code == 200
    services.revoke_scim_client(client, by=admin)
    assert scim("GET", "/Users", token=new_token).status_code == 401


def test_the_token_is_stored_only_as_a_hash(scim):
    client = ScimClient.objects.get()
    assert scim.token not in (client.token_hash, client.token_hint)
    assert len(client.token_hash) == 64


@pytest.mark.parametrize(
    "body",
    [
        {"schemas": [USER_SCHEMA], "active": True},  # no userName
        entra_user(active="kanske"),
        entra_user(emails=[{"value": "inte-en-adress", "primary": True}]),
        entra_user(name="Anna"),
        entra_user(userName=["a", "b"]),
    ],
    ids=["no-username", "bad-active", "bad-email", "name-not-object", "username-list"],
)
def test_an_invalid_user_body_gets_a_scim_error_and_changes_nothing(scim, body):
    response = scim("POST", "/Users", body)
    assert response.status_code == 400
    error = response.json()
    assert error["schemas"] == [ERROR] and error["status"] == "400" and error["detail"]
    assert not User.objects.filter(scim__isnull=False).exists()


def test_an_invalid_patch_changes_nothing_even_when_an_earlier_operation_was_fine(scim):
    user_id = created_user(scim)["id"]
    response = scim(
        "PATCH",
        f"/Users/{user_id}",
        patch(
            {"op": "Replace", "path": "title", "value": "Ändrad"},
            {"op": "Replace", "path": "active", "value": "kanske"},
        ),
    )
    assert response.status_code == 400
    assert response.json()["scimType"] == "invalidValue"
    user = User.objects.get(pk=user_id)
    assert user.title == "Undersköterska" and user.is_active


@pytest.mark.parametrize(
    "raw",
    [b"{not json", b"[1, 2]", json.dumps(patch({"op": "Move", "path": "title"})).encode()],
    ids=["not-json", "not-an-object", "unknown-op"],
)
def test_malformed_patch_bodies_get_scim_errors(scim, raw):
    user_id = created_user(scim)["id"]
    response = scim.client.generic(
        "PATCH",
        f"/scim/v2/Users/{user_id}",
        raw,
        content_type=CONTENT_TYPE,
        HTTP_AUTHORIZATION=f"Bearer {scim.token}",
    )
    assert response.status_code == 400
    assert response.json()["schemas"] == [ERROR]


def test_unsupported_filter_is_refused_not_ignored(scim):
    created_user(scim)
    response = scim("GET", '/Users?filter=userName co "anna"')
    assert response.status_code == 400 and response.json()["scimType"] == "invalidFilter"


# Groups -------------------------------------------------------------------------------------


def test_entra_group_sequence_and_members_give_mapped_roles(scim, tree):
    RoleMapping.objects.create(value=GROUP_OBJECT_ID, unit=tree.solgarden, role=Role.MANAGER)
    anna = created_user(scim)["id"]
    bo = created_user(scim, userName="bo@kommun.se", externalId="b0", emails=[])["id"]

    # Create the group (as Entra does, without members), read it back, find it by name.
    response = scim(
        "POST",
        "/Groups",
        {
            "schemas": [GROUP_SCHEMA],
            "externalId": GROUP_OBJECT_ID,
            "displayName": "QMS Chefer Solgården",
            "meta": {"resourceType": "Group"},
        },
    )
    assert response.status_code == 201
    group_id = response.json()["id"]
    single = scim("GET", f"/Groups/{group_id}?excludedAttributes=members").json()
    assert "members" not in single and single["externalId"] == GROUP_OBJECT_ID
    listed = scim(
        "GET", '/Groups?excludedAttributes=members&filter=displayName eq "QMS Chefer Solgården"'
    ).json()
    assert listed["totalResults"] == 1 and "members" not in listed["Resources"][0]

    # Rename, then add both members: each gets the mapped role.
    rename = patch({"op": "Replace", "path": "displayName", "value": "QMS Chefer Solgården 2"})
    assert scim("PATCH", f"/Groups/{group_id}", rename).status_code == 204
    add = patch(
        {"op": "Add", "path": "members", "value": [{"$ref": None, "value": anna}, {"value": bo}]}
    )
    assert scim("PATCH", f"/Groups/{group_id}", add).status_code == 204
    assert set(
        Membership.objects.filter(unit=tree.solgarden, role=Role.MANAGER).values_list(
            "user_id", flat=True
        )
    ) == {int(anna), int(bo)}
    # Entra checks membership with a filter.
    check = scim(
        "GET",
        f'/Groups?filter=id eq "{group_id}" and members eq "{anna}"&excludedAttributes=members',
    )
    assert check.json()["totalResults"] == 1

    # Remove one member (both forms Entra uses): the role goes, a role given by hand stays.
    Membership.objects.create(user_id=bo, unit=tree.school, role=Role.AUDITOR)
    remove = patch({"op": "Remove", "path": "members", "value": [{"value": bo}]})
    assert scim("PATCH", f"/Groups/{group_id}", remove).status_code == 204
    assert list(Membership.objects.filter(user_id=bo).values_list("role", flat=True)) == [
        Role.AUDITOR
    ]
    remove_by_filter = patch({"op": "Remove", "path": f'members[value eq "{anna}"]'})
    assert scim("PATCH", f"/Groups/{group_id}", remove_by_filter).status_code == 204
    assert not Membership.objects.filter(user_id=anna).exists()

    # Deleting the group removes what it gave.
    scim("PATCH", f"/Groups/{group_id}", add)
    assert scim("DELETE", f"/Groups/{group_id}").status_code == 204
    assert not ScimGroup.objects.exists()
    assert not Membership.objects.filter(unit=tree.solgarden).exists()


def test_an_unknown_member_is_refused_and_nothing_changes(scim, tree):
    RoleMapping.objects.create(value=GROUP_OBJECT_ID, unit=tree.solgarden, role=Role.STAFF)
    anna = created_user(scim)["id"]
    group_id = scim(
        "POST",
        "/Groups",
        {"schemas": [GROUP_SCHEMA], "displayName": "G", "externalId": GROUP_OBJECT_ID},
    ).json()["id"]
    response = scim(
        "PATCH",
        f"/Groups/{group_id}",
        patch({"op": "Add", "path": "members", "value": [{"value": anna}, {"value": "999999"}]}),
    )
    assert response.status_code == 400 and response.json()["schemas"] == [ERROR]
    assert not Membership.objects.filter(user_id=anna).exists()
    assert not ScimGroup.objects.get().members.exists()


def test_a_group_patch_that_fails_half_way_changes_nothing(scim, tree):
    anna = created_user(scim)["id"]
    group_id = scim(
        "POST", "/Groups", {"schemas": [GROUP_SCHEMA], "displayName": "Före", "externalId": "g1"}
    ).json()["id"]
    response = scim(
        "PATCH",
        f"/Groups/{group_id}",
        patch(
            {"op": "Replace", "path": "displayName", "value": "Efter"},
            {"op": "Add", "path": "members", "value": [{"value": anna}, {"value": "999999"}]},
        ),
    )
    assert response.status_code == 400
    assert ScimGroup.objects.get().display_name == "Före"


def test_groups_need_a_token_too(scim):
    assert scim("GET", "/Groups", token="x").status_code == 401
    assert scim("POST", "/Groups", {"displayName": "G"}, token="x").status_code == 401
    assert not ScimGroup.objects.exists()


# Deactivation and hand-over ------------------------------------------------------------------


def test_deactivation_keeps_cases_and_tells_the_coordinators_once(scim, tree):
    RoleMapping.objects.create(value=GROUP_OBJECT_ID, unit=tree.solgarden, role=Role.STAFF)
    coordinator = make_user(tree.social, Role.COORDINATOR)
    other_coordinator = make_user(tree.school, Role.COORDINATOR)
    anna_id = int(created_user(scim)["id"])
    group_id = scim(
        "POST",
        "/Groups",
        {
            "schemas": [GROUP_SCHEMA],
            "displayName": "Solgården",
            "externalId": GROUP_OBJECT_ID,
            "members": [{"value": str(anna_id)}],
        },
    ).json()["id"]
    anna = User.objects.get(pk=anna_id)
    reporter = make_user(tree.solgarden, Role.STAFF)
    case = make_deviation(tree.solgarden, reporter, title="Fallolycka", investigator=anna)
    secret = make_deviation(
        tree.solgarden, reporter, title="Hemligt", investigator=anna, is_confidential=True
    )
    make_action(case, owner=anna, title="Byt larmknapp")
    closed = make_deviation(
        tree.solgarden, reporter, title="Stängd", investigator=anna, status=Deviation.Status.CLOSED
    )

    disable = patch({"op": "Replace", "path": "active", "value": "False"})
    assert scim("PATCH", f"/Users/{anna_id}", disable).status_code == 200
    assert scim("PATCH", f"/Users/{anna_id}", disable).status_code == 200  # Entra retries

    notices = Notification.objects.filter(recipient=coordinator)
    assert notices.count() == 1
    notice = notices.get()
    assert "Anna Berg" in notice.subject and "3" in notice.subject
    assert case.number in notice.body and "Fallolycka" in notice.body
    assert secret.number in notice.body and "Hemligt" not in notice.body
    assert "Byt larmknapp" in notice.body and closed.number not in notice.body
    assert not Notification.objects.filter(recipient=other_coordinator).exists()
    # Cases, roles and group membership are kept.
    case.refresh_from_db()
    assert case.investigator_id == anna_id
    assert Membership.objects.filter(user_id=anna_id, unit=tree.solgarden).exists()
    assert ScimGroup.objects.get(pk=group_id).members.filter(pk=anna_id).exists()
    # The coordinator sees the hand-over list on the person's page.
    from tests.conftest import login

    page = login(scim.client, coordinator).get(reverse("qms:user_detail", args=[anna_id]))
    assert "Att lämna över" in page.content.decode() and "Fallolycka" in page.content.decode()


def test_the_directory_cannot_deactivate_the_last_administrator(scim, tree):
    """Issue 13 #9: the last active administrator stays; the directory is told why (409)."""
    anna = User.objects.get(pk=created_user(scim)["id"])
    Membership.objects.create(user=anna, unit=tree.group, role=Role.ADMIN)
    User.objects.exclude(pk=anna.pk).update(is_active=False)  # every other admin has left
    disable = patch({"op": "Replace", "path": "active", "value": "False"})
    response = scim("PATCH", f"/Users/{anna.pk}", disable)
    assert response.status_code == 409
    assert "den enda aktiva administratören" in response.json()["detail"]
    assert User.objects.get(pk=anna.pk).is_active
    assert scim("DELETE", f"/Users/{anna.pk}").status_code == 409
    assert User.objects.get(pk=anna.pk).is_active


# Bulk ---------------------------------------------------------------------------------------

BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest"


def test_bulk_creates_users_and_a_group_referring_to_them_and_reports_each_error(scim, tree):
    RoleMapping.objects.create(value=GROUP_OBJECT_ID, unit=tree.solgarden, role=Role.MANAGER)
    operations = [
        {"method": "POST", "path": "/Users", "bulkId": "anna", "data": entra_user()},
        {
            "method": "POST",
            "path": "/Users",
            "bulkId": "bo",
            "data": entra_user("bo@kommun.se", externalId="b0", emails=[]),
        },
        {
            "method": "POST",
            "path": "/Groups",
            "bulkId": "chefer",
            "data": {
                "schemas": [GROUP_SCHEMA],
                "externalId": GROUP_OBJECT_ID,
                "displayName": "QMS Chefer Solgården",
                "members": [{"value": "bulkId:anna"}],
            },
        },
        {"method": "PATCH", "path": "/Users/bulkId:okand", "data": {}},
        {"method": "GET", "path": "/Users"},
    ]
    response = scim("POST", "/Bulk", {"schemas": [BULK], "Operations": operations})
    assert response.status_code == 200, response.content
    results = response.json()["Operations"]
    assert [(r.get("bulkId"), r["status"]) for r in results] == [
        ("anna", "201"),
        ("bo", "201"),
        ("chefer", "201"),
        (None, "409"),  # a bulkId nobody defined
        (None, "400"),  # not a method a bulk request may hold
    ]
    anna = User.objects.get(email="anna.berg@kommun.se")
    assert Membership.objects.filter(user=anna, unit=tree.solgarden, role=Role.MANAGER).exists()
    assert User.objects.filter(username__startswith="bo").exists()

    # Not a bulk request at all: one error for the request, nothing created.
    assert scim("POST", "/Bulk", {"schemas": [BULK], "Operations": "x"}).status_code == 400
