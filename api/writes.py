"""Writes through the pages' own forms and services, never around them.

A request body is checked in three steps, each a 400 with the field named:
1. unknown fields are refused ("Okänt fält.");
2. types, by the endpoint's request serializer (which is also its OpenAPI description);
3. the page's form and then its service, so the messages are the forms' Swedish ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers

from qms.forms import applied


def form_errors(form) -> dict:
    return {
        ("non_field_errors" if field == "__all__" else field): [
            error["message"] for error in errors
        ]
        for field, errors in form.errors.get_json_data().items()
    }


def checked_data(request, serializer_class: type[serializers.Serializer]) -> dict:
    """The request's fields after steps 1 and 2 (raises a 400 ValidationError)."""
    if not hasattr(request.data, "keys"):
        raise exceptions.ValidationError({"non_field_errors": [_("Skicka ett JSON-objekt.")]})
    allowed = set(serializer_class().fields)
    unknown = (set(request.data.keys()) | set(request.FILES.keys())) - allowed
    if unknown:
        raise exceptions.ValidationError({name: [_("Okänt fält.")] for name in sorted(unknown)})
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return {name: request.data[name] for name in request.data if name in allowed}


def through_form(form, change: Callable[[dict], object]) -> object:
    """Step 3: the form's validation, then the service in one transaction; the service's result.
    The service's own refusals (ValidationError) come back as 400, PermissionDenied as 403."""
    made = []
    try:
        with transaction.atomic():
            ok = applied(form, lambda data: made.append(change(data)))
    except DjangoPermissionDenied as error:
        raise exceptions.PermissionDenied(_("Du får inte göra detta.")) from error
    if not ok:
        raise exceptions.ValidationError(form_errors(form))
    return made[0]


IDEMPOTENCY_HEADER = "Idempotency-Key"
_WELL_FORMED_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")


def created_once(request, create: Callable[[], object]) -> tuple[object, bool]:
    """Run `create()` once per `Idempotency-Key` header of this caller (the API's form token,
    qms.submissions): a retry with the same key waits for the first request and gets its
    object, `(object pk, True)`, instead of a second one. Without the header: `create()`."""
    from qms.models import FormSubmission
    from qms.submissions import _claim, _key

    token = request.headers.get(IDEMPOTENCY_HEADER)
    if token is None:
        return create().pk, False
    if not _WELL_FORMED_KEY.fullmatch(token):
        raise exceptions.ValidationError(
            {IDEMPOTENCY_HEADER: [_("Använd 16–64 tecken: bokstäver, siffror, - och _.")]}
        )
    key = _key(f"api:{request.user.pk}:{token}")
    with transaction.atomic():
        claimed = _claim(key, request.user.pk)
        if claimed is not None:
            made = create()
            FormSubmission.objects.filter(pk=claimed).update(result_url=str(made.pk))
            return made.pk, False
    first = FormSubmission.objects.get(key=key)
    return int(first.result_url), True
