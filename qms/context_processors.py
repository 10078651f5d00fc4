from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def navigation(request) -> dict:
    """The main menu and the "who am I" line shown on every page."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    items = [(reverse("home"), _("Start")), (reverse("qms:unit_list"), _("Organisation"))]
    if user.has_perm("qms.manage_users"):
        items.append((reverse("qms:user_list"), _("Användare")))
    if user.is_staff:
        items.append((reverse("admin:index"), _("Teknisk administration")))
    current = request.path
    return {
        "nav_items": [
            {
                "url": url,
                "label": label,
                "current": url == current or (url != "/" and current.startswith(url)),
            }
            for url, label in items
        ],
        "primary_membership": user.primary_membership,
    }


def csp_nonce(request) -> dict:
    """django-csp keeps the nonce on the request; {% htmx_script %} reads it from the context."""
    return {"csp_nonce": getattr(request, "csp_nonce", "")}
