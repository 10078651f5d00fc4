"""Every link leads somewhere: logged in as each demo user (seed_demo's data), follow every link
from the start page, and fail on any page that answers 403 or 404 to someone who was shown the
link (issue 15: "never render a link to a page that will refuse them")."""

from __future__ import annotations

import re
import time
from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.test import Client

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


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def internal(href: str) -> str | None:
    href = urldefrag(href)[0]
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    if parts.path.startswith(SKIPPED_PREFIXES):
        return None
    return href


def crawl(client: Client) -> tuple[dict[str, list[str]], int]:
    """Follow every internal link breadth-first; the refused URLs with the pages linking them."""
    seen = {"/"}
    queue = ["/"]
    kinds: dict[str, int] = defaultdict(int)
    refused: dict[str, list[str]] = defaultdict(list)
    linked_from: dict[str, str] = {}
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
    return refused, visited


@pytest.mark.parametrize("username", USERS)
def test_no_link_leads_to_a_refusal(seeded_demo, username: str) -> None:
    client = login(Client(), User.objects.get(username=username))
    started = time.monotonic()
    refused, visited = crawl(client)
    lines = [
        f"{url}  (linked from {', '.join(sorted(set(pages)))})" for url, pages in refused.items()
    ]
    print(f"{username}: {visited} pages in {time.monotonic() - started:.0f} s")
    assert not refused, f"{len(refused)} links refused {username}:\n" + "\n".join(sorted(lines))
