"""One-time tokens on create forms: a form sent twice creates its record once.

A double click on "Skicka", or a retry after the answer timed out at the client, posts the same
form again. Every form that creates a record carries a random token
(`{% load submissions %}{% submission_token %}` beside `{% csrf_token %}`), and its view is
decorated with `@submitted_once`:

1. The decorator opens a transaction and inserts a `FormSubmission` row keyed by the token's
   hash (`INSERT … ON CONFLICT DO NOTHING`), then runs the view in the same transaction.
2. If the view redirects (the record was made), the row keeps the redirect's target and commits
   with the record. Any other answer (the form had errors, 403, …) deletes the row again, so the
   same form can be corrected and sent; an exception rolls both back.
3. A second submission of the same token finds the row – if the first is still running, the
   unique index makes the insert wait until the first commits or rolls back – and is redirected
   to the first one's result, with a note that nothing was saved twice.

A POST without a token (a script, an old page) is handled as before, without this protection.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import re
import secrets
from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseRedirectBase
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

FIELD = "submission_token"
KEPT_FOR = datetime.timedelta(days=7)
_WELL_FORMED = re.compile(r"[A-Za-z0-9_-]{20,64}")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def posted_token(request: HttpRequest) -> str | None:
    """The token this POST carries, or None if it has none (or not one we could have made)."""
    token = request.POST.get(FIELD, "")
    return token if _WELL_FORMED.fullmatch(token) else None


def _key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _claim(key: str, user_id: int | None) -> int | None:
    """Insert the token's row in the current transaction; None if it was used before.

    A concurrent transaction holding the same key makes this wait for its outcome."""
    from qms.models import FormSubmission

    table = connection.ops.quote_name(FormSubmission._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (key, user_id, result_url, created_at) "
            "VALUES (%s, %s, '', now()) ON CONFLICT (key) DO NOTHING RETURNING id",
            [key, user_id],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def submitted_once(
    view: Callable | None = None, *, on_repeat: Callable[[HttpRequest, str], None] | None = None
):
    """Decorate a view whose successful POST creates a record and redirects.

    `on_repeat(request, token)` runs before a repeated submission is redirected to the first
    result (the public synpunkt form rebuilds its receipt there); without it the user is told
    that the form had already been sent.
    """

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            token = posted_token(request) if request.method == "POST" else None
            if token is None:
                return view(request, *args, **kwargs)
            from qms.models import FormSubmission

            key = _key(token)
            user_id = request.user.pk if request.user.is_authenticated else None
            with transaction.atomic():
                claimed = _claim(key, user_id)
                if claimed is not None:
                    response = view(request, *args, **kwargs)
                    rows = FormSubmission.objects.filter(pk=claimed)
                    if isinstance(response, HttpResponseRedirectBase):
                        rows.update(result_url=response["Location"])
                    else:
                        rows.delete()
                    return response
            first = FormSubmission.objects.get(key=key)
            if first.user_id != user_id:
                raise PermissionDenied
            if on_repeat is not None:
                on_repeat(request, token)
            else:
                messages.info(
                    request,
                    _(
                        "Formuläret hade redan skickats, så inget sparades två gånger. "
                        "Här är det som sparades."
                    ),
                )
            return redirect(first.result_url)

        wrapper.submitted_once = True  # type: ignore[attr-defined]
        return wrapper

    return decorate(view) if view is not None else decorate


def forget_old() -> int:
    """Delete the tokens of forms sent more than KEPT_FOR ago; a repeat after that is new."""
    from qms.models import FormSubmission

    deleted, _counts = FormSubmission.objects.filter(
        created_at__lt=timezone.now() - KEPT_FOR
    ).delete()
    return deleted
