"""A choice field's label is translated once per field and language (qms.choice_labels), not
every label of the field on every get_FOO_display() call, and reads as before."""

from __future__ import annotations

from functools import partialmethod
from unittest import mock

from django.apps import apps
from django.db.models import Model
from django.utils import translation
from django.utils.translation import trans_real

from certifications.models import Certificate
from deviations.models import Deviation
from qms.models import OrganisationUnit


def test_the_label_follows_the_active_language():
    certificate = Certificate(status=Certificate.Status.EXPIRED)
    with translation.override("sv"):
        assert certificate.get_status_display() == "Har gått ut"
    with translation.override("en"):
        assert certificate.get_status_display() == "Expired"
    with translation.override("sv"):
        assert certificate.get_status_display() == "Har gått ut"


def test_a_value_outside_the_choices_comes_back_as_itself():
    assert Certificate(status="gone").get_status_display() == "gone"
    assert OrganisationUnit(kind=None).get_kind_display() is None


def test_showing_a_label_again_translates_nothing():
    certificate = Certificate(status=Certificate.Status.ACTIVE)
    with translation.override("sv"):
        certificate.get_status_display()
        with mock.patch.object(translation._trans, "gettext", wraps=trans_real.gettext) as gettext:
            for status in Certificate.Status.values:
                Certificate(status=status).get_status_display()
    assert gettext.call_count == 0


def test_every_choice_field_uses_it():
    """No model keeps Django's version, which translates every label of the field."""
    left = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_models(include_auto_created=True)
        for field in model._meta.local_fields
        if isinstance(field.choices, (list, tuple))
        and isinstance(attribute := model.__dict__.get(f"get_{field.name}_display"), partialmethod)
        and attribute.func is Model._get_FIELD_display
    ]
    assert not left
    assert Deviation(status=Deviation.Status.CLOSED).get_status_display()
