"""Synpunkter: the public form, the receipt and tracking link, and the staff queue."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from deviations import feedback_services
from deviations.feedback_services import submit_feedback
from deviations.models import Action, Deviation, Feedback, FeedbackPolicy, PublicActivity
from qms.models import Notification, OutgoingEmail
from tests.conftest import login
from tests.deviations.conftest import report

pytestmark = pytest.mark.django_db

FORM_URL = "/synpunkter/"


@pytest.fixture
def activity(cast) -> PublicActivity:
    return PublicActivity.objects.create(
        unit=cast.tree.solgarden, public_name="Solgårdens äldreboende"
    )


def public_data(activity, **overrides) -> dict:
    return {
        "kind": Feedback.Kind.COMPLAINT,
        "activity": activity.pk,
        "text": "Maten var kall tre dagar i rad.",
        "contact_name": "Eva Invånare",
        "contact_email": "eva@example.se",
        "contact_phone": "",
        "website": "",
        **overrides,
    }


def submit(activity, **fields) -> tuple[Feedback, str]:
    defaults = {"activity": activity, "kind": "complaint", "text": "Maten var kall."}
    return submit_feedback(**{**defaults, **fields})


def tracking_link_in(text: str) -> str:
    match = re.search(r"/synpunkter/folj/[\w-]+/", text)
    assert match, text
    return match.group(0)


# The public form ---------------------------------------------------------------------------------


def test_citizen_submits_with_email_and_gets_receipt_and_tracking_link(client, activity):
    form = client.get(FORM_URL)
    assert form.status_code == 200
    assert "Solgårdens äldreboende" in form.content.decode()
    response = client.post(FORM_URL, public_data(activity))
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert re.fullmatch(r"SY-\d{4}-00001", feedback.number)
    assert feedback.unit == activity.unit
    assert feedback.due_date == timezone.localdate() + datetime.timedelta(days=30)
    receipt = client.get(response.url).content.decode()
    assert feedback.number in receipt
    link = tracking_link_in(receipt)
    # The receipt e-mail is a row in the outbox, with the same link as an absolute URL.
    email = OutgoingEmail.objects.get(recipients="eva@example.se")
    assert feedback.number in email.subject
    assert link in email.message["body"]
    # The token itself is not stored, only its hash.
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert feedback.tracking_token_hash == feedback_services.token_hash(token)
    assert token not in str(Feedback.objects.filter(pk=feedback.pk).values().get())
    # The receipt is shown once; a reload goes back to the form.
    assert client.get(response.url).status_code == 302


def test_anonymous_submission_needs_no_contact_and_sends_no_email(client, activity):
    response = client.post(
        FORM_URL, public_data(activity, contact_name="", contact_email="", kind="praise")
    )
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert not feedback.has_contact
    assert feedback.kind == Feedback.Kind.PRAISE
    assert not OutgoingEmail.objects.filter(subject__startswith="Vi har tagit emot").exists()


def test_the_unit_chef_and_coordinator_are_notified(client, cast, activity):
    client.post(FORM_URL, public_data(activity))
    notified = set(Notification.objects.values_list("recipient", flat=True))
    assert notified == {cast.chef.pk, cast.coordinator.pk}


def test_the_form_works_without_javascript(client, activity):
    """A plain form post: no htmx headers, no script needed, the page has a real action."""
    page = client.get(FORM_URL).content.decode()
    assert f'action="{FORM_URL}"' in page
    assert 'method="post"' in page
    assert "hx-" not in page
    assert client.post(FORM_URL, public_data(activity)).status_code == 302


def test_missing_text_is_refused_and_keeps_the_rest(client, activity):
    response = client.post(FORM_URL, public_data(activity, text=""))
    assert response.status_code == 400
    assert "Eva Invånare" in response.content.decode()
    assert not Feedback.objects.exists()


def test_too_long_text_is_refused(client, activity):
    response = client.post(FORM_URL, public_data(activity, text="x" * (Feedback.MAX_TEXT + 1)))
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_honeypot_refuses_says_why_and_keeps_the_text(client, activity):
    response = client.post(FORM_URL, public_data(activity, website="http://spam.example"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Lämna detta fält tomt" in page
    assert "automatiska program" in page
    assert "Maten var kall tre dagar i rad." in page
    assert not Feedback.objects.exists()


def test_rate_limit_refuses_says_why_and_keeps_the_text(client, activity, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    for _ in range(2):
        assert client.post(FORM_URL, public_data(activity)).status_code == 302
    response = client.post(FORM_URL, public_data(activity, text="Den tredje synpunkten."))
    assert response.status_code == 429
    page = response.content.decode()
    assert "senaste timmen" in page
    assert "Den tredje synpunkten." in page
    assert Feedback.objects.count() == 2
    # Another address is not affected.
    other = client.post(FORM_URL, public_data(activity), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_hidden_activity_cannot_be_chosen(client, activity):
    activity.is_visible = False
    activity.save()
    assert client.post(FORM_URL, public_data(activity)).status_code == 400


# Tracking link -----------------------------------------------------------------------------------


def test_tracking_page_shows_status_and_answer_only(client, cast, activity):
    feedback, token = submit(activity, contact_name="Eva Invånare", contact_email="eva@example.se")
    url = feedback_services.tracking_path(token)
    page = client.get(url).content.decode()
    assert feedback.number in page
    assert "Mottagen" in page
    assert "inte besvarad" in page
    feedback_services.assign_feedback(feedback, by=cast.chef, assignee=cast.chef)
    feedback_services.answer_feedback(feedback, by=cast.chef, answer="Vi har bytt leverantör.")
    page = client.get(url).content.decode()
    assert "Vi har bytt leverantör." in page
    assert "Besvarad" in page
    # Nothing else: not the text, the contact details, the unit's handling or the handler.
    for secret in ("Maten var kall.", "Eva Invånare", "eva@example.se", str(cast.chef)):
        assert secret not in page


def test_wrong_token_is_404(client, activity):
    submit(activity)
    assert client.get("/synpunkter/folj/fel-token/").status_code == 404
    assert client.get("/synpunkter/folj/" + "A" * 43 + "/").status_code == 404


def test_old_token_of_a_long_closed_case_is_404(client, cast, activity):
    feedback, token = submit(activity)
    feedback_services.close_feedback(feedback, by=cast.chef)
    url = feedback_services.tracking_path(token)
    assert client.get(url).status_code == 200
    Feedback.objects.filter(pk=feedback.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=91)
    )
    assert client.get(url).status_code == 404


def test_accessibility_statement_is_public_and_linked_from_the_public_pages(client, cast):
    page = client.get(reverse("feedback_public:accessibility"))
    assert page.status_code == 200
    form = client.get(FORM_URL).content.decode()
    assert reverse("feedback_public:accessibility") in form


def test_admin_edits_the_accessibility_statement(client, cast):
    from qms.models import Role
    from tests.factories import make_user

    admin = make_user(cast.tree.group, Role.ADMIN)
    url = reverse("deviations:accessibility_update")
    login(client, cast.coordinator)
    assert client.get(url).status_code == 403
    login(client, admin)
    response = client.post(
        url, {"text": "Sidorna uppfyller WCAG 2.1 AA.", "contact": "tillganglighet@example.se"}
    )
    assert response.status_code == 302
    public = client.get(reverse("feedback_public:accessibility")).content.decode()
    assert "Sidorna uppfyller WCAG 2.1 AA." in public
    assert "tillganglighet@example.se" in public


# Staff handling ----------------------------------------------------------------------------------


def test_answer_is_recorded_and_sent_by_email_once(cast, activity):
    feedback, _token = submit(activity, contact_email="eva@example.se")
    feedback_services.answer_feedback(feedback, by=cast.chef, answer="Tack, vi åtgärdar det.")
    feedback.refresh_from_db()
    assert feedback.status == Feedback.Status.ANSWERED
    assert feedback.answered_by == cast.chef
    assert feedback.answer_sent_to == "eva@example.se"
    answers = OutgoingEmail.objects.filter(subject__startswith="Svar på din synpunkt")
    assert answers.count() == 1
    assert "Tack, vi åtgärdar det." in answers.get().message["body"]
    with pytest.raises(Exception, match="kan inte gå från"):
        feedback_services.answer_feedback(feedback, by=cast.chef, answer="Igen")
    assert answers.count() == 1


def test_answer_without_email_is_recorded_but_not_sent(cast, activity):
    feedback, _token = submit(activity, contact_phone="070-123 45 67")
    feedback_services.answer_feedback(feedback, by=cast.chef, answer="Vi ringer dig.")
    assert not OutgoingEmail.objects.filter(subject__startswith="Svar på").exists()


def test_response_deadline_follows_the_organisation_policy(cast, activity):
    FeedbackPolicy.objects.create(organisation=cast.tree.kommun, response_days=14)
    feedback, _token = submit(activity)
    assert feedback.due_date == timezone.localdate() + datetime.timedelta(days=14)


def test_deadline_reminders_go_out_once_each(cast, activity):
    feedback, _token = submit(activity)
    feedback_services.assign_feedback(feedback, by=cast.chef, assignee=cast.staff)
    Notification.objects.all().delete()
    today = timezone.localdate()
    assert feedback_services.send_feedback_reminders(today) == 0  # 30 days to go
    soon = feedback.due_date - datetime.timedelta(days=3)
    assert feedback_services.send_feedback_reminders(soon) == 1
    assert feedback_services.send_feedback_reminders(soon) == 0
    late = feedback.due_date + datetime.timedelta(days=1)
    assert feedback_services.send_feedback_reminders(late) == 1
    assert feedback_services.send_feedback_reminders(late) == 0
    assert set(Notification.objects.values_list("recipient", flat=True)) == {cast.staff.pk}
    # Answered: no more reminders.
    feedback_services.answer_feedback(feedback, by=cast.staff, answer="Svar")
    later = late + datetime.timedelta(days=5)
    assert feedback_services.send_feedback_reminders(later) == 0


def test_unassigned_reminders_go_to_the_units_handlers(cast, activity):
    feedback, _token = submit(activity)
    Notification.objects.all().delete()
    late = feedback.due_date + datetime.timedelta(days=1)
    assert feedback_services.send_feedback_reminders(late) == 2
    assert set(Notification.objects.values_list("recipient", flat=True)) == {
        cast.chef.pk,
        cast.coordinator.pk,
    }


def test_contact_details_can_be_removed_once_closed_and_the_removal_is_in_history(cast, activity):
    from qms.history import history_for

    feedback, _token = submit(activity, contact_name="Eva", contact_email="eva@example.se")
    with pytest.raises(Exception, match="avslutad"):
        feedback_services.remove_contact_details(feedback, by=cast.chef)
    feedback_services.close_feedback(feedback, by=cast.chef)
    feedback_services.remove_contact_details(feedback, by=cast.chef)
    feedback.refresh_from_db()
    assert (feedback.contact_name, feedback.contact_email, feedback.contact_phone) == ("", "", "")
    assert feedback.contact_removed_at is not None
    entries = history_for(feedback)
    assert any("Kontaktuppgifter borttagna" in entry.changes for entry in entries)
    # The history never held the contact details themselves.
    assert "eva@example.se" not in str([entry.changes for entry in entries])


def test_removing_contact_details_clears_them_from_the_outbox(cast, activity, settings):
    """Neither the citizen's address nor the tracking link stays in the outbox: the delivered
    receipt kept none, and the answer not yet sent is never sent."""
    from qms import mail

    settings.DELIVERY_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    feedback, token = submit(activity, contact_name="Eva", contact_email="Eva@Example.se")
    receipt = OutgoingEmail.objects.get(event__endswith=":citizen:receipt")
    staff_notice = OutgoingEmail.objects.filter(event=f"feedback:{feedback.pk}:received").first()
    assert mail.deliver(receipt.pk)
    feedback_services.answer_feedback(feedback, by=cast.chef, answer="Vi har bytt leverantör.")
    answer = OutgoingEmail.objects.get(event__endswith=":citizen:answer")
    assert answer.status == OutgoingEmail.Status.PENDING and answer.external_recipients == 1
    feedback_services.close_feedback(feedback, by=cast.chef)
    feedback_services.remove_contact_details(feedback, by=cast.chef)

    answer.refresh_from_db()
    assert answer.status == OutgoingEmail.Status.FAILED
    assert answer.last_error == "Kontaktuppgifterna togs bort innan e-posten skickades."
    assert mail.deliver(answer.pk) is False
    everything = str(list(OutgoingEmail.objects.values()))
    assert "eva@example.se" not in everything.lower() and token not in everything
    # Mail to staff about the same synpunkt is not the citizen's: it is left alone.
    staff_notice.refresh_from_db()
    assert staff_notice.status == OutgoingEmail.Status.PENDING and staff_notice.message


def test_actions_come_from_the_register(cast, activity):
    feedback, _token = submit(activity)
    action = feedback_services.add_feedback_action(
        feedback,
        by=cast.chef,
        kind=Action.Kind.IMPROVEMENT,
        title="Kontrollera matens temperatur",
        owner=cast.staff,
        unit=cast.tree.solgarden,
        due_date=timezone.localdate() + datetime.timedelta(days=7),
    )
    assert action.source == feedback
    with pytest.raises(Exception, match="åtgärder"):
        feedback_services.close_feedback(feedback, by=cast.chef)


def test_turn_into_a_deviation_and_link_to_one(cast, activity):
    feedback, _token = submit(activity, contact_name="Eva Invånare")
    deviation = feedback_services.turn_into_deviation(feedback, by=cast.chef, title="Kall mat")
    assert deviation.unit == cast.tree.solgarden
    assert feedback.number in deviation.description
    assert "Eva Invånare" not in deviation.description
    feedback.refresh_from_db()
    assert feedback.deviation == deviation
    other, _token = submit(activity)
    existing = report(cast)
    feedback_services.link_deviation(other, by=cast.chef, deviation=existing)
    assert Feedback.objects.get(pk=other.pk).deviation == existing
    hidden = report(cast, unit=cast.tree.school, by=cast.school_chef)
    with pytest.raises(Exception, match="behörighet"):
        feedback_services.link_deviation(other, by=cast.chef, deviation=hidden)
    assert Deviation.objects.count() == 3
