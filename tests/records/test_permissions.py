"""The permission matrix of every records view: each role, in the right and the wrong
organisation, gets the page (200/302), is refused (403), or does not learn that the object
exists (404). Anonymous visitors are sent to log in."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from deviations.models import Deviation
from qms.models import Role
from records import archive, extracts, services, thinning
from records.models import ArchivePackage, LegalHold, RegisterExtract
from tests.conftest import login
from tests.deviations.builders import make_deviations
from tests.factories import make_user
from tests.records.conftest import adopt, later


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def world(cast, archivist):
    today = timezone.localdate()
    closed = timezone.now() - datetime.timedelta(days=60)
    (case,) = make_deviations(cast.tree.solgarden, cast.staff, 1, status="closed", closed_at=closed)
    company_staff = make_user(cast.tree.company, Role.STAFF)
    make_deviations(cast.tree.company, company_staff, 1, status="closed", closed_at=closed)
    rule = adopt("deviations.deviation", archivist)
    proposals = {p.organisation_id: p for p in thinning.build_proposals(as_of=later(), by=None)}
    hold = LegalHold.objects.create(
        content_type=ContentType.objects.get_for_model(Deviation),
        object_id=case.pk,
        record_type="deviations.deviation",
        identifier=case.number,
        unit=cast.tree.solgarden,
        reason_kind="jo",
        reason="JO",
        review_date=later(),
        placed_by=archivist,
    )
    package = services.request_package(
        by=archivist,
        key="deviations.deviation",
        organisation=cast.tree.kommun,
        period_start=today - datetime.timedelta(days=365),
        period_end=today,
    )
    archive.build_package(package.pk)
    dpo = make_user(cast.tree.kommun, Role.DPO)
    extract = services.request_extract(
        by=dpo,
        scope=cast.tree.kommun,
        subject_user=cast.staff,
        subject_email="",
        subject_name="",
        reference="",
    )
    extracts.build_extract(extract.pk)
    people = {
        "archivist": archivist,
        "company_archivist": make_user(cast.tree.company, Role.ARCHIVIST),
        "dpo": dpo,
        "company_dpo": make_user(cast.tree.company, Role.DPO),
        "group_dpo": make_user(cast.tree.group, Role.DPO),
        "coordinator": cast.coordinator,
        "school_coordinator": make_user(cast.tree.school, Role.COORDINATOR),
        "chef": cast.chef,
        "staff": cast.staff,
        "board": cast.board,
        "admin": make_user(is_superuser=True, is_staff=True),
    }
    return {
        "people": people,
        "rule": rule,
        "proposal": proposals[cast.tree.kommun.pk],
        "hold": hold,
        "package": package,
        "extract": extract,
    }


EVERYONE = (
    "archivist",
    "company_archivist",
    "dpo",
    "company_dpo",
    "group_dpo",
    "coordinator",
    "school_coordinator",
    "chef",
    "staff",
    "board",
    "admin",
)

# (url name, method, object, {person: status}); people not named get 403.
MATRIX = [
    (
        "records:plan",
        "get",
        None,
        {
            "archivist": 200,
            "company_archivist": 200,
            "dpo": 200,
            "company_dpo": 200,
            "group_dpo": 200,
            "coordinator": 200,
            "school_coordinator": 200,
            "admin": 200,
        },
    ),
    (
        "records:plan_history",
        "get",
        None,
        {
            "archivist": 200,
            "company_archivist": 200,
            "dpo": 200,
            "company_dpo": 200,
            "group_dpo": 200,
            "coordinator": 200,
            "school_coordinator": 200,
            "admin": 200,
        },
    ),
    (
        "records:rule_history",
        "get",
        "rule",
        {
            "archivist": 200,
            "company_archivist": 404,
            "admin": 200,
        },
    ),
    (
        "records:proposal_list",
        "get",
        None,
        {
            "archivist": 200,
            "company_archivist": 200,
            "admin": 200,
        },
    ),
    (
        "records:proposal_detail",
        "get",
        "proposal",
        {
            "archivist": 200,
            "company_archivist": 404,
            "admin": 200,
        },
    ),
    (
        "records:hold_list",
        "get",
        None,
        {
            "archivist": 200,
            "company_archivist": 200,
            "dpo": 200,
            "company_dpo": 200,
            "group_dpo": 200,
            "coordinator": 200,
            "school_coordinator": 200,
            "admin": 200,
        },
    ),
    (
        "records:hold_detail",
        "get",
        "hold",
        {
            "archivist": 200,
            "company_archivist": 404,
            "dpo": 200,
            "company_dpo": 404,
            "group_dpo": 200,
            "coordinator": 200,
            "school_coordinator": 404,
            "admin": 200,
        },
    ),
    (
        "records:package_list",
        "get",
        None,
        {
            "archivist": 200,
            "company_archivist": 200,
            "admin": 200,
        },
    ),
    (
        "records:package_detail",
        "get",
        "package",
        {
            "archivist": 200,
            "company_archivist": 404,
            "admin": 200,
        },
    ),
    (
        "records:package_download",
        "get",
        "package",
        {
            "archivist": 200,
            "company_archivist": 404,
            "admin": 200,
        },
    ),
    (
        "records:package_retry",
        "post",
        "package",
        {
            "archivist": 302,
            "company_archivist": 404,
            "admin": 302,
        },
    ),
    (
        "records:extract_list",
        "get",
        None,
        {
            "dpo": 200,
            "company_dpo": 200,
            "group_dpo": 200,
            "admin": 200,
        },
    ),
    (
        "records:extract_detail",
        "get",
        "extract",
        {
            "dpo": 200,
            "company_dpo": 404,
            "group_dpo": 200,
            "admin": 200,
        },
    ),
    (
        "records:extract_retry",
        "post",
        "extract",
        {
            "dpo": 302,
            "company_dpo": 404,
            "group_dpo": 302,
            "admin": 302,
        },
    ),
]


def url_of(name: str, obj, world) -> str:
    return reverse(name, args=[world[obj].pk]) if obj else reverse(name)


@pytest.mark.parametrize(("name", "method", "obj", "allowed"), MATRIX, ids=[m[0] for m in MATRIX])
def test_permission_matrix(client, world, name, method, obj, allowed):
    url = url_of(name, obj, world)
    seen = {}
    for who in EVERYONE:
        login(client, world["people"][who])
        response = client.post(url) if method == "post" else client.get(url)
        seen[who] = response.status_code
        client.logout()
    assert seen == {who: allowed.get(who, 403) for who in EVERYONE}
    anonymous = client.post(url) if method == "post" else client.get(url)
    assert anonymous.status_code == 302  # to the log-in page


@pytest.mark.parametrize("kind", ["pdf", "json", "csv"])
def test_extract_downloads_follow_the_extracts_scope(client, world, kind):
    url = reverse("records:extract_download", args=[world["extract"].pk, kind])
    expected = {"dpo": 200, "group_dpo": 200, "admin": 200, "company_dpo": 404}
    for who in EVERYONE:
        login(client, world["people"][who])
        assert client.get(url).status_code == expected.get(who, 403), who
        client.logout()


def test_delivery_is_registered_only_by_the_organisations_archivist(client, world):
    package = world["package"]
    url = reverse("records:package_deliver", args=[package.pk])
    for who, status in (("company_archivist", 404), ("coordinator", 403), ("dpo", 403)):
        login(client, world["people"][who])
        assert client.post(url, {"receipt": "X"}).status_code == status
        client.logout()
    package.refresh_from_db()
    assert package.delivered_at is None
    login(client, world["people"]["archivist"])
    assert client.post(url, {"receipt": "EA-1"}).status_code == 302
    package.refresh_from_db()
    assert package.delivery_receipt == "EA-1"


def test_nobody_orders_for_an_organisation_they_do_not_answer_for(client, cast, world):
    today = timezone.localdate().isoformat()
    login(client, world["people"]["company_archivist"])
    response = client.post(
        reverse("records:package_list"),
        {
            "record_type": "deviations.deviation",
            "organisation": str(cast.tree.kommun.pk),
            "period_start": today,
            "period_end": today,
        },
    )
    assert response.status_code == 400
    assert ArchivePackage.objects.count() == 1
    client.logout()
    login(client, world["people"]["company_dpo"])
    response = client.post(
        reverse("records:extract_list"),
        {"account": cast.staff.username, "scope": str(cast.tree.kommun.pk)},
    )
    assert response.status_code == 400
    assert RegisterExtract.objects.count() == 1
