"""Förbättringsförslag: staff submit, chefs decide, coordinators see the counts."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from deviations import suggestion_services
from deviations.models import Action, Suggestion
from deviations.statistics import first_of_month
from qms.models import Notification
from tests.conftest import login

pytestmark = pytest.mark.django_db


def submit(cast, **fields) -> Suggestion:
    defaults = {
        "by": cast.staff,
        "unit": cast.tree.solgarden,
        "title": "Digital schemaläggning",
        "description": "Lägg schemat i en app i stället för på papper.",
        "reason": "Färre missförstånd vid byten.",
    }
    return suggestion_services.submit_suggestion(**{**defaults, **fields})


def mid_month(months_back: int) -> datetime.datetime:
    day = first_of_month(timezone.localdate(), months_back) + datetime.timedelta(days=14)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def test_staff_submits_through_the_page_and_the_chef_is_told(client, cast):
    login(client, cast.staff)
    page = client.get(reverse("deviations:suggestion_create"))
    assert page.context["form"].initial["unit"] == cast.tree.solgarden.pk
    response = client.post(
        reverse("deviations:suggestion_create"),
        {
            "unit": cast.tree.solgarden.pk,
            "title": "Färre pappersblanketter",
            "description": "Gör blanketterna digitala.",
            "reason": "Sparar tid.",
        },
    )
    suggestion = Suggestion.objects.get()
    assert response.url == suggestion.get_absolute_url()
    assert suggestion.number.startswith("FF-")
    assert suggestion.submitted_by == cast.staff
    assert set(Notification.objects.values_list("recipient", flat=True)) == {
        cast.chef.pk,
        cast.sensitive_chef.pk,
    }
    assert "FF-" in client.get(reverse("deviations:suggestion_list")).content.decode()


def test_a_unit_outside_ones_memberships_cannot_be_chosen(client, cast):
    login(client, cast.staff)
    response = client.post(
        reverse("deviations:suggestion_create"),
        {"unit": cast.tree.school.pk, "title": "X", "description": "Y", "reason": "Z"},
    )
    assert response.status_code == 200
    assert not Suggestion.objects.exists()


def test_chef_accepts_and_adds_actions(cast):
    suggestion = submit(cast)
    suggestion_services.accept_suggestion(suggestion, by=cast.chef, reason="Bra idé.")
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.ACCEPTED
    assert suggestion.decided_by == cast.chef
    action = suggestion_services.add_suggestion_action(
        suggestion,
        by=cast.chef,
        kind=Action.Kind.IMPROVEMENT,
        title="Köp in schemaapp",
        owner=cast.chef,
        unit=cast.tree.solgarden,
        due_date=timezone.localdate() + datetime.timedelta(days=30),
    )
    assert action.source == suggestion
    assert Notification.objects.filter(
        recipient=cast.staff, event_key=f"suggestion:{suggestion.pk}:accepted"
    ).exists()


def test_reject_needs_a_reason(cast):
    suggestion = submit(cast)
    with pytest.raises(ValidationError):
        suggestion_services.reject_suggestion(suggestion, by=cast.chef, reason=" ")
    suggestion_services.reject_suggestion(suggestion, by=cast.chef, reason="Finns redan.")
    assert Suggestion.objects.get().decision_reason == "Finns redan."


def test_parked_can_be_accepted_later_but_decided_ones_are_final(cast):
    suggestion = submit(cast)
    suggestion_services.park_suggestion(suggestion, by=cast.chef, reason="Nästa budgetår.")
    suggestion_services.accept_suggestion(suggestion, by=cast.chef)
    with pytest.raises(ValidationError):
        suggestion_services.reject_suggestion(suggestion, by=cast.chef, reason="Nej")


def test_actions_only_on_accepted_suggestions(cast):
    suggestion = submit(cast)
    with pytest.raises(ValidationError):
        suggestion_services.add_suggestion_action(
            suggestion,
            by=cast.chef,
            kind=Action.Kind.IMPROVEMENT,
            title="X",
            owner=cast.chef,
            unit=cast.tree.solgarden,
            due_date=timezone.localdate(),
        )


@pytest.mark.parametrize("who", ["staff", "sibling_chef", "school_chef", "board"])
def test_only_chefs_and_coordinators_over_the_unit_decide(cast, who):
    suggestion = submit(cast)
    with pytest.raises(PermissionDenied):
        suggestion_services.accept_suggestion(suggestion, by=getattr(cast, who))


def suggestion_urls(suggestion) -> list[tuple[str, str, dict]]:
    step = lambda name: reverse("deviations:suggestion_step", args=[suggestion.pk, name])  # noqa: E731
    return [
        ("get", suggestion.get_absolute_url(), {}),
        ("post", step("anta"), {}),
        ("post", step("avsla"), {"reason": "Nej"}),
        ("post", step("parkera"), {}),
        ("post", step("atgard"), {}),
    ]


def test_anonymous_is_sent_to_login(client, cast):
    suggestion = submit(cast)
    extra = [
        ("get", reverse(name), {})
        for name in (
            "deviations:suggestion_list",
            "deviations:suggestion_create",
            "deviations:suggestion_counts",
        )
    ]
    for method, url, data in suggestion_urls(suggestion) + extra:
        response = getattr(client, method)(url, data)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("who", ["other_staff", "sibling_chef", "school_chef", "board"])
def test_other_units_get_404(client, cast, who):
    suggestion = submit(cast)
    login(client, getattr(cast, who))
    for method, url, data in suggestion_urls(suggestion):
        assert getattr(client, method)(url, data).status_code == 404, (who, url)
    assert Suggestion.objects.get().status == Suggestion.Status.SUBMITTED


def test_the_submitter_reads_but_may_not_decide(client, cast):
    suggestion = submit(cast)
    login(client, cast.staff)
    assert client.get(suggestion.get_absolute_url()).status_code == 200
    for method, url, data in suggestion_urls(suggestion)[1:]:
        assert getattr(client, method)(url, data).status_code == 403, url


def test_chef_decides_through_the_page(client, cast):
    suggestion = submit(cast)
    login(client, cast.chef)
    page = client.get(suggestion.get_absolute_url()).content.decode()
    assert "Anta" in page and "Avslå" in page and "Parkera" in page
    step = lambda name: reverse("deviations:suggestion_step", args=[suggestion.pk, name])  # noqa: E731
    refused = client.post(step("avsla"), {"reason": ""})
    assert refused.status_code == 400
    assert "Skriv varför" in refused.content.decode()
    assert client.post(step("anta"), {"reason": ""}).status_code == 302
    response = client.post(
        step("atgard"),
        {
            "kind": "improvement",
            "title": "Inför schemaapp",
            "owner": cast.chef.pk,
            "unit": cast.tree.solgarden.pk,
            "due_date": (timezone.localdate() + datetime.timedelta(days=20)).isoformat(),
        },
    )
    assert response.status_code == 302
    assert Action.objects.for_object(suggestion).count() == 1


def test_counts_per_unit_and_month_for_coordinators_with_a_falling_trend(client, cast):
    today = timezone.localdate()
    # Six suggestions four to six months ago, one in the last three complete months.
    for months_back, count in ((4, 2), (5, 2), (6, 2), (2, 1)):
        for _ in range(count):
            suggestion = submit(cast)
            Suggestion.objects.filter(pk=suggestion.pk).update(created_at=mid_month(months_back))
    submit(cast, unit=cast.tree.homecare, by=cast.other_staff)
    counts = suggestion_services.suggestion_counts(Suggestion.objects.all(), today)
    assert counts.total == 8
    assert [name for name, _per_month, _total in counts.rows] == ["Hemtjänsten", "Solgården"]
    assert counts.falling
    login(client, cast.coordinator)
    page = client.get(reverse("deviations:suggestion_counts")).content.decode()
    assert "Färre förslag än tidigare" in page
    assert "Solgården" in page
    login(client, cast.chef)
    assert client.get(reverse("deviations:suggestion_counts")).status_code == 403


def test_a_steady_flow_is_not_a_falling_trend(cast):
    today = timezone.localdate()
    for months_back in (1, 2, 3, 4, 5, 6):
        suggestion = submit(cast)
        Suggestion.objects.filter(pk=suggestion.pk).update(created_at=mid_month(months_back))
    counts = suggestion_services.suggestion_counts(Suggestion.objects.all(), today)
    assert not counts.falling
