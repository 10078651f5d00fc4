"""The `url` tag, with the URL of a view kept when it takes no argument or one number.

`{% url 'name' %}` calls reverse(): a walk of the URL patterns and three reads of the active
language, about 25 µs. A page renders 10–20 of them (the manifest, the service worker, the
forms' actions, each with the case's id). Here the URL of a view without arguments is kept,
and for one argument that is a number the text before and after it (reversed once with
qms.links.URL_MARKER in its place), per URL configuration, script prefix and current app: what
reverse() reads here (the project has no language prefixes in its URLs). Anything else – words
as arguments, keyword arguments, a negative number, a name that does not reverse – goes to
Django's own tag, errors included.

Installed as a template builtin after Django's own (settings.TEMPLATES "builtins"), so it is the
`url` of every template. `tests/qms/test_fast_url.py` compares the two.
"""

from __future__ import annotations

from django import template
from django.conf import settings
from django.template import defaulttags
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

from qms.links import URL_MARKER

register = template.Library()

# (view name, number of arguments, current app, URL configuration, script prefix) → the URL,
# or the text before and after its one argument.
_kept: dict[tuple, str | tuple[str, str]] = {}


def _current_app(context) -> str | None:
    # As Django's URLNode finds it.
    try:
        return context.request.current_app
    except AttributeError:
        try:
            return context.request.resolver_match.namespace
        except AttributeError:
            return None


class KeptURLNode(defaulttags.URLNode):
    def render(self, context):
        if self.kwargs or len(self.args) > 1:
            return super().render(context)
        args = [arg.resolve(context) for arg in self.args]
        if args and not (type(args[0]) is int and args[0] >= 0):
            return super().render(context)
        view_name = self.view_name.resolve(context)
        current_app = _current_app(context)
        urlconf = get_urlconf() or settings.ROOT_URLCONF  # outside a request: the setting
        key = (view_name, len(args), current_app, urlconf, get_script_prefix())
        kept = _kept.get(key)
        if kept is None:
            try:
                url = reverse(
                    view_name, args=[URL_MARKER] if args else None, current_app=current_app
                )
            except NoReverseMatch:
                return super().render(context)
            if args:
                parts = url.split(str(URL_MARKER))
                if len(parts) != 2:
                    return super().render(context)
                url = (parts[0], parts[1])
            kept = _kept[key] = url
        url = f"{kept[0]}{args[0]}{kept[1]}" if args else kept
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token):
    node = defaulttags.url(parser, token)
    return KeptURLNode(node.view_name, node.args, node.kwargs, node.asvar)
