"""The API's IDOR matrix, over every endpoint of the committed description: a revoked or an
expired token gets 401 everywhere; every list is filtered through visible_to() (a person with no
role sees nothing; a confidential case never appears for a reader without access); an object of
another unit is a 404 for every object endpoint."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.utils import timezone

from api.models import AccessToken
from tests.api.conftest import add_action, bearer, investigate_to_acting, make_token, report
from tests.factories import make_user

pytestmark = pytest.mark.django_db

PATHS = yaml.safe_load((Path(settings.BASE_DIR) / "api" / "openapi.yaml").read_text())["paths"]
OPERATIONS = [(method.upper(), path) for path, ops in PATHS.items() for method in ops]
OBJECT_OPERATIONS = [(m, p) for m, p in OPERATIONS if "{id}" in p]
LISTS = [p for m, p in OPERATIONS if m == "GET" and "{id}" not in p and p.endswith("s/")]


def test_the_matrix_covers_the_api():
    assert len(OBJECT_OPERATIONS) >= 10
    assert {"/api/v1/deviations/", "/api/v1/actions/", "/api/v1/audits/"} <= set(LISTS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_revoked_and_expired_tokens_get_401(cast, method, path):
    revoked, revoked_secret = make_token(cast.coordinator, scope="write")
    AccessToken.objects.filter(pk=revoked.pk).update(revoked_at=timezone.now())
    expired, expired_secret = make_token(cast.coordinator, scope="write")
    AccessToken.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    url = path.replace("{id}", str(cast.tree.solgarden.pk))
    for secret in (revoked_secret, expired_secret):
        response = bearer(secret).generic(method, url, "{}", content_type="application/json")
        assert response.status_code == 401, (method, url)


@pytest.mark.parametrize("path", LISTS)
def test_every_list_is_empty_for_someone_without_a_role(cast, path):
    report(cast)
    nobody = make_user()
    _token, secret = make_token(nobody)
    response = bearer(secret).get(path)
    assert response.status_code == 200, path
    # The users list has the caller (as /me/ does), nobody else.
    expected = [nobody.pk] if path == "/api/v1/users/" else []
    assert [row["id"] for row in response.json()["results"]] == expected, path


def test_confidential_case_and_its_actions_never_listed_without_access(cast):
    secret_case = report(cast, is_confidential=True, title="Sekretess")
    investigate_to_acting(secret_case, cast.sensitive_chef)
    action = add_action(secret_case, cast.sensitive_chef, title="Hemlig åtgärd")
    for who in (cast.chef, cast.coordinator, cast.sibling_chef, cast.other_staff, cast.board):
        _token, secret = make_token(who)
        client = bearer(secret)
        for path, pk in (("/api/v1/deviations/", secret_case.pk), ("/api/v1/actions/", action.pk)):
            rows = client.get(path, {"page_size": 200}).json()["results"]
            assert pk not in {row["id"] for row in rows}, (who, path)
            assert client.get(f"{path}{pk}/").status_code == 404
    _token, secret = make_token(cast.sensitive_chef)
    rows = bearer(secret).get("/api/v1/deviations/").json()["results"]
    assert secret_case.pk in {row["id"] for row in rows}


def test_every_object_endpoint_is_404_for_the_wrong_unit(cast):
    """A chef of another förvaltning with a write token, on real objects of Solgården."""
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    action = add_action(deviation, cast.chef)
    objects = {
        "deviations": deviation.pk,
        "actions": action.pk,
        "units": cast.tree.solgarden.pk,
    }
    _token, secret = make_token(cast.school_chef, scope="write")
    client = bearer(secret)
    checked = 0
    for method, path in OBJECT_OPERATIONS:
        kind = re.match(r"/api/v1/([\w-]+)/", path).group(1)
        if kind not in objects:
            continue  # certificates, audits, objectives, reviews: their own test modules
        url = path.replace("{id}", str(objects[kind]))
        response = client.generic(method, url, "{}", content_type="application/json")
        assert response.status_code == 404, (method, url, response.content)
        checked += 1
    assert checked >= 6
