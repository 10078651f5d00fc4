"""Looking a person up by e-mail or username whatever its case (`__iexact`: signing in, SSO
and SCIM matching, the outbox recording which addresses are accounts) uses an index. Django
writes it as `UPPER(col::text) = UPPER(…)`, which the unique index on lower(email) cannot
serve: every such lookup read all users (8.6 ms at 6,220). With sequential scans switched
off, PostgreSQL must name the index; a mismatch between the index and Django's SQL fails."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.db.models import Q

from qms.models import User


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("condition", "indexes"),
    [
        (Q(email__iexact="Anna.Svensson@Exempel.se"), ["user_email_upper_idx"]),
        (Q(username__iexact="Anna.Svensson"), ["user_username_upper_idx"]),
        # qms.auth: the log-in name may be either.
        (
            Q(email__iexact="anna@exempel.se") | Q(username__iexact="anna@exempel.se"),
            ["user_email_upper_idx", "user_username_upper_idx"],
        ),
    ],
)
def test_case_insensitive_person_lookups_use_an_index(condition, indexes):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = User.objects.filter(condition).order_by().explain()
    for index in indexes:
        assert index in plan, plan


@pytest.mark.django_db
def test_the_outbox_finds_the_account_of_an_address_in_any_case():
    from django.core.mail import EmailMessage

    from qms import mail

    person = User.objects.create(username="anna", email="Anna.Svensson@exempel.se")
    row = mail.queue(EmailMessage(subject="Hej", body="…", to=["anna.svensson@EXEMPEL.se"]))
    assert row.recipient_users == [person.pk]
    assert row.external_recipients == 0
