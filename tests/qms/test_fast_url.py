"""The project's `url` tag (qms/templatetags/fast_url.py) writes what Django's own writes."""

from __future__ import annotations

import pytest
from django.template import Context, Engine, Template, TemplateSyntaxError
from django.test import RequestFactory
from django.urls import NoReverseMatch, clear_script_prefix, set_script_prefix

from qms.templatetags import fast_url

CASES = [
    "{% url 'home' %}",
    "{% url 'deviations:list' %}",
    "{% url 'deviations:detail' pk %}",
    "{% url 'deviations:detail' 0 %}",
    "{% url 'deviations:detail' big %}",
    "{% url 'deviations:detail' text %}",
    "{% url 'deviations:detail' pk=pk %}",
    "{% url 'deviations:attachment' pk pk %}",
    "{% url 'deviations:detail' pk as link %}[{{ link }}]",
    "{% url name pk %}",
    "{% url 'qms:unit_detail' pk %}?x=1&amp;y={{ pk }}",
    "{% url 'nothing:here' as link %}[{{ link }}]",
]


def both(source: str, **values) -> tuple[str, str]:
    request = RequestFactory().get("/")
    values = {"pk": 42, "big": 10**12, "text": "17", "name": "deviations:detail", **values}
    ours = Template(source).render(Context(values | {"request": request}))
    djangos = Engine().from_string(source).render(Context(values | {"request": request}))
    return ours, djangos


@pytest.mark.parametrize("source", CASES)
def test_the_same_url_as_djangos_tag(source):
    ours, djangos = both(source)
    assert ours == djangos
    assert both(source)[0] == djangos  # the second time, from what was kept


def test_the_tag_is_the_projects_in_every_template():
    assert isinstance(Template("{% url 'home' %}").nodelist[0], fast_url.KeptURLNode)


def test_a_name_that_does_not_reverse_fails_as_djangos_does():
    with pytest.raises(NoReverseMatch):
        Template("{% url 'nothing:here' %}").render(Context({}))
    with pytest.raises(NoReverseMatch):
        Template("{% url 'deviations:detail' -1 %}").render(Context({}))
    with pytest.raises(TemplateSyntaxError):
        Template("{% url %}")


def test_the_prefix_the_site_is_served_under_is_kept_apart():
    source = "{% url 'deviations:detail' pk %} {% url 'deviations:list' %}"
    plain = both(source)[0]
    set_script_prefix("/kvalitet/")
    try:
        ours, djangos = both(source)
        assert ours == djangos == "/kvalitet/avvikelser/42/ /kvalitet/avvikelser/"
    finally:
        clear_script_prefix()
    assert both(source)[0] == plain


def test_the_url_configuration_is_kept_apart(settings):
    source = "{% url 'deviations:detail' pk %} {% url 'deviations:list' %}"
    plain = both(source)[0]
    settings.ROOT_URLCONF = "tests.qms.urls_prefixed"
    ours, djangos = both(source)
    assert ours == djangos == "/qms/avvikelser/42/ /qms/avvikelser/"
    assert ours != plain
