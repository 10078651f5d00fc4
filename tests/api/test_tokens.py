"""Personal access tokens and service accounts: made on the pages (shown once, a form sent twice
makes one), used as bearer tokens, scoped read/write, expiring and revocable."""

from __future__ import annotations

import datetime
import re

from django.test import Client
from django.utils import timezone

from api.models import AccessToken, ServiceAccount
from qms.models import Membership, Role
from tests.api.conftest import bearer, make_token
from tests.conftest import login
from tests.factories import make_user

SUBMISSION = "s" * 30


def _token_form(**overrides):
    data = {
        "name": "Mitt skript",
        "scope": "write",
        "expires_at": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "submission_token": SUBMISSION,
    }
    return {**data, **overrides}


def test_a_person_makes_a_token_that_is_shown_once(client, tree):
    user = make_user(tree.solgarden, Role.MANAGER)
    login(client, user)
    page = client.get("/api-nycklar/")
    assert page.status_code == 200
    assert "Nytt token" in page.content.decode()

    response = client.post("/api-nycklar/", _token_form())
    assert response.status_code == 302
    shown = client.get(response["Location"])
    secret = re.search(r"qms_[A-Za-z0-9_-]{40,}", shown.content.decode()).group(0)
    assert "no-store" in shown["Cache-Control"]
    token = AccessToken.objects.get()
    assert (token.user, token.scope, token.name) == (user, "write", "Mitt skript")
    assert secret not in token.secret_hash and token.hint == secret[:10]
    assert token.expires_at.date() == timezone.localdate() + datetime.timedelta(days=30)

    # The same form again (double click): still one token; the secret is not shown again.
    again = client.post("/api-nycklar/", _token_form())
    assert again.status_code == 302
    assert AccessToken.objects.count() == 1
    assert secret not in client.get(again["Location"]).content.decode()

    assert bearer(secret).get("/api/v1/me/").json()["id"] == user.pk


def test_token_form_refuses_a_past_or_far_expiry(client, tree):
    login(client, make_user(tree.solgarden, Role.AUDITOR))
    past = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    page = client.post("/api-nycklar/", _token_form(expires_at=past))
    assert page.status_code == 200
    assert "Giltighetstiden måste sluta i framtiden." in page.content.decode()
    far = (timezone.localdate() + datetime.timedelta(days=400)).isoformat()
    page = client.post("/api-nycklar/", _token_form(expires_at=far))
    assert "Ett token gäller högst ett år." in page.content.decode()
    assert not AccessToken.objects.exists()


def test_revoked_expired_unknown_tokens_and_inactive_accounts_get_401(tree):
    user = make_user(tree.solgarden, Role.STAFF)
    revoked, revoked_secret = make_token(user)
    revoked.revoked_at = timezone.now()
    revoked.save()
    expired, expired_secret = make_token(user)
    AccessToken.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    for secret, message in [
        (revoked_secret, "Tokenet är spärrat."),
        (expired_secret, "Tokenet har gått ut."),
        ("qms_" + "x" * 43, "Okänt token."),
        ("något-annat", "Okänt token."),
    ]:
        response = bearer(secret).get("/api/v1/me/", HTTP_ACCEPT_LANGUAGE="sv")
        assert response.status_code == 401, secret
        assert response.json()["detail"] == message
        assert response["WWW-Authenticate"].startswith("Bearer")

    _token, secret = make_token(user)
    user.is_active = False
    user.save()
    assert bearer(secret).get("/api/v1/me/").status_code == 401


def test_a_read_token_cannot_write(tree):
    user = make_user(tree.solgarden, Role.STAFF)
    _token, secret = make_token(user, scope="read")
    response = bearer(secret).post("/api/v1/me/", {}, content_type="application/json")
    assert response.status_code == 403
    assert "bara läsa" in response.json()["detail"]


def test_a_person_revokes_only_their_own_tokens(client, tree):
    owner = make_user(tree.solgarden, Role.STAFF)
    other = make_user(tree.solgarden, Role.STAFF)
    token, secret = make_token(owner)
    login(client, other)
    assert client.post(f"/api-nycklar/{token.pk}/sparra/").status_code == 404
    assert client.get(f"/api-nycklar/{token.pk}/").status_code == 404
    login(client, owner)
    assert client.post(f"/api-nycklar/{token.pk}/sparra/").status_code == 302
    assert bearer(secret).get("/api/v1/me/").status_code == 401


def test_session_writes_need_csrf(tree):
    client = Client(enforce_csrf_checks=True)
    login(client, make_user(tree.solgarden, Role.STAFF))
    response = client.post("/api/v1/me/", {}, content_type="application/json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_coordinator_makes_a_service_account_with_a_role_and_a_token(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    login(client, coordinator)
    assert client.get("/api-nycklar/tjanstekonton/").status_code == 200
    response = client.post(
        "/api-nycklar/tjanstekonton/nytt/",
        {
            "name": "Intranätet",
            "description": "Knappen Rapportera avvikelse",
            "unit": tree.elderly.pk,
            "role": Role.STAFF,
            "submission_token": SUBMISSION,
        },
    )
    assert response.status_code == 302, response.content.decode()
    account = ServiceAccount.objects.get()
    assert not account.user.has_usable_password()
    assert Membership.objects.get(user=account.user).unit == tree.elderly

    response = client.post(response["Location"], _token_form(submission_token="t" * 30))
    assert response.status_code == 302
    secret = re.search(r"qms_[A-Za-z0-9_-]{40,}", client.get(response["Location"]).content.decode())
    me = bearer(secret.group(0)).get("/api/v1/me/").json()
    assert me["id"] == account.user.pk
    assert me["roles"] == [{"unit": tree.elderly.pk, "unit_name": "Äldreomsorg", "role": "staff"}]
    assert AccessToken.objects.get().created_by == coordinator

    # Nobody outside the coordinator's subtree reaches it; staff make no service accounts.
    outsider = make_user(tree.school, Role.COORDINATOR)
    login(client, outsider)
    assert client.get(f"/api-nycklar/tjanstekonton/{account.pk}/").status_code == 404
    staff = make_user(tree.elderly, Role.STAFF)
    login(client, staff)
    assert client.get("/api-nycklar/tjanstekonton/").status_code == 403
    assert client.get("/api-nycklar/tjanstekonton/nytt/").status_code == 403
    # A colleague on the unit sees the account as a user but may not manage its tokens.
    assert client.get(f"/api-nycklar/tjanstekonton/{account.pk}/").status_code in (403, 404)


def test_coordinator_cannot_grant_outside_their_subtree(client, tree):
    login(client, make_user(tree.social, Role.COORDINATOR))
    response = client.post(
        "/api-nycklar/tjanstekonton/nytt/",
        {"name": "Diariet", "unit": tree.school.pk, "role": Role.STAFF},
    )
    assert response.status_code == 200
    assert not ServiceAccount.objects.exists()


def test_a_role_without_personal_tokens_still_sees_and_revokes_earlier_ones(client, tree):
    """A medarbetare makes no tokens (no menu entry, 403 on the page), but one made before –
    when they had another role, or before that rule – is theirs to see and revoke."""
    staff = make_user(tree.solgarden, Role.STAFF)
    login(client, staff)
    assert client.get("/api-nycklar/").status_code == 403
    token, secret = make_token(staff, name="Gammalt skript")
    page = client.get("/api-nycklar/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Gammalt skript" in html and "Skapa token" not in html
    assert "Med dina roller skapar du inga nya token." in html
    assert client.post("/api-nycklar/", _token_form()).status_code == 403
    assert AccessToken.objects.filter(user=staff).count() == 1
    assert client.post(f"/api-nycklar/{token.pk}/sparra/").status_code == 302
    assert bearer(secret).get("/api/v1/me/").status_code == 401
    # Nothing left to revoke: the page refuses again.
    assert client.get("/api-nycklar/").status_code == 403
