"""Errors in one JSON shape: {"detail": "...", "errors": {"field": ["message", ...]}}."""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    if isinstance(exc, RequestDataTooBig):
        # Refused from the Content-Length, before the body is read (Django's request.body).
        return Response(
            {"detail": _("Förfrågan är för stor.")}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
        )
    if isinstance(exc, SuspiciousOperation):  # too many fields or files, a broken multipart
        return Response({"detail": _("Ogiltig förfrågan.")}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, DjangoValidationError):
        # A service's rule (the same Swedish message the page shows).
        if hasattr(exc, "error_dict"):
            errors = {
                ("non_field_errors" if field == "__all__" else field): messages
                for field, messages in exc.message_dict.items()
            }
        else:
            errors = {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(errors)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        data = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
        response.data = {"detail": _("Ogiltiga uppgifter."), "errors": data}
    if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
        response["Retry-After"] = str(max(1, int(exc.wait + 0.999)))
    return response
