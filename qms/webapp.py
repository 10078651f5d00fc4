"""The installable web app: its manifest, its service worker and the page shown offline.

The service worker's code is a static file (`static/js/sw.js`), served from the site's root so
that it may control every page (a worker controls only the pages under its own path). It keeps
no page a person has seen, only the offline page and what that page needs, so nothing of a case
stays on the device; reports typed without a connection are kept by the report form's own
script (`static/js/report-outbox.js`), never by the worker.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

THEME_COLOUR = "#0b4f8a"


@login_not_required
@require_GET
@cache_control(max_age=3600, public=True)
def manifest(request: HttpRequest) -> JsonResponse:
    """The web app manifest: name, start page and icons, so a phone can install the site."""
    icons = [
        {
            "src": static(f"img/icons/icon-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
        }
        for size in (192, 512)
    ]
    icons.append(
        {
            "src": static("img/icons/icon-maskable-512.png"),
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        }
    )
    response = JsonResponse(
        {
            "name": _("Kvalitetsledning"),
            "short_name": _("Kvalitet"),
            "description": _("Rapportera avvikelser och följ kvalitetsarbetet i kommunen."),
            "lang": request.LANGUAGE_CODE,
            "id": "/",
            "start_url": "/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": THEME_COLOUR,
            "icons": icons,
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Content-Type"] = "application/manifest+json"
    return response


def _worker_source() -> bytes:
    """sw.js as collected (production) or from static/ (development and tests)."""
    try:
        with staticfiles_storage.open("js/sw.js") as handle:
            return handle.read()
    except (FileNotFoundError, OSError, ValueError):
        found = finders.find("js/sw.js")
        if not found:
            raise Http404 from None
        with open(found, "rb") as handle:
            return handle.read()


@login_not_required
@require_GET
@cache_control(no_cache=True)
def service_worker(request: HttpRequest) -> HttpResponse:
    """static/js/sw.js at /sw.js; `no-cache` so a new version is picked up at the next visit."""
    response = HttpResponse(_worker_source(), content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


@login_not_required
@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """The page the service worker shows when a page cannot be fetched (no connection)."""
    return render(request, "qms/offline.html")
