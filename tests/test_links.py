"""Every link leads somewhere: logged in as each demo user (seed_demo's data), follow every link
from the start page, and fail on any page that answers 403 or 404 to someone who was shown the
link (issue 15: "never render a link to a page that will refuse them").

The same walk reads every page in both languages (issue 15): in Swedish, and the first page of
each kind again in English. It fails on a Swedish text of the catalogue left untranslated on an
English page, and on a count that reads wrong in either language ("1 enheter", "1 units",
"3 action": a count phrase written without ngettext)."""

from __future__ import annotations

import functools
import re
import time
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.apps import apps
from django.db import models
from django.test import Client
from django.utils import translation

from qms.models import User
from tests.conftest import login

# Demo users: one per role, and the staff member with most own cases.
USERS = ["medarbetare", "chef", "samordnare", "revisor", "styrelse", "admin", "sofia.andersson"]
# Not pages of the app: the technical admin (Django's own), log-out, static files; downloads
# are requested too (a 404 there is as bad), but not their bodies parsed.
SKIPPED_PREFIXES = ("/admin/", "/konto/logout", "/static/", "/i18n/")
# Pages of one kind (the same path with other ids or parameters) are alike: a sample of each
# kind is followed (ten: the suite has a 20-minute budget), so the walk stays 30-420 pages
# per user on the demo data.
PAGES_PER_KIND = 10


# Text typed or stored by people is not the interface's: these elements' contents are skipped.
NOT_INTERFACE = {"script", "style", "textarea", "option", "code", "pre"}
LABELS = ("aria-label", "placeholder", "title", "alt")

# A count whose noun does not agree with it: "1 units" / "3 action", "1 enheter" / "3 enhet".
# Numbers up to three digits (a year before a noun is not a count).
_N = r"(?<![\d.,:/-])"
WRONG_COUNTS = {
    "en": re.compile(
        _N + r"(?:1 (?!\w*(?:ss|us|is)\b)[a-z]+s"
        r"|(?:0|[2-9]|[1-9]\d{1,2}) (?:action|case|deviation|day|week|month|year|hour|unit"
        r"|finding|audit|suggestion|report|account|user|person|comment|notification|item|file"
        r"|table|row|page))\b"
    ),
    "sv": re.compile(
        _N + r"(?:1 (?:enheter|åtgärder|ärenden|avvikelser|dagar|veckor|månader|timmar"
        r"|revisioner|iakttagelser|synpunkter|konton|personer|tabeller|filer|rader|sidor"
        r"|kommentarer|aviseringar)"
        r"|(?:0|[2-9]|[1-9]\d{1,2}) (?:enhet|åtgärd|avvikelse|dag|vecka|månad|timme"
        r"|revision|iakttagelse|synpunkt|person|tabell|fil|rad|sida|kommentar|avisering))\b"
    ),
}


class Links(HTMLParser):
    """The page's links, and its interface texts (text nodes and labelling attributes); an
    element marked with its own language (the language switch's "Svenska") is not read."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.texts: list[str] = []
        self._skipped: list[str] = []  # the open elements whose contents are not read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"])
        if tag in NOT_INTERFACE or (tag != "html" and values.get("lang")):
            self._skipped.append(tag)
        elif not self._skipped:
            self.texts.extend(" ".join(v.split()) for k, v in attrs if k in LABELS and v)

    def handle_endtag(self, tag: str) -> None:
        if self._skipped and self._skipped[-1] == tag:
            self._skipped.pop()

    def handle_data(self, data: str) -> None:
        if not self._skipped and data.strip():
            self.texts.append(" ".join(data.split()))


@functools.cache  # every test restores the same seeded demo
def swedish_msgids() -> set[str]:
    """The catalogue's Swedish texts that English shows differently (placeholders left out),
    less those stored in the database: a category called "Personuppgiftsincident", the
    standards catalogue's event names (certifications/catalogue.py, which admins edit), and the
    labels frozen into an approved review's or a published report's figures are data, in the
    language they were written or frozen in."""
    catalog = translation.trans_real.translation("en")._catalog
    texts = {
        " ".join(key.split())
        for key, value in catalog.items()
        if isinstance(key, str) and len(key) > 3 and key != value and "%(" not in key
    }
    return texts - stored_texts(texts)


def stored_texts(candidates: set[str]) -> set[str]:
    stored: set[str] = set()

    def leaves(value) -> None:
        if isinstance(value, str):
            if value in candidates:
                stored.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                leaves(item)
        elif isinstance(value, list | tuple):
            for item in value:
                leaves(item)

    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField) and not field.choices:
                found = model._default_manager.filter(**{f"{field.name}__in": candidates})
                stored.update(found.values_list(field.name, flat=True).distinct())
            elif isinstance(field, models.JSONField):
                for value in model._default_manager.values_list(field.name, flat=True):
                    leaves(value)
    return stored


def wording_faults(texts: list[str], language: str, swedish: set[str]) -> list[str]:
    faults = [
        f"count: {m.group(0)!r} in {t[:100]!r}"
        for t in texts
        for m in WRONG_COUNTS[language].finditer(t)
    ]
    if language == "en":
        faults += [f"Swedish: {t[:100]!r}" for t in texts if t in swedish]
    return faults


def internal(href: str) -> str | None:
    href = urldefrag(href)[0]
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    if parts.path.startswith(SKIPPED_PREFIXES):
        return None
    return href


def crawl(client: Client) -> tuple[dict[str, list[str]], int, dict[str, list[str]]]:
    """Follow every internal link breadth-first: the refused URLs with the pages linking them,
    the number of pages visited, and the wording faults found, by page."""
    seen = {"/"}
    queue = ["/"]
    kinds: dict[str, int] = defaultdict(int)
    refused: dict[str, list[str]] = defaultdict(list)
    linked_from: dict[str, str] = {}
    faults: dict[str, list[str]] = {}
    swedish = swedish_msgids()
    read_in_english: set[str] = set()
    visited = 0
    while queue:
        url = queue.pop(0)
        response = client.get(url)
        visited += 1
        if response.status_code in (403, 404):
            refused[url].append(linked_from.get(url, "?"))
            continue
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        parser = Links()
        parser.feed(response.content.decode())
        found = wording_faults(parser.texts, "sv", swedish)
        kind = re.sub(r"\d+", "#", urlsplit(url).path)
        if kind not in read_in_english:  # the first page of each kind, again in English
            read_in_english.add(kind)
            english = Links()
            english.feed(client.get(url, headers={"accept-language": "en"}).content.decode())
            found += wording_faults(english.texts, "en", swedish)
        if found:
            faults[url] = found
        for href in parser.hrefs:
            target = internal(href)
            if target is None or target in seen:
                continue
            kind = re.sub(r"\d+", "#", urlsplit(target).path)
            if kinds[kind] >= PAGES_PER_KIND:
                continue
            kinds[kind] += 1
            seen.add(target)
            linked_from[target] = url
            queue.append(target)
    return refused, visited, faults


@pytest.mark.parametrize("username", USERS)
def test_no_link_leads_to_a_refusal(seeded_demo, username: str) -> None:
    client = login(Client(), User.objects.get(username=username))
    started = time.monotonic()
    refused, visited, faults = crawl(client)
    lines = [
        f"{url}  (linked from {', '.join(sorted(set(pages)))})" for url, pages in refused.items()
    ]
    print(f"{username}: {visited} pages in {time.monotonic() - started:.0f} s")
    assert not refused, f"{len(refused)} links refused {username}:\n" + "\n".join(sorted(lines))
    wording = [f"{url}: {fault}" for url, found in sorted(faults.items()) for fault in found]
    assert not wording, f"wording faults seen by {username}:\n" + "\n".join(wording)
