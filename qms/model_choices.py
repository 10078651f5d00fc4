"""The options of a model choice field, read with one plain query.

Django's `ModelChoiceIterator` reads a field's options through `queryset.iterator()`, which on
PostgreSQL is a server-side cursor: DECLARE … WITH HOLD, FETCH and CLOSE, three round trips, and
outside a transaction PostgreSQL materialises the result to hold it past the commit. For the
few dozen categories or suppliers of a select that cost, per select, about 0.75 ms of the web
worker's CPU and 1.1 ms of time more than one plain query (measured at a million deviations,
issue 12); a list's filter and a case page render several such selects on every view.

The cursor saves memory only while the rows are read; the select renders every option anyway,
and the fields that could list thousands of rows are pickers (qms.pickers) that read at most
a hundred. So here the rows are read with one ordinary query, from a copy of the queryset (the
field's own queryset keeps no result cache, as with Django's). The exports and sweeps that
stream large tables keep their server-side cursors: they call `iterator()` themselves.

Installed for every model choice field (forms, django-filter, the admin) by `install()`, from
QmsConfig.ready(); django-filter's iterator adds its "null" option on top of this one."""

from __future__ import annotations

from django.forms.models import ModelChoiceIterator


def _iterate_in_one_query(self):
    if self.field.empty_label is not None:
        yield ("", self.field.empty_label)
    for obj in self.queryset.all():
        yield self.choice(obj)


def install() -> None:
    ModelChoiceIterator.__iter__ = _iterate_in_one_query
