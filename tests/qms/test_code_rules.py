"""Rules about the source code itself that no linter checks for us."""

from __future__ import annotations

import ast
from pathlib import Path

from django.apps import apps

from tests.conftest import BASE_DIR


def our_modules():
    """Every module of the project's own apps (new apps included) and of the tests."""
    folders = [Path(config.path) for config in apps.get_app_configs()]
    folders = [f for f in folders if f.is_relative_to(BASE_DIR) and ".venv" not in f.parts]
    for folder in [*folders, BASE_DIR / "tests"]:
        for path in sorted(folder.rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def imports_underscore(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom) and any((a.asname or a.name) == "_" for a in node.names)
        for node in ast.walk(tree)
    )


def test_the_gettext_underscore_is_never_rebound():
    """Where `_` is gettext, it is never also a throwaway name (issue 13 #1: `_, finding = …`
    in a view made the later `_("…")` call the audit and answer 500).

    Ruff has no rule for a local binding that shadows an import (pylint's
    redefined-outer-name); this is that rule for `_`. Name the unused value instead
    (`_audit, finding = …`)."""
    offenders = []
    for path in our_modules():
        tree = ast.parse(path.read_text(), filename=str(path))
        if not imports_underscore(tree):
            continue
        for node in ast.walk(tree):
            rebinds = (
                isinstance(node, ast.Name) and node.id == "_" and not isinstance(node.ctx, ast.Load)
            ) or (isinstance(node, ast.arg) and node.arg == "_")
            if rebinds:
                offenders.append(f"{path.relative_to(BASE_DIR)}:{node.lineno}")
    assert offenders == []
