"""The report form's category list (issue 15): grouped under the main categories, the groups
used in the reporter's part of the organisation first, no "---------", and the IA-systemet
number marked on the categories that ask for it."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from deviations.models import Deviation
from qms.models import Role
from tests.conftest import login
from tests.deviations.builders import make_category, make_deviations
from tests.factories import Tree, make_user


@pytest.mark.django_db
def test_categories_used_near_the_reporter_come_first_grouped(client, tree: Tree):
    care = make_category("Vård och omsorg")
    fall = make_category("Fall", parent=care)
    school = make_category("Skola och förskola")
    make_category("Kränkande behandling", parent=school)
    it = make_category("IT")
    make_category("Systemfel", parent=it)
    accident = make_category(
        "Arbetsskada", parent=make_category("Arbetsmiljö"), asks_ia_number=True
    )
    staff = make_user(tree.solgarden, Role.STAFF)
    make_deviations(tree.homecare, staff, 3, category=fall)  # Solgården's sibling: same area
    make_deviations(tree.school, staff, 9, category=school)  # elsewhere: does not count here
    login(client, staff)
    html = client.get(reverse("deviations:create")).content.decode()
    select = re.search(r'<select name="category".*?</select>', html, re.S).group(0)
    groups = re.findall(r'<optgroup label="([^"]+)"', select)
    assert groups[0] == "Vård och omsorg"
    assert groups[1:] == sorted(groups[1:])  # the rest alphabetically
    assert "---------" not in select
    assert "Välj kategori (valfritt)" in select
    assert re.search(rf'value="{accident.pk}"[^>]*data-asks-ia="true"', select)
    assert not re.search(rf'value="{fall.pk}"[^>]*data-asks-ia', select)
    # A reporter in the school sees the school's categories first.
    teacher = make_user(tree.school, Role.STAFF)
    login(client, teacher)
    html = client.get(reverse("deviations:create")).content.decode()
    assert re.findall(r'<optgroup label="([^"]+)"', html)[0] == "Skola och förskola"


@pytest.mark.django_db
def test_a_filed_report_does_not_read_the_category_list(client, tree: Tree):
    """The grouped categories are read when the form is shown, not when it is sent (issue 12:
    two queries and a tenth of the POST): a report is filed, with its category, without them;
    one that fails shows them again, grouped."""
    fall = make_category("Fall", parent=make_category("Vård och omsorg"))
    staff = make_user(tree.solgarden, Role.STAFF)
    make_deviations(tree.homecare, staff, 2, category=fall)
    login(client, staff)
    form = client.get(reverse("deviations:create")).content.decode()
    data = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
    data.update(
        unit=str(tree.solgarden.pk),
        title="Dörren stod olåst",
        description="Upptäcktes vid kvällsronden.",
        occurred_at="2026-01-15T08:30",
        category=str(fall.pk),
    )
    with CaptureQueriesContext(connection) as captured:
        response = client.post(reverse("deviations:create"), data)
    assert response.status_code == 302
    assert Deviation.objects.get(title="Dörren stod olåst").category == fall
    reads = [q["sql"] for q in captured.captured_queries if q["sql"].lstrip().startswith("SELECT")]
    assert not [sql for sql in reads if 'SUM("deviations_deviationtally"."count")' in sql]
    listed = [sql for sql in reads if 'FROM "deviations_category"' in sql]
    assert all(f'"deviations_category"."id" = {fall.pk}' in sql for sql in listed)  # its own
    form = client.get(reverse("deviations:create")).content.decode()  # a new submission
    data.update(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
    data["title"] = ""  # refused: the form again, with the groups
    html = client.post(reverse("deviations:create"), data).content.decode()
    select = re.search(r'<select name="category".*?</select>', html, re.S).group(0)
    assert '<optgroup label="Vård och omsorg">' in select
    assert f'<option value="{fall.pk}" selected>Fall</option>' in select
