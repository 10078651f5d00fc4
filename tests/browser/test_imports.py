"""Taking the product into use in a real browser, with a real worker: the organisation from the
HR system (upload, diff, apply), an IdP group mapped to Chef on an imported unit, an invited
user; and a legacy deviation register mapped, checked, imported and found by its old number.
axe runs on every page; each new page is also pictured at phone and laptop width."""

from __future__ import annotations

import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from openpyxl import Workbook
from playwright.sync_api import Page, expect

from deviations.models import Deviation
from imports.models import ImportJob
from qms.models import Membership, OrganisationUnit, Role, User
from tests.browser.test_journeys import SCREENSHOTS, assert_no_axe_violations, log_in, main_nav

pytestmark = pytest.mark.browser

PHONE, LAPTOP = {"width": 390, "height": 844}, {"width": 1366, "height": 900}


def checked_page(page: Page, name: str) -> None:
    """axe on the page, then a full-page picture at phone and laptop width."""
    assert_no_axe_violations(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, size in (("phone", PHONE), ("laptop", LAPTOP)):
        page.set_viewport_size(size)
        page.screenshot(path=SCREENSHOTS / f"import-{name}-{label}.png", full_page=True)
    page.set_viewport_size(LAPTOP)


def hr_file(tmp_path: Path, manager_email: str) -> Path:
    """Socialförvaltningen as the HR system has it: Hemtjänst Söder renamed, a new LSS home
    with its manager, Daglig verksamhet gone."""
    rows = [
        ["Enhetskod", "Namn", "Överordnad", "Typ", "Chef"],
        ["soc", "Socialförvaltningen", "", "Förvaltning", ""],
        ["soc-ao", "Äldreomsorg", "soc", "Avdelning", ""],
        ["soc-solg", "Solgårdens särskilda boende", "soc-ao", "Enhet", ""],
        ["soc-htn", "Hemtjänst Norr", "soc-ao", "Enhet", ""],
        ["soc-hts", "Hemtjänst Syd", "soc-ao", "Enhet", ""],
        ["soc-ifo", "Individ- och familjeomsorg", "soc", "Avdelning", ""],
        ["soc-bu", "Barn och unga", "soc-ifo", "Enhet", ""],
        ["soc-fs", "Försörjningsstöd", "soc-ifo", "Enhet", ""],
        ["soc-fu", "Funktionsstöd", "soc", "Avdelning", ""],
        ["soc-bjork", "LSS-boendet Björken", "soc-fu", "Enhet", ""],
        ["soc-ekb", "LSS-boendet Ekbacken", "soc-fu", "Enhet", manager_email],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    path = tmp_path / "organisation-från-hr.csv"
    path.write_bytes(buffer.getvalue().encode("windows-1252"))
    return path


def test_coordinator_imports_the_organisation_maps_a_group_and_invites_a_user(
    page: Page, demo_organisation, celery_worker_process, tmp_path
) -> None:
    manager = User.objects.get(username="chef")
    log_in(page, "samordnare")
    main_nav(page).get_by_role("link", name="Import").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import")
    checked_page(page, "list")

    page.get_by_role("link", name="Importera organisationen").click()
    checked_page(page, "upload-organisation")
    # The wrong file first: refused on the form, in Swedish.
    wrong = tmp_path / "fel.csv"
    wrong.write_text("Avdelning;Telefon\nSoc;123\n", encoding="utf-8")
    page.locator("#id_file").set_input_files(wrong)
    page.get_by_role("button", name="Ladda upp och kontrollera").click()
    expect(page.get_by_role("alert")).to_contain_text("Filen saknar kolumnerna")
    assert_no_axe_violations(page)

    page.locator("#id_file").set_input_files(hr_file(tmp_path, manager.email))
    page.get_by_role("button", name="Ladda upp och kontrollera").click()
    # The worker checks the file; the page follows it and shows the diff.
    expect(page.get_by_role("heading", name="Det här ändras om filen importeras")).to_be_visible(
        timeout=30_000
    )
    changes = page.get_by_role("table", name="Ändringar per slag")
    expect(changes.get_by_role("row", name="Nya enheter 1")).to_be_visible()
    expect(changes.get_by_role("row", name="Byter namn 1")).to_be_visible()
    expect(changes.get_by_role("row", name="Inaktiveras 1")).to_be_visible()
    expect(changes.get_by_role("row", name="Får rollen Chef 1")).to_be_visible()
    created = page.get_by_role("region", name="Nya enheter (1)")
    expect(created).to_contain_text("LSS-boendet Ekbacken")
    expect(page.get_by_role("region", name="Byter namn (1)")).to_contain_text("Hemtjänst Syd")
    expect(page.get_by_role("region", name="Inaktiveras (1)")).to_contain_text("Daglig verksamhet")
    assert OrganisationUnit.objects.filter(code="soc-ekb").count() == 0  # nothing yet
    checked_page(page, "organisation-checked")

    page.get_by_role("button", name="Importera organisationen").click()
    expect(page.get_by_role("heading", name="Det här ändrades")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("status").filter(has_text="Importerad")).to_be_visible()
    checked_page(page, "organisation-applied")
    ekbacken = OrganisationUnit.objects.get(code="soc-ekb")
    assert Membership.objects.filter(user=manager, unit=ekbacken, role=Role.MANAGER).exists()
    assert not OrganisationUnit.objects.get(code="soc-dv").is_active
    # The check and the import ran in the worker process, not in the web request.
    assert "imports.tasks.check_import" in celery_worker_process.output()
    assert "imports.tasks.apply_import" in celery_worker_process.output()

    # An IdP group gives Chef on the imported unit (the sign-in helper's screen).
    page.goto("/inloggning/rollregler/")
    form = page.locator("form").filter(has=page.get_by_role("button", name="Spara regeln"))
    form.get_by_label("Grupp eller värde").fill("sg-ekbacken-chefer")
    unit_select = form.get_by_label("Enhet")
    option = unit_select.locator("option", has_text="LSS-boendet Ekbacken")
    unit_select.select_option(value=option.get_attribute("value"))
    form.get_by_label("Roll").select_option(label="Chef")
    form.get_by_role("button", name="Spara regeln").click()
    expect(page.get_by_role("table")).to_contain_text("sg-ekbacken-chefer")
    expect(page.get_by_role("table")).to_contain_text("LSS-boendet Ekbacken")
    assert_no_axe_violations(page)

    # A new colleague at the imported unit is invited (no password typed by anyone else).
    page.goto("/anvandare/ny/")
    page.get_by_label("Förnamn").fill("Elin")
    page.get_by_label("Efternamn").fill("Ekström")
    page.get_by_label("E-postadress").fill("elin.ekstrom@exempelkommun.se")
    unit_select = page.get_by_label("Enhet")
    option = unit_select.locator("option", has_text="LSS-boendet Ekbacken")
    unit_select.select_option(value=option.get_attribute("value"))
    page.get_by_label("Roll").select_option(label="Medarbetare")
    page.get_by_role("button", name="Skapa kontot och skicka inbjudan").click()
    expect(page.get_by_role("status")).to_contain_text("elin.ekstrom@exempelkommun.se")
    assert_no_axe_violations(page)
    elin = User.objects.get(email="elin.ekstrom@exempelkommun.se")
    assert elin.memberships.get().unit == ekbacken


def register_file(tmp_path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Löpnummer", "Händelsedatum", "Enhet", "Rubrik", "Beskrivning", "Läge"])
    sheet.append(
        [
            "GR-2019-17",
            datetime.datetime(2019, 4, 2, 14, 5),
            "soc-solg",
            "Fallolycka i matsalen",
            "Brukaren föll vid bordet.",
            "Klar",
        ]
    )
    sheet.append(
        [
            "GR-2019-18",
            datetime.datetime(2019, 4, 9),
            "Hemtjänst Norr",
            "Nyckel borttappad",
            "Nyckeln till brukarens dörr saknades.",
            "Vilande",
        ]
    )
    sheet.append(["GR-2019-19", "31/13/2019", "soc-solg", "Fel datum", "", "Klar"])
    path = tmp_path / "gamla-avvikelser.xlsx"
    workbook.save(path)
    return path


def test_coordinator_imports_a_legacy_register_and_finds_a_case_by_its_old_number(
    page: Page, demo_organisation, celery_worker_process, tmp_path
) -> None:
    log_in(page, "samordnare")
    page.goto("/import/")
    page.get_by_role("link", name="Importera avvikelseregister").click()
    page.get_by_label("Källa").fill("Gamla Excelregistret")
    page.locator("#id_file").set_input_files(register_file(tmp_path))
    checked_page(page, "upload-register")
    page.get_by_role("button", name="Ladda upp").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Koppla kolumner")
    # The columns are guessed from their names; the status words are offered for mapping.
    expect(page.get_by_label("Tidigare nummer")).to_have_value("Löpnummer")
    expect(page.get_by_label("Inträffade")).to_have_value("Händelsedatum")
    page.get_by_label("Status", exact=True).select_option("Läge")
    checked_page(page, "mapping")
    page.get_by_role("button", name="Spara och kontrollera filen").click()

    # "Vilande" is not a status here: the check says so for its row.
    problems = page.get_by_role("table", name="Fel och varningar per rad")
    expect(problems).to_contain_text("Okänd status ”Vilande”", timeout=30_000)
    expect(problems).to_contain_text("”31/13/2019” är inte ett datum")
    checked_page(page, "register-checked")
    page.get_by_role("link", name="Ändra kolumnkopplingen").click()
    page.get_by_label("Vilande").select_option(label="Under utredning")
    page.get_by_role("button", name="Spara och kontrollera filen").click()
    expect(page.get_by_role("button", name="Importera 2 rader")).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Importera 2 rader").click()
    expect(page.get_by_role("heading", name="Resultat")).to_be_visible(timeout=30_000)
    checked_page(page, "register-applied")

    job = ImportJob.objects.get(kind=ImportJob.Kind.DEVIATIONS)
    assert job.result["imported"] == 2
    if job.problems.exists():
        page.goto(f"/import/{job.pk}/fel/")
        checked_page(page, "problems")

    # The deviation list's search finds the case by its old number.
    main_nav(page).get_by_role("link", name="Avvikelser").click()
    page.get_by_label("Sök i rubrik och beskrivning").fill("gr-2019-17")
    page.get_by_label("Sök i rubrik och beskrivning").press("Enter")
    results = page.locator("#results")
    expect(results.get_by_role("heading", level=2)).to_have_text("1 avvikelse")
    results.get_by_role("link", name=re.compile(r"^AV-2019-")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Fallolycka i matsalen")
    expect(page.locator(".facts")).to_contain_text("GR-2019-17")
    expect(page.get_by_text("Avvikelsen importerades från ett tidigare register")).to_be_visible()
    assert_no_axe_violations(page)
    case = Deviation.objects.get(previous_number="GR-2019-18")
    assert case.status == Deviation.Status.INVESTIGATING
