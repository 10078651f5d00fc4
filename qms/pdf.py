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
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

# A base URL that never resolves to anything: relative and root-relative links in the HTML
# become URLs under it, and the fetcher maps those under STATIC_URL to static files.
BASE_URL = "https://pdf.invalid/"
PDF_VARIANT = "pdf/ua-1"


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
        found = finders.find(relative)
        if not found:
            raise ValueError(f"No such static file: {url}")
        content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
        return URLFetcherResponse(
            url, body=Path(found).read_bytes(), headers={"Content-Type": content_type}
        )


def render_pdf(template_name: str, context: dict) -> bytes:
    """Render a template (which sets its own @page rules and lang) to tagged PDF bytes."""
    html = render_to_string(template_name, context)
    return HTML(string=html, base_url=BASE_URL, url_fetcher=StaticFilesOnly()).write_pdf(
        pdf_variant=PDF_VARIANT
    )
