"""No input makes a form answer 500 (issue 13).

The test walks the URL list: it opens every page that needs no arguments, follows the links from
there (one page per view), as the demo's administrator, coordinator, auditor, staff member and
as a visitor who is not signed in, and collects every form that posts. Each form is then posted
by the person who was shown it, with the fixed list of hostile submissions of tests/hostile.py
(empty, 1 MB strings, NUL bytes, lone surrogates, huge and negative numbers, the dates 0001-01-01
and 9999-12-31, wrong types, 21 files, 0-byte files, …); a redirect is followed once, and every
page is opened again at the end (a stored value must not break a page for good).

A new form on any page reached this way is covered without editing this file; the second test
proves that with a form added to the URL list for the test."""

from __future__ import annotations

import datetime
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.urls import path, reverse
from django.views.decorators.http import require_http_methods

from deviations.models import Deviation
from qms.models import Role, User
from tests.conftest import login
from tests.factories import make_user
from tests.hostile import PDF, post_hostile
from tests.urlwalk import Crawl, argumentless_paths, crawl, routes

pytestmark = pytest.mark.django_db(transaction=True)

# Demo users who see different forms; a form is posted by the first of them shown it. None: a
# visitor who is not signed in (the public synpunkt form, log-in, password reset). A member of
# staff sees no form the coordinator does not (checked when this list was made).
ROLES = ["admin", "samordnare", "revisor", None]

# Pages with forms opened for up to this many objects each (objects in other states show other
# forms); other views once.
PER_FORM_VIEW = 3

# Forms not posted, each with its reason.
NOT_POSTED = {
    "account_logout": "signs the test's person out; allauth's own view, no input but the token",
}


def walk_and_post(client, roles=ROLES) -> tuple[Crawl, dict[str, str], list[str]]:
    """Crawl as each role, then post every form found. (crawl, who posted which form, 500s)."""
    starts = ["/", *argumentless_paths(routes())]
    result: Crawl | None = None
    shown_to: dict[str, str | None] = {}
    for username in roles:
        user = User.objects.get(username=username) if username else None
        if user:
            login(client, user)
        else:
            client.logout()
        result = crawl(client, starts, result, per_form_view=PER_FORM_VIEW)
        for key in result.forms:
            shown_to.setdefault(key, username)

    failures = list(result.errors)
    for key, form in result.forms.items():
        if key in NOT_POSTED:
            continue
        user = User.objects.get(username=shown_to[key]) if shown_to[key] else None

        def relogin(user=user):
            if user is None:
                client.logout()
            else:
                user.refresh_from_db()
                login(client, user)

        failures += post_hostile(client, form, relogin, result.posted)
        relogin()
        if client.get(form.page).status_code >= 500:
            failures.append(f"GET {form.page} after posting to {form.action}: 500")

    # Values stored above must not break any page (a date in year 9999 once broke a review's
    # page for good).
    login(client, User.objects.get(username=roles[0]))
    for path_ in list(result.pages.values()):
        try:
            if client.get(path_).status_code >= 500:
                failures.append(f"GET {path_} at the end: 500")
        except Exception as error:
            failures.append(f"GET {path_} at the end: {error!r}")
    return result, shown_to, failures


def test_no_form_answers_500_to_hostile_input(client, seeded_demo):
    started = time.monotonic()
    result, _shown_to, failures = walk_and_post(client)
    # The walk reached the product's forms (not only the log-in page): a broken crawl would
    # otherwise pass with nothing posted.
    assert len(result.forms) > 80, sorted(result.forms)
    for expected in ["deviations:create", "audits:finding_deviation", "reviews:create"]:
        assert expected in result.forms
    # The sensible submission of most forms was accepted (a redirect): the hostile values
    # started from values that reach the save.
    accepted = {
        a
        for (a, v), status in result.posted.items()
        if v == "as filled in" and status in (301, 302, 303)
    }
    print(f"{len(accepted)} forms accepted their sensible submission")
    assert len(accepted) > 40
    assert failures == []
    print(
        f"{len(result.forms)} forms, {len(result.pages)} pages, {time.monotonic() - started:.0f} s"
    )


# A form added to the URL list: found and posted without editing the test ----------------------


@require_http_methods(["GET", "POST"])
def _new_form(request):
    if request.method == "POST":
        try:
            day = datetime.date.fromisoformat(request.POST.get("dag", ""))
        except ValueError:
            return HttpResponse(status=400)
        day + datetime.timedelta(days=1)  # the mistake: 9999-12-31 overflows
        return HttpResponse(status=204)
    return HttpResponse(
        '<form method="post"><input type="date" name="dag"><button>Spara</button></form>'
    )


urlpatterns = [path("prov-nytt-formular/", _new_form, name="prov_nytt_formular")]


def test_the_walk_finds_and_posts_a_form_added_to_the_url_list(client, settings):
    settings.ROOT_URLCONF = __name__  # the URL list of this module: the new form alone
    User.objects.create_user(username="prov")
    result, shown_to, failures = walk_and_post(client, roles=["prov"])
    assert shown_to == {"prov_nytt_formular": "prov"}
    assert result.forms["prov_nytt_formular"].page == "/prov-nytt-formular/"
    assert failures == [
        "POST /prov-nytt-formular/ (date 9999-12-31): OverflowError: date value out of range"
    ]


def test_too_many_files_get_a_swedish_page_and_nothing_is_saved(client, tree):
    login(client, make_user(tree.solgarden, Role.STAFF))
    files = [SimpleUploadedFile(f"bild-{n}.pdf", PDF, "application/pdf") for n in range(21)]
    response = client.post(
        reverse("deviations:create"),
        {"unit": tree.solgarden.pk, "title": "Fall", "description": "x", "attachments": files},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Det som skickades kunde inte tas emot" in page and 'lang="sv"' in page
    assert not Deviation.objects.exists()
