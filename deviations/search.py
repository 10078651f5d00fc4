"""What the deviations app offers the header search (qms.search): deviations, synpunkter,
suggestions and actions, each from its `visible_to(user)` queryset, as the lists show them."""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from deviations.feedback_services import FEEDBACK_SERIES
from deviations.models import Action, Deviation, Feedback, Suggestion
from deviations.numbering import numbers_matching
from deviations.services import DEVIATION_SERIES
from deviations.suggestion_services import SUGGESTION_SERIES
from qms.search import Hit, search_source

# A number query matches at most one case per organisation and year.
NUMBER_HITS = 20


def deviation_number_q(query: str) -> Q:
    """Deviations the query names by number: AV-2026-00129, 2026-00129, 00129, 129, or an
    imported case's old number (shared with the deviation list's search)."""
    # The old-number index is partial, on numbers that are not empty: the condition says so too,
    # or PostgreSQL cannot use it, and an OR with the text search would read the whole table.
    condition = Q(previous_number__iexact=query.strip()) & ~Q(previous_number="")
    by_number = numbers_matching(DEVIATION_SERIES, query)
    return condition | by_number if by_number is not None else condition


def _deviation_hit(deviation: Deviation) -> Hit:
    return Hit(
        deviation.number,
        deviation.title,
        deviation.get_absolute_url(),
        deviation.get_status_display(),
    )


def deviations_by_number(user, query: str) -> list[Hit]:
    found = Deviation.objects.visible_to(user).filter(deviation_number_q(query))
    return [_deviation_hit(d) for d in found.order_by("-created_at")[:NUMBER_HITS]]


def deviations_by_text(user, query: str, limit: int) -> list[Hit]:
    found = Deviation.objects.visible_to(user).filter(
        search=SearchQuery(query, config="swedish", search_type="websearch")
    )
    return [_deviation_hit(d) for d in found.order_by("-created_at", "-id")[:limit]]


def _feedback_hit(feedback: Feedback) -> Hit:
    title = f"{feedback.get_kind_display()}: {Truncator(feedback.text).words(12)}"
    return Hit(feedback.number, title, feedback.get_absolute_url(), feedback.get_status_display())


def feedback_by_number(user, query: str) -> list[Hit]:
    condition = numbers_matching(FEEDBACK_SERIES, query)
    if condition is None:
        return []
    found = Feedback.objects.visible_to(user).filter(condition).order_by("-created_at")
    return [_feedback_hit(f) for f in found[:NUMBER_HITS]]


def feedback_by_text(user, query: str, limit: int) -> list[Hit]:
    found = Feedback.objects.visible_to(user).filter(text__icontains=query)
    return [_feedback_hit(f) for f in found.order_by("-created_at", "-id")[:limit]]


def _suggestion_hit(suggestion: Suggestion) -> Hit:
    return Hit(
        suggestion.number,
        suggestion.title,
        suggestion.get_absolute_url(),
        suggestion.get_status_display(),
    )


def suggestions_by_number(user, query: str) -> list[Hit]:
    condition = numbers_matching(SUGGESTION_SERIES, query)
    if condition is None:
        return []
    found = Suggestion.objects.visible_to(user).filter(condition).order_by("-created_at")
    return [_suggestion_hit(s) for s in found[:NUMBER_HITS]]


def suggestions_by_text(user, query: str, limit: int) -> list[Hit]:
    found = Suggestion.objects.visible_to(user).filter(
        Q(title__icontains=query) | Q(description__icontains=query)
    )
    return [_suggestion_hit(s) for s in found.order_by("-created_at", "-id")[:limit]]


def _action_hit(action: Action) -> Hit:
    return Hit(
        action.previous_number, action.title, action.get_absolute_url(), action.get_status_display()
    )


def actions_by_number(user, query: str) -> list[Hit]:
    """Actions have no number of their own; an imported one keeps its old register's number."""
    found = Action.objects.visible_to(user).filter(previous_number__iexact=query.strip())
    return [_action_hit(a) for a in found.exclude(previous_number="")[:NUMBER_HITS]]


def actions_by_text(user, query: str, limit: int) -> list[Hit]:
    found = Action.objects.visible_to(user).filter(title__icontains=query)
    return [_action_hit(a) for a in found.order_by("-created_at", "-id")[:limit]]


search_source(_("Avvikelser"), order=10, by_number=deviations_by_number, by_text=deviations_by_text)
search_source(
    _("Synpunkter"),
    order=20,
    by_number=feedback_by_number,
    by_text=feedback_by_text,
)
search_source(
    _("Förbättringsförslag"),
    order=30,
    by_number=suggestions_by_number,
    by_text=suggestions_by_text,
)
search_source(_("Åtgärder"), order=40, by_number=actions_by_number, by_text=actions_by_text)
