"""Exports of the deviation list: files, permissions, and large exports through a real worker."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from deviations.exports import run_export
from deviations.models import ConfidentialRead, Deviation, Export
from qms.models import Role
from tests.conftest import broker_down, login, wait_for
from tests.deviations.builders import People, make_deviation, make_deviations, make_people
from tests.factories import Tree, make_user

EXPORT = reverse("deviations:export")
HEADER = [
    "Ärendenummer",
    "Rapporterad",
    "Inträffade",
    "Enhet",
    "Kategori",
    "Allvarlighet",
    "Status",
    "Rubrik",
    "Beskrivning",
    "Sekretess",
    "Utredare",
    "Avslutad",
]


@pytest.fixture
def people(tree: Tree) -> People:
    return make_people(tree)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def worker_env(worker_env, media):
    worker_env["MEDIA_ROOT"] = str(media)  # the worker writes where this test reads
    return worker_env


def csv_rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff")), delimiter=";"))


def xlsx_rows(content: bytes) -> list[list]:
    sheet = load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def export_csv(client, user, **params) -> list[list[str]]:
    login(client, user)
    response = client.get(EXPORT, {"format": "csv", **params})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert re.match(
        r'attachment; filename="avvikelser-\d{4}-\d\d-\d\d\.csv"', response["Content-Disposition"]
    )
    return csv_rows(response)


def numbers_in(rows: list[list]) -> set[str]:
    return {row[0] for row in rows[1:]}


# Small exports, straight into the response -------------------------------------------------


@pytest.mark.django_db
def test_csv_export_has_a_header_and_one_row_per_visible_deviation(client, tree, people):
    deviation = make_deviation(
        tree.solgarden,
        people.staff,
        title="Fel läkemedel",
        description="Fel dos gavs",
        probability=3,
        consequence=4,
        investigator=people.chef,
    )
    rows = export_csv(client, people.chef)
    assert rows[0] == HEADER
    assert len(rows) == 2
    row = dict(zip(HEADER, rows[1], strict=True))
    assert row["Ärendenummer"] == deviation.number
    assert row["Enhet"] == "Solgården"
    assert row["Allvarlighet"] == "Kritisk"
    assert row["Status"] == "Rapporterad"
    assert row["Rubrik"] == "Fel läkemedel" and row["Beskrivning"] == "Fel dos gavs"
    assert row["Utredare"] == str(people.chef)
    assert row["Sekretess"] == "" and row["Avslutad"] == ""
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", row["Rapporterad"])


@pytest.mark.django_db
def test_csv_cells_that_start_like_a_formula_are_made_text(client, tree, people):
    for title in ('=HYPERLINK("http://x")', "+46 70", "-1", "@SUM(A1)", "Vanlig rubrik"):
        make_deviation(tree.solgarden, people.staff, title=title, description="=1+1")
    rows = export_csv(client, people.chef)
    titles = {dict(zip(HEADER, row, strict=True))["Rubrik"] for row in rows[1:]}
    assert titles == {'\'=HYPERLINK("http://x")', "'+46 70", "'-1", "'@SUM(A1)", "Vanlig rubrik"}
    assert {row[HEADER.index("Beskrivning")] for row in rows[1:]} == {"'=1+1"}


@pytest.mark.django_db
def test_xlsx_export_opens_and_keeps_formula_like_text_as_text(client, tree, people):
    make_deviations(tree.solgarden, people.staff, 3, title="=2+2")
    login(client, people.chef)
    response = client.get(EXPORT, {"format": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows()]
    assert [cell.value for cell in rows[0]] == HEADER
    assert len(rows) == 4
    title = rows[1][HEADER.index("Rubrik")]
    assert title.value == "=2+2" and title.data_type == "s"
    assert rows[1][HEADER.index("Rapporterad")].is_date


@pytest.mark.django_db
def test_export_carries_the_list_filters(client, tree, people):
    acting = make_deviations(tree.solgarden, people.staff, 2, status=Deviation.Status.ACTING)
    make_deviations(tree.solgarden, people.staff, 3)
    rows = export_csv(client, people.chef, status="acting")
    assert numbers_in(rows) == {d.number for d in acting}
    rows = export_csv(client, people.chef, q="inget-som-finns")
    assert rows == [HEADER]


@pytest.mark.django_db
def test_export_with_a_bad_filter_or_format_goes_back_to_the_list_with_a_message(
    client, tree, people
):
    make_deviation(tree.solgarden, people.staff)
    login(client, people.chef)
    for params in ({"format": "csv", "fran": "igår"}, {"format": "pdf"}):
        response = client.get(EXPORT, params, follow=True)
        assert response.redirect_chain[0][0].startswith(reverse("deviations:list"))
        assert "Exporten kunde inte göras med det filtret" in response.content.decode()


# Who gets what ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_export_holds_only_what_the_user_may_see(client, tree, people):
    plain = make_deviation(tree.solgarden, people.staff)
    secret = make_deviation(tree.solgarden, people.staff, is_confidential=True)
    school = make_deviation(tree.school, people.other_staff)

    assert numbers_in(export_csv(client, people.other_staff)) == {school.number}
    assert numbers_in(export_csv(client, people.sibling_chef)) == set()
    assert numbers_in(export_csv(client, people.chef)) == {plain.number}
    assert numbers_in(export_csv(client, people.chef, sekretess="ja")) == set()
    assert numbers_in(export_csv(client, people.coordinator)) == {plain.number, school.number}

    for user in (people.staff, people.sensitive_chef):
        rows = export_csv(client, user, enhet=tree.solgarden.pk)
        assert numbers_in(rows) == {plain.number, secret.number}
        marked = {row[0] for row in rows[1:] if row[HEADER.index("Sekretess")] == "Sekretess"}
        assert marked == {secret.number}
    # Exporting a confidential case is a read of it, and is logged like one.
    readers = set(ConfidentialRead.objects.filter(deviation=secret).values_list("user", "what"))
    assert readers == {(people.staff.pk, "export"), (people.sensitive_chef.pk, "export")}


@pytest.mark.django_db
def test_exports_are_never_kept_in_a_cache(client, tree, people, settings, tmp_path):
    """An export may hold confidential cases: neither the direct download nor a finished job's
    file may be kept by a shared browser or proxy cache."""
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path

    make_deviation(tree.solgarden, people.staff, title="Fel läkemedel")
    login(client, people.chef)
    direct = client.get(EXPORT, {"format": "csv"})
    assert direct["Cache-Control"] == "private, no-store"
    job = Export.objects.create(requested_by=people.chef, format="csv", status="done")
    job.file.save("avvikelser.csv", ContentFile(b"Arendenummer\r\n"))
    download = client.get(reverse("deviations:export_download", args=[job.pk]))
    assert download.status_code == 200
    assert download["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
def test_someone_elses_export_is_not_found(client, tree, people):
    job = Export.objects.create(requested_by=people.chef, format="csv", status="done")
    login(client, people.coordinator)
    assert client.get(reverse("deviations:export_detail", args=[job.pk])).status_code == 404
    assert client.get(reverse("deviations:export_download", args=[job.pk])).status_code == 404
    retry = client.post(EXPORT, {"retry": job.pk})
    assert retry.status_code == 404
    assert client.post(EXPORT, {"retry": "abc"}).status_code == 404


@pytest.mark.django_db
def test_anonymous_user_cannot_see_or_download_an_export(client, tree, people):
    job = Export.objects.create(requested_by=people.chef, format="csv")
    for name in ("export_detail", "export_download"):
        response = client.get(reverse(f"deviations:{name}", args=[job.pk]))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


# Large exports -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_large_export_asks_first_and_creates_nothing_on_get(client, tree, people, settings):
    settings.EXPORT_DIRECT_ROWS = 3
    make_deviations(tree.solgarden, people.staff, 4)
    login(client, people.chef)
    response = client.get(EXPORT, {"format": "xlsx", "status": "reported"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Starta exporten" in html and 'method="post"' in html
    assert 'name="query" value="status=reported"' in html
    assert not Export.objects.exists()


@pytest.mark.django_db
def test_export_progress_page_polls_until_done_and_then_links_the_file(client, tree, people, media):
    make_deviations(tree.solgarden, people.staff, 3)
    job = Export.objects.create(requested_by=people.chef, format="csv", query="")
    url = reverse("deviations:export_detail", args=[job.pk])
    login(client, people.chef)

    page = client.get(url).content.decode()
    assert "<html" in page and 'hx-trigger="every 2s"' in page
    fragment = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment and 'hx-trigger="every 2s"' in fragment
    assert client.get(reverse("deviations:export_download", args=[job.pk])).status_code == 404

    run_export(job.pk)

    fragment = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in fragment
    assert "Exporten är klar: 3 avvikelser." in fragment
    download = reverse("deviations:export_download", args=[job.pk])
    assert download in fragment
    response = client.get(download)
    assert response["Content-Disposition"].startswith("attachment;")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(body), delimiter=";"))) == 4


@pytest.mark.django_db
def test_running_an_export_twice_gives_one_file_with_the_same_rows(tree, people, media):
    make_deviations(tree.solgarden, people.staff, 5)
    job = Export.objects.create(requested_by=people.chef, format="xlsx", query="")
    run_export(job.pk)
    job.refresh_from_db()
    first_name, first_rows = job.file.name, xlsx_rows(job.file.read())
    job.file.close()
    run_export(job.pk)  # a duplicate delivery of a finished task: nothing changes
    job.refresh_from_db()
    assert job.file.name == first_name

    # A worker killed halfway leaves the row "running": the redelivered task starts over.
    Export.objects.filter(pk=job.pk).update(status=Export.Status.RUNNING, rows_done=2)
    run_export(job.pk)
    job.refresh_from_db()
    assert job.status == Export.Status.DONE and job.rows_done == job.rows_total == 5
    assert xlsx_rows(job.file.read()) == first_rows
    files = list((media / "exports").rglob("*.xlsx"))
    assert len(files) == 1


# Transactional: the warning is added when the export's transaction really commits.
@pytest.mark.django_db(transaction=True)
def test_export_is_kept_pending_and_the_user_told_when_the_broker_is_down(
    client, tree, people, settings
):
    settings.EXPORT_DIRECT_ROWS = 1
    make_deviations(tree.solgarden, people.staff, 2)
    login(client, people.chef)
    with broker_down():  # and back up afterwards: the next test's worker is reached again
        response = client.post(EXPORT, {"format": "csv", "query": ""}, follow=True)
    job = Export.objects.get()
    assert job.status == Export.Status.PENDING and job.requested_by == people.chef
    assert response.redirect_chain[-1][0] == job.get_absolute_url()
    html = response.content.decode()
    assert "kunde inte startas just nu" in html
    assert "Starta igen" in html


@pytest.mark.worker
def test_large_export_is_made_by_the_worker_for_the_requesting_user_only(
    client, celery_worker_process, tree, people, settings
):
    settings.EXPORT_DIRECT_ROWS = 5
    visible = make_deviations(tree.solgarden, people.staff, 12, status=Deviation.Status.ACTING)
    make_deviations(
        tree.solgarden, people.staff, 3, is_confidential=True, status=Deviation.Status.ACTING
    )
    make_deviations(tree.solgarden, people.staff, 4)  # filtered out by status
    make_deviations(tree.school, people.other_staff, 6, status=Deviation.Status.ACTING)

    login(client, people.chef)
    start = client.get(EXPORT, {"format": "xlsx", "status": "acting"})
    assert "Starta exporten" in start.content.decode()
    response = client.post(EXPORT, {"format": "xlsx", "query": "status=acting"})
    job = Export.objects.get()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()
    wait_for(
        lambda: Export.objects.get(pk=job.pk).status == Export.Status.DONE,
        timeout=60,
        message=lambda: f"export not done:\n{celery_worker_process.output()}",
    )

    job.refresh_from_db()
    assert job.rows_total == job.rows_done == 12 and job.file.name.startswith("exports/")
    response = client.get(reverse("deviations:export_download", args=[job.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="avvikelser-')
    rows = xlsx_rows(b"".join(response.streaming_content))
    assert rows[0] == HEADER
    assert numbers_in(rows) == {d.number for d in visible}
    assert {row[HEADER.index("Status")] for row in rows[1:]} == {"Åtgärder pågår"}

    others = (people.coordinator, people.sensitive_chef, make_user(tree.solgarden, Role.STAFF))
    for other in others:
        login(client, other)
        assert client.get(reverse("deviations:export_download", args=[job.pk])).status_code == 404
        assert client.get(job.get_absolute_url()).status_code == 404
