from __future__ import annotations

from qms.models import Role
from tests.conftest import login
from tests.factories import make_user


def test_me_needs_authentication(client):
    response = client.get("/api/v1/me/")
    assert response.status_code == 401
    assert response.json()["detail"]


def test_me_answers_who_the_caller_is(client, tree):
    user = make_user(tree.solgarden, Role.MANAGER)
    login(client, user)
    data = client.get("/api/v1/me/").json()
    assert data["id"] == user.pk
    assert data["roles"] == [
        {"unit": tree.solgarden.pk, "unit_name": "Solgården", "role": "manager"}
    ]
