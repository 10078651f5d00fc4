"""Helpers for the API tests: tokens made through the service, clients that present them."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from api import services


def make_token(user, *, scope="read", days=30, by=None, name="Testtoken"):
    """A token for `user`; returns (token, secret)."""
    return services.create_token(
        user=user,
        by=by or user,
        name=name,
        scope=scope,
        expires_at=timezone.now() + datetime.timedelta(days=days),
    )


def bearer(secret: str) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


@pytest.fixture
def api_client():
    """A client with a fresh token for the user: api_client(user, scope="write")."""

    def make(user, scope="read"):
        _token, secret = make_token(user, scope=scope)
        return bearer(secret)

    return make


# The deviation module's cast and helpers (the standard test tree with its people).
from tests.deviations.conftest import (  # noqa: E402, F401
    Cast,
    add_action,
    cast,
    investigate_to_acting,
    report,
    sensitive_category,
)
