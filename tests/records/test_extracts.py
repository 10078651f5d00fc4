"""Register extracts (GDPR art. 15): the person is found in every module where the test put
them, and nowhere else; the scope keeps one organisation's dataskyddsombud to their own;
reads are logged."""

from __future__ import annotations

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from deviations.models import Comment, ConfidentialRead, Export, Suggestion
from qms.models import Notification, OutgoingEmail, Role
from records import extracts, services
from records.models import AccessLog, JobStatus, RegisterExtract
from tests.conftest import login
from tests.deviations.builders import make_deviations
from tests.deviations.conftest import add_action, investigate_to_acting
from tests.factories import make_user
from tests.reviews.conftest import make_audit, make_feedback, make_suggestion


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def dpo(cast):
    return make_user(cast.tree.group, Role.DPO)


def world(cast):
    """Petra in every module, with someone else beside her in each; a citizen named Petra
    Persson in a synpunkt."""
    today = timezone.localdate()
    petra = make_user(cast.tree.solgarden, Role.STAFF, email="petra.p@example.se")
    other = cast.other_staff
    found = {}

    reported, _noise = make_deviations(cast.tree.solgarden, petra, 1) + make_deviations(
        cast.tree.solgarden, other, 1
    )
    found[("deviations.deviation", reported.number)] = "rapporterade ärendet"
    (investigated,) = make_deviations(cast.tree.solgarden, other, 1, is_confidential=True)
    investigate_to_acting(investigated, cast.sensitive_chef)
    add_action(investigated, cast.sensitive_chef, owner=petra)
    found[("deviations.deviation", investigated.number)] = "ansvarig för en åtgärd"
    (commented,) = make_deviations(cast.tree.homecare, other, 1)
    Comment.objects.create(deviation=commented, author=petra, text="Jag såg det.")
    found[("deviations.deviation", commented.number)] = "skrev en kommentar"
    ConfidentialRead.objects.create(deviation=investigated, user=petra)
    ConfidentialRead.objects.create(deviation=investigated, user=other)

    mine = make_feedback(
        cast.tree.solgarden, "complaint", today, contact_email="Petra.P@example.se"
    )
    found[("deviations.feedback", mine.number)] = "kontaktuppgift (e-post)"
    make_feedback(cast.tree.solgarden, "complaint", today, contact_email="ove@example.se")
    citizen = make_feedback(cast.tree.homecare, "praise", today, contact_name="Petra Persson")

    suggestion = make_suggestion(cast.tree.solgarden, petra, today)
    found[("deviations.suggestion", suggestion.number)] = "lämnade förslaget"
    make_suggestion(cast.tree.solgarden, other, today)
    audit = make_audit(cast.tree.solgarden, petra, today, title="Revision Petra planerade")
    found[("audits.audit", str(audit.pk))] = "planerade revisionen"
    make_audit(cast.tree.homecare, other, today, title="Någon annans revision")

    Notification.objects.create(recipient=petra, event_key="x:1", subject="Till Petra")
    Notification.objects.create(recipient=other, event_key="x:2", subject="Till Ove")
    email = OutgoingEmail.objects.create(
        message={}, recipients="petra.p@example.se", recipient_users=[petra.pk], event="x:1"
    )
    OutgoingEmail.objects.create(message={}, recipients="o@example.se", recipient_users=[other.pk])
    export = Export.objects.create(requested_by=petra, format=Export.Format.CSV)
    Export.objects.create(requested_by=other, format=Export.Format.CSV)
    read = ConfidentialRead.objects.get(user=petra)
    found[("deviations.read_log", str(read.pk))] = "läste ärendet"
    # Her own notice and e-mail, and those the action's assignment sent her.
    notices = Notification.objects.filter(recipient=petra)
    assert notices.count() == 2
    for notice in notices:
        found[("qms.notification", str(notice.pk))] = "mottagare"
    emails = OutgoingEmail.objects.filter(recipient_users__contains=[petra.pk])
    assert email in emails
    for mail in emails:
        found[("qms.outgoing_email", str(mail.pk))] = "mottagare"
    found[("deviations.export", str(export.pk))] = "beställde exporten"
    found[("qms.user", petra.username)] = "kontot"
    return petra, citizen, found


def test_the_extract_finds_the_person_everywhere_they_are_and_nowhere_else(cast, dpo):
    from qms.models import NotificationPreference

    petra, citizen, expected = world(cast)
    NotificationPreference.objects.create(user=petra, kind="reported", delivery="weekly")
    extract = services.request_extract(
        by=dpo,
        scope=cast.tree.group,
        subject_user=petra,
        subject_email="",
        subject_name="",
        reference="DSO 2026/4",
    )
    extracts.build_extract(extract.pk)
    extract.refresh_from_db()
    assert extract.status == JobStatus.DONE
    document = json.loads(extract.data_json.read())
    got = {(p["informationstyp"], p["arende"]): p["roller"] for p in document["poster"]}
    labels = {
        "deviations.deviation": "Avvikelse",
        "deviations.feedback": "Synpunkt eller klagomål",
        "deviations.suggestion": "Förbättringsförslag",
        "audits.audit": "Internrevision, förbättringsdag eller extern revision",
        "deviations.read_log": "Läslogg för sekretessmarkerade ärenden",
        "qms.notification": "Avisering i systemet",
        "qms.outgoing_email": "Utgående e-post (utkorgen)",
        "deviations.export": "Exportfil (Excel/CSV)",
        "qms.user": "Användarkonto och roller",
    }
    wanted = {(labels[key], ident): role for (key, ident), role in expected.items()}
    # The account is listed by its id; compare the rest by identifier.
    assert got[(labels["qms.user"], str(petra.pk))] == ["kontot"]
    assert set(got) - {(labels["qms.user"], str(petra.pk))} == set(wanted) - {
        (labels["qms.user"], petra.username)
    }
    for where, role in wanted.items():
        if where[0] != labels["qms.user"]:
            assert role in got[where], where
    assert citizen.number not in json.dumps(document)  # a name was not asked for
    assert "E-post i en veckosammanfattning" in json.dumps(document, ensure_ascii=False)
    text = extract.data_csv.read().decode()
    assert text.count("\n") == len(document["poster"]) + 1


def test_a_citizen_is_found_by_name_or_address_in_contact_details_only(cast, dpo):
    _petra, citizen, _expected = world(cast)
    extract = services.request_extract(
        by=dpo,
        scope=cast.tree.group,
        subject_user=None,
        subject_email="",
        subject_name="petra persson",
        reference="",
    )
    extracts.build_extract(extract.pk)
    extract.refresh_from_db()
    document = json.loads(extract.data_json.read())
    assert [(p["arende"], p["roller"]) for p in document["poster"]] == [
        (citizen.number, ["kontaktuppgift (namn)"])
    ]
    by_address = services.request_extract(
        by=dpo,
        scope=cast.tree.group,
        subject_user=None,
        subject_email="PETRA.P@example.se",
        subject_name="",
        reference="",
    )
    extracts.build_extract(by_address.pk)
    by_address.refresh_from_db()
    posts = json.loads(by_address.data_json.read())["poster"]
    assert {p["informationstyp"] for p in posts} == {
        "Synpunkt eller klagomål",
        "Utgående e-post (utkorgen)",
    }


def test_an_organisations_dpo_sees_only_its_records(cast):
    petra, _citizen, _expected = world(cast)
    make_suggestion(cast.tree.company, petra, timezone.localdate())
    assert Suggestion.objects.filter(submitted_by=petra).count() == 2
    kommun_dpo = make_user(cast.tree.kommun, Role.DPO)
    extract = services.request_extract(
        by=kommun_dpo,
        scope=cast.tree.kommun,
        subject_user=petra,
        subject_email="",
        subject_name="",
        reference="",
    )
    extracts.build_extract(extract.pk)
    extract.refresh_from_db()
    posts = json.loads(extract.data_json.read())["poster"]
    kinds = {p["informationstyp"] for p in posts}
    assert "Avisering i systemet" not in kinds  # records of no unit: the group's DPO only
    assert len([p for p in posts if p["informationstyp"] == "Förbättringsförslag"]) == 1
    with pytest.raises(Exception):  # noqa: B017 - PermissionDenied
        services.request_extract(
            by=kommun_dpo,
            scope=cast.tree.company,
            subject_user=petra,
            subject_email="",
            subject_name="",
            reference="",
        )


def test_the_pages_order_show_log_and_serve_the_extract(client, cast, dpo, tmp_path):
    petra, _citizen, _expected = world(cast)
    login(client, dpo)
    data = {
        "account": petra.username,
        "subject_email": "",
        "subject_name": "",
        "reference": "DSO 2026/9",
        "scope": str(cast.tree.group.pk),
        "submission_token": "s" * 32,
    }
    response = client.post(reverse("records:extract_list"), data)
    assert response.status_code == 302
    assert client.post(reverse("records:extract_list"), data)["Location"] == response["Location"]
    extract = RegisterExtract.objects.get()
    extracts.build_extract(extract.pk)
    page = client.get(response["Location"]).content.decode()
    assert "Avvikelse" in page and "Hämta utdraget (PDF)" in page
    pdf = client.get(reverse("records:extract_download", args=[extract.pk, "pdf"]))
    assert pdf.status_code == 200 and pdf["Cache-Control"] == "private, no-store"
    from tests.pdfs import pdf_text

    text = pdf_text(b"".join(pdf.streaming_content), tmp_path)
    assert "Registerutdrag" in text and petra.get_full_name() in text
    logged = set(AccessLog.objects.filter(object_id=extract.pk).values_list("what", flat=True))
    assert logged == {"extract", "extract-pdf"}
    nobody = client.post(
        reverse("records:extract_list"),
        {**data, "account": "finns-inte", "submission_token": "v" * 32},
    )
    assert nobody.status_code == 400 and "inget konto" in nobody.content.decode()
    assert RegisterExtract.objects.count() == 1
    assert extract.created_at.date() <= timezone.localdate() + datetime.timedelta(days=1)
