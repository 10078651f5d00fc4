import pytest
from django.db import transaction
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
