"""The `url` tag, with the URL of a view kept when it takes no argument or one number.

`{% url 'name' %}` calls reverse(): a walk of the URL patterns and three reads of the active
language, about 25 µs. A page renders 10–20 of them (the manifest, the service worker, the
forms' actions, each with the case's id). Here the URL of a view without arguments, or with
one argument that is a number, comes from qms.links (kept per URL configuration, script prefix
and current app: what reverse() reads here). Anything else – words as arguments, keyword
arguments, a negative number, a name that does not reverse – goes to Django's own tag, errors
included.

Installed as a template builtin after Django's own (settings.TEMPLATES "builtins"), so it is the
`url` of every template. `tests/qms/test_fast_url.py` compares the two.
"""

from __future__ import annotations

from django import template
from django.template import defaulttags
from django.urls import NoReverseMatch
from django.utils.html import conditional_escape

from qms.links import kept_url, pk_url

register = template.Library()


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
        try:
            if args:
                url = pk_url(view_name, args[0], current_app)
            else:
                url = kept_url(view_name, current_app)
        except NoReverseMatch:
            return super().render(context)  # Django's error, or "" for `as var`
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token):
    node = defaulttags.url(parser, token)
    return KeptURLNode(node.view_name, node.args, node.kwargs, node.asvar)
