"""Settings kept in the app, not in the technical admin: public activities of the feedback form,
response times, legal-track rules, reminder lead times of standards, the organisation's name
and logo on the public pages. Each screen: the happy path, the denied path, bad input that
keeps what was typed, and the history."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from deviations.models import FeedbackPolicy, LegalTrackKind, LegalTrackRule, PublicActivity
from qms.models import PublicProfile, Role
from tests.certifications.factories import standard as iso_9001
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def group_coordinator(tree):
    return make_user(tree.group, Role.COORDINATOR)


def png(width=120, height=40, colour=(11, 79, 138)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def legal_rule(kind: str) -> LegalTrackRule:
    """The rule the data migration makes (tests that flush the database take it away)."""
    rule, _created = LegalTrackRule.objects.get_or_create(
        kind=kind, defaults={"legal_reference": "SoL 14 kap. 1 c §", "target_hours": 336}
    )
    return rule


def screens(tree):
    """(list URL, edit URL) of each settings screen, with the data it needs."""
    activity = PublicActivity.objects.create(unit=tree.homecare, public_name="Hemtjänsten")
    rule = legal_rule(LegalTrackKind.LEX_SARAH)
    standard = iso_9001()
    return [
        (
            reverse("deviations:public_activity_list"),
            reverse("deviations:public_activity_update", args=[activity.pk]),
        ),
        (
            reverse("deviations:feedback_policy_list"),
            reverse("deviations:feedback_policy_update", args=[tree.kommun.pk]),
        ),
        (
            reverse("deviations:legal_rule_list"),
            reverse("deviations:legal_rule_update", args=[rule.kind]),
        ),
        (
            reverse("certifications:standard_list"),
            reverse("certifications:standard_update", args=[standard.pk]),
        ),
        (reverse("qms:settings"), reverse("qms:public_profile")),
    ]


def test_group_coordinator_reaches_every_settings_screen(client, tree, group_coordinator):
    login(client, group_coordinator)
    index = client.get(reverse("qms:settings")).content.decode()
    for list_url, edit_url in screens(tree):
        assert client.get(list_url).status_code == 200, list_url
        assert client.get(edit_url).status_code == 200, edit_url
        assert list_url in index or list_url == reverse("qms:settings")
    assert reverse("provisioning:client_list") in index
    assert reverse("qms:settings") in client.get(reverse("home")).content.decode()


@pytest.mark.parametrize(
    ("unit", "role"),
    [("social", Role.COORDINATOR), ("solgarden", Role.MANAGER), ("solgarden", Role.STAFF)],
    ids=["coordinator-of-one-department", "chef", "staff"],
)
def test_others_are_refused_every_settings_screen(client, tree, unit, role):
    urls = screens(tree)
    login(client, make_user(getattr(tree, unit), role))
    for list_url, edit_url in urls:
        if list_url != reverse("qms:settings"):
            assert client.get(list_url).status_code == 403, list_url
        assert client.get(edit_url).status_code == 403, edit_url
        assert client.post(edit_url, {}).status_code == 403, edit_url
    index = client.get(reverse("qms:settings"))
    if role == Role.COORDINATOR:  # reads the requirement register and the role mappings
        listed = index.content.decode()
        assert all(list_url not in listed for list_url, _edit in urls[:4])
        assert reverse("qms:public_profile") not in listed
    else:
        assert index.status_code == 403
        assert reverse("qms:settings") not in client.get(reverse("home")).content.decode()


# Public activities --------------------------------------------------------------------------


def test_coordinator_adds_an_activity_shown_in_the_public_form(client, tree, group_coordinator):
    login(client, group_coordinator)
    response = client.post(
        reverse("deviations:public_activity_create"),
        {"unit": tree.solgarden.pk, "public_name": "Solgårdens äldreboende", "is_visible": "on"},
    )
    assert response.status_code == 302
    activity = PublicActivity.objects.get(unit=tree.solgarden)
    client.logout()
    form = client.get(reverse("feedback_public:form")).content.decode()
    assert "Solgårdens äldreboende" in form
    login(client, group_coordinator)
    history = client.get(reverse("deviations:public_activity_history", args=[activity.pk]))
    assert history.status_code == 200 and "Skapad" in history.content.decode()


def test_an_activity_without_a_name_keeps_what_was_typed(client, tree, group_coordinator):
    login(client, group_coordinator)
    response = client.post(
        reverse("deviations:public_activity_create"),
        {"unit": tree.solgarden.pk, "public_name": "", "is_visible": "on"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "error-summary" in body
    assert f'<option value="{tree.solgarden.pk}" selected' in body
    assert not PublicActivity.objects.exists()


def test_hiding_an_activity_is_recorded_in_its_history(client, tree, group_coordinator):
    activity = PublicActivity.objects.create(unit=tree.homecare, public_name="Hemtjänsten")
    login(client, group_coordinator)
    page = client.get(reverse("deviations:public_activity_update", args=[activity.pk]))
    version = page.context["form"]["version"].value()
    response = client.post(
        reverse("deviations:public_activity_update", args=[activity.pk]),
        {"unit": tree.homecare.pk, "public_name": "Hemtjänsten", "version": version},
    )
    assert response.status_code == 302
    activity.refresh_from_db()
    assert not activity.is_visible
    history = client.get(reverse("deviations:public_activity_history", args=[activity.pk]))
    assert "Ändrad" in history.content.decode()


# Response times ------------------------------------------------------------------------------


def test_response_time_per_organisation(client, tree, group_coordinator):
    login(client, group_coordinator)
    listing = client.get(reverse("deviations:feedback_policy_list")).content.decode()
    assert tree.kommun.name in listing and tree.company.name in listing
    assert "30 dagar (standard)" in listing
    url = reverse("deviations:feedback_policy_update", args=[tree.kommun.pk])
    assert client.post(url, {"response_days": "14"}).status_code == 302
    assert FeedbackPolicy.objects.get(organisation=tree.kommun).response_days == 14
    history = client.get(reverse("deviations:feedback_policy_history", args=[tree.kommun.pk]))
    assert history.status_code == 200


@pytest.mark.parametrize("days", ["0", "400", "tio"])
def test_a_bad_response_time_keeps_what_was_typed(client, tree, group_coordinator, days):
    login(client, group_coordinator)
    url = reverse("deviations:feedback_policy_update", args=[tree.kommun.pk])
    response = client.post(url, {"response_days": days})
    assert response.status_code == 200
    assert f'value="{days}"' in response.content.decode()
    assert not FeedbackPolicy.objects.exists()


def test_a_unit_that_is_not_an_organisation_has_no_response_time(client, tree, group_coordinator):
    login(client, group_coordinator)
    url = reverse("deviations:feedback_policy_update", args=[tree.solgarden.pk])
    assert client.get(url).status_code == 404


# Legal-track rules ----------------------------------------------------------------------------


def test_legal_rule_reference_and_target(client, tree, group_coordinator):
    rule = legal_rule(LegalTrackKind.LEX_SARAH)
    login(client, group_coordinator)
    url = reverse("deviations:legal_rule_update", args=[rule.kind])
    version = client.get(url).context["form"]["version"].value()
    response = client.post(
        url,
        {
            "legal_reference": "SoL (2025:400) 14 kap. 2 §",
            "target_hours": "240",
            "version": version,
        },
    )
    assert response.status_code == 302
    rule.refresh_from_db()
    assert (rule.legal_reference, rule.target_hours) == ("SoL (2025:400) 14 kap. 2 §", 240)
    history = client.get(reverse("deviations:legal_rule_history", args=[rule.kind]))
    assert "SoL (2025:400) 14 kap. 2 §" in history.content.decode()


def test_a_legal_rule_without_hours_keeps_the_typed_reference(client, tree, group_coordinator):
    rule = legal_rule(LegalTrackKind.LEX_MARIA)
    before = rule.target_hours
    login(client, group_coordinator)
    response = client.post(
        reverse("deviations:legal_rule_update", args=[rule.kind]),
        {"legal_reference": "PSL 3 kap. 5 § (ny)", "target_hours": "0"},
    )
    assert response.status_code == 200
    assert "PSL 3 kap. 5 § (ny)" in response.content.decode()
    rule.refresh_from_db()
    assert rule.target_hours == before


# Reminder lead times of standards -------------------------------------------------------------


def test_reminder_lead_times_of_a_standard(client, tree, group_coordinator):
    standard = iso_9001()
    login(client, group_coordinator)
    url = reverse("certifications:standard_update", args=[standard.pk])
    response = client.post(url, {"reminder_days": "30, 120,7,30"})
    assert response.status_code == 302
    standard.refresh_from_db()
    assert standard.reminder_days == [120, 30, 7]
    history = client.get(reverse("certifications:standard_history", args=[standard.pk]))
    assert history.status_code == 200 and "Ändrad" in history.content.decode()


@pytest.mark.parametrize("typed", ["", "90, tre", "0", "1000"])
def test_bad_lead_times_keep_what_was_typed(client, tree, group_coordinator, typed):
    standard = iso_9001()
    before = list(standard.reminder_days)
    login(client, group_coordinator)
    response = client.post(
        reverse("certifications:standard_update", args=[standard.pk]), {"reminder_days": typed}
    )
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    if typed:
        assert f'value="{typed}"' in response.content.decode()
    standard.refresh_from_db()
    assert standard.reminder_days == before


# The organisation's name and logo -------------------------------------------------------------


def test_name_and_logo_appear_on_the_public_pages(client, tree, group_coordinator):
    login(client, group_coordinator)
    logo = SimpleUploadedFile("logo.png", png(), content_type="image/png")
    response = client.post(
        reverse("qms:public_profile"), {"organisation_name": "Exempelkommun", "logo_file": logo}
    )
    assert response.status_code == 302
    profile = PublicProfile.current()
    assert profile.logo_content_type == "image/png"
    client.logout()
    page = client.get(reverse("feedback_public:form")).content.decode()
    assert "Exempelkommun" in page and reverse("qms:public_logo") in page
    served = client.get(reverse("qms:public_logo"))
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert "sandbox" in served["Content-Security-Policy"]
    assert b"".join(served.streaming_content) == png()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.png", b"<svg xmlns='http://www.w3.org/2000/svg'><script>x()</script></svg>", "PNG"),
        ("logo.png", b"%PDF-1.4 not an image", "PNG"),
        ("logo.png", png()[:60], "går inte att läsa"),
        ("logo.png", b"\x89PNG" + b"0" * (1024 * 1024 + 1), "1 MB"),
    ],
    ids=["svg-with-script", "pdf", "broken-png", "too-big"],
)
def test_a_bad_logo_is_refused_and_the_typed_name_kept(
    client, tree, group_coordinator, name, content, message
):
    login(client, group_coordinator)
    response = client.post(
        reverse("qms:public_profile"),
        {"organisation_name": "Nytt namn", "logo_file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body and 'value="Nytt namn"' in body
    assert not PublicProfile.objects.exists()


def test_removing_the_logo_and_history(
    client, tree, group_coordinator, django_capture_on_commit_callbacks
):
    login(client, group_coordinator)
    client.post(
        reverse("qms:public_profile"),
        {"organisation_name": "Exempelkommun", "logo_file": SimpleUploadedFile("l.png", png())},
    )
    profile = PublicProfile.current()
    stored = profile.logo.name
    version = client.get(reverse("qms:public_profile")).context["form"]["version"].value()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("qms:public_profile"),
            {"organisation_name": "Exempelkommun", "remove_logo": "on", "version": version},
        )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert not profile.logo
    assert not profile.logo.storage.exists(stored)
    assert client.get(reverse("qms:public_logo")).status_code == 404
    history = client.get(reverse("qms:public_profile_history"))
    assert history.status_code == 200 and "Ändrad" in history.content.decode()


def test_the_public_pages_work_without_a_profile(client, db):
    page = client.get(reverse("feedback_public:form"))
    assert page.status_code == 200
    assert client.get(reverse("qms:public_logo")).status_code == 404


def test_a_missing_legal_rule_is_shown_with_its_built_in_target_and_can_be_made(
    client, tree, group_coordinator
):
    LegalTrackRule.objects.filter(kind=LegalTrackKind.DATA_BREACH).delete()
    login(client, group_coordinator)
    listing = client.get(reverse("deviations:legal_rule_list")).content.decode()
    assert "Personuppgiftsincident" in listing and "72 timmar" in listing
    url = reverse("deviations:legal_rule_update", args=[LegalTrackKind.DATA_BREACH])
    response = client.post(url, {"legal_reference": "GDPR art. 33", "target_hours": "72"})
    assert response.status_code == 302
    assert LegalTrackRule.objects.get(kind=LegalTrackKind.DATA_BREACH).legal_reference == (
        "GDPR art. 33"
    )
    assert client.get(reverse("deviations:legal_rule_update", args=["okand"])).status_code == 404
