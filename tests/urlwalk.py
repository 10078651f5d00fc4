"""The URL list as tests see it: every pattern, which of them accept POST, and the forms the
pages show (found by following links from every page that needs no arguments).

Used by the hostile-input test (tests/qms/test_hostile_input.py) and the POST-route coverage
test (tests/qms/test_post_routes.py), so a new page or form is covered without editing either."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.http import Http404
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, resolve, reverse
from django.views.generic import RedirectView

# Not walked: Django's admin (Django's own forms, for superusers only; the product's screens are
# the app's own) and the static and media files.
SKIPPED_PREFIXES = ("/admin/", "/static/", "/media/")


@dataclass(frozen=True)
class Route:
    """One URL pattern, named as `reverse()` names it ("deviations:detail")."""

    name: str
    route: str  # the pattern's full text, e.g. "avvikelser/<int:pk>/"
    pattern: URLPattern = field(compare=False, hash=False, repr=False)

    @property
    def key(self) -> str:
        """The name, or for an unnamed pattern its view's dotted path."""
        view = getattr(self.pattern.callback, "view_class", self.pattern.callback)
        return self.name or f"{view.__module__}.{view.__name__}"


def routes(resolver=None) -> list[Route]:
    found: list[Route] = []

    def walk(resolver, prefix: str, namespaces: list[str]) -> None:
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                spaces = [*namespaces, pattern.namespace] if pattern.namespace else namespaces
                walk(pattern, prefix + str(pattern.pattern), spaces)
            else:
                name = ":".join([*namespaces, pattern.name]) if pattern.name else ""
                found.append(Route(name, prefix + str(pattern.pattern), pattern))

    walk(resolver or get_resolver(), "", [])
    return [r for r in found if not ("/" + r.route.lstrip("^")).startswith(SKIPPED_PREFIXES)]


# Which views accept POST ----------------------------------------------------------------------


def _allowed_methods(callback) -> list[str] | None:
    """The methods of a `require_http_methods` (require_POST, require_GET, …) wrapper, if any."""
    function = callback
    while function is not None:
        for cell in getattr(function, "__closure__", None) or ():
            try:
                value = cell.cell_contents
            except ValueError:
                continue
            if (
                isinstance(value, list | tuple)
                and value
                and all(isinstance(v, str) and v.isupper() for v in value)
            ):
                return [v.upper() for v in value]
        function = getattr(function, "__wrapped__", None)
    return None


_POST_IN_SOURCE = re.compile(r"\bPOST\b|\.FILES\b")


def _source_mentions_post(function, depth: int = 2) -> bool:
    """The function (decorators included) reads POST data or checks for POST; or a function of
    its own module that it calls does (views that hand the request to a shared helper)."""
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return True  # cannot tell: count it, the coverage test then asks for a reason
    if _POST_IN_SOURCE.search(source):
        return True
    if depth == 0:
        return False
    module = inspect.getmodule(function)
    for called in set(re.findall(r"\b(\w+)\(", source)):
        helper = getattr(module, called, None)
        if (
            inspect.isfunction(helper)
            and helper is not function
            and helper.__module__ == function.__module__
            and _source_mentions_post(helper, depth - 1)
        ):
            return True
    return False


def accepts_post(route: Route) -> bool:
    callback = route.pattern.callback
    view_class = getattr(callback, "view_class", None)
    if view_class is not None and issubclass(view_class, RedirectView):
        return False  # answers every method with the same redirect
    if view_class is not None:
        return "post" in view_class.http_method_names and hasattr(view_class, "post")
    allowed = _allowed_methods(callback)
    if allowed is not None:
        return "POST" in allowed
    return _source_mentions_post(inspect.unwrap(callback))


def post_routes() -> list[Route]:
    return [route for route in routes() if accepts_post(route)]


# Pages and their forms --------------------------------------------------------------------


@dataclass
class Input:
    name: str
    kind: str  # text, textarea, select, checkbox, radio, hidden, file, date, number, ...
    value: str = ""
    options: list[str] = field(default_factory=list)
    multiple: bool = False
    checked: bool = False


@dataclass
class Form:
    page: str  # the URL of the page that showed it
    action: str  # the URL it posts to
    multipart: bool
    inputs: list[Input] = field(default_factory=list)

    def fields(self) -> dict[str, Input]:
        """One Input per name (radio buttons and repeated names: the first)."""
        by_name: dict[str, Input] = {}
        for item in self.inputs:
            by_name.setdefault(item.name, item)
        return by_name


class _PageParser(HTMLParser):
    def __init__(self, base: str):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.links: list[str] = []
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._other_actions: list[str] = []  # a submit button's formaction posts elsewhere
        self._select: Input | None = None
        self._textarea: Input | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        for attribute in ("href", "hx-get", "src" if tag == "iframe" else ""):
            if attribute and a.get(attribute):
                self.links.append(urljoin(self.base, a[attribute]))
        if tag == "form":
            action = urljoin(self.base, a.get("hx-post") or a.get("action") or self.base)
            if a.get("method", "get").lower() == "post" or a.get("hx-post"):
                multipart = "multipart" in a.get("enctype", "") + a.get("hx-encoding", "")
                self._form = Form(self.base, action, multipart)
            else:
                self.links.append(action)  # a search form: its page is a page too
        elif self._form is None:
            return
        if tag in ("button", "input") and a.get("formaction"):
            self._other_actions.append(urljoin(self.base, a["formaction"]))
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            self._form.inputs.append(
                Input(a["name"], kind, a.get("value", ""), checked="checked" in a)
            )
            if kind == "file":
                self._form.multipart = True
        elif tag == "button" and a.get("name"):
            self._form.inputs.append(Input(a["name"], "button", a.get("value", "")))
        elif tag == "select" and a.get("name"):
            self._select = Input(a["name"], "select", multiple="multiple" in a)
            self._form.inputs.append(self._select)
        elif tag == "option" and self._select is not None:
            self._select.options.append(a.get("value", ""))
            if "selected" in a:
                self._select.value = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            self._textarea = Input(a["name"], "textarea")
            self._form.inputs.append(self._textarea)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            self.forms.append(self._form)
            for action in self._other_actions:  # the same fields, posted to another view
                self.forms.append(
                    replace(self._form, action=action, inputs=list(self._form.inputs))
                )
            self._form, self._other_actions = None, []
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def parse_page(url: str, html: str) -> tuple[list[str], list[Form]]:
    parser = _PageParser(url)
    parser.feed(html)
    return parser.links, parser.forms


def local_path(url: str) -> str | None:
    """The path (and query) of a URL on this site, or None for another site."""
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in ("", "testserver"):
        return None
    if not parts.path.startswith("/") or parts.path.startswith(SKIPPED_PREFIXES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


# Arguments that choose a different form of the same view (other arguments pick an object).
DISTINCT_ARGUMENTS = {"step", "transition"}


def route_key(path: str) -> str | None:
    """The form's identity: the view's name plus its step or transition, so
    /avvikelser/1/status/stang/ and /avvikelser/2/status/stang/ are one form and
    …/status/ateroppna/ another. None if the path matches no pattern."""
    try:
        match = resolve(urlsplit(path).path)
    except Http404:
        return None
    words = [f"{k}={v}" for k, v in sorted(match.kwargs.items()) if k in DISTINCT_ARGUMENTS]
    return " ".join([match.view_name or match.route, *words])


def argumentless_paths(all_routes: list[Route]) -> list[str]:
    paths = []
    for route in all_routes:
        if not route.name:
            continue
        try:
            paths.append(reverse(route.name))
        except NoReverseMatch:
            continue
    return paths


@dataclass
class Crawl:
    pages: dict[str, str] = field(default_factory=dict)  # route key -> one path that showed it
    forms: dict[str, Form] = field(default_factory=dict)  # route key of the action -> form
    statuses: dict[str, int] = field(default_factory=dict)  # path -> status
    errors: list[str] = field(default_factory=list)  # paths that answered 500 or raised
    posted: dict[tuple[str, str], int] = field(default_factory=dict)  # (action, variant) -> status


def crawl(
    client,
    start: list[str],
    crawl_result: Crawl | None = None,
    per_form_view: int = 1,
    limit: int = 2000,
) -> Crawl:
    """GET pages breadth first from `start`, one path per route key – up to `per_form_view`
    for a view whose page showed a form (an object in another state shows other forms) – and
    note every form.

    Forms already seen (by another role's crawl) keep their first page."""
    result = crawl_result or Crawl()
    queue = list(start)
    visits: dict[str, int] = {}
    with_forms: set[str] = set()
    seen_paths: set[str] = set()
    while queue and limit > 0:
        path = queue.pop(0)
        key = route_key(path)
        if key is None or path in seen_paths:
            continue
        if visits.get(key, 0) >= (per_form_view if key in with_forms else 1):
            continue
        seen_paths.add(path)
        visits[key] = visits.get(key, 0) + 1
        limit -= 1
        try:
            response = client.get(path)
        except Exception as error:
            result.errors.append(f"GET {path}: {error!r}")
            continue
        result.statuses[path] = response.status_code
        if response.status_code >= 500:
            result.errors.append(f"GET {path}: {response.status_code}")
            continue
        result.pages.setdefault(key, path)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        links, forms = parse_page(path, response.content.decode(errors="replace"))
        if forms:
            with_forms.add(key)
        for form in forms:
            action = local_path(form.action)
            action_key = action and route_key(action)
            if action_key and action_key not in result.forms:
                form.action = action
                result.forms[action_key] = form
        queue.extend(p for p in map(local_path, links) if p)
    return result


def each_post_route_not_reached(crawl_result: Crawl, all_routes: list[Route]) -> Iterator[Route]:
    reached = {key.split(" ")[0] for key in [*crawl_result.pages, *crawl_result.forms]}
    for route in all_routes:
        if accepts_post(route) and route.key not in reached:
            yield route
