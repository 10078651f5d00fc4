"""Reporting and handling a deviation through the pages, with bad input handled kindly."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from deviations.models import Action, Attachment, Deviation, Requirement
from qms.models import Role
from tests.conftest import login
from tests.deviations.conftest import add_action, investigate_to_acting, report
from tests.factories import make_user

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def form_data(cast, **overrides) -> dict:
    return {
        "unit": cast.tree.solgarden.pk,
        "title": "Fel läkemedel gavs",
        "description": "Kvällsdosen gavs till fel brukare.",
        "occurred_at": (timezone.localtime() - datetime.timedelta(hours=1)).strftime(
            "%Y-%m-%dT%H:%M"
        ),
        "location": "Avdelning 2",
        "immediate_action": "Kontaktade sjuksköterska.",
        **overrides,
    }


def test_report_form_preselects_the_users_unit(client, cast):
    login(client, cast.staff)
    page = client.get(reverse("deviations:create"))
    assert page.status_code == 200
    assert page.context["form"].initial["unit"] == cast.tree.solgarden.pk


def test_staff_reports_with_an_attachment_and_gets_a_receipt(client, cast):
    login(client, cast.staff)
    photo = SimpleUploadedFile("golvet.png", PNG, content_type="image/png")
    response = client.post(
        reverse("deviations:create"), {**form_data(cast), "attachments": [photo]}
    )
    deviation = Deviation.objects.get()
    assert response.url == reverse("deviations:receipt", args=[deviation.pk])
    receipt = client.get(response.url)
    assert deviation.number in receipt.content.decode()
    attachment = Attachment.objects.get()
    assert attachment.content_type == "image/png"
    assert attachment.original_name == "golvet.png"
    assert "golvet" not in attachment.file.name  # stored under a random name
    # The reporter follows their own report.
    assert client.get(deviation.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "Detta fält måste fyllas i."),
        ({"description": ""}, "Detta fält måste fyllas i."),
        ({"occurred_at": "2199-01-01T10:00"}, "Tidpunkten kan inte ligga i framtiden."),
        ({"occurred_at": "9999-12-31T23:59"}, "Ange ett datum mellan 1900-01-01 och 2200-12-31."),
        ({"occurred_at": "igår"}, "Fyll i ett giltigt datum/tid."),
    ],
)
def test_bad_report_keeps_what_was_typed(client, cast, overrides, message):
    login(client, cast.staff)
    data = form_data(cast, **overrides)
    page = client.post(reverse("deviations:create"), data)
    assert page.status_code == 200
    html = page.content.decode()
    assert message in html
    assert "Formuläret innehåller fel" in html
    assert "Kontaktade sjuksköterska." in html  # nothing typed is lost
    assert not Deviation.objects.exists()


def test_too_big_upload_is_refused_with_a_message_and_the_text_kept(client, cast, settings):
    settings.MAX_UPLOAD_SIZE = 20 * 1024 * 1024
    login(client, cast.staff)
    big = SimpleUploadedFile("stor.pdf", PDF + b"0" * (50 * 1024 * 1024), "application/pdf")
    page = client.post(reverse("deviations:create"), {**form_data(cast), "attachments": [big]})
    html = page.content.decode()
    assert "”stor.pdf” är för stor (50,0\xa0MB). Största tillåtna storlek är 20,0\xa0MB." in html
    assert "Kvällsdosen gavs till fel brukare." in html
    assert not Deviation.objects.exists()


def test_exe_renamed_pdf_is_refused_by_content(client, cast):
    login(client, cast.staff)
    fake = SimpleUploadedFile("intyg.pdf", EXE, content_type="application/pdf")
    page = client.post(reverse("deviations:create"), {**form_data(cast), "attachments": [fake]})
    html = page.content.decode()
    assert "”intyg.pdf” är inte en tillåten filtyp" in html
    assert "Fel läkemedel gavs" in html
    assert not Deviation.objects.exists()


def test_html_in_text_is_shown_escaped(client, cast):
    login(client, cast.staff)
    client.post(
        reverse("deviations:create"),
        form_data(cast, title="<script>alert(1)</script>", description="<b>fet</b> text"),
    )
    deviation = Deviation.objects.get()
    html = client.get(deviation.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;fet&lt;/b&gt; text" in html


def test_chef_moves_the_case_through_the_pages(client, cast):
    deviation = report(cast)
    login(client, cast.chef)
    url = deviation.get_absolute_url()
    client.post(reverse("deviations:assign", args=[deviation.pk]), {"investigator": cast.chef.pk})
    client.post(reverse("deviations:transition", args=[deviation.pk, "utred"]))
    # Going on without a cause analysis is refused with the reason shown.
    response = client.post(reverse("deviations:transition", args=[deviation.pk, "atgarda"]))
    assert "orsaksanalys" in client.get(response.url).content.decode()
    client.post(
        reverse("deviations:cause_analysis", args=[deviation.pk]),
        {"cause_groups": ["method"], "cause_analysis": "Rutinen för dubbelkontroll följdes inte."},
    )
    client.post(reverse("deviations:transition", args=[deviation.pk, "atgarda"]))
    due = (timezone.localdate() + datetime.timedelta(days=10)).isoformat()
    client.post(
        reverse("deviations:action_create", args=[deviation.pk]),
        {
            "kind": "corrective",
            "title": "Inför dubbelsignering",
            "owner": cast.chef.pk,
            "unit": cast.tree.solgarden.pk,
            "due_date": due,
        },
    )
    action = Action.objects.get()
    client.post(
        reverse("deviations:action_step", args=[action.pk, "klar"]),
        {"result": "Dubbelsignering införd."},
    )
    client.post(reverse("deviations:transition", args=[deviation.pk, "folj-upp"]))
    page = client.post(
        reverse("deviations:transition", args=[deviation.pk, "avsluta"]), {"evaluation": ""}
    )
    assert page.status_code == 400
    assert "Formuläret innehåller fel" in page.content.decode()
    check_on = timezone.localdate() + datetime.timedelta(days=90)
    client.post(
        reverse("deviations:transition", args=[deviation.pk, "avsluta"]),
        {"evaluation": "Inga fel på en månad.", "effect_check_on": check_on.isoformat()},
    )
    deviation.refresh_from_db()
    assert deviation.status == Deviation.Status.CLOSED
    assert deviation.effect_check_due == check_on
    timeline = client.get(url).content.decode()
    for text in ["Avvikelsen rapporterades", "Under utredning", "Åtgärd lades till", "Avslutad"]:
        assert text in timeline


def test_action_form_error_keeps_input(client, cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    login(client, cast.chef)
    page = client.post(
        reverse("deviations:action_create", args=[deviation.pk]),
        {
            "kind": "corrective",
            "title": "Ny rutin för nycklar",
            "owner": cast.chef.pk,
            "unit": cast.tree.solgarden.pk,
            "due_date": "2001-01-01",
        },
    )
    assert page.status_code == 400
    html = page.content.decode()
    assert "Datumet har redan passerat." in html
    assert "Ny rutin för nycklar" in html
    # On the case page, its section open with the form (not one to fetch when opened).
    assert "<details open>" in html and 'id="id_owner"' in html
    assert 'hx-trigger="toggle once"' not in html


def test_the_new_action_form_is_read_when_its_section_opens(client, cast):
    """The case page carries no new-action form (its pickers were a fifth of the page, issue
    12): opening "Lägg till åtgärd" fetches it (htmx); without JavaScript its link opens it."""
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    form_url = reverse("deviations:action_create", args=[deviation.pk])
    login(client, cast.chef)

    case = client.get(deviation.get_absolute_url()).content.decode()
    assert 'id="id_owner"' not in case
    section = case[case.index(f'<details hx-get="{form_url}"') :]
    section = section[: section.index("</details>")]
    assert 'hx-trigger="toggle once"' in section and 'hx-target="find .lazy-form"' in section
    assert f'<a href="{form_url}">Öppna formuläret</a>' in section

    fragment = client.get(form_url, headers={"HX-Request": "true"})
    html = fragment.content.decode()
    assert fragment.status_code == 200 and "<html" not in html
    # The same URL answers a fragment or a page: a browser's cache must tell them apart.
    assert "HX-Request" in fragment["Vary"]
    assert html.lstrip().startswith(f'<form method="post" action="{form_url}"')
    for name in ("csrfmiddlewaretoken", "submission_token", "owner", "unit", "title"):
        assert f'name="{name}"' in html
    # The investigator is proposed as the owner, as the case page did.
    deviation.refresh_from_db()
    assert deviation.investigator_id is not None
    assert f'<option value="{deviation.investigator_id}" selected>' in html

    page = client.get(form_url).content.decode()
    assert "<html" in page and deviation.number in page and 'id="id_owner"' in page


def test_the_new_action_form_for_the_wrong_role_unit_or_state(client, cast):
    deviation = report(cast)
    form_url = reverse("deviations:action_create", args=[deviation.pk])
    login(client, cast.staff)  # the reporter sees the case but does not handle it
    assert client.get(form_url).status_code == 403
    login(client, cast.school_chef)  # another förvaltning: the case is not in sight
    assert client.get(form_url).status_code == 404
    login(client, cast.chef)  # reported, not yet in work: no actions yet, and why
    page = client.get(form_url).content.decode()
    assert 'id="id_owner"' not in page
    assert "Åtgärder läggs till under utredning, åtgärder eller uppföljning." in page
    client.logout()
    assert client.get(form_url).status_code == 302


def test_similar_deviations_same_unit_and_category_in_twelve_months(client, cast):
    first = report(cast, title="Fall vid sängen")
    second = report(cast, title="Fall i korridoren")
    old = report(cast, title="Fall för länge sedan")
    Deviation.objects.filter(pk=old.pk).update(
        occurred_at=timezone.now() - datetime.timedelta(days=400)
    )
    elsewhere = report(cast, unit=cast.tree.homecare, by=cast.other_staff, title="Fall hemma")
    login(client, cast.chef)
    fragment = client.get(
        reverse("deviations:similar", args=[first.pk]), headers={"HX-Request": "true"}
    )
    html = fragment.content.decode()
    assert "<html" not in html
    assert second.number in html
    assert old.number not in html and elsewhere.number not in html


def test_attachment_download_is_an_attachment_with_the_original_name(client, cast):
    deviation = report(cast, files=[SimpleUploadedFile("foto.png", PNG, content_type="image/png")])
    attachment = deviation.attachments.get()
    login(client, cast.chef)
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="foto.png"')
    assert b"".join(response.streaming_content) == PNG


def test_requirement_register_kept_by_coordinators(client, cast):
    login(client, make_user(cast.tree.group, Role.COORDINATOR))
    response = client.post(
        reverse("deviations:requirement_create"),
        {
            "title": "Rutin för läkemedelshantering",
            "kind": "routine",
            "owner_unit": cast.tree.social.pk,
            "url": "intranat.exempel.se/rutin",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    listing = client.get(reverse("deviations:requirement_list")).content.decode()
    assert "Rutin för läkemedelshantering" in listing
    assert "https://intranat.exempel.se/rutin" in listing
    login(client, cast.chef)
    assert client.get(reverse("deviations:requirement_list")).status_code == 403
    assert client.get(reverse("deviations:category_create")).status_code == 403


def test_category_with_document_upload_checks_type(client, cast):
    login(client, make_user(cast.tree.group, Role.COORDINATOR))
    response = client.post(
        reverse("deviations:requirement_create"),
        {
            "title": "Policy",
            "kind": "policy",
            "owner_unit": cast.tree.kommun.pk,
            "document": SimpleUploadedFile("policy.pdf", EXE),
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    assert "inte en tillåten filtyp" in response.content.decode()


def test_comment_is_added_to_the_timeline(client, cast):
    deviation = report(cast)
    login(client, cast.staff)
    client.post(reverse("deviations:comment", args=[deviation.pk]), {"text": "Hände igen idag."})
    assert "Hände igen idag." in client.get(deviation.get_absolute_url()).content.decode()


def test_action_detail_shows_source_and_lets_the_chef_verify(client, cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef, owner=cast.staff)
    login(client, cast.staff)
    client.post(reverse("deviations:action_step", args=[action.pk, "klar"]), {"result": "Gjort"})
    page = client.get(action.get_absolute_url()).content.decode()
    assert deviation.number in page
    assert "Verifiera" not in page  # the owner does not verify
    login(client, cast.chef)
    client.post(
        reverse("deviations:action_step", args=[action.pk, "verifiera"]),
        {"effectiveness_check": "Kontrollerat vid skyddsrond."},
    )
    action.refresh_from_db()
    assert action.status == Action.Status.VERIFIED


def test_unknown_upload_field_value_is_not_a_500(client, cast):
    deviation = report(cast)
    login(client, cast.staff)
    response = client.post(
        reverse("deviations:upload", args=[deviation.pk]),
        {"attachments": io.BytesIO(b"")},
    )
    assert response.status_code in (302, 400)


def test_a_document_with_a_300_character_name_is_stored_under_a_shorter_one(
    client, cast, settings, tmp_path
):
    """Issue 13 #7: the file system refused the name (OSError, 500); now it is cut to fit,
    keeping its extension, and the document opens."""
    settings.MEDIA_ROOT = tmp_path
    login(client, make_user(cast.tree.group, Role.COORDINATOR))
    name = "Läkemedelsrutin " + "å" * 284 + ".pdf"
    response = client.post(
        reverse("deviations:requirement_create"),
        {
            "title": "Lång fil",
            "kind": "routine",
            "owner_unit": cast.tree.social.pk,
            "document": SimpleUploadedFile(name, PDF, "application/pdf"),
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    requirement = Requirement.objects.get(title="Lång fil")
    stored = requirement.document.name.rsplit("/", 1)[-1]
    assert stored.startswith("Läkemedelsrutin_ååå") and stored.endswith(".pdf")
    assert len(stored.encode()) <= 150
    document = client.get(reverse("deviations:requirement_document", args=[requirement.pk]))
    assert document.status_code == 200 and b"".join(document.streaming_content) == PDF
