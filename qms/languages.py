"""The language each person reads the app in, kept on their account, so that what is sent to
them without a request – e-mails, daily and weekly summaries – is written in it too.

It is the language of their last log-in (the language switch's cookie, else the browser's
preference) and of each use of the language switch."""

from __future__ import annotations

import contextlib

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.views import i18n

from qms.models import User


def language_of(user: User | None) -> str:
    """The language to write to `user` in: theirs, else the site's."""
    return (user.language if user is not None else "") or settings.LANGUAGE_CODE


def in_language_of(user: User | None) -> contextlib.AbstractContextManager:
    """`with in_language_of(user):` – render an e-mail to `user` in their language."""
    return translation.override(language_of(user))


def remember_language(user: User, code: str | None) -> None:
    code = translation.get_supported_language_variant(code) if code else ""
    if code and code != user.language:
        user.language = code
        user.save(update_fields=["language"])


@receiver(user_logged_in)
def remember_language_at_log_in(sender, request, user, **kwargs) -> None:
    if request is not None:
        remember_language(user, translation.get_language_from_request(request))


@login_not_required
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's language switch; a signed-in person's choice is kept on their account too."""
    response = i18n.set_language(request)
    if request.method == "POST" and request.user.is_authenticated and response.status_code == 302:
        language = request.POST.get(i18n.LANGUAGE_QUERY_PARAMETER)
        if language and translation.check_for_language(language):
            remember_language(request.user, language)
    return response
