"""Response headers Django has no setting for."""

from __future__ import annotations

from django.conf import settings


class PermissionsPolicyMiddleware:
    """Adds `Permissions-Policy` (settings.PERMISSIONS_POLICY): the browser features no page of
    ours uses are switched off, for our pages and anything embedded in them, so injected script
    could not reach the camera, microphone or position either. (Taking a photo for an upload goes
    through the file picker, which this does not govern.)"""

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.value)
        return response
