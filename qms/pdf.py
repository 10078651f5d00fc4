"""PDF documents: HTML templates rendered by WeasyPrint as tagged PDF/UA, A4.

The one place that calls WeasyPrint. Its URL fetcher serves only our own static files: a
report never fetches anything from the network or the file system outside the static
directories, whatever its HTML contains (WeasyPrint follows any URL it is given).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

# A base URL that never resolves to anything: relative and root-relative links in the HTML
# become URLs under it, and the fetcher maps those under STATIC_URL to static files.
BASE_URL = "https://pdf.invalid/"
PDF_VARIANT = "pdf/ua-1"
# Renderings for the archive (records: the gallringsprotokoll, a case in an e-archive package):
# PDF/A-2 level A, which is tagged as well, so it stays accessible.
ARCHIVE_VARIANT = "pdf/a-2a"


class StaticFilesOnly(URLFetcher):
    """Serve `{% static %}` URLs from the static files; refuse everything else."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=["https"], allow_redirects=False)

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        prefix = BASE_URL.rstrip("/") + settings.STATIC_URL
        if not url.startswith(prefix):
            raise ValueError(f"Only static files may be used in a PDF: {url}")
        relative = url.removeprefix(prefix).split("?", 1)[0].split("#", 1)[0]
        if not relative or ".." in Path(relative).parts:
            raise ValueError(f"Not a static file: {url}")
        found = static_file(relative)
        if found is None:
            raise ValueError(f"No such static file: {url}")
        content_type = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            url, body=found.read_bytes(), headers={"Content-Type": content_type}
        )


def static_file(relative: str) -> Path | None:
    """The file behind a static URL path.

    In development `{% static %}` gives the source name, which the finders know. In production
    (whitenoise's manifest storage) it gives the hashed name (`css/report.3f2a….css`), which
    only exists among the collected files in STATIC_ROOT (issue 13 #6: PDFs lost their
    stylesheet and logo)."""
    found = finders.find(relative)
    if found:
        return Path(found)
    try:
        collected = Path(staticfiles_storage.path(relative))
    except (NotImplementedError, SuspiciousFileOperation):
        return None
    return collected if collected.is_file() else None


def render_pdf(template_name: str, context: dict, *, variant: str = PDF_VARIANT) -> bytes:
    """Render a template (which sets its own @page rules and lang) to tagged PDF bytes:
    PDF/UA by default, or `ARCHIVE_VARIANT` (PDF/A) for what goes to the archive."""
    html = render_to_string(template_name, context)
    return HTML(string=html, base_url=BASE_URL, url_fetcher=StaticFilesOnly()).write_pdf(
        pdf_variant=variant
    )
