"""Every template's `date` filter is qms.templatetags.fast_dates: exactly what Django's gives, for
every format the templates use, in both languages, for dates, naive and aware datetimes and
values that are neither."""

from __future__ import annotations

import datetime
import re
import zoneinfo
from pathlib import Path

import pytest
from django.template import Context, Engine, engines
from django.utils import timezone, translation

from tests.conftest import BASE_DIR

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
VALUES = [
    datetime.datetime(2026, 3, 29, 1, 30, tzinfo=datetime.UTC),  # the night clocks go forward
    datetime.datetime(2026, 10, 25, 0, 59, 59, 999999, tzinfo=datetime.UTC),
    datetime.datetime(2026, 12, 31, 23, 5, 7, 123, tzinfo=STOCKHOLM),
    datetime.datetime(987, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),  # a year of three digits
    datetime.datetime(2026, 6, 1, 12, 0),  # naive
    datetime.date(2026, 2, 28),
    datetime.date(5, 1, 1),
    None,
    "",
    "2026-01-01",
    42,
]


def formats_in_templates() -> set[str]:
    found = set()
    for path in [*BASE_DIR.glob("templates/**/*"), *BASE_DIR.glob("*/templates/**/*")]:
        if path.is_file() and ".venv" not in path.parts:
            found.update(re.findall(r"""\|date:["']([^"']*)["']""", path.read_text()))
    return found


FORMATS = [*sorted(formats_in_templates() | {"Y-m-d", "Y-m-d H:i", "c", "D j M"}), None]


def test_the_templates_use_the_formats_this_test_compares():
    assert {"Y-m-d", "Y-m-d H:i", "c", "j F Y"} <= set(FORMATS)


def outcome(render) -> tuple[str, object]:
    """What rendering gives: the text, or the kind of error (Django refuses a time format for a
    date: so must the fast filter)."""
    try:
        return ("text", render())
    except Exception as error:
        return ("error", type(error))


def djangos(source: str, context: dict) -> tuple[str, object]:
    """The template rendered by an engine with Django's builtins only."""
    return outcome(lambda: Engine(builtins=[]).from_string(source).render(Context(context)))


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("use_tz", [True, False])
def test_every_format_gives_what_djangos_filter_gives(settings, language, use_tz):
    settings.USE_TZ = use_tz
    project = engines["django"]
    with translation.override(language), timezone.override(STOCKHOLM):
        for fmt in FORMATS:
            source = "{{ value|date }}" if fmt is None else f'{{{{ value|date:"{fmt}" }}}}'
            for value in VALUES:
                if not use_tz and isinstance(value, datetime.datetime) and value.tzinfo:
                    continue  # aware values in a naive setup: not what the project makes
                template = project.from_string(source)
                ours = outcome(lambda t=template, v=value: t.render({"value": v}))
                assert ours == djangos(source, {"value": value}), (fmt, value)


def test_the_project_engine_uses_the_fast_filter():
    from qms.templatetags import fast_dates

    template = engines["django"].from_string('{{ value|date:"Y-m-d" }}')
    filters = template.template.nodelist[0].filter_expression.filters
    assert filters[0][0] is fast_dates.date
    assert Path(fast_dates.__file__).name == "fast_dates.py"
