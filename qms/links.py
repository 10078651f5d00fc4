"""Links to many objects of one kind at the cost of one `reverse()`."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

# A number that stands for the pk while a URL is reversed (url_for_pk).
URL_MARKER = 987654321


def url_for_pk(viewname: str) -> Callable[[int], str]:
    """`reverse(viewname, args=[pk])` for any pk at the cost of one reverse(): the links of a
    list's rows without a reverse() (a walk of the URL patterns) per row."""
    head, tail = reverse(viewname, args=[URL_MARKER]).split(str(URL_MARKER))
    return lambda pk: f"{head}{pk}{tail}"


# (viewname, URL configuration, script prefix) → the URL's text before and after the pk.
_parts: dict[tuple, tuple[str, str]] = {}


def pk_url(viewname: str, pk: int) -> str:
    """`reverse(viewname, args=[pk])`, with the text around the pk kept per URL configuration
    (the request's, or the setting outside a request) and script prefix (all that reverse()
    reads here: no language prefixes in the URLs). For a
    model's get_absolute_url, asked for each row of a start page's panels and of the case
    page's related objects: a reverse() costs about 26 µs (a walk of the URL patterns and
    three reads of the active language), this a dict lookup."""
    key = (viewname, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
    parts = _parts.get(key)
    if parts is None:
        head, tail = reverse(viewname, args=[URL_MARKER]).split(str(URL_MARKER))
        parts = _parts[key] = (head, tail)
    return f"{parts[0]}{pk}{parts[1]}"
