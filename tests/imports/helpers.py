"""Files and checks shared by the import tests."""

from __future__ import annotations

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from openpyxl import Workbook

from imports import services
from imports.models import ImportJob
from qms.models import Membership, OrganisationUnit, Role

ORG_HEADER = ["Enhetskod", "Namn", "Överordnad", "Typ", "Chef"]


def csv_file(rows: list[list], name: str = "fil.csv", encoding: str = "utf-8", delimiter=";"):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode(encoding), content_type="text/csv")


def xlsx_file(rows: list[list], name: str = "fil.xlsx", formulas: dict | None = None):
    """An .xlsx file; `formulas` puts formula cells at (row, column), 1-based."""
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for (row, column), formula in (formulas or {}).items():
        sheet.cell(row=row, column=column, value=formula)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(
        name,
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def organisation_file(rows: list[list], **kwargs):
    return csv_file([ORG_HEADER, *rows], **kwargs)


def checked_organisation(upload, *, by=None, place_under=None) -> ImportJob:
    """Upload and run the dry run here (not in a worker)."""
    job = services.start_import(
        by=by, kind=ImportJob.Kind.ORGANISATION, upload=upload, place_under=place_under
    )
    services.run_check(job.pk)
    job.refresh_from_db()
    return job


def applied(job: ImportJob, *, by=None) -> ImportJob:
    if by is not None:
        services.request_apply(job, by=by)
    else:
        ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.APPLY_QUEUED)
    services.run_apply(job.pk)
    job.refresh_from_db()
    return job


def tree_snapshot() -> dict[str, dict]:
    """Each unit by code: name, kind, active, parent's code; and each Chef role."""
    units = {u.path: u for u in OrganisationUnit.objects.all()}
    snapshot = {
        u.code: {
            "name": u.name,
            "kind": u.kind,
            "active": u.is_active,
            "parent": units[u.path[:-4]].code if len(u.path) > 4 else None,
        }
        for u in units.values()
    }
    roles = set(
        Membership.objects.filter(role=Role.MANAGER).values_list("user__username", "unit__code")
    )
    return {"units": snapshot, "chefs": roles}


def changes_between(before: dict, after: dict) -> dict[str, int]:
    """What changed, counted the way the dry run counts it."""
    old, new = before["units"], after["units"]
    common = old.keys() & new.keys()
    return {
        "create": len(new.keys() - old.keys()),
        "rename": sum(old[c]["name"] != new[c]["name"] for c in common),
        "kind": sum(old[c]["kind"] != new[c]["kind"] for c in common),
        "move": sum(old[c]["parent"] != new[c]["parent"] for c in common),
        "reactivate": sum(not old[c]["active"] and new[c]["active"] for c in common),
        "deactivate": sum(old[c]["active"] and not new[c]["active"] for c in common),
        "assign": len(after["chefs"] - before["chefs"]),
        "unassign": len(before["chefs"] - after["chefs"]),
    }


def assert_tree_consistent() -> None:
    """treebeard's own check, plus: unique paths, every parent exists, siblings in name order
    (the order treebeard keeps and relies on when it inserts a unit)."""
    problems = OrganisationUnit.objects.find_problems()
    assert problems == ([], [], [], [], []), problems
    table = OrganisationUnit._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT u.code FROM {table} u
            WHERE length(u.path) > 4 AND NOT EXISTS (
                SELECT 1 FROM {table} p WHERE p.path = substr(u.path, 1, length(u.path) - 4))
            UNION ALL
            SELECT code FROM (
                SELECT code, name, lag(name) OVER (
                    PARTITION BY substr(path, 1, length(path) - 4) ORDER BY path) AS before
                FROM {table}) s
            WHERE before > name
            """
        )
        assert cursor.fetchall() == []
