import functools

from qms.menu import items_for
from qms.notifications import unread_count


def navigation(request) -> dict:
    """The main menu and the "who am I" line shown on every page."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    items = items_for(user)
    # The current entry is the one whose URL is the longest prefix of this page's path, so
    # /avvikelser/atgarder/ marks "Åtgärder", not "Avvikelser".
    matches = [
        url
        for url, _label, _primary in items
        if request.path == url or (url != "/" and request.path.startswith(url))
    ]
    current = max(matches, key=len, default=None)
    return {
        "nav_items": [
            {"url": url, "label": label, "current": url == current} for url, label, _p in items
        ],
        "header_actions": [
            {"url": url, "label": label} for url, label, primary in items if primary
        ],
        "primary_membership": user.primary_membership,
        # Lazy: one query if shown.
        "unread_notifications": functools.partial(unread_count, user.pk),
    }


def csp_nonce(request) -> dict:
    """django-csp keeps the nonce on the request; {% htmx_script %} reads it from the context."""
    return {"csp_nonce": getattr(request, "csp_nonce", "")}
