"""Reads through the API: the pages' visible_to() querysets decide; an object outside the scope
is a 404; confidential cases only for those who may read them, and every read is logged."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from api.models import AccessToken
from deviations.models import ConfidentialRead, Deviation
from tests.api.conftest import add_action, bearer, investigate_to_acting, make_token, report

pytestmark = pytest.mark.django_db


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def get(user, url, **params):
    _token, secret = make_token(user)
    return bearer(secret).get(url, params)


def test_deviation_list_and_detail_follow_visible_to(cast):
    mine = report(cast)
    sibling = report(cast, by=cast.other_staff, unit=cast.tree.homecare)
    secret = report(cast, is_confidential=True, title="Sekretess")

    # The unit's chef sees both non-confidential cases of their unit, not the sibling's.
    assert ids(get(cast.chef, "/api/v1/deviations/")) == {mine.pk}
    # The reporter sees their own (also the confidential one they reported).
    assert ids(get(cast.staff, "/api/v1/deviations/")) == {mine.pk, secret.pk}
    # A coordinator of the kommun sees everything but the confidential case.
    assert ids(get(cast.coordinator, "/api/v1/deviations/")) == {mine.pk, sibling.pk}
    # The chef with access to confidential cases sees it too.
    assert secret.pk in ids(get(cast.sensitive_chef, "/api/v1/deviations/"))
    # Another förvaltning, a colleague at the sibling unit, the board: nothing of Solgården.
    assert ids(get(cast.school_chef, "/api/v1/deviations/")) == set()
    assert ids(get(cast.other_staff, "/api/v1/deviations/")) == {sibling.pk}


@pytest.mark.parametrize(
    "who", ["school_chef", "sibling_chef", "other_staff", "board", "coordinator"]
)
def test_confidential_case_is_404_for_those_without_access(cast, who):
    secret = report(cast, is_confidential=True)
    response = get(getattr(cast, who), f"/api/v1/deviations/{secret.pk}/")
    assert response.status_code == 404
    assert not ConfidentialRead.objects.exists()


def test_every_api_read_of_a_confidential_case_is_logged(cast):
    secret = report(cast, is_confidential=True)
    report(cast)
    response = get(cast.sensitive_chef, f"/api/v1/deviations/{secret.pk}/")
    assert response.status_code == 200
    assert response.json()["number"] == secret.number
    get(cast.sensitive_chef, "/api/v1/deviations/")
    reads = list(ConfidentialRead.objects.values_list("user", "what"))
    assert sorted(reads) == sorted(
        [(cast.sensitive_chef.pk, "api"), (cast.sensitive_chef.pk, "api-list")]
    )


def test_deviation_detail_has_actions_comments_attachments_and_timeline(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef)
    from deviations import services

    services.add_comment(deviation, by=cast.chef, text="Halkmatta beställd.")
    data = get(cast.chef, f"/api/v1/deviations/{deviation.pk}/").json()
    assert [a["id"] for a in data["actions"]] == [action.pk]
    assert data["actions"][0]["deviation"] == deviation.pk
    assert [c["text"] for c in data["comments"]] == ["Halkmatta beställd."]
    assert data["attachments"] == []
    kinds = [entry["kind"] for entry in data["timeline"]]
    assert kinds[0] == "reported" and "comment" in kinds and "action" in kinds
    assert data["status"] == "acting"


def test_action_register_and_detail_follow_visible_to(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef)
    assert ids(get(cast.chef, "/api/v1/actions/")) == {action.pk}
    assert ids(get(cast.coordinator, "/api/v1/actions/")) == {action.pk}
    assert get(cast.school_chef, f"/api/v1/actions/{action.pk}/").status_code == 404
    assert get(cast.sibling_chef, f"/api/v1/actions/{action.pk}/").status_code == 404
    assert get(cast.chef, f"/api/v1/actions/{action.pk}/").json()["title"] == action.title


def test_units_follow_visible_to(cast):
    units = ids(get(cast.school_chef, "/api/v1/units/"))
    assert units == {cast.tree.school.pk}
    assert get(cast.school_chef, f"/api/v1/units/{cast.tree.solgarden.pk}/").status_code == 404
    detail = get(cast.chef, f"/api/v1/units/{cast.tree.solgarden.pk}/").json()
    assert detail["parent"] == cast.tree.elderly.pk
    rows = get(cast.coordinator, "/api/v1/units/").json()["results"]
    parents = {row["id"]: row["parent"] for row in rows}
    assert parents[cast.tree.solgarden.pk] == cast.tree.elderly.pk


def test_revoked_and_expired_tokens_get_401_on_every_object_endpoint(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef)
    urls = [
        f"/api/v1/deviations/{deviation.pk}/",
        f"/api/v1/actions/{action.pk}/",
        f"/api/v1/units/{cast.tree.solgarden.pk}/",
        "/api/v1/deviations/",
    ]
    revoked, revoked_secret = make_token(cast.chef)
    AccessToken.objects.filter(pk=revoked.pk).update(revoked_at=timezone.now())
    expired, expired_secret = make_token(cast.chef)
    AccessToken.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    _token, good = make_token(cast.chef)
    for url in urls:
        assert bearer(good).get(url).status_code == 200, url
        assert bearer(revoked_secret).get(url).status_code == 401, url
        assert bearer(expired_secret).get(url).status_code == 401, url


def test_list_filters_are_the_pages_and_bad_values_are_400(cast):
    first = report(cast, title="Fallolycka")
    report(cast, by=cast.other_staff, unit=cast.tree.homecare, title="Läkemedel")
    url = "/api/v1/deviations/"
    assert ids(get(cast.coordinator, url, enhet=cast.tree.solgarden.pk)) == {first.pk}
    assert ids(get(cast.coordinator, url, status="reported", q="fallolycka")) == {first.pk}
    response = get(cast.chef, url, enhet=cast.tree.school.pk)  # outside the scope
    assert response.status_code == 400
    assert "enhet" in response.json()["errors"]
    assert get(cast.chef, url, status="nonsense").status_code == 400


def test_updated_since_and_cursor_pagination(cast):
    old = report(cast)
    Deviation.objects.filter(pk=old.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=3)
    )
    new = [report(cast, title=f"Nr {i}") for i in range(3)]
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    assert ids(get(cast.chef, "/api/v1/deviations/", updated_since=since)) == {d.pk for d in new}
    bad = get(cast.chef, "/api/v1/deviations/", updated_since="igår")
    assert bad.status_code == 400 and "updated_since" in bad.json()["errors"]

    _token, secret = make_token(cast.chef)
    client = bearer(secret)
    seen, url = [], "/api/v1/deviations/?page_size=2"
    while url:
        page = client.get(url).json()
        seen += [row["id"] for row in page["results"]]
        url = page["next"]
    assert seen == [d.pk for d in reversed(new)] + [old.pk]


def test_action_updated_since_uses_the_history(cast):
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef)
    since = timezone.now() + datetime.timedelta(seconds=1)
    assert ids(get(cast.chef, "/api/v1/actions/", updated_since=since.isoformat())) == set()
    earlier = (since - datetime.timedelta(minutes=5)).isoformat()
    assert ids(get(cast.chef, "/api/v1/actions/", updated_since=earlier)) == {action.pk}


def test_updated_since_on_units_and_out_of_range(cast):
    since = (timezone.now() - datetime.timedelta(minutes=5)).isoformat()
    assert cast.tree.solgarden.pk in ids(get(cast.chef, "/api/v1/units/", updated_since=since))
    response = get(cast.chef, "/api/v1/units/", updated_since="5553-04-21T00:36:48Z")
    assert response.status_code == 400
    assert "updated_since" in response.json()["errors"]
