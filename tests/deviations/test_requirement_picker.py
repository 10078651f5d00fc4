"""The requirement of a case's assessment is picked from a searchable list (qms.pickers): the
requirements of the case's unit and the units above it first, searchable by title and
reference, only for those who may handle the case."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from deviations.models import Requirement
from tests.conftest import login
from tests.deviations.conftest import report
from tests.deviations.test_stale_edits import form_version

pytestmark = pytest.mark.django_db


def make_requirement(title: str, owner, reference: str = "") -> Requirement:
    return Requirement.objects.create(
        title=title, kind=Requirement.Kind.LAW, owner_unit=owner, reference=reference
    )


def options(html: str) -> list[tuple[str, str]]:
    return re.findall(r"<option value=\"(\d*)\"[^>]*>([^<]*)</option>", html)


def test_assessment_offers_the_units_own_requirements_first(client, cast):
    school_law = make_requirement("Skollagen", cast.tree.school, "SFS 2010:800")
    procurement = make_requirement("Lag om offentlig upphandling", cast.tree.company)
    routine = make_requirement("Rutin för läkemedel", cast.tree.elderly)
    social = make_requirement("Socialtjänstlagen", cast.tree.kommun, "SoL")
    deviation = report(cast)
    login(client, cast.chef)
    page = client.get(deviation.get_absolute_url()).content.decode()
    select = re.search(r'<select name="requirement".*?</select>', page, re.DOTALL).group(0)
    shown = options(select)
    assert shown[0] == ("", "Inget krav valt")
    # The case's own chain (Äldreomsorg, the kommun) first, then the others; each by title.
    assert [pk for pk, _label in shown[1:]] == [
        str(r.pk) for r in (routine, social, procurement, school_law)
    ]
    assert (str(social.pk), "Socialtjänstlagen (SoL)") in shown

    url = reverse("qms:picker", args=["avvikelse-krav"])
    found = options(client.get(url, {"avvikelse": deviation.pk, "q": "sfs 2010"}).content.decode())
    assert [label for pk, label in found if pk] == ["Skollagen (SFS 2010:800)"]


def test_chosen_requirement_is_saved_with_the_assessment(client, cast):
    social = make_requirement("Socialtjänstlagen", cast.tree.kommun)
    deviation = report(cast)
    login(client, cast.chef)
    url = reverse("deviations:assess", args=[deviation.pk])
    version = form_version(client.get(deviation.get_absolute_url()), url)
    saved = client.post(
        url, {"requirement": social.pk, "probability": 2, "consequence": 2, "version": version}
    )
    assert saved.status_code == 302
    deviation.refresh_from_db()
    assert deviation.requirement == social


def test_requirement_search_refused_outside_the_case(client, cast):
    deviation = report(cast)
    url = reverse("qms:picker", args=["avvikelse-krav"])
    for outsider in (cast.sibling_chef, cast.school_chef, cast.other_staff):
        login(client, outsider)
        assert client.get(url, {"avvikelse": deviation.pk, "q": "lag"}).status_code == 404
    login(client, cast.staff)  # the reporter reads the case but does not handle it
    assert client.get(url, {"avvikelse": deviation.pk, "q": "lag"}).status_code == 404
