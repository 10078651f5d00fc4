"""Register extracts (GDPR art. 15) for the dataskyddsombud: order one, follow it, download
it. Every opening and download is logged."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from qms.submissions import submitted_once
from records import services, tasks
from records.forms import ExtractForm
from records.models import AccessLog, JobStatus, RegisterExtract
from records.views.common import is_fragment, logged_download

extract_perm = permission_required("records.extract", raise_exception=True)


@require_http_methods(["GET", "POST"])
@extract_perm
@submitted_once
def extract_list(request: HttpRequest) -> HttpResponse:
    form = ExtractForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            extract = services.request_extract(
                by=request.user,
                scope=form.cleaned_data["scope"],
                subject_user=form.cleaned_data["account"],
                subject_email=form.cleaned_data["subject_email"],
                subject_name=form.cleaned_data["subject_name"],
                reference=form.cleaned_data["reference"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        except PermissionDenied:
            form.add_error("scope", _("Du är inte dataskyddsombud för den organisationen."))
        else:
            messages.success(request, _("Registerutdraget tas fram i bakgrunden."))
            return redirect(extract)
    extracts = RegisterExtract.objects.visible_to(request.user).select_related(
        "scope", "subject_user", "requested_by"
    )[:100]
    return render(
        request,
        "records/extract_list.html",
        {"form": form, "extracts": extracts},
        status=400 if request.method == "POST" else 200,
    )


def _visible(request: HttpRequest, pk: int) -> RegisterExtract:
    return get_object_or_404(
        RegisterExtract.objects.visible_to(request.user).select_related(
            "scope", "subject_user", "requested_by"
        ),
        pk=pk,
    )


@require_GET
@extract_perm
def extract_detail(request: HttpRequest, pk: int) -> HttpResponse:
    extract = _visible(request, pk)
    context = {"extract": extract, "Status": JobStatus}
    if is_fragment(request):
        return render(request, "records/extract_detail.html#progress", context)
    AccessLog.objects.create(user=request.user, what="extract", object_id=extract.pk)
    context["reads"] = (
        AccessLog.objects.filter(what__startswith="extract", object_id=extract.pk)
        .select_related("user")
        .order_by("-at")[:50]
    )
    return render(request, "records/extract_detail.html", context)


DOWNLOADS = {
    "pdf": ("pdf", "application/pdf"),
    "json": ("data_json", "application/json"),
    "csv": ("data_csv", "text/csv; charset=utf-8"),
}


@require_GET
@extract_perm
def extract_download(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    extract = _visible(request, pk)
    field, content_type = DOWNLOADS[kind]
    return logged_download(
        request,
        getattr(extract, field),
        what=f"extract-{kind}",
        object_id=extract.pk,
        filename=f"registerutdrag-{extract.pk}.{kind}",
        content_type=content_type,
    )


@require_POST
@extract_perm
def extract_retry(request: HttpRequest, pk: int) -> HttpResponse:
    extract = _visible(request, pk)
    if extract.status in (JobStatus.PENDING, JobStatus.FAILED):
        tasks.queue("build_extract", extract.pk)
        messages.success(request, _("Registerutdraget tas fram igen."))
    return redirect(extract)
