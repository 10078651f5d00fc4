"""The header search's substring matches (icontains) outside the deviation list can use a
trigram index, so they do not read whole tables at scale. With sequential scans switched off,
PostgreSQL must name the index: a mismatch between the index expression and Django's SQL
(`UPPER(col::text) LIKE UPPER(…)`) leaves only a scan and fails the test."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.db.models import Q

from audits.models import Audit
from deviations.models import Action, Feedback, Suggestion


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "condition", "indexes"),
    [
        (Feedback, Q(text__icontains="halkade"), ["feedback_text_trgm_idx"]),
        (
            Suggestion,
            Q(title__icontains="halk") | Q(description__icontains="halk"),
            ["suggestion_title_trgm_idx", "suggestion_descr_trgm_idx"],
        ),
        (Action, Q(title__icontains="halkmatta"), ["action_title_trgm_idx"]),
        (
            Audit,
            Q(title__icontains="läkemedel") | Q(process__icontains="läkemedel"),
            ["audit_title_trgm_idx", "audit_process_trgm_idx"],
        ),
    ],
)
def test_substring_searches_outside_the_deviation_list_use_a_trigram_index(
    model, condition, indexes
):
    with transaction.atomic(), connection.cursor() as cursor:
        # A GIN index is read by a bitmap scan; with plain scans off, a bitmap scan of the
        # trigram index is the only way left that does not read the whole table or a whole
        # unrelated index (the tables are nearly empty in a test).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = model.objects.filter(condition).order_by().explain()
    for index in indexes:
        assert index in plan, plan
