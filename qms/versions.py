"""Edits based on old data are refused: an edit form carries the version it was based on.

Two coordinators open the same assessment; both save. Without a check the second silently
replaces the first. An edit form of a record others may edit mixes in `VersionedForm`:

- When the form is shown it carries, in the hidden field `version`, the values of its own
  fields as they were in the record (signed, so a changed or broken value is noticed).
- `qms.forms.applied` saves it in a transaction that first locks the record's row
  (`SELECT … FOR UPDATE`) and compares: a field whose stored value is no longer the one the form
  was based on – and not already what this person sends – is a conflict. The save is refused;
  the form comes back with what the person typed, the message *Någon annan har ändrat …* and,
  field by field, what changed (old → new); its version is now the current one, so saving
  again (after looking) is a deliberate choice.

The version is the set of values the form showed, not a counter on the row: so only the
fields of this form count (a status change does not block an edit of the texts), no table
needs a new column, and the message can say exactly what changed. A double click is not a
conflict: the second save sends what is already stored.

A POST without the field (a script) is not checked. Forms whose save is not a plain field edit
(workflow steps) are guarded by their transition tables instead.
"""

from __future__ import annotations

import datetime
import decimal
import uuid
from dataclasses import dataclass

from django import forms
from django.core import signing
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.files import File
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import formats, timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

FIELD = "version"
SALT = "qms.versions"
SHOWN_CHARACTERS = 200


def plain(value):
    """A JSON-ready value that compares equal for equal field contents, wherever it came from
    (the database, or a form's cleaned data)."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, FieldFile):
        return value.name or None
    if isinstance(value, File):  # a new upload: never the same as what is stored
        return f"upload:{value.name}"
    if isinstance(value, models.QuerySet | list | tuple | set | frozenset):
        return sorted((plain(item) for item in value), key=str)
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = value.astimezone(datetime.UTC)
        return value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip() or None
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    old: str
    new: str


class VersionedForm(forms.BaseForm):
    """Mix into an edit form (before the Django form class): it carries the version it was based
    on, and `qms.forms.applied` refuses a save on top of someone else's newer one.

    The record is the ModelForm's instance, or `record=` for a plain form. A plain form says
    which record attribute each of its fields shows in `version_fields` (field → attribute);
    a ModelForm compares its model fields.
    """

    version_fields: dict[str, str] | None = None

    def __init__(self, *args, record: models.Model | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.record = record if record is not None else getattr(self, "instance", None)
        version = forms.CharField(widget=forms.HiddenInput, required=False, strip=False)
        version.validators = []  # any value is checked by its signature, in refused_as_stale
        self.fields[FIELD] = version
        if not self.is_bound and self.record is not None and self.record.pk:
            self.initial[FIELD] = self.version_of(self.record)

    def clean(self):
        cleaned = super().clean()
        cleaned.pop(FIELD, None)  # not the record's: services get only the record's fields
        return cleaned

    # What the form shows of a record ----------------------------------------------------------

    def compared_fields(self) -> dict[str, str]:
        """Form field → record attribute, for the fields whose stored value the form shows."""
        if self.version_fields is not None:
            return dict(self.version_fields)
        names = {f.name for f in self.record._meta.get_fields() if f.concrete}
        return {name: name for name in self.fields if name != FIELD and name in names}

    def values_of(self, record: models.Model) -> dict:
        values = {}
        for name, attribute in self.compared_fields().items():
            try:
                field = record._meta.get_field(attribute)
            except LookupError:  # a property, not a model field
                field = None
            if field is not None and field.many_to_many:
                value = list(getattr(record, attribute).values_list("pk", flat=True))
            elif field is not None and field.concrete:
                value = field.value_from_object(record)
            else:
                value = getattr(record, attribute)
            values[name] = plain(value)
        return values

    def version_of(self, record: models.Model) -> str:
        return signing.dumps(self.values_of(record), salt=SALT, compress=True)

    # The check, in the saving transaction --------------------------------------------------------

    def refused_as_stale(self) -> bool:
        """Lock the record and compare; True (with the form's errors set) if the save must not
        happen because the record changed since the form was shown. Call inside a transaction,
        after `is_valid()`."""
        posted = self.data.get(self.add_prefix(FIELD))
        if posted is None or self.record is None or not self.record.pk:
            return False  # not sent (a script): not checked
        manager = type(self.record)._default_manager
        try:
            current = manager.select_for_update().get(pk=self.record.pk)
        except ObjectDoesNotExist:
            self.add_error(None, _("Det du ändrar finns inte längre. Inget sparades."))
            return True
        try:
            based_on = signing.loads(posted, salt=SALT)
        except signing.BadSignature:
            based_on = None
        now = self.values_of(current)
        self._set_version(signing.dumps(now, salt=SALT, compress=True))
        if not isinstance(based_on, dict):
            self.add_error(
                None,
                _(
                    "Formuläret kunde inte jämföras med det som är sparat. Inget sparades; det du "
                    "skrev finns kvar. Kontrollera uppgifterna och spara igen."
                ),
            )
            return True
        changes = self.changes(based_on, now)
        if not changes:
            return False
        self.add_error(
            None,
            ValidationError(
                _(
                    "Någon annan har sparat ändringar här sedan du öppnade formuläret. Dina "
                    "ändringar är inte sparade, men det du skrev finns kvar. Jämför med "
                    "ändringarna nedan och spara igen om ditt ska gälla."
                ),
                code="stale",
            ),
        )
        for change in changes:
            message = _("Ändrat av någon annan: från ”%(old)s” till ”%(new)s”.") % {
                "old": change.old,
                "new": change.new,
            }
            if change.field in self.fields and not self.fields[change.field].widget.is_hidden:
                self.add_error(change.field, ValidationError(message, code="stale"))
            else:
                self.add_error(None, f"{change.label}: {message}")
        return True

    def changes(self, based_on: dict, now: dict) -> list[Change]:
        submitted = {
            name: plain(self.cleaned_data.get(name))
            for name in self.compared_fields()
            if name in self.cleaned_data
        }
        changes = []
        for name, value in now.items():
            if name not in based_on or based_on[name] == value:
                continue
            if name in submitted and submitted[name] == value:
                continue  # the person sends what is stored now (e.g. a double click)
            changes.append(
                Change(
                    field=name,
                    label=str(self.fields[name].label or name) if name in self.fields else name,
                    old=self.shown(name, based_on[name]),
                    new=self.shown(name, value),
                )
            )
        return changes

    def _set_version(self, version: str) -> None:
        """The form is shown again based on what is stored now: saving again overwrites it."""
        data = self.data.copy()
        data[self.add_prefix(FIELD)] = version
        self.data = data

    # Showing a stored value ---------------------------------------------------------------------

    def shown(self, name: str, value) -> str:
        empty = str(gettext_lazy("(tomt)"))
        if value is None or value == [] or value == "":
            return empty
        field = self.fields.get(name)
        if isinstance(field, forms.ModelMultipleChoiceField):
            objects = field.queryset.model._default_manager.filter(pk__in=value)
            return ", ".join(sorted(str(o) for o in objects)) or empty
        if isinstance(field, forms.ModelChoiceField):
            found = field.queryset.model._default_manager.filter(pk=value).first()
            return str(found) if found is not None else str(value)
        if isinstance(field, forms.BooleanField):
            return _("Ja") if value else _("Nej")
        choices = getattr(field, "choices", None) or getattr(field.widget, "choices", None)
        if choices:  # a choice field, or a number chosen from a list (risk 1–4)
            labels = {str(key): label for key, label in _flat_choices(choices)}
            values = value if isinstance(value, list) else [value]
            return ", ".join(str(labels.get(str(v), v)) for v in values)
        if isinstance(field, forms.DateTimeField):
            moment = timezone.localtime(datetime.datetime.fromisoformat(value))
            return formats.date_format(moment, "SHORT_DATETIME_FORMAT")
        if isinstance(field, forms.DateField):
            return formats.date_format(datetime.date.fromisoformat(value), "SHORT_DATE_FORMAT")
        if isinstance(field, forms.FileField):
            return str(value).rsplit("/", 1)[-1]
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return Truncator(str(value)).chars(SHOWN_CHARACTERS)


def _flat_choices(choices):
    for key, label in choices:
        if isinstance(label, list | tuple):
            yield from _flat_choices(label)
        else:
            yield key, label
