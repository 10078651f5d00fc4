"""URLs kept instead of a `reverse()` each.

A reverse() is a walk of the URL patterns and three reads of the active language: about 26 µs.
A page asks for 10–35 of them (the menu, the forms' actions, each case's link). What reverse()
gives for a view depends here only on the URL configuration (the request's, or the setting
outside a request), the prefix the site is served under and the current app – the URLs have
no language prefix – so the URL of a view without arguments is kept, and for a view with one
numeric argument the text before and after it (reversed once with URL_MARKER in its place).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

# A number that stands for the pk while a URL is reversed.
URL_MARKER = 987654321

# (view name, with a pk, current app, URL configuration, script prefix) → the URL; with a pk
# the text before and after it, or None where the marker does not stand alone in the URL.
_kept: dict[tuple, str | tuple[str, str] | None] = {}


def _kept_for(viewname: str, with_pk: bool, current_app: str | None):
    """What is kept for the view; NoReverseMatch as reverse() raises it (nothing kept)."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    key = (viewname, with_pk, current_app, urlconf, get_script_prefix())
    try:
        return _kept[key]
    except KeyError:
        pass
    url = reverse(viewname, args=[URL_MARKER] if with_pk else None, current_app=current_app)
    if with_pk:
        parts = url.split(str(URL_MARKER))
        url = (parts[0], parts[1]) if len(parts) == 2 else None
    _kept[key] = url
    return url


def kept_url(viewname: str, current_app: str | None = None) -> str:
    """`reverse(viewname)` for a view without arguments."""
    return _kept_for(viewname, False, current_app)


def pk_url(viewname: str, pk: int, current_app: str | None = None) -> str:
    """`reverse(viewname, args=[pk])` for a number `pk` (a model's get_absolute_url)."""
    parts = _kept_for(viewname, True, current_app)
    if parts is None:
        return reverse(viewname, args=[pk], current_app=current_app)
    return f"{parts[0]}{pk}{parts[1]}"


def url_for_pk(viewname: str) -> Callable[[int], str]:
    """pk_url for many rows of one view: the links of a list's rows."""
    parts = _kept_for(viewname, True, None)
    if parts is None:
        return lambda pk: reverse(viewname, args=[pk])
    head, tail = parts
    return lambda pk: f"{head}{pk}{tail}"
