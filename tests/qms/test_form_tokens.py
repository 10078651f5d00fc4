"""Every form that posts to a create view carries its one-time token (qms.submissions)."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.urls import URLResolver, get_resolver

from qms.submissions import forget_old

FORM = re.compile(r"<form\b.*?</form>", re.DOTALL)
ACTION = re.compile(r"""(?:form)?action="\{% url '([\w:-]+)'""")


def views_submitted_once() -> set[str]:
    """URL names (with namespace) whose view is decorated with @submitted_once."""
    names: set[str] = set()

    def walk(resolver, namespaces: list[str]) -> None:
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern, [*namespaces, pattern.namespace] if pattern.namespace else namespaces)
            elif pattern.name and getattr(pattern.callback, "submitted_once", False):
                names.add(":".join([*namespaces, pattern.name]))

    walk(get_resolver(), [])
    return names


def templates() -> list[Path]:
    base = Path(settings.BASE_DIR)
    return [
        path
        for path in base.glob("**/templates/**/*.html")
        if ".venv" not in path.parts and "node_modules" not in path.parts
    ]


def test_every_form_posting_to_a_create_view_carries_a_token():
    create_views = views_submitted_once()
    assert {"deviations:create", "feedback_public:form", "reviews:decision_create"} <= create_views
    checked, missing = 0, []
    for path in templates():
        for form in FORM.findall(path.read_text()):
            if 'method="post"' not in form:
                continue
            targets = set(ACTION.findall(form))
            if targets & create_views:
                checked += 1
                if "{% submission_token %}" not in form:
                    missing.append(f"{path.name}: {sorted(targets)}")
    assert checked > 20
    assert missing == []


def test_pages_of_one_form_carry_a_token_for_their_create_views():
    """Create views that post back to their own page use one of these shared templates."""
    base = Path(settings.BASE_DIR)
    for shared in [
        "templates/form_page.html",
        "certifications/templates/certifications/form.html",
        "templates/deviations/create.html",
        "templates/qms/unit_form.html",
        "templates/qms/user_form.html",
    ]:
        assert "{% submission_token %}" in (base / shared).read_text(), shared


def test_tokens_are_forgotten_after_a_week(db):
    from datetime import timedelta

    from django.utils import timezone

    from qms.models import FormSubmission

    old = FormSubmission.objects.create(key="a" * 64, result_url="/")
    FormSubmission.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=8))
    recent = FormSubmission.objects.create(key="b" * 64, result_url="/")
    assert forget_old() == 1
    assert list(FormSubmission.objects.all()) == [recent]
