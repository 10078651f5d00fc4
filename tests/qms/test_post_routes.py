"""Every URL pattern that accepts POST is posted to by some test, or listed here with a reason
(issue 13 #1: "Anmäl som avvikelse" answered 500 on every use, and no test had ever posted to
it).

Which routes accept POST comes from the views themselves (tests/urlwalk.py: a class view's
`post`, a `require_http_methods` list, or a function view that reads POST data). Which routes
tests post to comes from the tests' source: a test function posts to a route when it names the
route (`reverse("deviations:create")`, a path such as "/scim/v2/Users", an f-string path) and
posts (`client.post(…)`, `method="POST"`, a browser's click or press), itself or through a helper
of its module or a module-level constant."""

from __future__ import annotations

import ast
from pathlib import Path

from django.http import Http404
from django.urls import resolve

from tests.urlwalk import Route, post_routes, routes

TESTS = Path(__file__).resolve().parent.parent

# Routes no test posts to, each with the reason. Keep it short: a route here is a route whose
# POST nobody has seen work.
ALLAUTH = (
    "allauth's own view and form, tested by allauth; the product adds no code to it. Its form"
    " gets the hostile submissions of tests/qms/test_hostile_input.py where a page shows it"
)
NOT_POSTED_BY_TESTS: dict[str, str] = {
    "account_change_password": ALLAUTH,
    "account_confirm_email": ALLAUTH + " (ACCOUNT_EMAIL_VERIFICATION is none)",
    "account_confirm_login_code": ALLAUTH,
    "account_email": ALLAUTH,
    "account_reset_password_from_key": ALLAUTH,
    "account_set_password": ALLAUTH,
    "mfa_deactivate_totp": ALLAUTH,
    "mfa_edit_webauthn": ALLAUTH,
    "mfa_generate_recovery_codes": ALLAUTH,
    "mfa_reauthenticate": ALLAUTH,
    "mfa_reauthenticate_webauthn": ALLAUTH,
    "mfa_remove_webauthn": ALLAUTH,
    "socialaccount_connections": ALLAUTH,
    "socialaccount_signup": ALLAUTH,
    "api.views.not_found": "the API's catch-all: a JSON 404 for every method at an unknown address",
}

# Calls that send a POST: the test client's and Playwright's request API's post, and a browser
# submitting a form (a click on its button, Enter in a field, a form's submit).
POSTING_CALLS = {"post", "click", "press", "submit", "dispatch_event", "set_input_files"}

# Functions that send an HTTP request to a server process; with data= they POST.
URLLIB_CALLS = {"urlopen", "Request", "fetch"}


def _route_names() -> set[str]:
    return {route.key for route in routes()}


def _resolves_to(text: str) -> str | None:
    if not text.startswith("/"):
        return None
    try:
        match = resolve(text.split("?")[0])
    except Http404:
        return None
    return match.view_name or None


class _Module:
    """What each function and module-level name of one test module refers to and does."""

    def __init__(self, tree: ast.Module, names: set[str]):
        self.names = names
        self.functions: dict[str, ast.AST] = {}
        self.constants: dict[str, ast.AST] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self.functions.setdefault(node.name, node)
        for node in tree.body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.constants[target.id] = node.value
        self.tree = tree
        # Path prefixes a module's helper puts before the paths its tests give ("/scim/v2" +
        # path).
        self.prefixes = {
            node.left.value
            for node in ast.walk(tree)
            if isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Add)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str)
            and node.left.value.startswith("/")
        }

    def _resolve(self, text: str) -> str | None:
        for prefix in ["", *self.prefixes]:
            if resolved := _resolves_to(prefix + text):
                return resolved
        return None

    def _routes_in(self, node: ast.AST) -> set[str]:
        found = set()
        pieces = {
            id(v) for c in ast.walk(node) if isinstance(c, ast.JoinedStr) for v in c.values
        }  # the text between an f-string's fields is no path of its own
        for child in ast.walk(node):
            if id(child) in pieces:
                continue
            if isinstance(child, ast.Constant) and isinstance(child.value, str):
                if child.value in self.names:
                    found.add(child.value)
                elif resolved := self._resolve(child.value):
                    found.add(resolved)
            elif isinstance(child, ast.JoinedStr):
                text = "".join(
                    v.value if isinstance(v, ast.Constant) else "1" for v in child.values
                )
                if resolved := self._resolve(text):
                    found.add(resolved)
        return found

    def _posts_in(self, node: ast.AST) -> bool:
        for child in ast.walk(node):
            if isinstance(child, ast.Call):
                func = child.func
                if isinstance(func, ast.Attribute) and func.attr in POSTING_CALLS:
                    return True
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = child.args[0] if child.args else None
                if isinstance(first, ast.Constant) and first.value == "POST":
                    return True  # client.generic("POST", …), a helper's ("POST", path, body)
                if called in URLLIB_CALLS and any(k.arg == "data" for k in child.keywords):
                    return True  # urllib sends a request with data as POST
                if any(
                    k.arg == "method"
                    and isinstance(k.value, ast.Constant)
                    and k.value.value == "POST"
                    for k in child.keywords
                ):
                    return True
        return False

    def _closure(self, node: ast.AST) -> list[ast.AST]:
        """The node, and the module's functions and constants it uses, transitively."""
        seen: dict[str, ast.AST] = {}
        todo = [node]
        result = []
        while todo:
            current = todo.pop()
            result.append(current)
            for child in ast.walk(current):
                if isinstance(child, ast.Name) and child.id not in seen:
                    target = self.functions.get(child.id) or self.constants.get(child.id)
                    if target is not None and target is not node:
                        seen[child.id] = target
                        todo.append(target)
        return result

    def posted_routes(self) -> set[str]:
        posted = set()
        for name, function in self.functions.items():
            if not name.startswith("test"):
                continue
            parts = self._closure(function)
            if any(self._posts_in(part) for part in parts):
                for part in parts:
                    posted |= self._routes_in(part)
        return posted


def routes_tests_post_to(folder: Path = TESTS) -> set[str]:
    names = _route_names()
    posted: set[str] = set()
    for source in folder.rglob("test_*.py"):
        posted |= _Module(ast.parse(source.read_text()), names).posted_routes()
    return posted


def test_every_post_route_is_posted_to_by_a_test(db):
    accepting = {route.key: route for route in post_routes()}
    assert {"deviations:create", "audits:finding_deviation", "scim:users"} <= set(accepting)
    posted = routes_tests_post_to()
    missing = sorted(set(accepting) - posted - set(NOT_POSTED_BY_TESTS))
    assert missing == [], f"POST routes no test posts to (post, or list with a reason): {missing}"
    assert set(NOT_POSTED_BY_TESTS) <= set(accepting), "listed routes that no longer take POST"


def test_the_rule_sees_a_post_only_through_its_test(tmp_path):
    """A route named in a test that only reads it does not count; a helper that posts does."""
    (tmp_path / "test_example.py").write_text(
        "from django.urls import reverse\n"
        "URL = '/avvikelser/rapportera/'\n"
        "def test_reads(client):\n"
        "    client.get(reverse('audits:finding_deviation', args=[1, 2]))\n"
        "def send(client, pk):\n"
        "    return client.post(f'/avvikelser/{pk}/kommentar/', {})\n"
        "def test_posts(client):\n"
        "    send(client, 4)\n"
        "    client.post(URL)\n"
    )
    assert routes_tests_post_to(tmp_path) == {"deviations:comment", "deviations:create"}


def test_views_that_take_post_are_recognised():
    by_key: dict[str, Route] = {route.key: route for route in routes()}
    from tests.urlwalk import accepts_post

    assert accepts_post(by_key["deviations:create"])  # a function view reading request.POST
    assert accepts_post(by_key["account_login"])  # a class view with post()
    assert not accepts_post(by_key["deviations:list"])
    assert not accepts_post(by_key["healthz"])
