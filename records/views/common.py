"""Helpers shared by the records views."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest

from records.models import AccessLog

# Protocols, packages and extracts hold case data: no browser or proxy keeps a copy.
NOT_CACHED = "private, no-store"


def is_fragment(request: HttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


def logged_download(
    request: HttpRequest, field_file, *, what: str, object_id: int, filename: str, content_type: str
) -> FileResponse:
    """Serve a stored file as a download and log who took it."""
    if not field_file:
        raise Http404
    try:
        handle = field_file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    AccessLog.objects.create(user=request.user, what=what, object_id=object_id)
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type=content_type
    )
    response["Cache-Control"] = NOT_CACHED
    return response
