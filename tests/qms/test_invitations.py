"""Invitations: a new local account chooses its own password through a one-time link."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from qms import services
from qms.models import Invitation, OutgoingEmail, Role, User, hash_token
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Egen-lång-fras-på-svenska-7"
LINK = re.compile(r"https?://\S+/inbjudan/([\w-]+)/")


def invite(tree, coordinator=None, **fields) -> tuple[User, str]:
    """Invite a person through the service; returns the account and the token from the e-mail."""
    coordinator = coordinator or make_user(tree.social, Role.COORDINATOR)
    user = services.invite_user(
        by=coordinator,
        fields={"first_name": "Ines", "last_name": "Inbjuden", "email": "ines@example.se"} | fields,
        unit=tree.homecare,
        role=Role.STAFF,
    )
    return user, token_from_last_email()


def token_from_last_email() -> str:
    email = OutgoingEmail.objects.latest("pk")
    return LINK.search(email.message["body"]).group(1)


def accept(client, token: str, password: str = NEW_PASSWORD, repeat: str | None = None):
    return client.post(
        reverse("qms:invitation_accept", args=[token]),
        {"new_password1": password, "new_password2": repeat or password},
    )


def test_coordinator_form_sends_an_invitation_email_with_a_link(client, tree):
    login(client, make_user(tree.social, Role.COORDINATOR, first_name="Sara"))
    response = client.post(
        reverse("qms:user_create"),
        {
            "first_name": "Ines",
            "last_name": "Inbjuden",
            "email": "Ines@Example.se",
            "unit": tree.homecare.pk,
            "role": Role.STAFF,
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="Ines@Example.se")
    assert not user.has_usable_password()
    email = OutgoingEmail.objects.get(recipients="Ines@Example.se")
    assert "välj ditt lösenord" in email.subject.lower()
    assert "72 timmar" in email.message["body"]
    token = LINK.search(email.message["body"]).group(1)
    # Only the hash is stored: the token itself is nowhere in the database.
    invitation = user.invitations.get()
    assert invitation.token_hash == hash_token(token)
    assert token not in invitation.token_hash
    assert invitation.expires_at - invitation.created_at == datetime.timedelta(hours=72)


def test_the_create_form_has_no_password_fields_and_starts_at_medarbetare(client, tree):
    login(client, make_user(tree.social, Role.COORDINATOR))
    body = client.get(reverse("qms:user_create")).content.decode()
    assert 'type="password"' not in body
    assert "password1" not in body
    assert re.search(r'<option value="staff"[^>]*selected', body)
    for higher in ("coordinator", "manager", "admin"):
        assert not re.search(rf'<option value="{higher}"[^>]*selected', body)


def test_invited_person_sets_own_password_and_can_log_in(client, tree):
    user, token = invite(tree)
    page = client.get(reverse("qms:invitation_accept", args=[token]))
    assert page.status_code == 200
    assert "ines@example.se" in page.content.decode()
    response = accept(client, token)
    assert response.status_code == 302
    assert response["Location"] == reverse("account_login")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert user.invitations.get().used_at is not None
    login_response = client.post(
        reverse("account_login"), {"login": "ines@example.se", "password": NEW_PASSWORD}
    )
    assert login_response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_used_link_cannot_be_used_again(client, tree):
    user, token = invite(tree)
    assert accept(client, token).status_code == 302
    again = accept(client, token, password="Ett-annat-lösenord-88")
    assert again.status_code == 410
    assert "redan använts" in again.content.decode()
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert not user.check_password("Ett-annat-lösenord-88")


def test_an_expired_link_is_refused(client, tree):
    user, token = invite(tree)
    Invitation.objects.filter(user=user).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    response = accept(client, token)
    assert response.status_code == 410
    assert "har gått ut" in response.content.decode()
    assert client.get(reverse("qms:invitation_accept", args=[token])).status_code == 410
    user.refresh_from_db()
    assert not user.has_usable_password()


def test_a_link_is_still_good_just_before_72_hours(client, tree):
    user, _token = invite(tree)
    invitation = user.invitations.get()
    assert invitation.is_usable(invitation.created_at + datetime.timedelta(hours=71, minutes=59))
    assert not invitation.is_usable(invitation.created_at + datetime.timedelta(hours=72))


def test_a_wrong_token_is_refused_and_changes_nothing(client, tree):
    user, token = invite(tree)
    wrong = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = accept(client, wrong)
    assert response.status_code == 404
    assert "inte giltig" in response.content.decode()
    user.refresh_from_db()
    assert not user.has_usable_password()
    assert user.invitations.get().used_at is None


def test_a_weak_password_is_refused_and_the_link_stays_usable(client, tree):
    user, token = invite(tree)
    response = accept(client, token, password="123")
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert user.invitations.get().used_at is None
    mismatch = accept(client, token, password=NEW_PASSWORD, repeat=NEW_PASSWORD + "x")
    assert mismatch.status_code == 200
    assert accept(client, token).status_code == 302


def test_a_new_invitation_ends_the_old_link(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    user, first = invite(tree, coordinator)
    login(client, coordinator)
    response = client.post(reverse("qms:user_invite", args=[user.pk]))
    assert response.status_code == 302
    second = token_from_last_email()
    client.logout()
    assert accept(client, first).status_code == 410
    assert accept(client, second).status_code == 302


def test_a_deactivated_account_cannot_use_its_invitation(client, tree):
    user, token = invite(tree)
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert accept(client, token).status_code == 410


def test_resending_is_denied_to_chef_and_to_coordinator_of_another_unit(client, tree):
    user, _token = invite(tree)
    url = reverse("qms:user_invite", args=[user.pk])
    login(client, make_user(tree.elderly, Role.MANAGER))
    assert client.post(url).status_code == 403
    login(client, make_user(tree.school, Role.COORDINATOR))
    assert client.post(url).status_code == 404
    assert user.invitations.count() == 1


def test_user_page_shows_the_invitation_and_a_resend_button(client, tree):
    coordinator = make_user(tree.social, Role.COORDINATOR)
    user, _token = invite(tree, coordinator)
    login(client, coordinator)
    body = client.get(reverse("qms:user_detail", args=[user.pk])).content.decode()
    assert "Inbjudan skickades" in body
    assert reverse("qms:user_invite", args=[user.pk]) in body
