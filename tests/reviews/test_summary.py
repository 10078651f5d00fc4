"""Page one's texts on the review's page: written by the coordinators over the scope, refused
when stale or once approved, copied into a revision."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from reviews import services
from reviews.models import Review
from reviews.summary import lines
from tests.conftest import login
from tests.deviations.test_stale_edits import form_version
from tests.reviews.conftest import make_review

pytestmark = pytest.mark.django_db


def post_summary(client, review, version, messages="Fallen minskar.\n\nTillbuden ökar."):
    return client.post(
        reverse("reviews:summary", args=[review.pk]),
        {"messages": messages, "decisions_asked": "Utöka bemanningen.", "version": version},
    )


def test_coordinator_writes_the_messages_one_per_line(cast):
    review = make_review(cast)
    client = login(Client(), cast.coordinator)
    url = reverse("reviews:summary", args=[review.pk])
    version = form_version(client.get(review.get_absolute_url()), url)
    response = post_summary(client, review, version)
    assert response.status_code == 302
    review.refresh_from_db()
    assert lines(review.messages) == ["Fallen minskar.", "Tillbuden ökar."]
    assert lines(review.decisions_asked) == ["Utöka bemanningen."]
    page = client.get(review.get_absolute_url()).content.decode()
    assert "Sammanfattning (sidan ett i underlaget)" in page


def test_a_stale_summary_is_refused_and_nobody_else_may_write_it(cast):
    review = make_review(cast)
    url = reverse("reviews:summary", args=[review.pk])
    first = login(Client(), cast.coordinator)
    second = login(Client(), cast.admin)
    old = form_version(first.get(review.get_absolute_url()), url)
    assert (
        post_summary(
            second, review, form_version(second.get(review.get_absolute_url()), url)
        ).status_code
        == 302
    )
    refused = post_summary(first, review, old, messages="Något annat.")
    assert refused.status_code == 400
    assert (
        "Någon annan har sparat ändringar här sedan du öppnade formuläret"
        in refused.content.decode()
    )
    assert Review.objects.get(pk=review.pk).messages == "Fallen minskar.\n\nTillbuden ökar."
    for someone in (cast.participant, cast.board, cast.school_coordinator):
        assert post_summary(login(Client(), someone), review, old).status_code in (403, 404)


def test_an_approved_review_keeps_its_summary_and_a_revision_copies_it(cast):
    review = make_review(cast)
    services.save_summary(review, by=cast.coordinator, messages="Ett budskap.", decisions_asked="")
    review = services.approve_review(review, by=cast.chair)
    client = login(Client(), cast.coordinator)
    assert post_summary(client, review, "").status_code == 403
    revision = services.revise_review(review, by=cast.coordinator, reason="Fel siffra.")
    assert revision.messages == "Ett budskap."
