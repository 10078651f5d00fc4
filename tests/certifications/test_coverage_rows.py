"""The certificates overview's coverage grid and its list of uncovered units are written in
Python (certifications/templatetags/coverage.py): the page must carry exactly what the template
loops gave, links only where the viewer may open, and names escaped."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.template import engines
from django.urls import reverse
from django.utils import translation

from certifications.models import Certificate
from qms.models import OrganisationUnit, Role
from tests.certifications.factories import make_certificate
from tests.conftest import login
from tests.factories import make_user

BEFORE = Path(__file__).parent / "rows_before"


def before(name: str, response) -> str:
    """What the template loop of before rendered, with the page's own context."""
    source = (BEFORE / name).read_text().rstrip("\n")
    context = {key: response.context[key] for key in ("unit_rows", "uncovered")}
    return engines["django"].from_string(source).render(context, response.wsgi_request)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_grid_and_the_uncovered_units_are_what_the_template_loops_gave(
    client, tree, people, language
):
    OrganisationUnit.objects.filter(pk=tree.school.pk).update(
        name='Skol- & "fritids"förvaltningen <ny>'
    )
    issued = datetime.date(2025, 3, 1)
    make_certificate([tree.social], people.responsible, issue_date=issued)
    make_certificate([tree.company], people.coordinator, code="iso-14001", issue_date=issued)
    suspended = make_certificate(
        [tree.social], people.coordinator, code="iso-14001", issue_date=issued
    )
    Certificate.objects.filter(pk=suspended.pk).update(status=Certificate.Status.SUSPENDED)
    viewers = [people.coordinator, make_user(tree.kommun, Role.COORDINATOR)]
    for viewer in viewers:
        login(client, viewer)
        client.cookies["django_language"] = language
        # The request activates its language in this thread; the override puts back ours.
        with translation.override(language):
            response = client.get(reverse("certifications:overview"))
            assert response.status_code == 200
            rows = before("coverage.html", response)
            uncovered = before("uncovered.html", response)
        page = response.content.decode()
        assert response.context["unit_rows"] and response.context["uncovered"]
        assert rows in page
        assert uncovered in page
        assert "&lt;ny&gt;" in uncovered and "&amp; &quot;fritids&quot;" in uncovered
        assert rows.count("<tr>") == len(response.context["unit_rows"])


def test_units_the_viewer_may_not_open_are_named_without_a_link(rf, tree, people):
    """The overview lists units the viewer sees, but the tag does not rely on it: a unit the
    viewer may not open is named, as `{% openable %}` had it."""
    request = rf.get("/")
    request.user = people.school_coordinator
    units = [tree.school, tree.social, tree.company]
    context = {"uncovered": units}
    with translation.override("sv"):
        rendered = {
            name: engines["django"].from_string(source).render(context, request)
            for name, source in {
                "before": (BEFORE / "uncovered.html").read_text().rstrip("\n"),
                "now": "{% load coverage %}{% uncovered_units uncovered %}",
            }.items()
        }
    assert rendered["now"] == rendered["before"]
    school = reverse("qms:unit_detail", args=[tree.school.pk])
    social = reverse("qms:unit_detail", args=[tree.social.pk])
    assert f'<a href="{school}">Skolförvaltningen</a> (förvaltning)' in rendered["now"]
    assert "<li>Socialförvaltningen (förvaltning)</li>" in rendered["now"]
    assert social not in rendered["now"]
