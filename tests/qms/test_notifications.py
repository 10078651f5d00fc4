import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from qms.models import Notification, OutgoingEmail, Role
from qms.notifications import notify
from tests.conftest import login
from tests.factories import make_tree, make_user

pytestmark = pytest.mark.django_db


def test_an_event_notifies_each_person_once_however_often_it_runs():
    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER)
    quiet = make_user(tree.solgarden, Role.STAFF, notify_by_email=False)
    for _attempt in range(3):
        notify([chef, quiet, chef], event_key="test:1", subject="Ny avvikelse", url="/x/")
    assert Notification.objects.filter(event_key="test:1").count() == 2
    emails = OutgoingEmail.objects.all()
    assert [e.recipients for e in emails] == [chef.email]
    assert Notification.objects.get(recipient=chef).email == emails[0]
    assert "http://127.0.0.1:8000/x/" in emails[0].message["body"]


def test_a_notice_is_written_with_its_email_whose_account_is_known():
    """Per person: the e-mail, then the notice that points at it (no UPDATE afterwards), and
    the e-mail records its recipient's account without looking the address up (issue 12)."""
    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER)
    other = make_user(tree.homecare, Role.MANAGER)
    with CaptureQueriesContext(connection) as captured:
        notify([chef, other], event_key="test:9", subject="Ny avvikelse", url="/x/")
    statements = [q["sql"] for q in captured.captured_queries]
    assert not [sql for sql in statements if 'UPDATE "qms_notification"' in sql]
    assert not [sql for sql in statements if 'FROM "qms_user"' in sql]
    notices = Notification.objects.filter(event_key="test:9").select_related("email")
    assert {
        (n.recipient_id, n.email.recipients, tuple(n.email.recipient_users)) for n in notices
    } == {
        (chef.pk, chef.email, (chef.pk,)),
        (other.pk, other.email, (other.pk,)),
    }
    assert {e.external_recipients for e in OutgoingEmail.objects.all()} == {0}


def test_a_rolled_back_change_leaves_no_notification_or_email():
    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER)
    with pytest.raises(RuntimeError), transaction.atomic():
        notify([chef], event_key="test:2", subject="Ny avvikelse")
        raise RuntimeError
    assert not Notification.objects.exists()
    assert not OutgoingEmail.objects.exists()


def test_bell_counts_unread_and_opening_marks_read(client):
    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER)
    other = make_user(tree.solgarden, Role.MANAGER)
    notify([chef], event_key="test:3", subject="Tilldelad avvikelse", url="/organisation/")
    (mine,) = chef.notifications.all()
    (theirs,) = notify([other], event_key="test:3", subject="Annan")
    login(client, chef)
    page = client.get(reverse("qms:notification_list"))
    assert "1 oläst avisering" in page.content.decode()
    assert "Annan" not in page.content.decode()
    response = client.post(reverse("qms:notification_open", args=[mine.pk]))
    assert response.url == "/organisation/"
    mine.refresh_from_db()
    assert mine.read_at is not None
    assert client.post(reverse("qms:notification_open", args=[theirs.pk])).status_code == 404


def test_user_can_choose_in_app_only(client):
    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER)
    login(client, chef)
    client.post(reverse("qms:notification_list"), {})  # unchecked box = in-app only
    chef.refresh_from_db()
    assert chef.notify_by_email is False
    notify([chef], event_key="test:4", subject="Ny avvikelse")
    assert not OutgoingEmail.objects.exists()


@pytest.mark.parametrize(
    "target", ["https://angripare.example/", "//angripare.example/x", "javascript:alert(1)"]
)
def test_opening_a_notice_never_leaves_the_site(client, target):
    """A notice's link is followed only within the site (no open redirect)."""
    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER)
    (notice,) = notify([chef], event_key="test:redirect", subject="Länk", url=target)
    login(client, chef)
    response = client.post(reverse("qms:notification_open", args=[notice.pk]))
    assert response.status_code == 302
    assert response.url == reverse("qms:notification_list")


def test_notices_come_in_pages_newest_first_with_the_settings_above(client):
    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER, notify_by_email=False)
    for n in range(60):
        notify([chef], event_key=f"test:page:{n}", subject=f"Avisering nummer {n:02d}")
    login(client, chef)
    first = client.get(reverse("qms:notification_list")).content.decode()
    assert first.index("Hur vill du få aviseringar?") < first.index("Avisering nummer")
    assert "Avisering nummer 59" in first and "Avisering nummer 35" in first
    assert "Avisering nummer 34" not in first
    assert "Sida 1 av 3" in first and "?sida=2" in first
    last = client.get(reverse("qms:notification_list"), {"sida": "3"}).content.decode()
    assert "Avisering nummer 00" in last and "Avisering nummer 10" not in last
    # A page number from an edited address shows the nearest page rather than an error.
    assert client.get(reverse("qms:notification_list"), {"sida": "99"}).status_code == 200
    assert client.get(reverse("qms:notification_list"), {"sida": "x"}).status_code == 200


def test_an_action_on_a_confidential_case_is_announced_without_an_empty_title():
    import datetime

    from deviations.services import create_action
    from tests.deviations.builders import make_deviation

    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER)
    owner = make_user(tree.solgarden, Role.STAFF)
    secret = make_deviation(tree.solgarden, chef, title="Fel dos", is_confidential=True)
    due = datetime.date(2026, 11, 18)
    create_action(
        secret,
        by=chef,
        kind="corrective",
        title="Ny rutin för dosering",
        owner=owner,
        unit=tree.solgarden,
        due_date=due,
        is_confidential=True,
    )
    (notice,) = owner.notifications.all()
    assert notice.subject == (
        "Du är ansvarig för en sekretessmarkerad åtgärd (klar senast 2026-11-18)"
    )
    assert "dosering" not in OutgoingEmail.objects.get(recipients=owner.email).message["body"]


# Choices per kind, and daily/weekly summaries ------------------------------------------------


def _at(text: str):
    """An aware local time from 'YYYY-MM-DD HH:MM' (settings.TIME_ZONE)."""
    import datetime

    from django.utils import timezone

    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def _made_at(notices, text: str) -> None:
    Notification.objects.filter(pk__in=[n.pk for n in notices]).update(created_at=_at(text))


def test_each_kind_of_notice_comes_the_way_the_person_chose(client):
    from qms.models import NotificationDelivery, NotificationPreference

    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER)
    login(client, chef)
    response = client.post(
        reverse("qms:notification_list"),
        {"notify_by_email": "on", "reported": "daily", "status": "in_app", "reminder": "weekly"},
    )
    assert response.status_code == 302
    chosen = dict(chef.notification_preferences.values_list("kind", "delivery"))
    assert chosen["reported"] == "daily" and chosen["assigned"] == "immediate"

    (reported,) = notify([chef], event_key="deviation:1:reported", subject="Ny avvikelse")
    (status,) = notify([chef], event_key="deviation:1:status:closed:x", subject="Avslutad")
    (owner,) = notify([chef], event_key="action:3:owner:9", subject="Du är ansvarig")
    (overdue,) = notify([chef], event_key="action:3:overdue:2026-12-01", subject="Försenad")
    assert [reported.delivery, status.delivery, owner.delivery, overdue.delivery] == [
        NotificationDelivery.DAILY,
        NotificationDelivery.IN_APP,
        NotificationDelivery.IMMEDIATE,
        NotificationDelivery.WEEKLY,
    ]
    assert [e.event for e in OutgoingEmail.objects.all()] == ["action:3:owner:9"]
    # The page shows what was chosen; a weekly summary is not offered for legal deadlines.
    page = client.get(reverse("qms:notification_list")).content.decode()
    assert '<option value="daily" selected>' in page
    response = client.post(reverse("qms:notification_list"), {"legal": "weekly"})
    assert response.status_code == 200
    assert "Välj ett giltigt alternativ" in response.content.decode()
    assert NotificationPreference.objects.get(user=chef, kind="legal").delivery == "immediate"


def test_a_daily_summary_takes_the_days_unread_notices_once_per_person(settings):
    from qms.models import NotificationDigest, NotificationPreference
    from qms.notifications import send_digests

    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER, first_name="Eva", last_name="Chef")
    quiet = make_user(tree.solgarden, Role.MANAGER)
    for person in (chef, quiet):
        NotificationPreference.objects.create(user=person, kind="reported", delivery="daily")
    day = [
        notify(
            [chef, quiet],
            event_key=f"deviation:{n}:reported",
            subject=f"Ny avvikelse {n}",
            url=f"/avvikelser/{n}/",
        )
        for n in range(3)
    ]
    _made_at([n for notices in day for n in notices], "2026-12-03 14:00")
    for notice in quiet.notifications.all():  # read in the app already: no e-mail repeats it
        notice.read_at = _at("2026-12-03 15:00")
        notice.save()
    later = notify([chef], event_key="deviation:9:reported", subject="Efter sex")
    _made_at(later, "2026-12-04 06:30")
    assert not OutgoingEmail.objects.exists()

    assert send_digests(_at("2026-12-04 05:59")) == 0  # the 3rd's summary is due at 06:00
    assert send_digests(_at("2026-12-04 06:07")) == 2
    assert send_digests(_at("2026-12-04 07:07")) == 0  # hourly reruns find it sent
    (email,) = OutgoingEmail.objects.all()
    assert email.recipients == chef.email
    assert email.subject == "Dina aviseringar 3 december 2026"
    body = email.message["body"]
    assert "Hej Eva Chef" in body and "Här är 3 aviseringar som du inte har läst ännu." in body
    assert "Ny avvikelse 0" in body and "http://127.0.0.1:8000/avvikelser/2/" in body
    assert "Efter sex" not in body and "http://127.0.0.1:8000/aviseringar/" in body
    digest = NotificationDigest.objects.get(recipient=chef)
    assert (digest.period, str(digest.period_start), digest.notices) == ("daily", "2026-12-03", 3)
    assert NotificationDigest.objects.get(recipient=quiet).email is None
    # The notice made after 06:00 goes in the next day's summary.
    assert send_digests(_at("2026-12-05 06:07")) == 1
    assert "Efter sex" in OutgoingEmail.objects.latest("pk").message["body"]


def test_a_weekly_summary_goes_out_on_monday_morning_for_the_week_before():
    from qms.models import NotificationPreference
    from qms.notifications import send_digests

    tree = make_tree()
    chef = make_user(tree.solgarden, Role.MANAGER)
    NotificationPreference.objects.create(user=chef, kind="reminder", delivery="weekly")
    _made_at(notify([chef], event_key="action:1:overdue:x", subject="Försenad"), "2026-11-25 10:00")
    _made_at(notify([chef], event_key="action:2:overdue:x", subject="Också"), "2026-11-29 22:00")
    assert send_digests(_at("2026-11-30 05:07")) == 0  # Monday, before six
    assert send_digests(_at("2026-11-30 06:07")) == 1
    assert send_digests(_at("2026-12-01 06:07")) == 0
    (email,) = OutgoingEmail.objects.all()
    assert email.subject == "Dina aviseringar vecka 48"
    assert "Här är 2 aviseringar" in email.message["body"]


@pytest.mark.worker
def test_a_days_events_reach_each_person_in_one_email_exactly_once_through_the_worker(
    worker_env, celery_worker_process
):
    import datetime

    from django.utils import timezone

    from qms.models import NotificationPreference
    from qms.tasks import send_notification_digests
    from tests.conftest import delivered_messages, wait_for

    tree = make_tree()
    coordinator = make_user(tree.solgarden, Role.COORDINATOR, email="samordnare@example.se")
    NotificationPreference.objects.create(user=coordinator, kind="reported", delivery="daily")
    events = [
        notify([coordinator], event_key=f"deviation:{n}:reported", subject=f"Ny avvikelse {n}")
        for n in range(5)
    ]
    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    Notification.objects.filter(pk__in=[n.pk for (n,) in events]).update(created_at=two_days_ago)
    # Two sweeps at once (a second beat, a retry): one summary.
    runs = [send_notification_digests.delay(), send_notification_digests.delay()]
    outcomes = celery_worker_process.wait_for_tasks(runs)
    assert sorted(outcome.rsplit(": ", 1)[1] for outcome in outcomes) == ["0", "1"], outcomes
    wait_for(
        lambda: OutgoingEmail.objects.filter(status=OutgoingEmail.Status.SENT).count() == 1,
        message=celery_worker_process.output,
    )
    (message,) = delivered_messages(worker_env)
    assert "samordnare@example.se" in message and "Ny avvikelse 4" in message


def test_summaries_and_emails_are_written_in_each_readers_language(client):
    from qms.models import NotificationPreference
    from qms.notifications import send_digests

    tree = make_tree()
    english = make_user(tree.solgarden, Role.MANAGER, first_name="Ann", last_name="Lee")
    swedish = make_user(tree.solgarden, Role.MANAGER, first_name="Eva", last_name="Berg")
    # The language switch keeps a signed-in person's choice on the account; a log-in keeps
    # the language the person arrives in.
    login(client, english)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    english.refresh_from_db()
    assert english.language == "en"
    swedish.language = "en"  # from an earlier visit
    swedish.save()
    login(client, swedish)  # a log-in without a choice of language: the site's
    swedish.refresh_from_db()
    assert swedish.language == "sv"
    for person in (english, swedish):
        NotificationPreference.objects.create(user=person, kind="reported", delivery="daily")
    _made_at(
        notify([english, swedish], event_key="deviation:1:reported", subject="Ny avvikelse"),
        "2026-12-03 14:00",
    )
    assert send_digests(_at("2026-12-04 06:07")) == 2
    mails = {e.recipients: e for e in OutgoingEmail.objects.all()}
    to_english, to_swedish = mails[english.email], mails[swedish.email]
    assert to_english.subject == "Your notifications 3 December 2026"
    assert "Hello Ann Lee," in to_english.message["body"]
    assert "Here is 1 notification you have not read yet." in to_english.message["body"]
    assert to_swedish.subject == "Dina aviseringar 3 december 2026"
    assert "Hej Eva Berg," in to_swedish.message["body"]
    # An e-mail at once too.
    notify([english, swedish], event_key="test:language", subject="Ny", url="/x/")
    bodies = {
        e.recipients: e.message["body"] for e in OutgoingEmail.objects.filter(event="test:language")
    }
    assert "Hello Ann Lee," in bodies[english.email] and "Open in" in bodies[english.email]
    assert "Hej Eva Berg," in bodies[swedish.email]
