"""docs/threat-model.md names the tests that show each defence: they must exist."""

from __future__ import annotations

import ast
import re

from tests.conftest import BASE_DIR

REFERENCE = re.compile(r"`(tests/[\w/]+\.py)(?:::(test_\w+))?`")
# "`::test_name`" right after a full reference names a test in the same file.
SAME_FILE = re.compile(r"`::(test_\w+)`")


def test_functions(path) -> set[str]:
    tree = ast.parse(path.read_text())
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


test_functions.__test__ = False


def test_every_test_the_threat_model_names_exists():
    text = (BASE_DIR / "docs" / "threat-model.md").read_text()
    missing = []
    for line in text.splitlines():
        current = None
        for match in re.finditer(rf"{REFERENCE.pattern}|{SAME_FILE.pattern}", line):
            file, name, same_file_name = match.groups()
            if file:
                current = BASE_DIR / file
                if not current.exists():
                    missing.append(file)
                    continue
            name = name or same_file_name
            if name and (current is None or name not in test_functions(current)):
                missing.append(f"{current}::{name}")
    assert missing == []
