"""Every cached fragment differs by language and by what decides what the viewer may see
(issue 15: the Swedish statistics page once showed "Reported / Under investigation" cached after
someone used the English mode).

The product caches computed figures in two places; each key carries the language and what
decides what the viewer may see, and each has tests that prove it (named below, so renaming
them is noticed). A new use of the cache anywhere in the source fails this test until it is
listed here with the tests that prove its key – or, for data that is neither text nor
per viewer, with the reason."""

from __future__ import annotations

import os
import re
from pathlib import Path

from tests.conftest import BASE_DIR

CACHE_USE = re.compile(
    r"\bcache\.(get|set|add|get_or_set|get_many|set_many|incr|decr|touch)\("
    r"|\bcache_page\b|\{%\s*cache\b|\bcaches\["
    r"|\bstatistics\.cached\("  # the cached figures' helper (deviations.statistics.cached)
)

# Source file -> the tests that show its cached figures differ by language and by visibility.
KEYED = {
    "deviations/statistics.py": [
        "tests/deviations/test_dashboard.py::test_the_cached_figures_are_kept_per_language",
        "tests/deviations/test_dashboard.py::test_a_cached_dashboard_never_reaches_someone_who"
        "_may_see_less",
    ],
    # One scope's figures, the same for everyone who may open that scope's overview: counts
    # only, no case named (so the key is the unit, the day and the language).
    "reviews/overview.py": [
        "tests/reviews/test_overview.py::test_cached_figures_are_kept_apart_by_language",
        "tests/reviews/test_overview.py::test_confidential_cases_are_counted_but_never_named",
    ],
}
NOT_VIEWER_DATA = {
    "qms/observability.py": "counters behind /metrics: numbers, no text, the same for everyone",
}
SKIPPED_DIRS = {".venv", "tests", "var", "node_modules", ".git", "test-results", "locale"}


def cache_users() -> set[str]:
    """The source files (Python and templates) that use the cache."""
    found = set()
    for folder, dirs, files in os.walk(BASE_DIR):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
        for name in files:
            path = Path(folder) / name
            if path.suffix in (".py", ".html", ".txt") and CACHE_USE.search(
                path.read_text(errors="replace")
            ):
                found.add(path.relative_to(BASE_DIR).as_posix())
    return found


def test_every_use_of_the_cache_is_keyed_by_language_and_visibility_with_tests():
    assert cache_users() == set(KEYED) | set(NOT_VIEWER_DATA), (
        "A new use of the cache: key it by language and by what decides what the viewer may"
        " see, and list it in KEYED with the tests that prove it"
    )
    for tests in KEYED.values():
        for test in tests:
            file, name = test.split("::")
            assert f"def {name}(" in (BASE_DIR / file).read_text(), test


def test_the_check_finds_a_cached_template_fragment():
    assert CACHE_USE.search("{% load cache %}{% cache 600 sidebar %}…{% endcache %}")
    assert CACHE_USE.search("figures = cache.get_or_set(key, compute)")
    assert CACHE_USE.search("return statistics.cached(key, compile)")
    assert not CACHE_USE.search("cached = functools.cache(f)")
