"""No input makes a form answer 500 (issue 13).

The test walks the URL list: it opens every page that needs no arguments, follows the links from
there (one page per view), as the demo's administrator, coordinator, auditor, staff member and
as a visitor who is not signed in, and collects every form that posts. Each form is then posted
by the person who was shown it, with the fixed list of hostile submissions of tests/hostile.py
(empty, 1 MB strings, NUL bytes, lone surrogates, huge and negative numbers, the dates 0001-01-01
and 9999-12-31, wrong types, 21 files, 0-byte files, …); a redirect is followed once, and every
page is opened again at the end (a stored value must not break a page for good).

Forms shown only in a state the demo's first objects are not in are reached through objects
put in that state (`staged_pages`). Every POST route is fuzzed, or listed in NOT_FUZZED with the
reason it is not: a new route fails the test until one or the other.

A new form on any page reached this way is covered without editing this file; the second test
proves that with a form added to the URL list for the test."""

from __future__ import annotations

import datetime
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from deviations.models import Deviation
from qms.models import Role, User
from tests.conftest import login
from tests.factories import make_user
from tests.hostile import PDF, REPEAT_VARIANTS, post_hostile
from tests.urlwalk import Crawl, argumentless_paths, crawl, post_routes, routes

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

# POST routes the walk does not fuzz, each with its reason. Every other route that takes POST
# must have been posted hostile values by the walk: a new route (or a form only shown in a state
# the walk does not reach) fails the first test until the walk reaches it (see `staged_pages`)
# or it is listed here.
ALLAUTH = "allauth's own view and form; the product adds no code to it"
NOT_FUZZED = {
    "account_signup": ALLAUTH + " (sign-up is closed: accounts come from invitations or SCIM)",
    "account_set_password": ALLAUTH + " (only for an account without a password)",
    "account_confirm_login_code": ALLAUTH + " (log-in by code is off)",
    "account_confirm_email": ALLAUTH + " (ACCOUNT_EMAIL_VERIFICATION is none)",
    "account_reset_password_from_key": ALLAUTH + " (needs the key from the reset e-mail)",
    "mfa_authenticate": ALLAUTH + " (only between password and second factor)",
    "mfa_reauthenticate": ALLAUTH + " (only for a person with a second factor)",
    "mfa_activate_totp": ALLAUTH + " (its code is checked against a secret in the session)",
    "mfa_deactivate_totp": ALLAUTH + " (only for a person with TOTP)",
    "mfa_generate_recovery_codes": ALLAUTH + " (only for a person with a second factor)",
    "mfa_add_webauthn": ALLAUTH + " (WebAuthn is off)",
    "mfa_reauthenticate_webauthn": ALLAUTH + " (WebAuthn is off)",
    "mfa_remove_webauthn": ALLAUTH + " (WebAuthn is off)",
    "mfa_edit_webauthn": ALLAUTH + " (WebAuthn is off)",
    "socialaccount_signup": ALLAUTH + " (only inside a log-in through the identity provider)",
    "socialaccount_connections": ALLAUTH + " (only for a person with a linked account)",
    "scim:users": "SCIM's JSON protocol, no form: tests/provisioning/test_scim.py posts invalid"
    " and malformed bodies",
    "scim:groups": "SCIM's JSON protocol, no form: tests/provisioning/test_scim.py",
    "scim:bulk": "SCIM's JSON protocol, no form: tests/provisioning/test_scim.py",
    "api.views.not_found": "the API's catch-all: a JSON 404 for every method",
    "qms:invitation_accept": "needs the token from an invitation e-mail;"
    " tests/qms/test_invitations.py posts it",
    "qms:user_invite": "shown only for a person with an unused invitation (no demo person has"
    " one); a button without fields, tests/qms/test_invitations.py posts it",
    "deviations:export": "the list's export button posts the list's filter (a GET form the walk"
    " opens with its values); tests/deviations posts it",
    "deviations:legal_track_step": "shown only for a case with a legal report track in a step;"
    " tests/deviations posts each step",
    "reviews:decision_action": "shown only for a decision of an approved review without an"
    " action; tests/reviews posts it",
    "reviews:quality_report_texts": "shown only for a quality report being written;"
    " tests/reviews posts it",
    "reviews:quality_report_publish": "shown only for a quality report being written;"
    " tests/reviews posts it",
    "reviews:patient_safety_report_revise": "shown only for a published patient safety report"
    " (the demo's is a draft); tests/reviews/test_patient_safety_reports.py posts it",
    "records:package_deliver": "shown only for a built e-archive package; buttons without"
    " fields, tests/records posts them",
    "records:package_retry": "shown only for a failed e-archive package; tests/records",
    "records:extract_retry": "shown only for a failed register extract; tests/records",
    "api_pages:token_revoke": "shown only for a person's own API key; a button without fields,"
    " tests/api posts it",
    "api_pages:service_account": "shown only for a service account; tests/api posts it",
    "api_pages:service_account_webhooks": "shown only on a service account's page;"
    " tests/api/test_webhook_pages.py posts it",
    "api_pages:webhook_delete": "shown only beside a service account's webhook;"
    " tests/api/test_webhook_pages.py posts it",
}


def staged_pages(settings, tmp_path) -> list[str]:
    """Pages that show forms only in a state the demo's first objects are not in, with objects
    put in that state: the walk opens them first."""
    from audits.models import Audit
    from audits.services import FIELDWORK_STATUSES
    from deviations.models import SavedFilter
    from deviations.services import WORK_STATUSES
    from identity.models import RoleMapping
    from imports import services as imports
    from imports.models import ImportJob
    from provisioning.services import create_scim_client
    from qms.models import Membership, OrganisationUnit
    from records.models import Proposal
    from reviews.models import Review
    from tests.imports.helpers import checked_organisation, csv_file, organisation_file

    settings.MEDIA_ROOT = tmp_path / "media"
    admin = User.objects.get(username="admin")
    koncern = OrganisationUnit.objects.get(code="koncern")
    # The demo has no arkivansvarig: the administrator is one here, for the records' forms.
    Membership.objects.create(user=admin, unit=koncern, role=Role.ARCHIVIST)
    case = Deviation.objects.filter(status__in=WORK_STATUSES, is_confidential=False).first()
    closed = Deviation.objects.filter(status=Deviation.Status.CLOSED, is_confidential=False)[0]
    Deviation.objects.filter(pk=closed.pk).update(  # its effect is to be followed up
        effect_check_due=datetime.date.today(), effect_checked_at=None
    )
    SavedFilter.objects.create(
        user=admin, list=SavedFilter.List.DEVIATIONS, name="Prov", query="status=investigating"
    )
    planned = Audit.objects.filter(status__in=[Audit.Status.PLANNED, Audit.Status.PREPARED]).first()
    in_field = Audit.objects.filter(status__in=FIELDWORK_STATUSES).first()
    draft = Review.objects.filter(status=Review.Status.DRAFT).first()
    Review.objects.filter(pk=draft.pk).update(chair=admin)  # only the chair approves
    mapping = imports.start_import(
        by=admin,
        kind=ImportJob.Kind.DEVIATIONS,
        upload=csv_file([["Rubrik", "Datum"], ["Fall", "2026-01-02"]]),
    )
    checked = checked_organisation(
        organisation_file([["x-prov", "Prov", "koncern", "Enhet", ""]]), by=admin
    )
    failed = checked_organisation(
        organisation_file([["x-prov2", "Prov 2", "koncern", "Enhet", ""]])
    )
    ImportJob.objects.filter(pk=failed.pk).update(status=ImportJob.Status.FAILED)
    today = datetime.date.today()
    proposed = Proposal.objects.create(
        organisation=koncern, as_of=today, status=Proposal.Status.PROPOSED
    )
    approved = Proposal.objects.create(
        organisation=koncern,
        as_of=today,
        status=Proposal.Status.APPROVED,
        approved_by=admin,
        approved_at=timezone.now(),
    )
    create_scim_client(by=admin, name="Prov-katalog")
    RoleMapping.objects.create(value="prov-grupp", unit=koncern, role=Role.STAFF)
    return [
        reverse("deviations:detail", args=[case.pk]),
        reverse("deviations:detail", args=[closed.pk]),
        # A hold's second step: the case found.
        f"{reverse('records:hold_create')}?record_type=deviations.deviation"
        f"&identifier={case.number}",
        reverse("audits:detail", args=[planned.pk]),
        reverse("audits:checklist", args=[in_field.pk]),
        reverse("reviews:detail", args=[draft.pk]),
        reverse("imports:detail", args=[mapping.pk]),
        reverse("imports:mapping", args=[mapping.pk]),
        reverse("imports:detail", args=[checked.pk]),
        reverse("imports:detail", args=[failed.pk]),
        reverse("records:proposal_detail", args=[proposed.pk]),
        reverse("records:proposal_detail", args=[approved.pk]),
        reverse("provisioning:client_list"),
        reverse("identity:mapping_list"),
    ]


def walk_and_post(
    client, roles=ROLES, first: list[str] = ()
) -> tuple[Crawl, dict[str, str], list[str]]:
    """Crawl as each role (the pages `first` first), then post every form found. (crawl, who
    posted which form, 500s)."""
    starts = [*first, "/", *argumentless_paths(routes())]
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
    posted_views: set[tuple] = set()  # (view, fields) of the forms posted every variant
    for key, form in result.forms.items():
        if key in NOT_POSTED:
            continue
        # Another step or transition of a view already posted, with the same fields: the
        # variants that depend on the object's state only.
        shape = (key.split(" ")[0], tuple(sorted((i.name, i.kind) for i in form.inputs)))
        only = REPEAT_VARIANTS if shape in posted_views else None
        posted_views.add(shape)
        user = User.objects.get(username=shown_to[key]) if shown_to[key] else None

        def relogin(user=user):
            if user is None:
                client.logout()
            else:
                user.refresh_from_db()
                login(client, user)

        failures += post_hostile(client, form, relogin, result.posted, only)
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


def not_fuzzed(result: Crawl) -> list[str]:
    """The POST routes whose forms the walk did not post to."""
    fuzzed = {key.split(" ")[0] for key in result.forms if key not in NOT_POSTED}
    return sorted(route.key for route in post_routes() if route.key not in fuzzed)


def test_no_form_answers_500_to_hostile_input(client, seeded_demo, settings, tmp_path):
    started = time.monotonic()
    first = staged_pages(settings, tmp_path)
    staging = time.monotonic() - started
    result, _shown_to, failures = walk_and_post(client, first=first)
    walked = time.monotonic() - started - staging
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
    # Every POST route was fuzzed, or is listed with the reason it is not.
    missing = not_fuzzed(result)
    print(f"POST routes not fuzzed: {missing}")
    unexplained = sorted(set(missing) - set(NOT_FUZZED) - set(NOT_POSTED))
    assert unexplained == [], f"POST routes neither fuzzed nor in NOT_FUZZED: {unexplained}"
    assert sorted(set(NOT_FUZZED) - set(missing)) == [], "fuzzed now: remove from NOT_FUZZED"
    print(
        f"{len(result.forms)} forms, {len(result.pages)} pages, {len(result.posted)} posts,"
        f" {walked:.0f} s (the walk; staging {staging:.0f} s)"
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


@require_http_methods(["POST"])
def _hidden_button(request, pk):
    return HttpResponse(status=204)


urlpatterns = [
    path("prov-nytt-formular/", _new_form, name="prov_nytt_formular"),
    # A POST route no page of the walk shows (as a form shown only in some state).
    path("prov-knapp/<int:pk>/", _hidden_button, name="prov_dold_knapp"),
]


def test_the_walk_finds_and_posts_a_form_added_to_the_url_list(client, settings):
    settings.ROOT_URLCONF = __name__  # the URL list of this module: the new form alone
    User.objects.create_user(username="prov")
    result, shown_to, failures = walk_and_post(client, roles=["prov"])
    assert shown_to == {"prov_nytt_formular": "prov"}
    assert result.forms["prov_nytt_formular"].page == "/prov-nytt-formular/"
    assert failures == [
        "POST /prov-nytt-formular/ (date 9999-12-31): OverflowError: date value out of range"
    ]
    # The route no page showed is reported as not fuzzed: the first test fails for it unless
    # NOT_FUZZED gives a reason.
    assert not_fuzzed(result) == ["prov_dold_knapp"]


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
