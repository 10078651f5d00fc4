"""`{% public_profile as profile %}`: the organisation's name and logo for the public pages."""

from django import template

from qms.models import PublicProfile

register = template.Library()


@register.simple_tag
def public_profile() -> PublicProfile | None:
    return PublicProfile.current()
