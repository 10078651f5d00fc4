"""Writes through the pages' own forms and services, never around them.

A request body is checked in three steps, each a 400 with the field named:
1. unknown fields are refused ("Okänt fält.");
2. types, by the endpoint's request serializer (which is also its OpenAPI description);
3. the page's form and then its service, so the messages are the forms' Swedish ones.
"""

from __future__ import annotations

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
