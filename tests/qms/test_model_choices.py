"""Model choice fields read their options with one plain query (qms.model_choices), not
Django's server-side cursor (DECLARE … WITH HOLD, FETCH, CLOSE), and offer the same options."""

from __future__ import annotations

import django_filters
import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qms.models import OrganisationUnit

pytestmark = pytest.mark.django_db


class UnitForm(forms.Form):
    unit = forms.ModelChoiceField(queryset=OrganisationUnit.objects.order_by("name"))
    units = forms.ModelMultipleChoiceField(
        queryset=OrganisationUnit.objects.order_by("pk"), required=False
    )


class UnitFilter(django_filters.FilterSet):
    unit = django_filters.ModelChoiceFilter(
        queryset=OrganisationUnit.objects.order_by("name"), null_label="Ingen enhet"
    )


def rendered(bound_field) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        html = str(bound_field)
    return html, [q["sql"] for q in queries]


def test_a_select_reads_its_options_in_one_query_without_a_cursor(tree):
    form = UnitForm(initial={"unit": tree.solgarden.pk})
    html, sql = rendered(form["unit"])
    assert len(sql) == 1, sql
    assert not sql[0].lstrip().upper().startswith("DECLARE")
    names = list(OrganisationUnit.objects.order_by("name").values_list("name", flat=True))
    assert [name for name in names if name in html] == names
    assert f'<option value="{tree.solgarden.pk}" selected>' in html
    assert html.startswith('<select name="unit"')
    assert '<option value="" selected>' not in html and '<option value="">' in html
    # The field's own queryset keeps no rows: the next form (or validation) reads them afresh.
    assert form.fields["unit"].queryset._result_cache is None
    assert UnitForm(data={"unit": str(tree.solgarden.pk)}).is_valid()


def test_the_multiple_choice_and_the_filter_with_its_null_option(tree):
    html, sql = rendered(UnitForm()["units"])
    assert len(sql) == 1 and "DECLARE" not in sql[0].upper()
    assert html.count("<option") == OrganisationUnit.objects.count()

    html, sql = rendered(UnitFilter(data={}, queryset=OrganisationUnit.objects.none()).form["unit"])
    assert len(sql) == 1 and "DECLARE" not in sql[0].upper()
    options = html.split("<option")[1:]
    assert options[0].startswith(' value=""') and "Ingen enhet" in options[1]
    assert len(options) == OrganisationUnit.objects.count() + 2
