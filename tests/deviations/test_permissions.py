"""Who sees and changes a deviation: every object URL for the wrong role and the wrong unit."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from deviations.models import ConfidentialRead, Deviation
from qms.models import Role
from tests.conftest import login
from tests.deviations.conftest import add_action, investigate_to_acting, report
from tests.deviations.test_views import PNG
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def case_urls(deviation: Deviation, action) -> list[tuple[str, str, dict]]:
    """(method, url, data) for every URL that belongs to one deviation."""
    pk = deviation.pk
    attachment = deviation.attachments.get()
    return [
        ("get", reverse("deviations:detail", args=[pk]), {}),
        ("get", reverse("deviations:similar", args=[pk]), {}),
        ("get", attachment.get_absolute_url(), {}),
        ("get", reverse("deviations:read_log", args=[pk]), {}),
        ("get", action.get_absolute_url(), {}),
        ("post", reverse("deviations:assess", args=[pk]), {"probability": 1, "consequence": 1}),
        ("post", reverse("deviations:assign", args=[pk]), {}),
        ("post", reverse("deviations:cause_analysis", args=[pk]), {}),
        ("post", reverse("deviations:transition", args=[pk, "avskriv"]), {"reason": "x"}),
        ("post", reverse("deviations:comment", args=[pk]), {"text": "Hej"}),
        ("post", reverse("deviations:upload", args=[pk]), {}),
        ("post", reverse("deviations:action_create", args=[pk]), {}),
        ("post", reverse("deviations:action_step", args=[action.pk, "klar"]), {"result": "x"}),
    ]


@pytest.fixture
def case(cast):
    deviation = report(cast, files=[SimpleUploadedFile("foto.png", PNG, content_type="image/png")])
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef)
    return deviation, action


def test_anonymous_is_sent_to_login_everywhere(client, case):
    for method, url, data in case_urls(*case):
        response = getattr(client, method)(url, data)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("account_login")), url


@pytest.mark.parametrize("who", ["other_staff", "sibling_chef", "school_chef", "board"])
def test_wrong_unit_or_role_gets_404_everywhere(client, cast, case, who):
    login(client, getattr(cast, who))
    for method, url, data in case_urls(*case):
        response = getattr(client, method)(url, data, headers={"HX-Request": "true"})
        assert response.status_code == 404, (who, url)
    deviation, _action = case
    assert Deviation.objects.get(pk=deviation.pk).status == Deviation.Status.ACTING


def test_a_reader_who_may_not_handle_gets_403_on_changes(client, cast, case):
    auditor = make_user(cast.tree.kommun, Role.AUDITOR)
    login(client, auditor)
    deviation, action = case
    assert client.get(deviation.get_absolute_url()).status_code == 200
    for method, url, data in case_urls(deviation, action):
        if method == "post" and "kommentar" not in url and "bilagor" not in url:
            assert client.post(url, data).status_code == 403, url


def test_reporter_reads_but_may_not_move_their_own_report(client, cast, case):
    deviation, _action = case
    login(client, cast.staff)
    assert client.get(deviation.get_absolute_url()).status_code == 200
    response = client.post(
        reverse("deviations:transition", args=[deviation.pk, "avskriv"]), {"reason": "x"}
    )
    assert response.status_code == 403


def test_receipt_only_for_the_reporter(client, cast, case):
    deviation, _action = case
    login(client, cast.chef)
    assert client.get(reverse("deviations:receipt", args=[deviation.pk])).status_code == 404


@pytest.fixture
def secret_case(cast, sensitive_category):
    deviation = report(
        cast,
        category=sensitive_category,
        files=[SimpleUploadedFile("foto.png", PNG, content_type="image/png")],
    )
    investigate_to_acting(deviation, cast.sensitive_chef)
    action = add_action(deviation, cast.sensitive_chef)
    return deviation, action


@pytest.mark.parametrize("who", ["chef", "coordinator", "sibling_chef", "other_staff"])
def test_confidential_case_is_404_for_everyone_without_a_reason_to_see_it(
    client, cast, secret_case, who
):
    login(client, getattr(cast, who))
    for method, url, data in case_urls(*secret_case):
        response = getattr(client, method)(url, data, headers={"HX-Request": "true"})
        assert response.status_code == 404, (who, url)
    deviation, _action = secret_case
    assert not Deviation.objects.visible_to(getattr(cast, who)).filter(pk=deviation.pk).exists()


def test_confidential_case_is_open_to_reporter_investigator_and_sensitive_access(
    client, cast, secret_case
):
    deviation, _action = secret_case
    for person in (cast.staff, cast.sensitive_chef):
        login(client, person)
        assert client.get(deviation.get_absolute_url()).status_code == 200
    # Assigning an investigator opens the case to them, and only to them.
    Deviation.objects.filter(pk=deviation.pk).update(investigator=cast.chef)
    login(client, cast.chef)
    assert client.get(deviation.get_absolute_url()).status_code == 200


def test_every_read_of_a_confidential_case_is_logged(client, cast, secret_case):
    deviation, _action = secret_case
    login(client, cast.staff)
    client.get(deviation.get_absolute_url())
    client.get(deviation.attachments.get().get_absolute_url())
    login(client, cast.sensitive_chef)
    client.get(deviation.get_absolute_url())
    reads = list(ConfidentialRead.objects.order_by("at").values_list("user", "what"))
    assert reads == [
        (cast.staff.pk, "detail"),
        (cast.staff.pk, "attachment"),
        (cast.sensitive_chef.pk, "detail"),
    ]
    log = client.get(reverse("deviations:read_log", args=[deviation.pk])).content.decode()
    assert str(cast.staff) in log


def test_reads_of_ordinary_cases_are_not_logged(client, cast, case):
    deviation, _action = case
    login(client, cast.chef)
    client.get(deviation.get_absolute_url())
    assert not ConfidentialRead.objects.exists()


def test_no_personal_identity_number_in_urls():
    # Every deviation URL is keyed by the database id; nothing typed by people goes in a path.
    from deviations.urls import urlpatterns

    for pattern in urlpatterns:
        assert "<str:" not in str(pattern.pattern) or any(
            name in str(pattern.pattern) for name in ("<str:transition>", "<str:step>")
        )
