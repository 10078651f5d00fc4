"""The English catalogue is complete: every Swedish string in the source has a translation that
is not fuzzy. Run against a copy of the source so the checkout's catalogue is left alone."""

from __future__ import annotations

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import django
from django.apps import apps
from django.utils import translation

from tests.conftest import BASE_DIR

SKIP = shutil.ignore_patterns(".venv", "var", ".git", "node_modules", "__pycache__", "*.mo")


def untranslated(po: str, *flags: str) -> list[str]:
    out = subprocess.run(
        ["msgattrib", *flags, "--no-location", "--no-wrap", po],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    ids = [line.removeprefix("msgid ") for line in out.splitlines() if line.startswith("msgid ")]
    return [msgid for msgid in ids if msgid != '""']  # the header


def test_every_string_has_an_english_translation(tmp_path):
    copy = tmp_path / "src"
    shutil.copytree(BASE_DIR, copy, ignore=SKIP)
    env = {**os.environ, "DEBUG": "1"}
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete"],
        cwd=copy,
        env=env,
        check=True,
        capture_output=True,
    )
    po = str(copy / "locale/en/LC_MESSAGES/django.po")
    missing = untranslated(po, "--untranslated") + untranslated(po, "--only-fuzzy")
    assert missing == [], (
        "Run `make messages` and translate these in locale/en/LC_MESSAGES/django.po"
    )


def test_the_check_finds_a_new_string(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Översatt"\nmsgstr "Translated"\n\n'
        'msgid "Ny text"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Gissad"\nmsgstr "Guessed"\n'
    )
    assert untranslated(str(po), "--untranslated") == ['"Ny text"']
    assert untranslated(str(po), "--only-fuzzy") == ['"Gissad"']


def _catalogue(path) -> dict[str, str]:
    with open(path, "rb") as file:
        return {k: v for k, v in gettext.GNUTranslations(file)._catalog.items() if k and v}


def test_swedish_messages_are_djangos_whatever_library_also_translates_them():
    """A library's Swedish catalogue (Django REST framework's says "Det här fältet är
    obligatoriskt.") must not replace Django's wording in the forms; the API then says the same."""
    django_dir = Path(django.__file__).parent
    djangos: dict[str, str] = {}
    for path in [
        django_dir / "conf/locale/sv/LC_MESSAGES/django.mo",
        *sorted(django_dir.glob("contrib/*/locale/sv/LC_MESSAGES/django.mo")),
    ]:
        for msgid, msgstr in _catalogue(path).items():
            djangos.setdefault(msgid, msgstr)
    others = [
        Path(config.path) / "locale/sv/LC_MESSAGES/django.mo"
        for config in apps.get_app_configs()
        if not config.name.startswith("django.")
    ]
    overlapping = {
        msgid
        for path in others
        if path.exists()
        for msgid in _catalogue(path)
        if isinstance(msgid, str) and msgid in djangos
    }
    assert "This field is required." in overlapping  # the check sees the libraries' catalogues
    with translation.override("sv"):
        differing = {
            msgid: translation.gettext(msgid)
            for msgid in overlapping
            if translation.gettext(msgid) != djangos[msgid]
        }
    assert differing == {}, "Pin Django's wording in locale/sv/LC_MESSAGES/django.po"
