"""Case numbers never repeat, even when many people report at the same moment."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from deviations import services
from deviations.models import Deviation
from deviations.numbering import next_number
from qms.models import Role
from tests.factories import make_tree, make_user

REPORTERS = 12


@pytest.mark.django_db(transaction=True)
def test_parallel_reports_get_unique_consecutive_numbers():
    tree = make_tree()
    people = [make_user(tree.solgarden, Role.STAFF) for _ in range(REPORTERS)]
    start = threading.Barrier(REPORTERS)
    errors: list[BaseException] = []

    def file_report(person) -> None:
        try:
            start.wait()
            with transaction.atomic():
                services.report_deviation(
                    by=person,
                    unit=tree.solgarden,
                    title="Samtidig rapport",
                    description="Många rapporterar på en gång.",
                    occurred_at=timezone.now(),
                )
                # Hold the transaction open a moment so the others really overlap with it.
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_sleep(0.05)")
        except BaseException as error:  # reported below, in the main thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=file_report, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    year = timezone.localdate().year
    numbers = sorted(Deviation.objects.values_list("number", flat=True))
    assert numbers == [f"AV-{year}-{n:05d}" for n in range(1, REPORTERS + 1)]


@pytest.mark.django_db
def test_numbers_are_per_organisation_and_year():
    tree = make_tree()
    with transaction.atomic():
        assert next_number("AV", tree.kommun, 2026) == "AV-2026-00001"
        assert next_number("AV", tree.kommun, 2026) == "AV-2026-00002"
        assert next_number("AV", tree.company, 2026) == "AV-2026-00001"
        assert next_number("AV", tree.kommun, 2027) == "AV-2027-00001"


@pytest.mark.django_db
def test_a_rolled_back_report_does_not_burn_a_number():
    tree = make_tree()
    with pytest.raises(RuntimeError), transaction.atomic():
        next_number("AV", tree.kommun, 2026)
        raise RuntimeError
    with transaction.atomic():
        assert next_number("AV", tree.kommun, 2026) == "AV-2026-00001"
