"""The full export for admins: order it (the worker builds a ZIP), follow it, download it
(logged)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from qms.submissions import submitted_once
from records import services
from records.models import FullExport, JobStatus
from records.views.common import is_fragment, logged_download

full_export_perm = permission_required("records.full_export", raise_exception=True)


@require_http_methods(["GET", "POST"])
@full_export_perm
@submitted_once
def full_export_list(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        job = services.request_full_export(by=request.user)
        messages.success(request, _("Exporten byggs nu i bakgrunden."))
        return redirect(job)
    jobs = FullExport.objects.select_related("requested_by")[:50]
    return render(request, "records/full_export_list.html", {"jobs": jobs})


@require_GET
@full_export_perm
def full_export_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(FullExport.objects.select_related("requested_by"), pk=pk)
    context = {"job": job, "Status": JobStatus}
    if is_fragment(request):
        return render(request, "records/full_export_detail.html#progress", context)
    return render(request, "records/full_export_detail.html", context)


@require_GET
@full_export_perm
def full_export_download(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(FullExport, pk=pk, status=JobStatus.DONE)
    return logged_download(
        request,
        job.file,
        what="full-export",
        object_id=job.pk,
        filename=f"qms-export-{job.created_at:%Y%m%d}.zip",
        content_type="application/zip",
    )
