"""The rows of the deviation list and of the action tables are worked out once per page
(views.lists.list_rows and action_rows), not per row in the template: the same HTML as the
templates that asked the models per row, and no translation, reverse() or date formatting that
grows with the rows."""

from __future__ import annotations

import datetime
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from django import forms
from django.db import connection
from django.template import engines
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.urls.resolvers import URLResolver
from django.utils import dateformat, timezone, translation
from django.utils.translation.trans_real import DjangoTranslation

from deviations.filters import DeviationFilter
from deviations.models import Action, Category, Deviation
from tests.conftest import login
from tests.deviations.builders import (
    People,
    make_action,
    make_actions,
    make_category,
    make_deviation,
    make_deviations,
    make_people,
)
from tests.factories import Tree

LIST = reverse("deviations:list")
ACTIONS = reverse("deviations:action_list")
MY_ACTIONS = reverse("deviations:my_actions")

# The rows as the templates rendered them before, asking the models per row (list.html's loop,
# and action_table.html without its comment): the pages must give exactly this.
BEFORE = Path(__file__).parent / "rows_before"
LIST_ROWS_BEFORE = (BEFORE / "list_rows.html").read_text()
ACTION_TABLE_BEFORE = (BEFORE / "action_table.html").read_text()


@pytest.fixture
def people(tree: Tree) -> People:
    return make_people(tree)


def page(client, user, url, language="sv", **params):
    login(client, user)
    client.cookies["django_language"] = language
    response = client.get(url, params)
    assert response.status_code == 200
    return response


def render(template: str, language: str, **context) -> str:
    with translation.override(language):
        return engines["django"].from_string(template).render(context)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sv", "en"])
def test_list_rows_are_what_the_model_methods_gave(client, tree, people, language):
    main = make_category("Vård")
    fall = make_category("Fall", parent=main)
    # 23:30 UTC: the next day in Stockholm.
    late = timezone.make_aware(datetime.datetime(2026, 3, 28, 23, 30), datetime.UTC)
    for status in Deviation.Status.values:
        make_deviation(tree.solgarden, people.staff, status=status, category=fall, created_at=late)
    for probability, consequence in ((1, 1), (2, 2), (3, 3), (4, 4)):
        make_deviation(
            tree.homecare,
            people.staff,
            probability=probability,
            consequence=consequence,
            category=main,
            is_confidential=True,
        )
    make_deviation(tree.homecare, people.staff, title="<b>Utan kategori</b> & mer")
    response = page(client, people.sensitive_chef, LIST, language)
    shown = response.context["page"]
    assert len(shown.items) == len(Deviation.Status.values) + 5
    before = render(LIST_ROWS_BEFORE, language, page=shown)
    assert before.split("\n", 1)[1] in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sv", "en"])
def test_action_tables_are_what_the_model_methods_gave(client, tree, people, language):
    case = make_deviation(tree.solgarden, people.staff)
    secret = make_deviation(tree.solgarden, people.chef, is_confidential=True)
    today = timezone.localdate()
    for kind in Action.Kind.values:
        make_action(case, owner=people.chef, kind=kind, due_date=today - datetime.timedelta(days=1))
    for status in Action.Status.values:
        make_action(case, owner=people.staff, status=status, due_date=today)
    make_action(secret, owner=people.staff, title="Hemlig")
    make_action(None, owner=people.chef, unit=tree.solgarden, title="Utan källa")
    for user, url in ((people.chef, ACTIONS), (people.staff, ACTIONS), (people.staff, MY_ACTIONS)):
        response = page(client, user, url, language)
        context = response.context
        if url == ACTIONS:
            tables = [context["page"].items]
        else:
            tables = [context["open_actions"], context["finished"]]
        for actions in tables:
            table = render(
                ACTION_TABLE_BEFORE,
                language,
                actions=actions,
                caption="",
                caption_hidden=True,
                selectable=context.get("selectable"),
                ticked=context.get("ticked"),
                may_open=context["may_open"],
            )
            # Everything after the caption (its text is the page's own).
            assert table.split("</caption>", 1)[1] in response.content.decode()
    assert 'name="valda"' in page(client, people.chef, ACTIONS).content.decode()


@contextmanager
def per_page_work():
    """Count translations, reverse()s and date formats while the block runs."""
    counts: Counter = Counter()
    gettext, reverse_with_prefix = DjangoTranslation.gettext, URLResolver._reverse_with_prefix
    date_format = dateformat.format

    def counted_gettext(self, message):
        counts["gettext"] += 1
        return gettext(self, message)

    def counted_reverse(self, *args, **kwargs):
        counts["reverse"] += 1
        return reverse_with_prefix(self, *args, **kwargs)

    def counted_format(value, format_string):
        counts["date"] += 1
        return date_format(value, format_string)

    with (
        mock.patch.object(DjangoTranslation, "gettext", counted_gettext),
        mock.patch.object(URLResolver, "_reverse_with_prefix", counted_reverse),
        mock.patch.object(dateformat, "format", counted_format),
    ):
        yield counts


def work(client, url, **params) -> Counter:
    client.get(url, params)  # warm the per-process caches
    with per_page_work() as counts:
        assert client.get(url, params).status_code == 200
    return counts


@pytest.mark.django_db
def test_the_list_translates_reverses_and_formats_no_more_for_more_rows(client, tree, people):
    fall = make_category("Fall", parent=make_category("Vård"))
    fields = {"category": fall, "probability": 2, "consequence": 3}
    make_deviations(tree.solgarden, people.staff, 2, **fields)
    make_deviations(tree.solgarden, people.staff, 1, is_confidential=True)
    login(client, people.coordinator)
    few = [work(client, LIST), work(client, LIST, q="händelsen")]
    make_deviations(tree.solgarden, people.staff, 20, **fields)
    make_deviations(tree.solgarden, people.staff, 2, is_confidential=True)
    many = [work(client, LIST), work(client, LIST, q="händelsen")]
    assert many == few


@pytest.mark.django_db
def test_action_tables_translate_reverse_and_format_no_more_for_more_rows(client, tree, people):
    case = make_deviation(tree.solgarden, people.staff)
    overdue = timezone.localdate() - datetime.timedelta(days=3)
    make_actions(case, 2, owner=people.staff)
    make_actions(case, 1, owner=people.staff, due_date=overdue)
    login(client, people.staff)
    few = [work(client, ACTIONS), work(client, MY_ACTIONS)]
    make_actions(case, 20, owner=people.staff)
    make_actions(case, 2, owner=people.staff, due_date=overdue)
    many = [work(client, ACTIONS), work(client, MY_ACTIONS)]
    assert many == few


# The category filter -------------------------------------------------------------------------


class PlainCategoryForm(forms.Form):
    """The category filter's field as a plain ModelChoiceField (model objects, str())."""

    kategori = forms.ModelChoiceField(
        label="Kategori",
        queryset=Category.objects.select_related("parent").order_by("parent__name", "name"),
        empty_label="Alla kategorier",
        required=False,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("selected", ["", "fall", "vard", "okand"])
def test_category_filter_offers_what_a_model_choice_field_offers(people, selected):
    vard = make_category("Vård")
    fall = make_category("Fall", parent=vard)
    make_category("Läkemedel", parent=vard)
    make_category("Tillbud", parent=make_category("Arbetsmiljö"))
    make_category("Gammal", is_active=False)
    value = {"": "", "fall": str(fall.pk), "vard": str(vard.pk), "okand": "999999"}[selected]
    data = {"kategori": value} if value else {}
    with translation.override("sv"):
        filterset = DeviationFilter(data, Deviation.objects.none(), user=people.coordinator)
        plain = PlainCategoryForm(data)
        assert str(filterset.form["kategori"]) == str(plain["kategori"])
        # What it accepts is still the queryset.
        assert filterset.form.is_valid() == plain.is_valid() == (selected != "okand")


@pytest.mark.django_db
def test_the_list_reads_its_categories_without_a_server_side_cursor(client, tree, people):
    make_category("Fall", parent=make_category("Vård"))
    login(client, people.coordinator)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST).status_code == 200
    assert [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("DECLARE")] == []
    assert any("deviations_category" in q["sql"] for q in queries)


@pytest.mark.django_db
def test_the_list_reads_only_the_columns_it_shows(client, tree, people):
    make_deviation(tree.solgarden, people.staff, category=make_category("Fall"))
    login(client, people.coordinator)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST, {"sortering": "intraffad"}).status_code == 200
    page_query = 'SELECT "deviations_deviation"."id"'
    (rows,) = [q["sql"] for q in queries if q["sql"].startswith(page_query)]
    columns = rows.split(" FROM ", 1)[0]
    for unread in ("description", "search", "path", "code", "is_sensitive", "reported_by_id"):
        assert f'."{unread}"' not in columns
