"""Pages of an import: start, map columns, follow the check, read the report, import."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from imports import legacy, services
from imports.forms import MappingForm, UploadForm
from imports.models import ImportJob
from imports.organisation import CATEGORY_LABELS
from qms.submissions import submitted_once

Status = ImportJob.Status
KIND_SLUGS = {
    "organisation": ImportJob.Kind.ORGANISATION,
    "avvikelser": ImportJob.Kind.DEVIATIONS,
    "atgarder": ImportJob.Kind.ACTIONS,
}
PROBLEMS_PER_PAGE = 100


def _kinds_for(user) -> list[tuple[str, ImportJob.Kind]]:
    return [(slug, kind) for slug, kind in KIND_SLUGS.items() if services.may_import(user, kind)]


def _visible_job(request: HttpRequest, pk: int) -> ImportJob:
    return get_object_or_404(
        ImportJob.objects.visible_to(request.user).select_related("created_by", "place_under"),
        pk=pk,
    )


def is_fragment(request: HttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


@require_GET
def job_list(request: HttpRequest) -> HttpResponse:
    kinds = _kinds_for(request.user)
    if not kinds:
        raise PermissionDenied
    jobs = ImportJob.objects.visible_to(request.user).select_related("created_by")[:50]
    return render(request, "imports/list.html", {"jobs": jobs, "kinds": kinds})


@require_http_methods(["GET", "POST"])
@submitted_once
def job_create(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in KIND_SLUGS:
        raise Http404
    kind = KIND_SLUGS[kind]
    if not services.may_import(request.user, kind):
        raise PermissionDenied
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES, kind=kind, user=request.user)
        if form.is_valid():
            try:
                job = services.start_import(
                    by=request.user,
                    kind=kind,
                    upload=form.cleaned_data["file"],
                    source=form.cleaned_data.get("source", ""),
                    place_under=form.cleaned_data.get("place_under"),
                )
            except ValidationError as error:
                form.add_error("file", error)
            else:
                if job.status == Status.MAPPING:
                    return redirect("imports:mapping", job.pk)
                return redirect(job)
    else:
        form = UploadForm(kind=kind, user=request.user)
    return render(
        request,
        "imports/create.html",
        {"form": form, "kind": kind, "Kind": ImportJob.Kind, "fields": _fields(kind)},
    )


def _fields(kind: str):
    return legacy.fields_for(kind) if kind in ImportJob.LEGACY_KINDS else ()


@require_http_methods(["GET", "POST"])
def job_mapping(request: HttpRequest, pk: int) -> HttpResponse:
    job = _visible_job(request, pk)
    if not job.is_legacy or job.status not in (Status.MAPPING, Status.CHECKED, Status.FAILED):
        return redirect(job)
    if not job.file:
        raise Http404
    if request.method == "POST":
        form = MappingForm(request.POST, job=job)
        if form.is_valid():
            try:
                services.save_mapping(
                    job,
                    by=request.user,
                    columns=form.columns(),
                    status_values=form.status_values(),
                    default_status=form.cleaned_data["default_status"],
                    source=form.cleaned_data["source"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect(job)
    else:
        form = MappingForm(job=job)
    return render(request, "imports/mapping.html", {"job": job, "form": form})


@require_GET
@vary_on_headers("HX-Request")
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = _visible_job(request, pk)
    context = {
        "job": job,
        "Status": Status,
        "Kind": ImportJob.Kind,
        "categories": [
            (key, label, job.summary["counts"][key], job.summary["samples"][key])
            for key, label in CATEGORY_LABELS.items()
        ]
        if job.kind == ImportJob.Kind.ORGANISATION and job.summary
        else [],
        "problems": job.problems.all()[:PROBLEMS_PER_PAGE],
        "status_rows": _status_rows(job),
    }
    template = "imports/detail.html#progress" if is_fragment(request) else "imports/detail.html"
    return render(request, template, context)


def _status_rows(job: ImportJob) -> list[tuple[str, int]]:
    labels = dict(legacy.STATUS_CHOICES.get(job.kind, ()))
    counts = job.summary.get("by_status", {}) if job.is_legacy else {}
    return [(labels.get(status, status), count) for status, count in counts.items()]


@require_GET
def job_problems(request: HttpRequest, pk: int) -> HttpResponse:
    """Every problem of a checked file, a page at a time (keyset: after a row and id)."""
    job = _visible_job(request, pk)
    problems = job.problems.order_by("row", "pk")
    after = request.GET.get("efter", "")
    row, _sep, problem_pk = after.partition("-")
    if row.isdigit() and problem_pk.isdigit():
        problems = problems.filter(row__gte=int(row)).exclude(row=int(row), pk__lte=int(problem_pk))
    page = list(problems[: PROBLEMS_PER_PAGE + 1])
    more = len(page) > PROBLEMS_PER_PAGE
    page = page[:PROBLEMS_PER_PAGE]
    return render(
        request,
        "imports/problems.html",
        {
            "job": job,
            "problems": page,
            "next": f"{page[-1].row}-{page[-1].pk}" if more else "",
        },
    )


def _act(request: HttpRequest, pk: int, action, done: str) -> HttpResponse:
    job = _visible_job(request, pk)
    try:
        action(job, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect(job)


@require_POST
def job_apply(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, services.request_apply, _("Importen har startat."))


@require_POST
def job_restart(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, services.restart_import, _("Importen har startats igen."))


@require_POST
def job_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, services.cancel_import, _("Importen är avbruten och filen borttagen."))
