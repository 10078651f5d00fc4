"""The English catalogue is complete: every Swedish string in the source has a translation that
is not fuzzy. Run against a copy of the source so the checkout's catalogue is left alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

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
