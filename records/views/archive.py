"""E-archive packages: order one for a record type, organisation and period (the worker builds
it), follow its progress, download it (logged) and register the e-archive's receipt."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from qms import recordtypes
from qms.submissions import submitted_once
from records import services, tasks
from records.forms import DeliveryForm, PackageForm
from records.models import AccessLog, ArchivePackage, JobStatus
from records.views.common import is_fragment, logged_download

archive_perm = permission_required("records.archive", raise_exception=True)


@require_http_methods(["GET", "POST"])
@archive_perm
@submitted_once
def package_list(request: HttpRequest) -> HttpResponse:
    form = PackageForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            package = services.request_package(
                by=request.user,
                key=form.cleaned_data["record_type"],
                organisation=form.cleaned_data["organisation"],
                period_start=form.cleaned_data["period_start"],
                period_end=form.cleaned_data["period_end"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Paketet byggs nu i bakgrunden."))
            return redirect(package)
    packages = ArchivePackage.objects.visible_to(request.user).select_related(
        "organisation", "requested_by"
    )[:100]
    labels = {t.key: t.label for t in recordtypes.all_types()}
    for package in packages:
        package.label = labels.get(package.record_type, package.record_type)
    return render(
        request,
        "records/package_list.html",
        {"form": form, "packages": packages},
        status=400 if request.method == "POST" else 200,
    )


def _visible(request: HttpRequest, pk: int) -> ArchivePackage:
    return get_object_or_404(
        ArchivePackage.objects.visible_to(request.user).select_related(
            "organisation", "requested_by", "delivered_by"
        ),
        pk=pk,
    )


@require_GET
@archive_perm
def package_detail(request: HttpRequest, pk: int) -> HttpResponse:
    package = _visible(request, pk)
    rtype = recordtypes.get(package.record_type)
    context = {
        "package": package,
        "label": rtype.label if rtype else package.record_type,
        "Status": JobStatus,
        "delivery_form": DeliveryForm(),
        "downloads": AccessLog.objects.filter(what="package", object_id=package.pk)
        .select_related("user")
        .order_by("-at")[:20],
    }
    if is_fragment(request):
        return render(request, "records/package_detail.html#progress", context)
    return render(request, "records/package_detail.html", context)


@require_GET
@archive_perm
def package_download(request: HttpRequest, pk: int) -> HttpResponse:
    package = _visible(request, pk)
    if package.status != JobStatus.DONE:
        return redirect(package)
    return logged_download(
        request,
        package.file,
        what="package",
        object_id=package.pk,
        filename=f"{package.package_id}.zip",
        content_type="application/zip",
    )


@require_POST
@archive_perm
def package_deliver(request: HttpRequest, pk: int) -> HttpResponse:
    package = _visible(request, pk)
    form = DeliveryForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Ange e-arkivets kvittens eller leveransnummer."))
        return redirect(package)
    try:
        services.mark_delivered(package, by=request.user, receipt=form.cleaned_data["receipt"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except PermissionDenied:
        raise
    else:
        messages.success(request, _("Leveransen är registrerad för varje ärende i paketet."))
    return redirect(package)


@require_POST
@archive_perm
def package_retry(request: HttpRequest, pk: int) -> HttpResponse:
    """A package the worker never took or that failed: queue it again."""
    package = _visible(request, pk)
    if package.status in (JobStatus.PENDING, JobStatus.FAILED):
        tasks.queue("build_package", package.pk)
        messages.success(request, _("Paketet byggs igen."))
    return redirect(package)
