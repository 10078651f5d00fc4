"""Every date a form accepts lies in 1900–2200 (issue 13 #7: 9999-12-31 broke pages)."""

from __future__ import annotations

import datetime
import importlib

import django_filters
import pytest
from django import forms

from qms.forms import (
    EARLIEST_DATE,
    LATEST_DATE,
    DateField,
    DateTimeField,
    validate_date_range,
)
from tests.conftest import BASE_DIR
from tests.qms.test_code_rules import our_modules


def subclasses(cls) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *subclasses(sub)}
    return found


def our_forms_and_filtersets() -> tuple[list[type], list[type]]:
    """Every form and filter set class defined in the project's own modules."""
    names = set()
    for path in our_modules():
        if path.is_relative_to(BASE_DIR / "tests"):
            continue
        module = ".".join(path.relative_to(BASE_DIR).with_suffix("").parts)
        if module.endswith("__init__"):
            continue
        importlib.import_module(module)
        names.add(module)
    form_classes = [
        c
        for c in subclasses(forms.BaseForm)
        if c.__module__ in names and hasattr(c, "base_fields")  # mixins have no fields
    ]
    filtersets = [c for c in subclasses(django_filters.FilterSet) if c.__module__ in names]
    return form_classes, filtersets


def test_every_date_field_of_every_form_has_the_range():
    """New forms too: declare `qms.forms.DateField` (or `DateTimeField`), and for a model's
    date in a ModelForm name it in `Meta.field_classes`."""
    form_classes, filtersets = our_forms_and_filtersets()
    assert len(form_classes) > 40 and filtersets  # the search found them
    unranged = [
        f"{form.__module__}.{form.__name__}.{name}"
        for form in form_classes
        for name, field in form.base_fields.items()
        if isinstance(field, forms.DateField | forms.DateTimeField)
        and validate_date_range not in field.validators
    ]
    unranged += [
        f"{filterset.__module__}.{filterset.__name__}.{name}"
        for filterset in filtersets
        for name, declared in filterset.base_filters.items()
        if issubclass(declared.field_class, forms.DateField | forms.DateTimeField)
        and not issubclass(declared.field_class, DateField | DateTimeField)
    ]
    assert unranged == []


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("1900-01-01", True),
        ("2200-12-31", True),
        ("2026-02-28", True),
        ("1899-12-31", False),
        ("2201-01-01", False),
        ("0001-01-01", False),
        ("9999-12-31", False),
    ],
)
def test_the_date_field_accepts_1900_to_2200(value, valid):
    form = type("F", (forms.Form,), {"day": DateField(), "at": DateTimeField()})(
        {"day": value, "at": f"{value}T12:00"}
    )
    assert form.is_valid() is valid
    if not valid:
        message = "Ange ett datum mellan 1900-01-01 och 2200-12-31."
        assert form.errors == {"day": [message], "at": [message]}


def test_the_date_pickers_offer_only_the_range():
    html = DateField().widget.render("day", datetime.date(2026, 5, 1))
    assert 'type="date"' in html and 'value="2026-05-01"' in html
    assert f'min="{EARLIEST_DATE}"' in html and f'max="{LATEST_DATE}"' in html
    html = DateTimeField().widget.render("at", None)
    assert 'type="datetime-local"' in html and 'max="2200-12-31T23:59"' in html
