"""The filters of the deviation list and the action register.

Both start from the user's permission-scoped queryset; the worker that makes a large export
applies the same filter set for the same user, so an export holds exactly what the list shows.
"""

from __future__ import annotations

import datetime
import json

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchVectorExact
from django.db import connection
from django.db.models import BooleanField, F, Func, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from deviations.forms import CategoryChoiceField, possible_owners
from deviations.models import Action, Category, Deviation, Severity, subtree_ids
from deviations.pagination import Ordering, bounded_count
from deviations.search import deviation_number_q
from qms.forms import DateField
from qms.models import OrganisationUnit, User
from qms.pickers import PersonPickerField, UnitPickerField

NOT_ASSESSED = "ej-bedomd"
# A search with at most this many matches in the whole register is looked up by id.
SEARCH_FEW = 2000
# Words that PostgreSQL expects in more than this share of the cases (and more than SEARCH_FEW)
# are tested row by row, not looked up in the text index (see DeviationFilter.search).
COMMON_SHARE = 0.03


class TextMatchTested(Func):
    """`(search @@ query) IS TRUE`: the same rows as `search @@ query`, but no index matches
    it, so PostgreSQL tests it on the rows it reads for the rest of the query. It still
    estimates how many rows match from the column's statistics (an IS TRUE of a condition is
    estimated as the condition), so it chooses between the date index and the scope's
    indexes as well as for the plain match."""

    template = "(%(expressions)s) IS TRUE"
    output_field = BooleanField()

    def __init__(self, vector, query, **extra):
        super().__init__(SearchVectorExact(vector, query), **extra)


def expected_matches(text: SearchQuery) -> tuple[float, bool]:
    """How many cases PostgreSQL expects the words in, and whether that is more than
    COMMON_SHARE of all cases: from the column's statistics, the estimates of two EXPLAINs
    (nothing is read)."""
    matches = estimated_rows(Deviation.objects.filter(search=text).values("pk"))
    common = COMMON_SHARE * estimated_rows(Deviation.objects.all())
    return matches, matches > max(SEARCH_FEW, common)


# No word of any language: PostgreSQL has no statistics of it, as of any word outside the
# column's most common ones, and estimates it as it estimates every such word.
UNKNOWN_WORD = "qxzjvwqkx"


def unknown_word_matches() -> float:
    """What PostgreSQL expects for a word it has no statistics of: half the frequency of the
    rarest word it has them of, however rare the word is (4,500 at a million cases, where
    "legionella" is in none and "kontinuitet" in one)."""
    unknown = SearchQuery(UNKNOWN_WORD, config="swedish", search_type="websearch")
    return estimated_rows(Deviation.objects.filter(search=unknown).values("pk"))


def estimated_rows(queryset: QuerySet) -> float:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        (plan,) = cursor.fetchone()
    return (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"]


class UnitChoiceField(UnitPickerField):
    """Units indented by their depth in the tree, so the hierarchy shows in a plain select (a
    picker: with a picker name, the top of the tree and a search; qms.pickers)."""


class CategoryFilter(django_filters.ModelChoiceFilter):
    field_class = CategoryChoiceField


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField


class PersonFilter(django_filters.ModelChoiceFilter):
    field_class = PersonPickerField


class RangedDateFilter(django_filters.DateFilter):
    """A date in the range every date field of the project accepts (qms.forms.DateField)."""

    field_class = DateField


def start_of_day(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def unit_filter() -> UnitFilter:
    """A unit and everything below it; the choices are set per user (ScopedFilterSet)."""
    return UnitFilter(
        label=_("Enhet (med underliggande)"),
        queryset=OrganisationUnit.objects.none(),
        method="in_unit",
        empty_label=_("Alla enheter"),
    )


class PeriodForm(forms.Form):
    """Refuses a period that ends before it starts (rather than silently showing nothing)."""

    period_fields = ("fran", "till")

    def clean(self):
        cleaned = super().clean()
        start, end = (cleaned.get(name) for name in self.period_fields)
        if start and end and start > end:
            self.add_error(self.period_fields[1], _("Slutdatumet är före startdatumet."))
        return cleaned


class ScopedFilterSet(django_filters.FilterSet):
    """A filter set for one user: its choices come from what the user may see."""

    # Filter name → the name its picker's search is registered under (deviations.pickers).
    pickers: dict[str, str] = {}

    def __init__(self, data, queryset: QuerySet, *, user: User):
        super().__init__(data, queryset)
        self.user = user
        self.filters["enhet"].queryset = OrganisationUnit.objects.visible_to(user)

    @property
    def form(self):
        form = super().form
        for name, picker in self.pickers.items():
            form.fields[name].widget.picker = picker
        return form

    @property
    def qs(self) -> QuerySet:
        # A bad value (an edited URL, an old bookmark) shows its message and no rows, never
        # everything: the same set feeds exports, which must not widen silently.
        if self.is_bound and not self.is_valid():
            return self.queryset.none()
        return super().qs

    # Choices that only order the rows, never narrow them: not counted as active filters.
    NOT_FILTERS = frozenset({"q", "sortering"})
    # Set by a filter whose rows are cheaper to count in the list's order (DeviationFilter.search).
    count_in_order = False

    def bounded_count(self) -> int:
        """The list's rows, counted no further than the list's limit (qms.pagination)."""
        rows = self.qs  # applies the filters, which may set count_in_order
        return bounded_count(rows, order=self.ordering.order_by() if self.count_in_order else ())

    @property
    def active_count(self) -> int:
        """How many filters narrow the list now (shown on the button that folds them)."""
        if not self.is_bound:
            return 0
        return sum(
            1
            for name in self.filters
            if name not in self.NOT_FILTERS and any(v.strip() for v in self.data.getlist(name))
        )

    def in_unit(self, queryset: QuerySet, name: str, unit: OrganisationUnit) -> QuerySet:
        return queryset.filter(unit_id__any=subtree_ids(unit))


class DeviationFilter(ScopedFilterSet):
    pickers = {"enhet": "avvikelser-enhet"}
    SORTS = {
        "nyast": Ordering("created_at", descending=True),
        "aldst": Ordering("created_at", descending=False),
        "intraffad": Ordering("occurred_at", descending=True),
        "intraffad-aldst": Ordering("occurred_at", descending=False),
    }
    DEFAULT_SORT = "nyast"

    q = django_filters.CharFilter(
        label=_("Sök i rubrik och beskrivning"),
        method="search",
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    enhet = unit_filter()
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Deviation.Status.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,  # a plain IN on the row itself: DISTINCT would only cost
    )
    kategori = CategoryFilter(
        label=_("Kategori"),
        queryset=Category.objects.select_related("parent").order_by("parent__name", "name"),
        method="in_category",
        empty_label=_("Alla kategorier"),
    )
    allvarlighet = django_filters.ChoiceFilter(
        label=_("Allvarlighetsgrad"),
        choices=[*Severity.choices, (NOT_ASSESSED, _("Ej bedömd"))],
        method="with_severity",
        empty_label=_("Alla"),
    )
    fran = RangedDateFilter(
        label=_("Inträffade från och med"),
        method="occurred_from",
    )
    till = RangedDateFilter(
        label=_("Inträffade till och med"),
        method="occurred_until",
    )
    sekretess = django_filters.ChoiceFilter(
        label=_("Sekretessmarkering"),
        choices=[("ja", _("Bara sekretessmarkerade")), ("nej", _("Bara utan sekretess"))],
        method="confidential",
        empty_label=_("Alla"),
    )
    forsenade = django_filters.BooleanFilter(
        label=_("Bara med försenade åtgärder"),
        method="with_overdue_actions",
        widget=forms.CheckboxInput,
    )
    mina = django_filters.ChoiceFilter(
        label=_("Mina ärenden"),
        choices=[
            ("rapporterade", _("Som jag har rapporterat")),
            ("tilldelade", _("Som jag utreder")),
        ],
        method="mine",
        empty_label=_("Alla jag får se"),
    )
    sortering = django_filters.ChoiceFilter(
        label=_("Sortering"),
        choices=[
            ("nyast", _("Senast rapporterade först")),
            ("aldst", _("Först rapporterade först")),
            ("intraffad", _("Senast inträffade först")),
            ("intraffad-aldst", _("Först inträffade först")),
        ],
        method="keep",
        empty_label=None,
    )

    class Meta:
        model = Deviation
        fields: list[str] = []
        form = PeriodForm

    @property
    def ordering(self) -> Ordering:
        sort = self.form.cleaned_data.get("sortering") if self.is_valid() else None
        return self.SORTS[sort or self.DEFAULT_SORT]

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if not value.strip():
            return queryset
        # The stored `search` column is to_tsvector('swedish', title || description), GIN-indexed;
        # a case is also found by its number (AV-2026-00129, 00129, 129) and an imported one by
        # its old number (an index on upper(previous_number)).
        text = SearchQuery(value, config="swedish", search_type="websearch")
        by_number = deviation_number_q(value)
        # A common word (one case in nine says "läkemedel"): the text index's answer is a
        # bitmap of every match, 100,000 at a million cases, built anew for the page, its count
        # and any lookup (25 ms each). Each row of the user's scope is tested instead: a
        # coordinator's page is among the first rows of the date index, a chef's among the few
        # hundred cases of her units.
        expected, common = expected_matches(text)
        if common:
            # Counted in the page's order as well: the count then reads on from the rows the
            # page has just read (in PostgreSQL's shared buffers), where a sequential scan
            # from the table's start reads through its own small ring of buffers, from the
            # operating system's cache, every time (a coordinator's 1,001 matches: 12 → 7 ms).
            # Only here: for the other filters counting in that order costs more (a unit
            # filter 1.4 → 5.1 ms, overdue actions 0.5 → 1.7 ms, at a million cases).
            self.count_in_order = True
            return queryset.filter(Q(TextMatchTested(F("search"), text)) | by_number)
        # A rare word: PostgreSQL would walk the list's date index looking for it and read a
        # million rows to find none. Ask the text index first (no order: a bitmap scan that
        # stops at the limit); when it finds few, the page is those rows by id; otherwise
        # PostgreSQL chooses between the text index and the date index.
        matches = Q(search=text) | by_number
        if expected > SEARCH_FEW and expected > 2 * unknown_word_matches():
            # Neither common nor rare ("dörr": 19,000 cases at a million, 17,000 expected):
            # the lookup of the first matches by id would find more than SEARCH_FEW and be
            # thrown away, after reading 2,001 of them (8 ms alone, 30-50 ms in the load
            # test, a sixth of its searches: pg_stat_statements, issue 12). Only for a word
            # PostgreSQL has statistics of: any other is expected at the same few thousand
            # (a rare word too: without its lookup, a coordinator's page walked the whole
            # date index looking for "legionella", 1-2.6 s).
            return queryset.filter(matches)
        few = list(
            Deviation.objects.filter(matches)
            .order_by()
            .values_list("pk", flat=True)[: SEARCH_FEW + 1]
        )
        if len(few) <= SEARCH_FEW:
            return queryset.filter(pk__any=few)
        return queryset.filter(matches)

    def in_category(self, queryset: QuerySet, name: str, category: Category) -> QuerySet:
        family = Category.objects.filter(Q(pk=category.pk) | Q(parent=category.pk))
        return queryset.filter(category__in=family.values("pk"))

    def with_severity(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == NOT_ASSESSED:
            return queryset.filter(risk_score__isnull=True)
        return queryset.with_severity(value)

    def occurred_from(self, queryset: QuerySet, name: str, day: datetime.date) -> QuerySet:
        return queryset.filter(occurred_at__gte=start_of_day(day))

    def occurred_until(self, queryset: QuerySet, name: str, day: datetime.date) -> QuerySet:
        return queryset.filter(occurred_at__lt=start_of_day(day + datetime.timedelta(days=1)))

    def confidential(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(is_confidential=value == "ja")

    def with_overdue_actions(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.with_overdue_actions(timezone.localdate()) if value else queryset

    def mine(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == "rapporterade":
            return queryset.filter(reported_by=self.user)
        return queryset.filter(investigator=self.user)

    def keep(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset  # the sort is applied by the pagination


class ActionFilter(ScopedFilterSet):
    ordering = Ordering("due_date", descending=False)
    pickers = {"enhet": "atgarder-enhet", "ansvarig": "atgarder-ansvarig"}

    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Action.Status.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,
    )
    typ = django_filters.ChoiceFilter(
        field_name="kind", label=_("Typ"), choices=Action.Kind.choices, empty_label=_("Alla")
    )
    enhet = unit_filter()
    ansvarig = PersonFilter(
        field_name="owner",
        label=_("Ansvarig"),
        queryset=User.objects.none(),
        empty_label=_("Alla"),
    )
    forsenade = django_filters.BooleanFilter(
        label=_("Bara försenade"), method="overdue", widget=forms.CheckboxInput
    )
    fran = RangedDateFilter(
        field_name="due_date",
        lookup_expr="gte",
        label=_("Klart senast, från och med"),
    )
    till = RangedDateFilter(
        field_name="due_date",
        lookup_expr="lte",
        label=_("Klart senast, till och med"),
    )

    class Meta:
        model = Action
        fields: list[str] = []
        form = PeriodForm

    def __init__(self, data, queryset: QuerySet, *, user: User):
        super().__init__(data, queryset, user=user)
        # The bulk form's new owner offers the same people (views.lists.action_list).
        self.filters["ansvarig"].queryset = possible_owners(user)

    def overdue(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.overdue(timezone.localdate()) if value else queryset


class DashboardFilterForm(forms.Form):
    """The statistics dashboard's one filter: a unit subtree among those the user can see."""

    enhet = UnitChoiceField(
        label=_("Enhet (med underliggande)"),
        queryset=OrganisationUnit.objects.none(),
        required=False,
        empty_label=_("Alla enheter jag ser"),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enhet"].queryset = OrganisationUnit.objects.visible_to(user)
        self.fields["enhet"].widget.picker = "statistik-enhet"
