"""The import pages: who may use them, upload, mapping, the report, and the buttons."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from imports import services
from imports.models import ImportJob, ImportProblem
from qms.models import OrganisationUnit, Role
from tests.conftest import login
from tests.factories import make_tree, make_user
from tests.imports.helpers import csv_file, organisation_file

Status = ImportJob.Status


@pytest.fixture
def people(db):
    tree = make_tree()
    return {
        "tree": tree,
        "group_coordinator": make_user(tree.group, Role.COORDINATOR),
        "coordinator": make_user(tree.kommun, Role.COORDINATOR),
        "other_coordinator": make_user(tree.company, Role.COORDINATOR),
        "staff": make_user(tree.solgarden, Role.STAFF),
    }


ORG_ROWS = [["t-ny", "Nya enheten", "t-soc", "Enhet", ""]]
REGISTER = [
    ["Nr", "Datum", "Enhet", "Rubrik", "Status"],
    ["A-1", "2024-01-02", "t-solg", "Fall", "Klar"],
    ["A-2", "2024-01-03", "t-finns-inte", "Fel", "Parkerad"],
]


def upload(client, kind: str, file, **data):
    return client.post(reverse("imports:create", args=[kind]), {"file": file, **data})


def test_import_pages_are_for_coordinators_and_admins_only(client, people):
    login(client, people["staff"])
    assert client.get(reverse("imports:list")).status_code == 403
    assert client.get(reverse("imports:create", args=["avvikelser"])).status_code == 403
    assert upload(client, "organisation", organisation_file(ORG_ROWS)).status_code == 403
    assert not ImportJob.objects.exists()
    client.logout()
    assert client.get(reverse("imports:list")).status_code == 302  # to the log-in page


def test_only_a_group_coordinator_is_offered_and_allowed_the_organisation_import(client, people):
    login(client, people["coordinator"])
    page = client.get(reverse("imports:list"))
    assert page.status_code == 200
    assert reverse("imports:create", args=["avvikelser"]) in page.text
    assert reverse("imports:create", args=["organisation"]) not in page.text
    assert client.get(reverse("imports:create", args=["organisation"])).status_code == 403

    login(client, people["group_coordinator"])
    page = client.get(reverse("imports:list"))
    assert reverse("imports:create", args=["organisation"]) in page.text
    assert "Import" in page.text  # the menu entry


def test_uploading_an_organisation_file_queues_its_check(
    client, people, django_capture_on_commit_callbacks
):
    login(client, people["group_coordinator"])
    with django_capture_on_commit_callbacks() as callbacks:
        response = upload(
            client,
            "organisation",
            organisation_file(ORG_ROWS),
            place_under=people["tree"].kommun.pk,
        )
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response.url == job.get_absolute_url()
    assert job.status == Status.CHECK_QUEUED
    assert job.place_under == people["tree"].kommun
    assert len(callbacks) == 1  # the task, sent after the commit

    page = client.get(job.get_absolute_url())
    assert "Filen kontrolleras" in page.text
    assert 'hx-trigger="every 2s"' in page.text


def test_a_bad_file_is_refused_on_the_form_with_a_swedish_message(client, people):
    login(client, people["group_coordinator"])
    bad = csv_file([["Avdelning", "Beskrivning"], ["A", "B"]])
    response = upload(client, "organisation", bad)
    assert response.status_code == 200
    assert "Filen saknar kolumnerna Enhetskod, Namn och Överordnad." in response.text
    assert not ImportJob.objects.exists()

    response = upload(client, "avvikelser", csv_file(REGISTER, name="x.pdf"), source="Gamla")
    # libmagic reads the content, not the name: a CSV named .pdf is still a CSV.
    assert response.status_code == 302
    response = client.post(
        reverse("imports:create", args=["avvikelser"]),
        {"file": csv_file([], name="tom.csv"), "source": "Behålls"},
    )
    assert "filen är tom." in response.text
    assert 'value="Behålls"' in response.text  # what was typed is kept


def test_register_upload_leads_to_the_mapping_and_saving_it_queues_the_check(client, people):
    login(client, people["coordinator"])
    response = upload(client, "avvikelser", csv_file(REGISTER), source="Excel 2020")
    job = ImportJob.objects.get()
    assert response.url == reverse("imports:mapping", args=[job.pk])

    page = client.get(response.url)
    assert page.status_code == 200
    assert "Koppla kolumner" in page.text
    assert "Parkerad" in page.text  # a status word of the file to map
    assert "I kolumnen nu, till exempel: A-1, A-2" in page.text

    data = {
        "source": "Excel 2020",
        "column_external_id": "Nr",
        "column_occurred_at": "Datum",
        "column_unit": "Enhet",
        "column_title": "",
        "column_status": "Status",
        "default_status": "closed",
    }
    missing = client.post(response.url, data)
    assert missing.status_code == 200
    assert "Rubrik" in missing.text and "field--error" in missing.text

    statuses = {f"status_{i}": "" for i in range(2)}
    saved = client.post(
        response.url, {**data, "column_title": "Rubrik", **statuses, "status_1": "reported"}
    )
    assert saved.status_code == 302
    job.refresh_from_db()
    assert job.status == Status.CHECK_QUEUED
    assert job.mapping["fields"]["title"] == "Rubrik"
    assert job.mapping["status_values"] == {"Parkerad": "reported"}


def test_the_report_shows_the_diff_and_the_apply_button_queues_the_import(client, people):
    coordinator = people["group_coordinator"]
    login(client, coordinator)
    upload(client, "organisation", organisation_file(ORG_ROWS))
    job = ImportJob.objects.get()
    services.run_check(job.pk)

    page = client.get(job.get_absolute_url())
    assert "Det här ändras om filen importeras" in page.text
    assert "Nya enheter (1)" in page.text
    assert "Nya enheten" in page.text
    assert 'hx-trigger="every 2s"' not in page.text

    fragment = client.get(job.get_absolute_url(), headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and 'id="import-progress"' in fragment.text

    response = client.post(reverse("imports:apply", args=[job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == Status.APPLY_QUEUED
    again = client.post(reverse("imports:apply", args=[job.pk]), follow=True)
    assert "Filen måste kontrolleras innan den importeras." in again.text
    services.run_apply(job.pk)
    page = client.get(job.get_absolute_url())
    assert "Det här ändrades" in page.text
    assert OrganisationUnit.objects.filter(code="t-ny").exists()


def test_someone_elses_import_is_not_found(client, people):
    login(client, people["coordinator"])
    upload(client, "avvikelser", csv_file(REGISTER), source="Excel")
    job = ImportJob.objects.get()
    login(client, people["other_coordinator"])
    for name in ("detail", "mapping", "problems"):
        assert client.get(reverse(f"imports:{name}", args=[job.pk])).status_code == 404
    for name in ("apply", "restart", "cancel"):
        assert client.post(reverse(f"imports:{name}", args=[job.pk])).status_code == 404
    job.refresh_from_db()
    assert job.status == Status.MAPPING
    # An administrator sees every import.
    login(client, make_user(people["tree"].group, Role.ADMIN))
    assert client.get(job.get_absolute_url()).status_code == 200


def test_cancelling_deletes_the_file(client, people, django_capture_on_commit_callbacks):
    login(client, people["coordinator"])
    upload(client, "avvikelser", csv_file(REGISTER), source="Excel")
    job = ImportJob.objects.get()
    storage, name = job.file.storage, job.file.name
    assert storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("imports:cancel", args=[job.pk]))

    job.refresh_from_db()
    assert job.status == Status.CANCELLED and not job.file
    assert not storage.exists(name)


def test_restart_queues_a_waiting_check_again(client, people, django_capture_on_commit_callbacks):
    login(client, people["group_coordinator"])
    upload(client, "organisation", organisation_file(ORG_ROWS))
    job = ImportJob.objects.get()
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(reverse("imports:restart", args=[job.pk]), follow=True)
    assert "Importen har startats igen." in response.text
    assert len(callbacks) == 1


def test_every_problem_is_listed_a_page_at_a_time(client, people):
    login(client, people["coordinator"])
    upload(client, "avvikelser", csv_file(REGISTER), source="Excel")
    job = ImportJob.objects.get()
    ImportProblem.objects.bulk_create(
        ImportProblem(job=job, row=n, message=f"Fel nummer {n}") for n in range(2, 252)
    )
    first = client.get(reverse("imports:problems", args=[job.pk]))
    assert "Fel nummer 2<" in first.text and "Fel nummer 101<" in first.text
    assert "Fel nummer 102<" not in first.text
    second = client.get(
        reverse("imports:problems", args=[job.pk]), {"efter": first.context["next"]}
    )
    assert "Fel nummer 102<" in second.text and "Fel nummer 101<" not in second.text


def test_an_upload_sent_twice_makes_one_import(client, people):
    login(client, people["coordinator"])
    form = client.get(reverse("imports:create", args=["avvikelser"]))
    token = re.search(r'name="submission_token" value="([^"]+)"', form.text).group(1)
    data = {"source": "Excel", "submission_token": token}
    first = client.post(
        reverse("imports:create", args=["avvikelser"]), {**data, "file": csv_file(REGISTER)}
    )
    again = client.post(
        reverse("imports:create", args=["avvikelser"]), {**data, "file": csv_file(REGISTER)}
    )
    assert ImportJob.objects.count() == 1
    assert again.url == first.url
