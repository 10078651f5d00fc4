"""The criterion of a finding is picked from a searchable list (qms.pickers): the audit's own
criteria first, a search by reference, title or framework, and only for those who work on the
audit. Without JavaScript the select holds every criterion."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from audits.models import Criterion
from tests.audits.conftest import iso, prepared
from tests.conftest import login

pytestmark = pytest.mark.django_db


def options(html: str) -> list[str]:
    return re.findall(r"<option value=\"(\d*)\"[^>]*>([^<]*)</option>", html)


def test_finding_form_offers_the_audits_criteria_first_and_every_criterion(client, cast):
    audit = prepared(cast)  # planned with ISO 9001 7 and 10
    login(client, cast.auditor)
    page = client.get(audit.get_absolute_url()).content.decode()
    select = re.search(r'<select name="criterion".*?</select>', page, re.DOTALL).group(0)
    shown = options(select)
    assert shown[0] == ("", "Inget kriterium valt")
    own = {str(c.pk) for c in iso("7", "10")}
    assert {pk for pk, _label in shown[1:3]} == own
    assert len(shown) - 1 == Criterion.objects.filter(is_active=True).count()  # no JS: all there
    assert f"/val/revision-kriterium/?revision={audit.pk}" in page.replace("&amp;", "&")


def test_criterion_search_by_reference_title_and_framework(client, cast):
    audit = prepared(cast)
    login(client, cast.auditor)
    url = reverse("qms:picker", args=["revision-kriterium"])

    def search(text: str) -> list[str]:
        html = client.get(url, {"revision": audit.pk, "q": text}).content.decode()
        return [label for pk, label in options(html) if pk]

    assert search("iso 7") == ["ISO 9001 7 Stöd: resurser, kompetens och dokumentation"]
    assert "ISO 9001 6 Planering, risker och mål" in search("risker")
    assert all(label.startswith("SOSFS") for label in search("sosfs"))
    assert search("sosfs")
    assert search("ingenting-sådant") == []


def test_criterion_search_refused_to_those_who_do_not_work_on_the_audit(client, cast):
    audit = prepared(cast)
    url = reverse("qms:picker", args=["revision-kriterium"])
    login(client, cast.other_staff)
    assert client.get(url, {"revision": audit.pk, "q": "7"}).status_code in (403, 404)
    login(client, cast.staff)
    assert client.get(url, {"revision": audit.pk, "q": "7"}).status_code in (403, 404)
    login(client, cast.auditor)
    assert client.get(url, {"revision": "x", "q": "7"}).status_code == 404
