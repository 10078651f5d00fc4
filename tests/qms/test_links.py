"""qms.links: a URL per object without a reverse() each, the same URL as reverse() gives."""

from __future__ import annotations

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix

from qms.links import pk_url, url_for_pk


@pytest.mark.parametrize(
    "viewname", ["deviations:detail", "deviations:action_detail", "qms:unit_detail"]
)
def test_a_pk_url_is_what_reverse_gives(viewname):
    for pk in (1, 42, 1000001):
        assert pk_url(viewname, pk) == reverse(viewname, args=[pk])
        assert url_for_pk(viewname)(pk) == reverse(viewname, args=[pk])


def test_a_pk_url_follows_the_prefix_the_site_is_served_under():
    plain = pk_url("deviations:detail", 7)
    set_script_prefix("/kvalitet/")
    try:
        assert pk_url("deviations:detail", 7) == "/kvalitet" + plain
        assert pk_url("deviations:detail", 7) == reverse("deviations:detail", args=[7])
    finally:
        clear_script_prefix()
    assert pk_url("deviations:detail", 7) == plain


def test_a_pk_url_follows_the_url_configuration(settings):
    """Outside a request (a worker's e-mail or PDF) the setting decides, as for reverse()."""
    plain = pk_url("deviations:detail", 7)
    settings.ROOT_URLCONF = "tests.qms.urls_prefixed"
    expected = reverse("deviations:detail", args=[7])
    assert pk_url("deviations:detail", 7) == "/qms" + plain == expected
