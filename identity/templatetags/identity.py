from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def local_passwords_on() -> bool:
    """Whether everyone may log in with a password (else only break-glass administrators)."""
    return settings.LOCAL_PASSWORD_LOGIN
