"""`get_FOO_display()` that translates one label, not every label of the field.

Django's `Model._get_FIELD_display` builds `dict(make_hashable(field.flatchoices))` on every
call. `make_hashable` hashes each label, and hashing a lazy label translates it: showing the
status of one certificate (eight choices) cost eight gettext calls. On the certificates
overview, whose grid shows a status in each cell, that was about 800 translations a request
(issue 12, measured at 100,000 certificates).

Here each field's labels are translated once per language and kept in a dict for the life of
the process: the labels are the model's own constants (TextChoices and IntegerChoices), and
the translations do not change while a process runs. A value that is not among the choices
comes back as itself, as with Django's.

Installed for every model field with a fixed list of choices by `install()`, from
QmsConfig.ready(); a model that defines its own `get_FOO_display` keeps it.
"""

from __future__ import annotations

from functools import partialmethod

from django.apps import apps
from django.db.models import Model
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import get_language

_MISSING = object()
_labels: dict[tuple, dict] = {}


def labels_of(field) -> dict:
    """The field's labels in the active language, by (hashable) value."""
    key = (field, get_language())
    labels = _labels.get(key)
    if labels is None:
        labels = {
            make_hashable(value): force_str(label, strings_only=True)
            for value, label in field.flatchoices
        }
        _labels[key] = labels
    return labels


def _get_field_display(self, field):
    value = getattr(self, field.attname)
    label = labels_of(field).get(make_hashable(value), _MISSING)
    return force_str(value, strings_only=True) if label is _MISSING else label


def _is_djangos(attribute) -> bool:
    return isinstance(attribute, partialmethod) and attribute.func is Model._get_FIELD_display


def install() -> None:
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.local_fields:
            name = f"get_{field.name}_display"
            # Static choices only: choices from a callable may change while a process runs.
            static = isinstance(field.choices, (list, tuple))
            if static and _is_djangos(model.__dict__.get(name)):
                setattr(model, name, partialmethod(_get_field_display, field=field))
