"""Who may see the review pages (django-rules). Single reviews are read through
`Review.objects.visible_to(user)`, and written only by the checks in reviews.services."""

from __future__ import annotations

import rules
from django.db import connection

from qms import rows
from qms.models import Role, User
from qms.permissions import is_admin, is_coordinator
from reviews.models import READER_ROLES, Participant, Review


@rules.predicate
def reads_reviews(user: User) -> bool:
    return user.is_authenticated and user.is_active and user.has_role(*READER_ROLES)


@rules.predicate
def takes_part_in_a_review(user: User) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    # Asked several times a request (the menu's two review entries, the pages): one query,
    # remembered on this request's user object. Most people take part in none, and the menu
    # asks on every page: chair or participant in one read, not two.
    cached = user.__dict__.get("_takes_part_in_a_review")
    if cached is None:
        cached = user.__dict__["_takes_part_in_a_review"] = _chairs_or_takes_part(user.pk)
    return cached


def _chairs_or_takes_part(user_id: int) -> bool:
    """Whether the person chairs or takes part in any review. One statement written out rather
    than built by the ORM: the menu asks on every page of everyone who reads no reviews (most
    staff), and building the query cost a millisecond of CPU, several times running it (issue
    12). Both columns are indexed (foreign keys)."""
    sql = (
        f"SELECT EXISTS (SELECT 1 FROM {rows.table(Review)}"
        f" WHERE {rows.column(Review, 'chair')} = %s)"
        f" OR EXISTS (SELECT 1 FROM {rows.table(Participant)}"
        f" WHERE {rows.column(Participant, 'user')} = %s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [user_id, user_id])
        return bool(cursor.fetchone()[0])


@rules.predicate
def is_board_member(user: User) -> bool:
    return user.is_authenticated and user.is_active and user.has_role(Role.BOARD)


view_reviews = is_admin | reads_reviews | takes_part_in_a_review

rules.add_perm("reviews.view_reviews", view_reviews)
rules.add_perm("reviews.view_objectives", is_admin | reads_reviews)
rules.add_perm("reviews.prepare_reviews", is_admin | is_coordinator)
rules.add_perm("reviews.view_reports", view_reviews | is_board_member)
rules.add_perm("reviews.view_quality_reports", is_admin | reads_reviews)
