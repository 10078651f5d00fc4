"""Legacy deviation and action registers: mapping, the dry run's errors per row, the set-wise
import, numbers, history, search and re-imports."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pghistory.models import Events

from deviations import services as deviation_services
from deviations import statistics
from deviations.filters import DeviationFilter
from deviations.models import Action, CaseCounter, Deviation
from deviations.timeline import timeline_for
from imports import legacy, services
from imports.models import ColumnMapping, ImportJob, LegacyRecord
from qms.models import Notification, Role
from tests.deviations.builders import make_category
from tests.factories import make_tree, make_user
from tests.imports.helpers import csv_file, xlsx_file

Status = ImportJob.Status
HEADER = ["Nr", "Datum", "Enhet", "Rubrik", "Beskrivning", "Status", "Kategori", "Rapporterad av"]
COLUMNS = {
    "external_id": "Nr",
    "occurred_at": "Datum",
    "unit": "Enhet",
    "title": "Rubrik",
    "description": "Beskrivning",
    "status": "Status",
    "category": "Kategori",
    "reported_by": "Rapporterad av",
}


@pytest.fixture
def setup(db):
    tree = make_tree()
    coordinator = make_user(tree.kommun, Role.COORDINATOR)
    staff = make_user(tree.solgarden, Role.STAFF, email="anna.staff@example.se")
    chef = make_user(tree.solgarden, Role.MANAGER, email="chef@example.se")
    make_category("Fall", parent=make_category("Vård och omsorg"))
    make_category("Läkemedel", parent=make_category("Vård och omsorg"), is_sensitive=True)
    return tree, coordinator, staff, chef


def register_rows() -> list[list]:
    return [
        HEADER,
        [
            "A-1",
            "2023-03-04 10:15",
            "t-solg",
            "Fall i badrummet",
            "Brukaren halkade.",
            "Avslutad",
            "Fall",
            "anna.staff@example.se",
        ],
        [
            "A-2",
            "2023-05-01",
            "Hemtjänsten",
            "Fel dos",
            "Fel dos gavs.",
            "Pågår",
            "Vård och omsorg › Läkemedel",
            "Gammal Anställd",
        ],
        ["A-3", "31/12/2022", "t-solg", "", "Ingen rubrik", "Ny", "", ""],
        ["A-4", "igår", "t-solg", "Datum fel", "", "Ny", "", ""],
        ["A-5", "2024-01-10", "t-okand", "Okänd enhet", "", "Ny", "", ""],
        ["A-6", "2024-02-10", "t-bost", "Utanför", "", "Ny", "", ""],
        ["A-7", "2024-02-11", "t-solg", "Konstig status", "", "Parkerad", "", ""],
        ["A-8", "2024-02-12", "t-solg", "Okänd kategori", "", "Ny", "Finns inte", ""],
        [],
        ["A-9", "2024-02-13", "t-solg", '=HYPERLINK("http://x","Klicka")', "", "Ny", "", ""],
    ]


def mapped(
    upload,
    by,
    kind=ImportJob.Kind.DEVIATIONS,
    columns=COLUMNS,
    source="Gamla registret",
    status_values=None,
) -> ImportJob:
    job = services.start_import(by=by, kind=kind, upload=upload)
    assert job.status == Status.MAPPING
    services.save_mapping(
        job,
        by=by,
        columns=columns,
        status_values=status_values or {},
        default_status="closed",
        source=source,
    )
    return job


def checked(job: ImportJob) -> ImportJob:
    services.run_check(job.pk)
    job.refresh_from_db()
    return job


def imported(job: ImportJob, by) -> ImportJob:
    services.request_apply(job, by=by)
    services.run_apply(job.pk)
    job.refresh_from_db()
    return job


def test_upload_guesses_the_columns_and_shows_each_columns_values(setup):
    _tree, coordinator, *_ = setup
    job = services.start_import(
        by=coordinator, kind=ImportJob.Kind.DEVIATIONS, upload=csv_file(register_rows())
    )
    assert job.mapping["fields"] == {
        "external_id": "Nr",
        "title": "Rubrik",
        "description": "Beskrivning",
        "occurred_at": "Datum",
        "unit": "Enhet",
        "status": "Status",
        "category": "Kategori",
        "reported_by": "Rapporterad av",
    }
    assert job.mapping["values"]["Status"] == ["Avslutad", "Pågår", "Ny", "Parkerad"]


def test_dry_run_lists_every_row_that_would_fail_and_why(setup):
    _tree, coordinator, *_ = setup
    job = checked(mapped(csv_file(register_rows()), coordinator))

    assert job.status == Status.CHECKED, job.error
    errors = {p.row: p.message for p in job.problems.filter(is_warning=False)}
    assert errors == {
        4: "Rubrik saknas.",
        5: "”igår” är inte ett datum (skriv till exempel 2024-03-31)",
        6: "Okänd enhet ”t-okand”.",
        7: "Du är inte kvalitetssamordnare för enheten ”t-bost”.",
        8: "Okänd status ”Parkerad”; koppla den till en status i steget Kolumner.",
        9: "Okänd kategori ”Finns inte”.",
    }
    (warning,) = job.problems.filter(is_warning=True)
    assert warning.row == 3 and "Gammal Anställd" in warning.message
    assert job.summary["rows"] == 9  # the empty line is not a row
    assert job.summary["to_import"] == 3
    assert job.summary["errors"] == 6
    assert job.summary["status_values"]["Parkerad"] is None
    assert job.summary["status_values"]["Avslutad"] == "closed"
    assert not Deviation.objects.exists()


def test_import_creates_the_cases_with_new_numbers_old_numbers_and_mapped_statuses(setup):
    tree, coordinator, staff, _chef = setup
    job = checked(mapped(csv_file(register_rows()), coordinator))
    notifications = Notification.objects.count()

    job = imported(job, coordinator)

    assert job.status == Status.APPLIED, job.error
    assert job.result["imported"] == job.summary["to_import"] == 3
    fall = Deviation.objects.get(previous_number="A-1")
    assert fall.number == "AV-2023-00001"
    assert fall.organisation == tree.kommun
    assert fall.unit == tree.solgarden
    assert fall.status == Deviation.Status.CLOSED
    assert fall.closed_at == fall.created_at
    assert fall.reported_by == staff
    assert timezone.localtime(fall.occurred_at).replace(tzinfo=None) == datetime.datetime(
        2023, 3, 4, 10, 15
    )
    assert fall.category.name == "Fall"
    dose = Deviation.objects.get(previous_number="A-2")
    assert dose.number == "AV-2023-00002"
    assert dose.unit == tree.homecare  # found by its name
    assert dose.status == Deviation.Status.ACTING
    assert dose.is_confidential  # a sensitive category
    assert dose.reported_by == coordinator
    assert "Rapporterad av (enligt tidigare register): Gammal Anställd" in dose.description
    formula = Deviation.objects.get(previous_number="A-9")
    assert formula.title == '=HYPERLINK("http://x","Klicka")'  # CSV text stays text
    assert CaseCounter.objects.get(organisation=tree.kommun, year=2023).last_number == 2
    assert CaseCounter.objects.get(organisation=tree.kommun, year=2024).last_number == 1
    assert Notification.objects.count() == notifications  # old cases notify nobody
    assert LegacyRecord.objects.filter(source="Gamla registret").count() == 3


def test_an_import_makes_the_cached_dashboards_stale(setup, django_capture_on_commit_callbacks):
    _tree, coordinator, *_ = setup
    job = checked(mapped(csv_file(register_rows()), coordinator))
    before = statistics.generation()
    with django_capture_on_commit_callbacks(execute=True):
        job = imported(job, coordinator)
    assert job.status == Status.APPLIED
    assert statistics.generation() > before  # set-wise inserts send no save() signals


def test_imported_case_is_marked_as_imported_in_its_history(setup):
    _tree, coordinator, *_ = setup
    imported(checked(mapped(csv_file(register_rows()), coordinator)), coordinator)

    first = timeline_for(Deviation.objects.get(previous_number="A-1"))[0]
    assert first.kind == "imported"
    assert first.text == "Avvikelsen importerades från ett tidigare register"
    assert first.details == ["Källa: Gamla registret", "Tidigare nummer: A-1"]
    assert first.who == coordinator
    # The insert event is the full row, like the trigger writes it: later changes diff against it.
    case = Deviation.objects.get(previous_number="A-1")
    (event,) = Events.objects.tracks(case)
    assert event.pgh_label == "insert"
    assert event.pgh_data["title"] == "Fall i badrummet"
    assert event.pgh_data["number"] == case.number
    Deviation.objects.filter(pk=case.pk).update(title="Fall i duschen")
    changed = Events.objects.tracks(case).order_by("-pgh_id").first()
    assert changed.pgh_diff == {"title": ["Fall i badrummet", "Fall i duschen"]}


def test_importing_the_same_file_again_creates_no_duplicates(setup):
    _tree, coordinator, *_ = setup
    imported(checked(mapped(csv_file(register_rows()), coordinator)), coordinator)

    again = checked(mapped(csv_file(register_rows()), coordinator))

    assert again.summary["to_import"] == 0
    assert again.summary["already_imported"] == 3
    assert Deviation.objects.count() == 3
    # A fixed row comes in on its own the next time; the others are still not doubled.
    rows = register_rows()
    rows[3][3] = "Rubrik i efterhand"
    fixed = imported(checked(mapped(csv_file(rows), coordinator)), coordinator)
    assert fixed.result == {"imported": 1, "already_imported": 3}
    assert Deviation.objects.count() == 4


def test_the_deviation_list_finds_an_imported_case_by_its_old_number(setup):
    _tree, coordinator, *_ = setup
    imported(checked(mapped(csv_file(register_rows()), coordinator)), coordinator)

    found = DeviationFilter(
        QueryDict("q=a-1"), Deviation.objects.visible_to(coordinator), user=coordinator
    ).qs
    assert [d.previous_number for d in found] == ["A-1"]


def test_numbers_continue_the_series_and_reporting_continues_after_them(setup):
    tree, coordinator, staff, _chef = setup
    this_year = timezone.localdate().year
    CaseCounter.objects.create(organisation=tree.kommun, series="AV", year=2023, last_number=41)
    CaseCounter.objects.create(organisation=tree.kommun, series="AV", year=this_year, last_number=7)
    rows = [
        *register_rows()[:3],
        ["C-1", timezone.localdate().isoformat(), "t-solg", "I år", "", "Ny", "", ""],
    ]
    imported(checked(mapped(csv_file(rows), coordinator)), coordinator)

    assert Deviation.objects.get(previous_number="A-1").number == "AV-2023-00042"
    assert Deviation.objects.get(previous_number="A-2").number == "AV-2023-00043"
    assert Deviation.objects.get(previous_number="C-1").number == f"AV-{this_year}-00008"
    new = deviation_services.report_deviation(
        by=staff,
        unit=tree.solgarden,
        title="Ny",
        description="Ny",
        occurred_at=timezone.now(),
    )
    assert new.number == f"AV-{this_year}-00009"


def test_apply_is_a_few_statements_whatever_the_number_of_rows(setup):
    _tree, coordinator, *_ = setup

    def queries_to_import(count: int, source: str) -> int:
        rows = [HEADER] + [
            [f"B-{n}", "2024-01-01", "t-solg", f"Rad {n}", "", "Avslutad", "", ""]
            for n in range(count)
        ]
        job = checked(mapped(csv_file(rows), coordinator, source=source))
        services.request_apply(job, by=coordinator)
        with CaptureQueriesContext(connection) as queries:
            services.run_apply(job.pk)
        job.refresh_from_db()
        assert job.result["imported"] == count
        return len(queries)

    assert queries_to_import(5, "Källa 1") == queries_to_import(300, "Källa 2")


def test_the_mapping_is_remembered_for_the_next_file_with_the_same_columns(setup):
    _tree, coordinator, *_ = setup
    mapped(csv_file(register_rows()), coordinator, status_values={"Parkerad": "reported"})
    assert ColumnMapping.objects.count() == 1

    other = register_rows()[:2]
    job = services.start_import(
        by=coordinator, kind=ImportJob.Kind.DEVIATIONS, upload=csv_file(other, name="maj.csv")
    )
    assert job.mapping["fields"] == COLUMNS
    assert job.mapping["status_values"] == {"Parkerad": "reported"}
    assert job.source == "Gamla registret"


def test_a_mapped_status_word_is_used(setup):
    _tree, coordinator, *_ = setup
    job = checked(
        mapped(csv_file(register_rows()), coordinator, status_values={"Parkerad": "reported"})
    )
    assert 8 not in {p.row for p in job.problems.all()}
    imported(job, coordinator)
    assert Deviation.objects.get(previous_number="A-7").status == Deviation.Status.REPORTED


def test_excel_register_reads_dates_and_refuses_formulas_in_mapped_columns(setup):
    _tree, coordinator, *_ = setup
    upload = xlsx_file(
        [
            ["Nr", "Datum", "Enhet", "Rubrik", "Dagar öppen"],
            ["X-1", datetime.datetime(2022, 6, 1, 8, 30), "t-solg", "Från Excel", None],
            ["X-2", datetime.date(2022, 6, 2), "t-solg", None, None],
        ],
        formulas={(2, 5): "=TODAY()-B2", (3, 4): '=CONCAT("a","b")'},
    )
    columns = {"external_id": "Nr", "occurred_at": "Datum", "unit": "Enhet", "title": "Rubrik"}
    job = checked(mapped(upload, coordinator, columns=columns))

    # A formula in a column nobody imports does not matter; in a mapped one it is an error.
    (problem,) = job.problems.all()
    assert problem.row == 3 and problem.column == "Rubrik" and "formel" in problem.message
    imported(job, coordinator)
    case = Deviation.objects.get(previous_number="X-1")
    assert timezone.localtime(case.occurred_at).hour == 8
    assert case.status == Deviation.Status.CLOSED  # the default status chosen in the mapping


def test_windows_1252_register_reads_swedish_letters(setup):
    _tree, coordinator, *_ = setup
    rows = [HEADER, ["Å-1", "2024-03-01", "Hemtjänsten", "Äldre föll", "Ö", "Ny", "", ""]]
    job = checked(mapped(csv_file(rows, encoding="windows-1252"), coordinator))
    assert job.encoding == "windows-1252"
    imported(job, coordinator)
    assert Deviation.objects.get(previous_number="Å-1").title == "Äldre föll"


def test_action_register_links_actions_to_imported_deviations(setup):
    _tree, coordinator, _staff, chef = setup
    imported(checked(mapped(csv_file(register_rows()), coordinator)), coordinator)
    rows = [
        ["Åtgärdsnr", "Åtgärd", "Enhet", "Ansvarig", "Klart senast", "Status", "Avvikelse"],
        ["Å-1", "Halkskydd i badrum", "t-solg", "chef@example.se", "2023-04-01", "Klar", "A-1"],
        ["Å-2", "Utbildning", "t-solg", "chef@example.se", "2023-06-01", "Pågår", "A-2"],
        ["Å-3", "Okänd ägare", "t-solg", "ingen@example.se", "2023-06-01", "Pågår", ""],
        ["Å-4", "Okänd avvikelse", "t-solg", "chef@example.se", "2023-06-01", "Pågår", "A-99"],
    ]
    columns = {
        "external_id": "Åtgärdsnr",
        "title": "Åtgärd",
        "unit": "Enhet",
        "owner": "Ansvarig",
        "due_date": "Klart senast",
        "status": "Status",
        "deviation": "Avvikelse",
    }
    job = checked(mapped(csv_file(rows), coordinator, kind=ImportJob.Kind.ACTIONS, columns=columns))

    errors = {p.row: p.message for p in job.problems.all()}
    assert errors == {
        4: "”ingen@example.se” finns inte som användare.",
        5: "Avvikelsen ”A-99” finns inte (eller syns inte för dig).",
    }
    assert job.summary["to_import"] == 2
    job = imported(job, coordinator)
    assert job.result["imported"] == 2
    fall = Deviation.objects.get(previous_number="A-1")
    (action,) = Action.objects.for_object(fall)
    assert action.status == Action.Status.DONE and action.owner == chef
    assert action.previous_number == "Å-1"
    dose_action = Action.objects.get(previous_number="Å-2")
    assert dose_action.is_confidential  # like its (sensitive) deviation


def test_apply_refuses_when_the_rows_changed_since_the_check(setup):
    tree, coordinator, *_ = setup
    job = checked(mapped(csv_file(register_rows()), coordinator))
    tree.homecare.delete()  # Hemtjänsten is gone: row 3 would now fail

    job = imported(job, coordinator)

    assert job.status == Status.FAILED
    assert "har ändrats sedan filen kontrollerades" in job.error
    assert not Deviation.objects.exists()


def test_progress_is_written_between_batches_while_the_rows_are_checked(setup, monkeypatch):
    _tree, coordinator, *_ = setup
    monkeypatch.setattr(legacy, "PROGRESS_EVERY", 2)
    seen = []
    real = services._progress

    def recording(job):
        write = real(job)

        def report(done):
            write(done)  # an UPDATE on the same connection as the COPY of the rows
            seen.append(done)

        return report

    monkeypatch.setattr(services, "_progress", recording)
    rows = [HEADER] + [
        [f"P-{n}", "2024-01-01", "t-solg", f"Rad {n}", "", "Avslutad", "", ""] for n in range(7)
    ]
    job = checked(mapped(csv_file(rows), coordinator))

    assert seen == [2, 4, 6, 7]
    assert job.summary["to_import"] == 7
    assert job.rows_done == 7


def test_the_import_uses_the_checked_rows_and_reads_the_file_again_if_they_are_gone(setup):
    _tree, coordinator, *_ = setup
    job = checked(mapped(csv_file(register_rows()), coordinator))
    assert legacy.stage_exists(job)  # kept from the check for the import

    legacy.drop_stage(job)  # as after a database crash (the stage is an unlogged table)
    job = imported(job, coordinator)

    assert job.result["imported"] == 3
    assert not legacy.stage_exists(job)
    assert Deviation.objects.count() == 3
