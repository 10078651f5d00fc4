"""The form renderer (qms.form_renderer) gives exactly the HTML of Django's widget templates.

Two ways: awkward values through every standard widget, and the project's form pages as the
demo's users see them, each rendered once with Django's template renderer and once with ours.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django import forms
from django.forms.renderers import get_default_renderer
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from qms.form_renderer import FastWidgetRenderer, ProjectTemplates
from qms.models import User
from tests.conftest import login

AWKWARD = ['Tom & Jerry "<b>"', mark_safe("<i>säker</i>"), gettext_lazy("Avvikelse"), 0, 12345]


class Everything(forms.Form):
    text = forms.CharField(
        widget=forms.TextInput(attrs={"class": "a&b", "data-x": True}),
        help_text=mark_safe("Hjälp & <b>stöd</b>"),
    )
    hidden = forms.CharField(widget=forms.HiddenInput)
    email = forms.EmailField()
    number = forms.DecimalField()
    url = forms.URLField(assume_scheme="https")
    password = forms.CharField(widget=forms.PasswordInput(render_value=True))
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    datetime = forms.DateTimeField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    time = forms.TimeField(widget=forms.TimeInput)
    search = forms.CharField(widget=forms.SearchInput)
    tel = forms.CharField(widget=forms.TelInput)
    colour = forms.CharField(widget=forms.ColorInput)
    file = forms.FileField()
    tick = forms.BooleanField(required=False, help_text=gettext_lazy("Avvikelse"))
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    empty_notes = forms.CharField(widget=forms.Textarea, required=False)
    choice = forms.ChoiceField(
        choices=[
            ("", "---"),
            ("a", "A & B"),
            (gettext_lazy("Organisation"), [(1, "Ett"), (2, "<två>")]),
        ]
    )
    many = forms.MultipleChoiceField(choices=[(1, "Ett"), (2, "Två"), (3, mark_safe("<b>3</b>"))])
    radio = forms.ChoiceField(
        label='Val "ett" & <två>',
        help_text="Välj ett",
        widget=forms.RadioSelect,
        choices=[("x", "X"), ("Grupp", [("y", "Y"), ("z", "Z")])],
    )
    ticks = forms.MultipleChoiceField(
        widget=forms.CheckboxSelectMultiple(attrs={"class": "val"}),
        choices=[(1, "Ett"), (2, 'T"vå')],
    )
    yes_no = forms.NullBooleanField()


@pytest.mark.parametrize("value", [None, "", *AWKWARD])
def test_every_standard_widget_renders_as_djangos_templates_do(value):
    # Sent data are strings; initial values may be anything (safe, lazy, numbers).
    data = {name: str(value) for name in Everything.base_fields} if value is not None else None
    if data is not None:
        data.update(many=[1, 3], ticks=["2"], tick="on", choice="a", radio="y")
    initial = {
        "date": datetime.date(2026, 12, 6),
        "datetime": datetime.datetime(2026, 12, 6, 8, 30),
        "number": 1234.5,
        "text": value,
        "notes": value,
        "hidden": value,
        "choice": value,
    }
    for kwargs in ({"data": data}, {"initial": initial}):
        theirs = Everything(renderer=ProjectTemplates(), **kwargs)
        ours = Everything(renderer=FastWidgetRenderer(), **kwargs)
        for field in theirs:
            assert str(ours[field.name]) == str(field), field.name
            # The field with its label, help and errors: templates/includes/field.html.
            assert ours[field.name].as_field_group() == field.as_field_group(), field.name
        assert bool(ours.errors) == (kwargs.get("data") is not None)


def _normalised(html: str) -> str:
    """Per-request values out: the masked CSRF tokens, the CSP nonce and the forms' one-time
    submission keys and signed versions differ on every render."""
    html = re.sub(r'nonce="[^"]+"', "nonce", html)
    html = re.sub(r"[\w-]+:\w{6}:[\w-]{20,}", "signed", html)  # signed with a timestamp
    html = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d", "now", html)  # a minute may pass between
    html = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "uuid", html)
    return re.sub(r"[A-Za-z0-9_-]{32,}", "token", html)


# Form pages of the demo: a handler's case page (nine forms, four pickers), reporting, the
# lists' filters, the action register's bulk forms, an audit, a review, settings.
FORM_PAGES = {
    "samordnare": [
        "/avvikelser/rapportera/",
        "/avvikelser/?status=investigating",
        "/avvikelser/atgarder/",
        "/revisioner/program/nytt/",
    ],
    "chef": ["/avvikelser/atgarder/mina/"],
}


def test_the_projects_form_pages_are_the_same_with_djangos_renderer(seeded_demo, client, settings):
    from deviations.models import Deviation

    pages = []
    for username, urls in FORM_PAGES.items():
        user = User.objects.get(username=username)
        cases = Deviation.objects.visible_to(user).order_by("-pk")
        pages += [(user, url) for url in urls]
        pages += [(user, case.get_absolute_url()) for case in cases[:3]]

    def render_all() -> list[str]:
        rendered = []
        for user, url in pages:
            login(client, user)
            response = client.get(url)
            assert response.status_code == 200, url
            rendered.append(_normalised(response.content.decode()))
        return rendered

    get_default_renderer.cache_clear()
    assert isinstance(get_default_renderer(), FastWidgetRenderer)
    ours = render_all()
    settings.FORM_RENDERER = "qms.form_renderer.ProjectTemplates"
    get_default_renderer.cache_clear()
    try:
        djangos = render_all()
    finally:
        get_default_renderer.cache_clear()
    assert sum(page.count("<option") for page in ours) > 100
    for (user, url), mine, theirs in zip(pages, ours, djangos, strict=True):
        assert mine == theirs, f"{url} as {user.username}"
