"""`{% submission_token %}`: the one-time token of a create form (see qms.submissions)."""

from django import template
from django.utils.html import format_html

from qms.submissions import FIELD, new_token

register = template.Library()


@register.simple_tag
def submission_token() -> str:
    """A hidden input with a fresh token; each form on a page gets its own."""
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, new_token())
