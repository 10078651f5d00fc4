"""The pages the HTTP benchmark measures, one `Page` per row of its table.

To measure another page, add a `Page` to PAGES (or append to it from another module imported
here). `url` is a path, or a function of the user that returns one, or None when the page does
not apply to that user (a resolver runs in the benchmark process, with Django set up against the
database being measured, so it may query). `kind` says which goals the page is held to:

- "floor": the trivial logged-in page every other page is compared with;
- "page": a list, search, register, overview, case or start page: p95 ≤ 3× the floor, ≤ 100 ms
  on an idle machine, ≤ 1.5× its time at the demo size;
- "statistics": as "page", and computed with a cold cache (`cold=True`) ≤ 300 ms;
- "reference": measured for comparison only (Django's admin changelist).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

USERS = ("samordnare", "chef", "medarbetare")

# Search words in the scaled demo: one in about one case in nine, one in a single demo case,
# one in none.
COMMON_WORD = "läkemedel"
RARE_WORD = "kontinuitet"
ABSENT_WORD = "legionella"


@dataclass(frozen=True)
class Page:
    name: str
    url: str | Callable[..., str | None]
    kind: str = "page"
    # Cache keys (a glob) the server empties first: the page's own cached figures, computed
    # afresh. Only those: the other pages' keys stay as they were.
    cold: str = ""
    htmx: bool = False  # asked for as htmx asks (HX-Request): the fragment, not the page
    users: tuple[str, ...] = USERS

    def url_for(self, user) -> str | None:
        if user.username not in self.users:
            return None
        return self.url(user) if callable(self.url) else self.url


def _deviations(user):
    from deviations.models import Deviation

    return Deviation.objects.visible_to(user)


def _open_case(user):
    """A case in work (with actions, when there is one) that the user may open: the newest."""
    from deviations.models import Deviation

    cases = _deviations(user).filter(status=Deviation.Status.ACTING).order_by("-created_at")
    return cases.first() or _deviations(user).order_by("-created_at").first()


def open_case(user) -> str | None:
    case = _open_case(user)
    return case.get_absolute_url() if case else None


def new_action_form(user) -> str | None:
    """What "Lägg till åtgärd" fetches when a handler opens it on the case page above: the
    form alone (htmx; without JavaScript the same URL is a page of its own)."""
    from deviations import services

    case = _open_case(user)
    if case is None or case.status not in services.WORK_STATUSES:
        return None
    if not services.may_handle(user, case):
        return None
    return reverse("deviations:action_create", args=[case.pk])


def deep_page(user) -> str | None:
    """A keyset page about half-way back in the five years of the scaled demo."""
    from deviations.models import Deviation
    from deviations.pagination import AFTER, encode_cursor

    cursor_date = timezone.now() - datetime.timedelta(days=900)
    last = Deviation.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return f"{reverse('deviations:list')}?{AFTER}={encode_cursor(cursor_date, last)}"


def own_unit_filter(user) -> str | None:
    """The list filtered to the subtree the user's first membership is on (samordnare: a
    förvaltning below the top, so the filter narrows)."""
    from qms.models import OrganisationUnit

    membership = user.primary_membership
    if membership is None:
        return None
    unit = membership.unit
    if unit.depth <= 2:
        unit = OrganisationUnit.objects.get(code="soc") if unit.depth == 1 else unit
    return f"{reverse('deviations:list')}?enhet={unit.pk}"


def dashboard(user) -> str | None:
    return reverse("deviations:dashboard") if user.has_perm("deviations.view_dashboard") else None


def permitted(permission: str, url_name: str) -> Callable[..., str | None]:
    """The page for users who hold `permission`, None for the others."""

    def url(user) -> str | None:
        return reverse(url_name) if user.has_perm(permission) else None

    return url


def overview(user) -> str | None:
    from reviews.overview import scope_units

    return reverse("overview:page") if scope_units(user) else None


def admin_changelist(user) -> str:
    return reverse("bench_admin:deviations_deviation_changelist")


LIST = "/avvikelser/"
# The cached figures of the statistics dashboard and of the overview (not the generation key
# they share: emptying it would make every cached figure old).
DASHBOARD_FIGURES = "deviations:dashboard:[0-9]"
OVERVIEW_FIGURES = "overview:"
PAGES: list[Page] = [
    Page("floor (logged-in base.html)", lambda user: reverse("bench_floor"), kind="floor"),
    Page("start page", "/"),
    Page("deviation list, first page", LIST),
    Page("deviation list, keyset page 2.5 years back", deep_page),
    Page("deviation list, unit filter", own_unit_filter),
    Page("list, search common word", f"{LIST}?q={COMMON_WORD}"),
    Page("list, search rare word", f"{LIST}?q={RARE_WORD}"),
    Page("list, search absent word", f"{LIST}?q={ABSENT_WORD}"),
    Page("case page", open_case),
    Page("new action form, opened on the case page", new_action_form, htmx=True),
    Page("report form", "/avvikelser/rapportera/"),
    Page("action register", "/avvikelser/atgarder/"),
    Page("action register, overdue", "/avvikelser/atgarder/?forsenade=on"),
    Page("my actions", "/avvikelser/atgarder/mina/"),
    Page("statistics, computed", dashboard, kind="statistics", cold=DASHBOARD_FIGURES),
    Page("statistics, cached", dashboard, kind="statistics"),
    Page("overview (Översikt)", overview),
    Page("overview, computed", overview, kind="statistics", cold=OVERVIEW_FIGURES),
    Page("audit programme", permitted("audits.view_audits", "audits:programme")),
    Page(
        "certificates overview",
        permitted("certifications.view_certificates", "certifications:overview"),
    ),
    Page(
        "certificates, board status",
        permitted("certifications.view_board_status", "certifications:board"),
    ),
    Page("admin changelist (Django)", admin_changelist, kind="reference", users=("samordnare",)),
]
