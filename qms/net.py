"""The client's address as the outermost of our own proxies saw it.

Each trusted proxy in front of the app appends the address it received the request from to
`X-Forwarded-For` (nginx: `$proxy_add_x_forwarded_for`). Whatever the client put in the header
itself stays on the left, so only the right-hand part is ours: with `PROXY_COUNT` proxies the
client is the entry `PROXY_COUNT` hops from the right. Without proxies (`PROXY_COUNT=0`) the
header is ignored and the socket's peer (`REMOTE_ADDR`) is the client.

The login lockout (django-axes, through `AXES_CLIENT_IP_CALLABLE`), the public form's rate limit
and the audit history all key on this one function.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The client's IP address, never taken from the part of the header the client wrote.

    A header with fewer entries than there are proxies did not come through all of them (or was
    not set by them): it is not trusted, and the peer's address is used instead."""
    peer = _normalised(request.META.get("REMOTE_ADDR", ""))
    proxies = settings.PROXY_COUNT
    if proxies <= 0:
        return peer
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    if len(hops) < proxies:
        return peer
    return _normalised(hops[-proxies]) or peer


def _normalised(value: str) -> str:
    """A valid IP address in its canonical form, or "" (a port or garbage is not an address)."""
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return ""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return str(address)
