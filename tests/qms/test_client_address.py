"""The client address behind PROXY_COUNT proxies: never the part of X-Forwarded-For the client
wrote. (The same rules against a real nginx: tests/qms/test_behind_nginx.py.)"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse

from qms.models import Role
from qms.net import client_ip
from tests.factories import PASSWORD, make_user


def address(forwarded: str | None, *, proxies: int, peer: str = "10.0.0.9") -> str:
    meta = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **meta))


@pytest.mark.parametrize(
    ("forwarded", "proxies", "expected"),
    [
        # No proxy: the header is the client's own and is ignored.
        ("198.51.100.1", 0, "10.0.0.9"),
        (None, 0, "10.0.0.9"),
        # One proxy (nginx, $proxy_add_x_forwarded_for): the right-most entry is what it saw.
        ("203.0.113.50", 1, "203.0.113.50"),
        ("198.51.100.1, 203.0.113.50", 1, "203.0.113.50"),
        ("198.51.100.1,198.51.100.2 , 203.0.113.50", 1, "203.0.113.50"),
        # Two proxies (load balancer → nginx): the second from the right.
        ("198.51.100.1, 203.0.113.50, 10.1.1.1", 2, "203.0.113.50"),
        ("203.0.113.50, 10.1.1.1", 2, "203.0.113.50"),
        # Fewer entries than proxies: the header did not come through them; the peer counts.
        ("203.0.113.50", 2, "10.0.0.9"),
        (None, 1, "10.0.0.9"),
        ("", 1, "10.0.0.9"),
        # IPv6, and an IPv4-mapped IPv6 address in its IPv4 form.
        ("2001:db8::1", 1, "2001:db8::1"),
        ("::ffff:203.0.113.50", 1, "203.0.113.50"),
        # Not an address where ours should be: the peer.
        ("198.51.100.1, not-an-address", 1, "10.0.0.9"),
    ],
)
def test_client_is_proxy_count_hops_from_the_right(settings, forwarded, proxies, expected):
    settings.PROXY_COUNT = proxies
    assert address(forwarded, proxies=proxies) == expected


@pytest.mark.django_db
def test_locked_account_stays_locked_whatever_the_client_writes_in_the_header(
    client, tree, settings
):
    """The issue's bypass: locked, then the right password with a forged left part."""
    settings.PROXY_COUNT = 1
    make_user(tree.solgarden, Role.STAFF, username="david")
    url = reverse("account_login")
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            url,
            {"login": "david", "password": "fel"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.50",
        )
    response = client.post(
        url,
        {"login": "david", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.77, 203.0.113.50",
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.50"}


def test_axes_uses_our_client_address():
    assert settings.AXES_CLIENT_IP_CALLABLE == "qms.net.client_ip"
