"""Login with username or e-mail, lockout after repeated failures, no self sign-up."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.urls import reverse

from qms.models import Role, User
from tests.conftest import login
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def post_login(client, login: str, password: str, ip: str = "10.0.0.1"):
    return client.post(
        reverse("account_login"), {"login": login, "password": password}, REMOTE_ADDR=ip
    )


def test_login_with_username(client, tree):
    user = make_user(tree.solgarden, Role.STAFF, username="anna")
    response = post_login(client, "anna", PASSWORD)
    assert response.status_code == 302
    assert client.get(reverse("home")).context["user"] == user


def test_login_with_email_in_any_case(client, tree):
    make_user(tree.solgarden, Role.STAFF, username="bertil", email="bertil@example.se")
    assert post_login(client, "Bertil@Example.SE", PASSWORD).status_code == 302


def test_wrong_password_shows_error_and_keeps_login_name(client, tree):
    make_user(tree.solgarden, Role.STAFF, username="cecilia")
    response = post_login(client, "cecilia", "fel")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'value="cecilia"' in body and "error-summary" in body


def test_lockout_after_repeated_failures_even_with_the_right_password(client, tree):
    make_user(tree.solgarden, Role.STAFF, username="david")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert post_login(client, "david", "fel").status_code == 200
    locked = post_login(client, "david", "fel")
    assert locked.status_code == 429
    assert "tillfälligt spärrat" in locked.content.decode()
    # The right password does not help while the lock lasts.
    again = post_login(client, "david", PASSWORD)
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_login_name_longer_than_anyones_is_refused_with_a_message(client, tree):
    """Issue 13 #7: 300 characters overflowed the lock-out record's column (500)."""
    from axes.models import AccessAttempt

    response = post_login(client, "x" * 300, "fel", ip="10.0.0.99")  # its own address: allauth
    # limits log-ins per address and minute, and this file logs in many times from 10.0.0.1
    assert response.status_code == 200
    assert "har som mest 254 tecken (den har 300)" in response.content.decode()
    assert not AccessAttempt.objects.exists()  # refused before anything was counted


def test_the_name_lockouts_count_against_fits_their_column(rf):
    """Other log-in paths reach django-axes too: the name it records is cut to fit."""
    from qms.auth import login_name

    request = rf.post("/", {"login": "  Y" + "y" * 299})
    assert login_name(request, None) == "y" * 254
    assert login_name(request, {"username": "Anna "}) == "anna"


def test_lockout_of_one_user_does_not_lock_another(client, tree):
    make_user(tree.solgarden, Role.STAFF, username="erik")
    make_user(tree.solgarden, Role.STAFF, username="fia")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        post_login(client, "erik", "fel")
    assert post_login(client, "fia", PASSWORD).status_code == 302


def test_sign_up_is_closed(client, db):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "x@example.se",
            "username": "x",
            "password1": "Abc-123-xyz!",
            "password2": "Abc-123-xyz!",
        },
    )
    assert "Konton skapas av administratören" in response.content.decode()
    assert not User.objects.filter(username="x").exists()


def test_start_page_fits_the_role(client, tree):
    chef = make_user(tree.solgarden, Role.MANAGER, first_name="Karin")
    page = login(client, chef).get(reverse("home")).content.decode()
    assert "Välkommen, Karin" in page and "Min enhet" in page
    assert "Konton och behörigheter" not in page

    board = make_user(tree.kommun, Role.BOARD, first_name="Stefan")
    client.logout()
    page = login(client, board).get(reverse("home")).content.decode()
    assert "Rapporter" in page and "Min enhet" not in page


def test_lockout_counts_per_account_not_per_typed_name(client, tree):
    """Username and e-mail address of one account share one counter: five tries, not ten."""
    make_user(tree.solgarden, Role.STAFF, username="gustav", email="Gustav.Ek@example.se")
    names = ["gustav", "gustav.ek@example.se", "GUSTAV", "Gustav.Ek@Example.se"]
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        assert post_login(client, names[n % len(names)], "fel").status_code == 200
    assert post_login(client, "gustav.ek@example.se", "fel").status_code == 429
    for name in ("gustav", "gustav.ek@example.se"):
        assert post_login(client, name, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_unknown_names_are_counted_as_typed(client, tree):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        post_login(client, "finns.inte@example.se", "fel")
    assert post_login(client, "Finns.Inte@example.se", "fel").status_code == 429


# Password reset -------------------------------------------------------------------------------


def reset_emails():
    from qms.models import OutgoingEmail

    return list(OutgoingEmail.objects.order_by("pk"))


def test_password_reset_link_comes_from_base_url_not_the_host_header(client, tree, settings):
    settings.ALLOWED_HOSTS = ["*"]  # even where any Host is accepted
    settings.BASE_URL = "https://qms.exempelkommun.se"
    make_user(tree.solgarden, Role.STAFF, username="hanna", email="hanna@example.se")
    response = client.post(
        reverse("account_reset_password"),
        {"email": "hanna@example.se"},
        HTTP_HOST="angripare.example",
    )
    assert response.status_code == 302
    (email,) = reset_emails()
    body = email.message["body"]
    assert "https://qms.exempelkommun.se/" in body
    assert "angripare.example" not in body and "angripare.example" not in email.subject


def test_password_reset_for_an_unknown_address_sends_nothing_and_answers_the_same(client, tree):
    make_user(tree.solgarden, Role.STAFF, username="ida", email="ida@example.se")
    url = reverse("account_reset_password")
    unknown = client.post(url, {"email": "okand@example.se"})
    assert reset_emails() == []
    known = client.post(url, {"email": "ida@example.se"})
    assert len(reset_emails()) == 1
    assert (unknown.status_code, unknown["Location"]) == (known.status_code, known["Location"])
    assert page_text(client.get(unknown["Location"])) == page_text(client.get(known["Location"]))


def page_text(response) -> str:
    """The page without what differs on every response (CSP nonce, CSRF token)."""

    text = response.content.decode()
    text = re.sub(r'(nonce|value)="[^"]*"', "", text)
    return re.sub(r'"X-CSRFToken": "[^"]*"', "", text)


def test_log_in_gives_a_new_session_and_log_out_ends_it(client, tree):
    """No session fixation: the session key from before log-in is not the one after it, and
    after log-out the old session cookie opens nothing."""
    make_user(tree.solgarden, Role.STAFF, username="johan")
    session = client.session  # a session exists before log-in
    session["före"] = True
    session.save()
    before = session.session_key
    assert post_login(client, "johan", PASSWORD).status_code == 302
    after = client.session.session_key
    assert after and after != before
    client.post(reverse("account_logout"))
    client.cookies["sessionid"] = after
    assert client.get(reverse("home")).status_code == 302  # to the log-in page


def test_a_deactivated_accounts_session_opens_nothing(client, tree):
    user = make_user(tree.solgarden, Role.STAFF, username="lisa")
    assert post_login(client, "lisa", PASSWORD).status_code == 302
    assert client.get(reverse("home")).status_code == 200
    User.objects.filter(pk=user.pk).update(is_active=False)
    response = client.get(reverse("home"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_the_signed_in_person_is_read_by_the_accounts_backend(client, tree):
    """A password login records qms.auth.AccountBackend, which reads the person for each
    request (qms.rows); a session whose person was removed, or whose password changed, opens
    nothing."""
    from django.contrib.auth import BACKEND_SESSION_KEY

    user = make_user(tree.solgarden, Role.STAFF, username="nora")
    # Its own client addresses: the log-in rate limits count this file's other attempts.
    assert post_login(client, "nora", PASSWORD, ip="10.0.7.1").status_code == 302
    assert client.session[BACKEND_SESSION_KEY] == "qms.auth.AccountBackend"
    page = client.get(reverse("home"))
    assert page.status_code == 200 and page.context["user"].pk == user.pk
    User.objects.filter(pk=user.pk).update(password="changed-elsewhere")
    assert client.get(reverse("home")).status_code == 302
    other = make_user(tree.solgarden, Role.STAFF, username="olle")
    assert post_login(client, "olle", PASSWORD, ip="10.0.7.2").status_code == 302
    other.memberships.all().delete()
    other.delete()
    assert client.get(reverse("home")).status_code == 302


def test_a_post_without_the_csrf_token_or_from_another_site_is_refused(tree):
    """Cross-site requests: the log-in form and a logged-in form refuse a post without the
    token, and one whose Origin is another site even with it."""
    from django.test import Client

    user = make_user(tree.solgarden, Role.STAFF, username="karl")
    client = Client(enforce_csrf_checks=True)
    url = reverse("account_login")
    assert client.post(url, {"login": "karl", "password": PASSWORD}).status_code == 403
    client.get(url)
    token = client.cookies["csrftoken"].value
    data = {"login": "karl", "password": PASSWORD, "csrfmiddlewaretoken": token}
    assert (
        client.post(url, data, headers={"Origin": "https://angripare.example"}).status_code == 403
    )
    assert client.post(url, data).status_code == 302
    preferences = reverse("qms:notification_list")
    assert client.post(preferences, {"notify_by_email": ""}).status_code == 403
    user.refresh_from_db()
    assert user.notify_by_email
