"""Lost updates: two people open the same form and both save; the second save, based on what
the first replaced, is refused with what changed, and keeps what the second person typed."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from deviations.models import Category, Deviation
from tests.conftest import login
from tests.deviations.conftest import report

pytestmark = pytest.mark.django_db

VERSION = re.compile(r'name="(?:[\w-]+-)?version" value="([^"]+)"')


def form_version(page, action: str) -> str:
    """The version carried by the form that posts to `action` on this page."""
    html = page.content.decode()
    start = html.index(f'action="{action}"')
    return VERSION.search(html, start).group(1)


def test_second_assessment_based_on_old_data_is_refused_and_keeps_what_was_typed(cast):
    deviation = report(cast)
    fall = Category.objects.create(name="Fall")
    medicine = Category.objects.create(name="Läkemedel")
    url = reverse("deviations:assess", args=[deviation.pk])
    first, second = login(Client(), cast.chef), login(Client(), cast.coordinator)
    # Both open the case page.
    first_version = form_version(first.get(deviation.get_absolute_url()), url)
    second_version = form_version(second.get(deviation.get_absolute_url()), url)

    saved = first.post(
        url,
        {"category": fall.pk, "probability": 2, "consequence": 3, "version": first_version},
    )
    assert saved.status_code == 302

    refused = second.post(
        url,
        {
            "category": medicine.pk,
            "probability": 4,
            "consequence": 4,
            "ia_case_number": "IA-77",
            "version": second_version,
        },
    )
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "Någon annan har sparat ändringar här sedan du öppnade formuläret" in html
    assert "från ”(tomt)” till ”Fall”" in html
    assert "från ”(tomt)” till ”2 – Möjlig”" in html
    # What the second person chose is still in the form.
    form = refused.context["assessment_form"]
    assert form["category"].value() == str(medicine.pk)
    assert form["ia_case_number"].value() == "IA-77"
    deviation.refresh_from_db()
    assert (deviation.category, deviation.probability, deviation.ia_case_number) == (fall, 2, "")

    # Shown again, the form is based on the current version: saving again is deliberate.
    again = second.post(
        url,
        {
            "category": medicine.pk,
            "probability": 4,
            "consequence": 4,
            "version": form["version"].value(),
        },
    )
    assert again.status_code == 302
    deviation.refresh_from_db()
    assert (deviation.category, deviation.probability) == (medicine, 4)


def test_cause_analysis_of_two_investigators_is_not_silently_replaced(cast):
    deviation = report(cast)
    from deviations import services

    services.start_investigation(deviation, by=cast.chef)
    url = reverse("deviations:cause_analysis", args=[deviation.pk])
    first, second = login(Client(), cast.chef), login(Client(), cast.coordinator)
    versions = [form_version(c.get(deviation.get_absolute_url()), url) for c in (first, second)]
    saved = first.post(
        url,
        {
            "cause_groups": ["method"],
            "cause_analysis": "Rutinen saknades.",
            "version": versions[0],
        },
    )
    assert saved.status_code == 302
    refused = second.post(
        url,
        {
            "cause_groups": ["organisation"],
            "cause_analysis": "För få i tjänst.",
            "version": versions[1],
        },
    )
    assert refused.status_code == 400
    assert "Rutinen saknades." in refused.content.decode()  # what changed is shown
    assert refused.context["cause_form"]["cause_analysis"].value() == "För få i tjänst."
    assert Deviation.objects.get().cause_analysis == "Rutinen saknades."


def test_a_double_click_on_save_is_not_a_conflict(cast):
    deviation = report(cast)
    url = reverse("deviations:assess", args=[deviation.pk])
    client = login(Client(), cast.chef)
    version = form_version(client.get(deviation.get_absolute_url()), url)
    data = {"probability": 3, "consequence": 3, "version": version}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302


def test_changes_to_other_fields_do_not_block_an_edit(cast):
    """The assessment form is based on its own fields: a saved cause analysis is no conflict."""
    deviation = report(cast)
    from deviations import services

    url = reverse("deviations:assess", args=[deviation.pk])
    client = login(Client(), cast.chef)
    version = form_version(client.get(deviation.get_absolute_url()), url)
    services.start_investigation(deviation, by=cast.coordinator)
    services.record_cause_analysis(
        deviation, by=cast.coordinator, cause_groups=["method"], cause_analysis="Ingen rutin."
    )
    saved = client.post(url, {"probability": 1, "consequence": 2, "version": version})
    assert saved.status_code == 302


def test_a_broken_version_is_refused_without_losing_the_form(cast):
    deviation = report(cast)
    client = login(Client(), cast.chef)
    url = reverse("deviations:assess", args=[deviation.pk])
    refused = client.post(url, {"probability": 1, "consequence": 2, "version": "x\x00" * 50})
    assert refused.status_code == 400
    assert "kunde inte jämföras" in refused.content.decode()
    assert refused.context["assessment_form"]["probability"].value() == "1"
