"""Pickers: drop-downs that stay small however many units and people there are.

A kommunkoncern has thousands of units and people. A `<select>` of all of them is hundreds of
kilobytes of HTML that takes seconds to render and nobody can use. A picker renders at most
`PICKER_OPTIONS` options (those a field prefers: the top of the tree, the people of the case's
unit) and the selected one, and a search box beside it: with htmx, typing fetches the matching
options from `/val/<name>/` into the select. Without JavaScript the select still works with
the options it shows.

The field's queryset stays what it was, so validation accepts exactly the same choices. The
search asks the same queryset: each picker is registered under a name with a function that
builds it for a request (usually by building the form or filter set that owns the field), so a
search can never offer what the form would refuse, nor show what the user may not see.
"""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils.choices import BaseChoiceIterator
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from qms.form_renderer import included
from qms.names import user_label

PICKER_OPTIONS = 100
SEARCH_RESULTS = 50

# name → function(request, params) returning (queryset, field) for the search endpoint.
Source = Callable[[HttpRequest, dict[str, str]], forms.ModelChoiceField]
_SOURCES: dict[str, Source] = {}


def register(name: str) -> Callable[[Source], Source]:
    """Register the function that returns a picker's field (with its queryset) for a request."""

    def decorator(source: Source) -> Source:
        _SOURCES[name] = source
        return source

    return decorator


def field_for(name: str, request: HttpRequest, params: dict[str, str]) -> forms.ModelChoiceField:
    source = _SOURCES.get(name)
    if source is None:
        raise Http404
    return source(request, params)


class PickerSelect(forms.Select):
    """A select of a bounded number of options, with a search box that loads matches."""

    template_name = "qms/widgets/picker_select.html"

    def __init__(self, *args, picker: str = "", params: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.picker = picker
        self.params = params or {}

    def __deepcopy__(self, memo):
        copy = super().__deepcopy__(memo)
        copy.params = dict(self.params)
        return copy

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.picker:
            query = {**self.params, "falt": name}
            context["widget"]["search_url"] = (
                f"{reverse('qms:picker', args=[self.picker])}?{urlencode(query)}"
            )
        context["widget"]["truncated"] = getattr(self, "_truncated", False)
        context["widget"]["select"] = mark_safe(  # escaped in qms.form_renderer
            included("django/forms/widgets/select.html", context["widget"])
        )
        return context

    def optgroups(self, name, value, attrs=None):
        iterator = self.choices
        field = getattr(iterator, "field", None)
        if not isinstance(field, PickerMixin):
            return super().optgroups(name, value, attrs)
        if not self.picker:  # no search to reach the rest: every option
            return super().optgroups(name, value, attrs)
        shown = field.bounded_choices([v for v in value if v not in ("", None)])
        self._truncated = shown.truncated
        self.choices = _Listed(shown.choices)
        try:
            return super().optgroups(name, value, attrs)
        finally:
            self.choices = iterator


def first_then(queryset: QuerySet, first: Q | None, *order: str) -> QuerySet:
    """`queryset` with the rows matching `first` (if given) before the others, each in `order`."""
    if first is None:
        return queryset.order_by(*order)
    return queryset.annotate(
        picker_first=Case(When(first, then=Value(0)), default=Value(1), output_field=IntegerField())
    ).order_by("picker_first", *order)


class Shown:
    def __init__(self, choices: list, truncated: bool):
        self.choices = choices
        self.truncated = truncated


class _Listed(BaseChoiceIterator):
    """Choices that are already (value, label) pairs. Django normalises every list of choices a
    widget is given, one call per option; an iterator of its own kind it takes as it is."""

    def __init__(self, choices: list):
        self.choices = choices

    def __iter__(self):
        return iter(self.choices)


class Row:
    """One option read as plain values (the pk and the field's `label_fields`), not as a model
    object: Django builds a model object of deferred fields for each row, and for the hundred
    options of a picker that was about a millisecond of the page (issue 12). It has the
    attributes the label, the order and the search label read."""

    def __init__(self, values: dict):
        self.__dict__.update(values)


class PickerMixin:
    """A ModelChoiceField that renders a bounded number of its choices (see module doc)."""

    widget = PickerSelect
    limit = PICKER_OPTIONS
    # The fields the options need (label, order, search label); the options are read as rows
    # of these values alone (`Row`). A person has some thirty columns and the page needs three:
    # reading and building a hundred whole rows was most of a case page's picker time (issue
    # 12). Without them, whole model objects.
    label_fields: tuple[str, ...] = ()

    def read(self, queryset: QuerySet) -> list:
        """The options of `queryset` (sliced or not): rows of what they show."""
        if not self.label_fields:
            return list(queryset)
        return [Row(values) for values in queryset.values("pk", *self.label_fields)]

    def preferred(self, queryset: QuerySet) -> QuerySet:
        """The queryset in the order its first options are chosen from."""
        return queryset

    def display_order(self, objects: list) -> list:
        return objects

    def search(self, queryset: QuerySet, text: str) -> QuerySet:
        raise NotImplementedError

    def candidates(self, count: int) -> list:
        """The first `count` options in the order of `preferred`."""
        return self.read(self.preferred(self.queryset)[:count])

    def share_options(self, other: PickerMixin) -> None:
        """Let `other`, a field of the same queryset shown on the same page, show the options
        this one reads: one read for both instead of one each (the action register's owner
        filter and its bulk form's new owner, the same people). The caller answers for the two
        querysets being the same; each field still validates against its own."""
        other._options_read = self.__dict__.setdefault("_options_read", {})

    def first_options(self, count: int) -> list:
        """`candidates(count)`, read once however many fields share them (share_options)."""
        shared = self.__dict__.get("_options_read")
        if shared is None:
            return self.candidates(count)
        if count not in shared:
            shared[count] = self.candidates(count)
        return list(shared[count])

    def bounded_choices(self, selected: list) -> Shown:
        queryset = self.queryset
        objects = self.first_options(self.limit + 1)
        truncated = len(objects) > self.limit
        objects = objects[: self.limit]
        have = {str(obj.pk) for obj in objects}
        wanted = [pk for pk in selected if str(pk) not in have and str(pk).isdigit()]
        if wanted:
            objects += self.read(queryset.filter(pk__in=wanted))
        choices = [("", self.empty_label)] if self.empty_label is not None else []
        choices += [(obj.pk, self.label_from_instance(obj)) for obj in self.display_order(objects)]
        return Shown(choices, truncated)

    def search_choices(self, text: str, selected: str = "") -> list[tuple]:
        """The options for a search: the selected one, then up to SEARCH_RESULTS matches."""
        text = text.strip()
        if not text:
            return self.bounded_choices([selected] if selected else []).choices
        matches = self.read(self.search(self.queryset, text)[:SEARCH_RESULTS])
        if selected.isdigit() and all(str(obj.pk) != selected for obj in matches):
            matches = self.read(self.queryset.filter(pk=selected)) + matches
        choices = [("", self.empty_label)] if self.empty_label is not None else []
        return choices + [(obj.pk, self.search_label(obj)) for obj in matches]

    def search_label(self, obj) -> str:
        return self.label_from_instance(obj)


class UnitPickerField(PickerMixin, forms.ModelChoiceField):
    """Units, indented by their depth; the shallowest levels of the tree are shown first."""

    label_fields = ("depth", "name", "path", "code")

    def label_from_instance(self, unit) -> str:
        return "\u00a0\u00a0" * (unit.depth - 1) + unit.name

    def preferred(self, queryset: QuerySet) -> QuerySet:
        return queryset.order_by("depth", "path")

    def display_order(self, objects: list) -> list:
        return sorted(objects, key=lambda unit: unit.path)

    def search(self, queryset: QuerySet, text: str) -> QuerySet:
        return queryset.filter(Q(name__icontains=text) | Q(code__iexact=text)).order_by(
            "depth", "name"
        )

    def search_label(self, unit) -> str:
        return f"{unit.name} ({unit.code})"


class PersonPickerField(PickerMixin, forms.ModelChoiceField):
    """People by name; `first` (a Q) puts some of them (the case's unit) first."""

    def __init__(self, *args, first: Q | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.first = first

    ORDER = ("last_name", "first_name", "username")
    label_fields = ORDER  # str(user): the full name, else the username

    def preferred(self, queryset: QuerySet) -> QuerySet:
        return first_then(queryset, self.first, *self.ORDER)

    def candidates(self, count: int) -> list:
        """As `preferred`, in two reads that each stop at `count`: the first ones, then the
        others in name order (an index walk; one ordered read would sort everybody first)."""
        queryset = self.queryset
        if self.first is None:
            return self.read(queryset.order_by(*self.ORDER)[:count])
        people = self.read(queryset.filter(self.first).order_by(*self.ORDER)[:count])
        if len(people) < count:
            others = queryset.exclude(self.first).order_by(*self.ORDER)
            people += self.read(others[: count - len(people)])
        return people

    def display_order(self, objects: list) -> list:
        return objects

    def search(self, queryset: QuerySet, text: str) -> QuerySet:
        words = text.split()
        for word in words[:4]:
            queryset = queryset.filter(
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(username__icontains=word)
                | Q(email__icontains=word)
            )
        return queryset.order_by("last_name", "first_name", "username")

    def label_from_instance(self, user) -> str:
        """str(user), of a person or of a row of their names."""
        return user_label(user.first_name, user.last_name, user.username)

    def search_label(self, user) -> str:
        return f"{self.label_from_instance(user)} ({user.username})"


SEARCH_LABEL = _("Sök i listan")
