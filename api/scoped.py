"""The base of every module endpoint: the queryset is the module's `visible_to(user)` – the same
as the pages' – so an object outside the caller's scope is a 404, never a 403; lists take the
pages' own filter sets, `updated_since`, and are paginated by cursor."""

from __future__ import annotations

import datetime

import django_filters
from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from rest_framework import exceptions, viewsets
from rest_framework.filters import BaseFilterBackend

from qms.forms import validate_date_range

UPDATED_SINCE_HELP = (
    "Bara det som ändrats vid eller efter denna tidpunkt (ISO 8601 med tidszon), "
    "för inkrementell synkronisering."
)


def parse_since(value: str) -> datetime.datetime:
    try:
        since = parse_datetime(value)
    except ValueError:
        since = None
    if since is None or since.tzinfo is None:
        raise exceptions.ValidationError(
            {"updated_since": [_("Ange en tidpunkt med tidszon, t.ex. 2026-01-31T12:00:00Z.")]}
        )
    try:
        validate_date_range(since)
    except ValidationError as error:
        raise exceptions.ValidationError({"updated_since": error.messages}) from error
    return since


def changed_since(queryset: QuerySet, since: datetime.datetime) -> QuerySet:
    """Rows changed at or after `since`: by `updated_at` where the model has one, otherwise by
    the model's history events (every tracked model has them, written by the database)."""
    model = queryset.model
    if any(f.name == "updated_at" for f in model._meta.concrete_fields):
        return queryset.filter(updated_at__gte=since)
    events = apps.get_model(model._meta.app_label, f"{model.__name__}Event")
    changed = events.objects.filter(pgh_created_at__gte=since).values("pgh_obj_id")
    return queryset.filter(pk__in=changed)


def _parameter_schema(field: django_filters.Filter) -> dict:
    """The OpenAPI type of one filter, from the form field it parses with."""
    field_class = field.field_class
    if issubclass(field_class, forms.NullBooleanField | forms.BooleanField):
        return {"type": "boolean"}
    if issubclass(field_class, forms.ModelChoiceField):
        return {"type": "integer"}
    if issubclass(field_class, forms.DateField):
        return {"type": "string", "format": "date"}
    choices = field.extra.get("choices")
    if choices and not callable(choices):
        return {"type": "string", "enum": [str(choice[0]) for choice in choices]}
    return {"type": "string"}


class ScopedFilterBackend(BaseFilterBackend):
    """The list page's own filter set (`view.filterset_class`, built for the user), then
    `updated_since`. A bad filter value is a 400 naming the field (the page shows no rows)."""

    def filter_queryset(self, request, queryset, view):
        if getattr(view, "action", None) != "list":
            return queryset
        filterset_class = getattr(view, "filterset_class", None)
        if filterset_class is not None:
            data = request.query_params.copy()
            for ignored in ("cursor", "page_size", "updated_since", "sortering"):
                data.pop(ignored, None)
            filterset = filterset_class(data, queryset, user=request.user)
            if not filterset.is_valid():
                raise exceptions.ValidationError(filterset.errors)
            queryset = filterset.qs
        since = request.query_params.get("updated_since")
        if since:
            queryset = changed_since(queryset, parse_since(since))
        return queryset

    def get_schema_operation_parameters(self, view):
        parameters = [
            {
                "name": "updated_since",
                "required": False,
                "in": "query",
                "description": UPDATED_SINCE_HELP,
                "schema": {"type": "string", "format": "date-time"},
            }
        ]
        filterset_class = getattr(view, "filterset_class", None)
        if filterset_class is None:
            return parameters
        for name, field in filterset_class.base_filters.items():
            if name == "sortering":
                continue
            schema = _parameter_schema(field)
            multiple = isinstance(field, django_filters.MultipleChoiceFilter)
            parameters.append(
                {
                    "name": name,
                    "required": False,
                    "in": "query",
                    "description": str(field.label or ""),
                    "schema": {"type": "array", "items": schema} if multiple else schema,
                    **({"explode": True, "style": "form"} if multiple else {}),
                }
            )
        return parameters


class ScopedViewSet(viewsets.ReadOnlyModelViewSet):
    """Subclasses define `scoped(user)` → the module's visible_to() queryset."""

    filter_backends = [ScopedFilterBackend]
    filterset_class = None
    lookup_value_converter = "int"

    def scoped(self, user) -> QuerySet:
        raise NotImplementedError

    def get_queryset(self) -> QuerySet:
        return self.scoped(self.request.user)
