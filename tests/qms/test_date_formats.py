"""Dates in one Swedish style: 2026-12-05 in lists and tables, 5 december 2026 in sentences.

English-style abbreviated months ("5 Dec 2026") are what the style replaced; this checks the
templates of the modules that had them."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

DATE_FILTER = re.compile(r"""\|date:["']([^"']*)["']""")
ABBREVIATED_MONTH = re.compile(r"(?<!\\)[MbN]")  # Dec, dec, Dec. (django.utils.dateformat)
FOLDERS = [
    "api/templates",
    "records/templates",
    "templates/provisioning",
    "templates/imports",
    "templates/api",
    "templates/records",
]


def test_api_records_provisioning_and_imports_show_dates_in_the_swedish_styles():
    base = Path(settings.BASE_DIR)
    checked, wrong = 0, []
    for folder in FOLDERS:
        for path in sorted((base / folder).glob("**/*.*")) if (base / folder).exists() else []:
            for fmt in DATE_FILTER.findall(path.read_text()):
                checked += 1
                if fmt != "c" and ABBREVIATED_MONTH.search(fmt):
                    wrong.append(f"{path.relative_to(base)}: {fmt}")
    assert checked > 20
    assert wrong == []
