"""`helm template` for the QMS chart, in Python. The helm command cannot be installed here (no
Debian or PyPI package); helm-python-sdk (Helm v4 as a C library in a Linux x86-64 wheel) can
render, and tests/deploy/test_helm_chart.py checks that this renderer gives exactly what it does.

It implements the part of Go's text/template and Helm's functions that deploy/helm/qms uses, and
refuses anything else (an unknown function or statement is an error, not an empty string), so a
template that relies on more fails here instead of rendering differently from helm:

- `{{ pipeline }}` with `{{-`/`-}}` trimming; operands `.`, `$`, `.A.b`, `$.A.b`, `$name`,
  "strings", integers; pipelines `a | f x` (the value is the last argument);
- `define`, `include`, `if`/`else`/`end`, `range $key, $value := <map or list>` (a map's keys
  in sorted order, as Go does);
- functions `include`, `printf` (%s, %d, %v), `quote`, `toYaml`, `nindent`, `indent`,
  `default`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ACTION = re.compile(r"\{\{(-?)\s*(.*?)\s*(-?)\}\}", re.DOTALL)
TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|\(|\)|\||:=|,|[^\s|(),]+')


class TemplateError(Exception):
    pass


@dataclass
class Node:
    kind: str  # text, expr, if, range, define
    text: str = ""
    body: list = field(default_factory=list)
    otherwise: list = field(default_factory=list)


def _lex(source: str) -> list[tuple[str, str]]:
    """Text and actions, with the trimming markers applied to the text beside them."""
    parts: list[tuple[str, str]] = []
    position = 0
    trim_next = False
    for match in ACTION.finditer(source):
        text = source[position : match.start()]
        if trim_next:
            text = text.lstrip()
        if match.group(1):
            text = text.rstrip()
        parts.append(("text", text))
        parts.append(("action", match.group(2)))
        trim_next = bool(match.group(3))
        position = match.end()
    text = source[position:]
    parts.append(("text", text.lstrip() if trim_next else text))
    return parts


def _parse(parts: list[tuple[str, str]], defines: dict[str, list]) -> list[Node]:
    root: list[Node] = []
    stack: list[tuple[Node | None, list[Node]]] = [(None, root)]
    for kind, value in parts:
        current = stack[-1][1]
        if kind == "text":
            if value:
                current.append(Node("text", value))
            continue
        word = value.split(None, 1)[0] if value else ""
        rest = value[len(word) :].strip()
        if word == "define":
            node = Node("define", _string(rest))
            stack.append((node, node.body))
        elif word in ("if", "range"):
            node = Node(word, rest)
            current.append(node)
            stack.append((node, node.body))
        elif word == "else":
            node = stack[-1][0]
            if node is None or node.kind != "if":
                raise TemplateError("else outside if")
            stack[-1] = (node, node.otherwise)
        elif word == "end":
            node, _ = stack.pop()
            if node is None:
                raise TemplateError("end without a block")
            if node.kind == "define":
                defines[node.text] = node.body
        elif value.startswith("/*"):
            continue
        else:
            current.append(Node("expr", value))
    if len(stack) != 1:
        raise TemplateError("a block is not closed")
    return root


def _string(token: str) -> str:
    if not (token.startswith('"') and token.endswith('"')):
        raise TemplateError(f"expected a string: {token}")
    return bytes(token[1:-1], "utf-8").decode("unicode_escape")


def _go_string(value: Any) -> str:
    if value is None:
        return "<no value>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _quote(value: Any) -> str:
    text = _go_string(value) if value is not None else ""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _to_yaml(value: Any) -> str:
    return yaml.safe_dump(value, default_flow_style=False, sort_keys=True).rstrip("\n")


def _indent(width: int, text: str) -> str:
    pad = " " * int(width)
    return "\n".join(pad + line for line in _go_string(text).split("\n"))


def _printf(form: str, *args: Any) -> str:
    return re.sub(r"%[sdv]", "{}", form).format(*(_go_string(a) for a in args))


def _truthy(value: Any) -> bool:
    return bool(value) and value != 0


class Renderer:
    def __init__(self, chart: Path, values: dict, release: str, namespace: str):
        meta = yaml.safe_load((chart / "Chart.yaml").read_text())
        self.root = {
            "Values": values,
            "Release": {"Name": release, "Namespace": namespace, "Service": "Helm"},
            "Chart": {
                "Name": meta["name"],
                "Version": meta["version"],
                "AppVersion": meta["appVersion"],
            },
        }
        self.defines: dict[str, list] = {}
        self.templates: dict[str, list[Node]] = {}
        for path in sorted((chart / "templates").iterdir()):
            nodes = _parse(_lex(path.read_text()), self.defines)
            if path.suffix == ".yaml":
                self.templates[path.name] = nodes

    def render(self) -> dict[str, str]:
        return {name: self._run(nodes, self.root, {}) for name, nodes in self.templates.items()}

    def _run(self, nodes: list[Node], dot: Any, variables: dict) -> str:
        out = []
        for node in nodes:
            if node.kind == "text":
                out.append(node.text)
            elif node.kind == "expr":
                out.append(_go_string(self._pipeline(node.text, dot, variables)))
            elif node.kind == "if":
                chosen = (
                    node.body
                    if _truthy(self._pipeline(node.text, dot, variables))
                    else node.otherwise
                )
                out.append(self._run(chosen, dot, variables))
            elif node.kind == "range":
                out.append(self._range(node, dot, variables))
        return "".join(out)

    def _range(self, node: Node, dot: Any, variables: dict) -> str:
        match = re.fullmatch(r"(\$\w+)\s*,\s*(\$\w+)\s*:=\s*(.+)", node.text)
        if not match:
            raise TemplateError(f"unsupported range: {node.text}")
        key_name, value_name, source = match.groups()
        items = self._pipeline(source, dot, variables)
        pairs = sorted(items.items()) if isinstance(items, dict) else list(enumerate(items or []))
        out = []
        for key, value in pairs:
            scope = {**variables, key_name: key, value_name: value}
            out.append(self._run(node.body, value, scope))
        return "".join(out)

    def _pipeline(self, text: str, dot: Any, variables: dict) -> Any:
        tokens = TOKEN.findall(text)
        commands: list[list[str]] = [[]]
        for token in tokens:
            if token == "|":
                commands.append([])
            else:
                commands[-1].append(token)
        value: Any = None
        for index, command in enumerate(commands):
            piped = [value] if index else []
            value = self._command(command, dot, variables, piped)
        return value

    def _command(self, words: list[str], dot: Any, variables: dict, piped: list) -> Any:
        if not words:
            raise TemplateError("empty command")
        name, args = words[0], [self._operand(w, dot, variables) for w in words[1:]] + piped
        functions = {
            "include": lambda template, context: self._run(self.defines[template], context, {}),
            "printf": _printf,
            "quote": _quote,
            "toYaml": _to_yaml,
            "nindent": lambda width, text: "\n" + _indent(width, text),
            "indent": _indent,
            "default": lambda fallback, value=None: value if _truthy(value) else fallback,
        }
        if name in functions:
            return functions[name](*args)
        if len(words) == 1 and not piped:
            return self._operand(name, dot, variables)
        raise TemplateError(f"unknown function: {name}")

    def _operand(self, word: str, dot: Any, variables: dict) -> Any:
        if word.startswith('"'):
            return _string(word)
        if re.fullmatch(r"-?\d+", word):
            return int(word)
        if word == ".":
            return dot
        if word.startswith("$"):
            head, _, path = word.partition(".")
            base = self.root if head == "$" else variables[head]
            return self._path(base, path)
        if word.startswith("."):
            return self._path(dot, word[1:])
        raise TemplateError(f"unknown operand: {word}")

    @staticmethod
    def _path(base: Any, path: str) -> Any:
        value = base
        for part in filter(None, path.split(".")):
            value = value.get(part) if isinstance(value, dict) else None
        return value


def merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def helm_template(
    chart: Path, overrides: dict | None = None, release: str = "qms", namespace: str = "qms"
) -> list[dict]:
    """Every object the chart renders, as `helm template` would print them."""
    values = merge(yaml.safe_load((chart / "values.yaml").read_text()), overrides or {})
    rendered = Renderer(chart, values, release, namespace).render()
    objects = []
    for name, text in rendered.items():
        for document in yaml.safe_load_all(text):
            if document:
                document.setdefault("metadata", {}).setdefault("namespace", namespace)
                objects.append({**document, "__template": name})
    return objects


helm_template.__test__ = False
