"""Organisation import: the dry run's diff, the set-wise apply, re-runs, moves, managers and
bad files."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from pghistory.models import Events

from deviations.models import Deviation
from imports import organisation, services
from imports.models import ImportedManagerRole, ImportJob
from qms.models import Membership, OrganisationUnit, Role
from tests.deviations.builders import make_deviation
from tests.factories import make_tree, make_user
from tests.imports.helpers import (
    applied,
    assert_tree_consistent,
    changes_between,
    checked_organisation,
    organisation_file,
    tree_snapshot,
    xlsx_file,
)

Status = ImportJob.Status


@pytest.fixture
def tree(db):
    tree = make_tree()
    school_a = OrganisationUnit.objects.add_child(
        tree.school, {"name": "Skola A", "kind": "unit", "code": "t-skola-a"}
    )
    make_deviation(school_a, make_user(tree.school, Role.STAFF), title="Elev halkade")
    return tree


@pytest.fixture
def coordinator(tree):
    return make_user(tree.group, Role.COORDINATOR)


def hr_rows(manager: str = "") -> list[list]:
    """The kommun as the HR system has it: Äldreomsorg renamed, Hemtjänsten moved up to the
    förvaltning, a new LSS unit, and Skola A gone."""
    return [
        ["t-kommun", "Testkommun", "", "Kommun", ""],
        ["t-soc", "Socialförvaltningen", "t-kommun", "Förvaltning", ""],
        ["t-ao", "Äldreomsorgen", "t-soc", "Avdelning", ""],
        ["t-solg", "Solgården", "t-ao", "Enhet", manager],
        ["t-ht", "Hemtjänsten", "t-soc", "Enhet", ""],
        ["t-lss", "LSS-boendet Ekbacken", "t-soc", "Enhet", ""],
        ["t-skol", "Skolförvaltningen", "t-kommun", "Förvaltning", ""],
    ]


def test_dry_run_shows_what_would_change_and_changes_nothing(tree, coordinator):
    before = tree_snapshot()

    job = checked_organisation(organisation_file(hr_rows()), by=coordinator)

    assert job.status == Status.CHECKED
    summary = job.summary
    assert summary["counts"] == {
        "create": 1,
        "rename": 1,
        "kind": 0,
        "move": 1,
        "reactivate": 0,
        "deactivate": 1,
        "assign": 0,
        "unassign": 0,
    }
    assert summary["samples"]["create"] == [
        {
            "code": "t-lss",
            "name": "LSS-boendet Ekbacken",
            "parent": "Socialförvaltningen",
            "kind": "Enhet",
        }
    ]
    assert summary["samples"]["rename"] == [
        {"code": "t-ao", "old": "Äldreomsorg", "new": "Äldreomsorgen"}
    ]
    assert summary["samples"]["move"][0]["old"] == "Äldreomsorg"
    assert summary["samples"]["move"][0]["new"] == "Socialförvaltningen"
    # Skola A has a case: deactivated (never deleted), and the diff says it has cases.
    assert summary["samples"]["deactivate"] == [
        {"code": "t-skola-a", "name": "Skola A", "cases": 1}
    ]
    assert summary["errors"] == 0
    assert tree_snapshot() == before
    # The bolag lies outside the file's subtree: untouched.
    assert "t-bost" not in str(summary["samples"])


def test_apply_changes_exactly_what_the_dry_run_counted_and_keeps_the_tree_consistent(
    tree, coordinator
):
    job = checked_organisation(organisation_file(hr_rows()), by=coordinator)
    before = tree_snapshot()

    job = applied(job, by=coordinator)

    assert job.status == Status.APPLIED, job.error
    assert changes_between(before, tree_snapshot()) == job.summary["counts"]
    assert_tree_consistent()
    lss = OrganisationUnit.objects.get(code="t-lss")
    assert OrganisationUnit.objects.get_parent(lss).code == "t-soc"
    assert lss.is_active and lss.kind == "unit"
    school_a = OrganisationUnit.objects.get(code="t-skola-a")
    assert not school_a.is_active
    assert Deviation.objects.filter(unit=school_a).count() == 1
    # The moved unit's cases and roles moved with it: they hang on the row, not the path.
    hemtjansten = OrganisationUnit.objects.get(code="t-ht")
    assert hemtjansten.path.startswith(OrganisationUnit.objects.get(code="t-soc").path)
    assert hemtjansten.depth == 4
    # The file was deleted: it may name people.
    assert not job.file


def test_apply_records_who_changed_the_units_through_the_import(tree, coordinator):
    job = applied(
        checked_organisation(organisation_file(hr_rows()), by=coordinator), by=coordinator
    )

    renamed = OrganisationUnit.objects.get(code="t-ao")
    events = list(Events.objects.tracks(renamed).order_by("pgh_created_at"))
    last = events[-1]
    assert last.pgh_data["name"] == "Äldreomsorgen"
    assert last.pgh_context["import_job"] == job.pk
    assert last.pgh_context["user"] == coordinator.pk
    # Parking the paths of moved units (a technical step) leaves no event of its own.
    assert not any(e.pgh_data["path"].startswith("~") for e in events)


def test_running_the_same_file_again_changes_nothing(tree, coordinator):
    manager = make_user(email="Karin.Berg@Example.se")
    applied(
        checked_organisation(organisation_file(hr_rows("karin.berg@example.se")), by=coordinator),
        by=coordinator,
    )
    before = tree_snapshot()
    events = Events.objects.count()

    again = checked_organisation(
        organisation_file(hr_rows("karin.berg@example.se")), by=coordinator
    )
    assert set(again.summary["counts"].values()) == {0}
    assert again.summary["unchanged"] == 7
    again = applied(again, by=coordinator)

    assert again.status == Status.APPLIED
    assert tree_snapshot() == before
    assert Events.objects.count() == events
    assert manager.memberships.count() == 1
    assert_tree_consistent()


def test_moving_a_subtree_takes_every_unit_below_it_along(tree, coordinator):
    # Äldreomsorg with its two units moves from the social department to the bolag.
    rows = [
        ["t-koncern", "Testkoncernen", "", "Koncern", ""],
        ["t-kommun", "Testkommun", "t-koncern", "Kommun", ""],
        ["t-soc", "Socialförvaltningen", "t-kommun", "", ""],
        ["t-ao", "Äldreomsorg", "t-bost", "", ""],
        ["t-solg", "Solgården", "t-ao", "", ""],
        ["t-ht", "Hemtjänsten", "t-ao", "", ""],
        ["t-skol", "Skolförvaltningen", "t-kommun", "", ""],
        ["t-skola-a", "Skola A", "t-skol", "", ""],
        ["t-bost", "Bostadsbolaget", "t-koncern", "Kommunalt bolag", ""],
    ]
    job = checked_organisation(organisation_file(rows), by=coordinator)
    assert job.summary["counts"]["move"] == 1
    applied(job, by=coordinator)

    bolag = OrganisationUnit.objects.get(code="t-bost")
    moved = OrganisationUnit.objects.filter(path__startswith=bolag.path).exclude(pk=bolag.pk)
    assert sorted(moved.values_list("code", flat=True)) == ["t-ao", "t-ht", "t-solg"]
    assert OrganisationUnit.objects.get(code="t-solg").depth == 4
    assert OrganisationUnit.objects.get(code="t-soc").numchild == 0
    assert bolag.numchild == 1
    assert_tree_consistent()
    # A case of Solgården is now found in the bolag's subtree.
    solgarden = OrganisationUnit.objects.get(code="t-solg")
    make_deviation(solgarden, make_user(solgarden, Role.STAFF))
    assert Deviation.objects.in_subtree(bolag).count() == 1


def test_new_units_are_placed_under_the_chosen_unit_and_treebeard_can_add_beside_them(
    tree, coordinator
):
    rows = [["k-top", "Kultur och fritid", "", "Förvaltning", ""]] + [
        [f"k-{n:03}", f"Bibliotek {n:03}", "k-top", "Enhet", ""] for n in range(50)
    ]
    job = checked_organisation(organisation_file(rows), by=coordinator, place_under=tree.kommun)
    assert job.summary["counts"]["create"] == 51
    applied(job, by=coordinator)

    top = OrganisationUnit.objects.get(code="k-top")
    assert OrganisationUnit.objects.get_parent(top) == tree.kommun
    assert top.numchild == 50
    assert_tree_consistent()
    # Treebeard's own sorted insert still works in the imported tree.
    OrganisationUnit.objects.add_child(
        top, {"name": "Bibliotek 025b", "kind": "unit", "code": "k-x"}
    )
    assert_tree_consistent()


def test_a_deactivated_unit_named_again_is_reactivated(tree, coordinator):
    OrganisationUnit.objects.filter(code="t-skola-a").update(is_active=False)
    rows = [*hr_rows(), ["t-skola-a", "Skola A", "t-skol", "Enhet", ""]]

    job = applied(checked_organisation(organisation_file(rows), by=coordinator), by=coordinator)

    assert job.summary["counts"]["reactivate"] == 1
    assert job.summary["counts"]["deactivate"] == 0
    assert OrganisationUnit.objects.get(code="t-skola-a").is_active


def test_managers_get_the_chef_role_by_email_or_employee_number(tree, coordinator):
    karin = make_user(email="karin@example.se")
    per = make_user(employee_number="10042")
    rows = hr_rows("KARIN@example.se")
    rows[4][4] = "10042"  # Hemtjänsten

    job = checked_organisation(organisation_file(rows), by=coordinator)
    assert job.summary["counts"]["assign"] == 2
    applied(job, by=coordinator)

    assert Membership.objects.filter(user=karin, unit__code="t-solg", role=Role.MANAGER).exists()
    assert Membership.objects.filter(user=per, unit__code="t-ht", role=Role.MANAGER).exists()
    assert ImportedManagerRole.objects.count() == 2


def test_a_new_manager_replaces_the_one_the_import_gave_but_never_one_given_by_hand(
    tree, coordinator
):
    karin = make_user(email="karin@example.se")
    anna = make_user(email="anna@example.se")
    by_hand = make_user(tree.solgarden, Role.MANAGER)
    applied(
        checked_organisation(organisation_file(hr_rows("karin@example.se")), by=coordinator),
        by=coordinator,
    )

    job = checked_organisation(organisation_file(hr_rows("anna@example.se")), by=coordinator)
    assert job.summary["counts"]["assign"] == 1
    assert job.summary["counts"]["unassign"] == 1
    before = tree_snapshot()
    applied(job, by=coordinator)

    assert changes_between(before, tree_snapshot()) == job.summary["counts"]
    chefs = set(
        Membership.objects.filter(unit__code="t-solg", role=Role.MANAGER).values_list(
            "user", flat=True
        )
    )
    assert chefs == {anna.pk, by_hand.pk}
    assert not karin.memberships.exists()


def test_an_unknown_manager_is_a_warning_and_the_units_are_still_imported(tree, coordinator):
    job = checked_organisation(organisation_file(hr_rows("ingen@example.se")), by=coordinator)

    assert job.summary["errors"] == 0
    assert job.summary["warnings"] == 1
    warning = job.problems.get()
    assert warning.is_warning and warning.row == 5 and warning.column == "Chef"
    assert "ingen@example.se" in warning.message
    assert applied(job, by=coordinator).status == Status.APPLIED


def test_rows_with_errors_are_listed_and_the_file_cannot_be_applied(tree, coordinator):
    rows = [
        *hr_rows(),
        ["t-lss", "Dubblett", "t-soc", "Enhet", ""],  # the same code twice
        ["", "Utan kod", "t-soc", "", ""],
        ["t-x", "Okänd förälder", "t-finns-inte", "", ""],
        ["t-y", "Under Okänd", "t-x", "", ""],  # below a row with an error
        ["t-a", "Slinga A", "t-b", "", ""],
        ["t-b", "Slinga B", "t-a", "", ""],
        ["t-kod med mellanslag", "Fel kod", "t-soc", "", ""],
        ["t-z", "Fel typ", "t-soc", "Sektion", ""],
    ]
    job = checked_organisation(organisation_file(rows), by=coordinator)

    assert job.status == Status.CHECKED
    messages = {p.row: p.message for p in job.problems.all()}
    assert "finns redan på rad 7" in messages[9]
    assert messages[10] == "Enhetskod saknas."
    assert "”t-finns-inte” finns varken i filen" in messages[11]
    assert "”t-x” har fel i filen" in messages[12]
    assert "slinga" in messages[13] and "slinga" in messages[14]
    assert "går inte att använda" in messages[15]
    assert "Okänd typ ”Sektion”" in messages[16]
    assert job.summary["errors"] == 8
    before = tree_snapshot()
    with pytest.raises(ValidationError, match="Rätta felen"):
        services.request_apply(job, by=coordinator)
    assert tree_snapshot() == before


def test_apply_is_refused_when_the_tree_changed_since_the_dry_run(tree, coordinator):
    job = checked_organisation(organisation_file(hr_rows()), by=coordinator)
    OrganisationUnit.objects.filter(code="t-ao").update(name="Äldreomsorgen")  # done by hand
    before = tree_snapshot()

    job = applied(job, by=coordinator)

    assert job.status == Status.FAILED
    assert "har ändrats sedan filen kontrollerades" in job.error
    assert tree_snapshot() == before


def test_a_failure_halfway_through_the_apply_leaves_nothing_half_imported(
    tree, coordinator, monkeypatch
):
    karin = make_user(email="karin@example.se")
    job = checked_organisation(organisation_file(hr_rows("karin@example.se")), by=coordinator)
    before = tree_snapshot()

    def broken(plan, job):  # after the units were written, before the roles
        raise RuntimeError("database gone")

    monkeypatch.setattr(organisation, "_write_managers", broken)
    with pytest.raises(RuntimeError):
        applied(job, by=coordinator)

    job.refresh_from_db()
    assert job.status == Status.FAILED
    assert tree_snapshot() == before
    assert not OrganisationUnit.objects.filter(code="t-lss").exists()
    assert not karin.memberships.exists()


def test_windows_1252_and_utf8_files_read_the_same(tree, coordinator):
    rows = [["t-ny", "Äldreboendet Gökängen", "t-soc", "Enhet", ""]]
    for encoding in ("windows-1252", "utf-8", "utf-8-sig"):
        job = checked_organisation(organisation_file(rows, encoding=encoding), by=coordinator)
        assert job.summary["samples"]["create"][0]["name"] == "Äldreboendet Gökängen", encoding
        assert job.encoding == ("windows-1252" if encoding == "windows-1252" else "utf-8")


def test_comma_separated_file_with_empty_lines_and_english_headers_is_read(tree, coordinator):
    upload = SimpleUploadedFile(
        "org.csv",
        b"Unit code,Name,Parent code,Type,Manager\r\n\r\n"
        b"t-ny,Nya enheten,t-soc,unit,\r\n,,,,\r\n\r\n",
    )
    job = checked_organisation(upload, by=coordinator)

    assert job.summary["rows"] == 1
    assert job.summary["counts"]["create"] == 1


def test_excel_file_is_read_and_a_formula_is_an_error_never_a_value(tree, coordinator):
    upload = xlsx_file(
        [
            ["Enhetskod", "Namn", "Överordnad", "Typ"],
            ["t-ny", "Nya enheten", "t-soc", "Enhet"],
            ["t-ny2", None, "t-soc", "Enhet"],
        ],
        formulas={(3, 2): '=HYPERLINK("http://example.com","Klicka")'},
    )
    job = checked_organisation(upload, by=coordinator)

    assert job.summary["counts"]["create"] == 1
    (problem,) = job.problems.all()
    assert problem.row == 3
    assert "formel" in problem.message


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "org.pdf",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
            "inte en CSV- eller Excelfil",
        ),
        ("org.csv", b"\x89PNG\r\n\x1a\n" + bytes(200), "inte en CSV- eller Excelfil"),
        ("org.csv", b"Avdelning;Beskrivning\r\nA;B\r\n", "saknar kolumnerna Enhetskod, Namn och"),
        ("org.csv", b"Kod;Namn\r\nA;B\r\n", "saknar kolumnen \u00d6verordnad."),
        ("org.csv", b"", "tom"),
        ("org.xlsx", b"PK\x03\x04" + bytes(100), "inte"),
    ],
)
def test_a_file_that_is_not_an_organisation_file_is_refused_with_a_swedish_message(
    tree, coordinator, name, content, message
):
    with pytest.raises(ValidationError) as refused:
        services.start_import(
            by=coordinator,
            kind=ImportJob.Kind.ORGANISATION,
            upload=SimpleUploadedFile(name, content),
        )
    assert message in " ".join(refused.value.messages)
    assert not ImportJob.objects.exists()


def test_a_file_with_too_many_rows_is_refused(tree, coordinator, settings):
    settings.IMPORT_MAX_UNITS = 5
    with pytest.raises(ValidationError, match="fler än 5 rader"):
        services.start_import(
            by=coordinator,
            kind=ImportJob.Kind.ORGANISATION,
            upload=organisation_file(hr_rows()),
        )


def test_only_a_coordinator_over_the_group_or_an_admin_may_import_the_organisation(tree):
    from django.core.exceptions import PermissionDenied

    kommun_coordinator = make_user(tree.kommun, Role.COORDINATOR)
    with pytest.raises(PermissionDenied):
        services.start_import(
            by=kommun_coordinator,
            kind=ImportJob.Kind.ORGANISATION,
            upload=organisation_file(hr_rows()),
        )
    admin = make_user(tree.school, Role.ADMIN)
    assert checked_organisation(organisation_file(hr_rows()), by=admin).status == Status.CHECKED


def test_command_prints_the_diff_and_applies_only_when_asked(tree, tmp_path):
    path = tmp_path / "organisation.csv"
    path.write_bytes(organisation_file(hr_rows()).read())
    before = tree_snapshot()
    out = io.StringIO()

    call_command("import_organisation", str(path), stdout=out)

    assert "Nya enheter: 1" in out.getvalue()
    assert "t-lss LSS-boendet Ekbacken (Enhet under Socialförvaltningen)" in out.getvalue()
    assert "t-ao: Äldreomsorg → Äldreomsorgen" in out.getvalue()
    assert "t-skola-a Skola A (1 ärende)" in out.getvalue()
    assert "Inaktiveras: 1" in out.getvalue()
    assert "--apply" in out.getvalue()
    assert tree_snapshot() == before

    out = io.StringIO()
    call_command("import_organisation", str(path), "--apply", stdout=out)
    assert "Organisationen är importerad." in out.getvalue()
    assert changes_between(before, tree_snapshot())["create"] == 1
    assert_tree_consistent()


def test_command_refuses_a_file_with_errors(tree, tmp_path):
    path = tmp_path / "organisation.csv"
    path.write_bytes(organisation_file([["t-x", "X", "t-saknas", "", ""]]).read())
    with pytest.raises(CommandError, match="har fel"):
        call_command("import_organisation", str(path), "--apply", stdout=io.StringIO())
    assert not OrganisationUnit.objects.filter(code="t-x").exists()
