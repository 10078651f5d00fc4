"""The requirement register (krav), the category taxonomy and the register of external
providers (suppliers). They apply to the whole group: every coordinator reads them, only those
whose scope covers the whole group change them (`qms.change_group_register`)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Count
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from deviations import services
from deviations.forms import CategoryForm, RequirementForm, SupplierForm
from deviations.models import Category, Deviation, Requirement, Supplier
from qms.forms import applied
from qms.submissions import submitted_once

view_registers = permission_required("deviations.view_registers", raise_exception=True)
change_registers = permission_required("qms.change_group_register", raise_exception=True)


@require_GET
@view_registers
def requirement_list(request: HttpRequest) -> HttpResponse:
    requirements = Requirement.objects.select_related("owner_unit").order_by(
        "-is_active", "kind", "title"
    )
    return render(request, "deviations/requirement_list.html", {"requirements": requirements})


@require_http_methods(["GET", "POST"])
@change_registers
@submitted_once
def requirement_create(request: HttpRequest) -> HttpResponse:
    return _requirement_form(request, Requirement())


@require_http_methods(["GET", "POST"])
@change_registers
def requirement_update(request: HttpRequest, pk: int) -> HttpResponse:
    return _requirement_form(request, get_object_or_404(Requirement, pk=pk))


def _requirement_form(request: HttpRequest, requirement: Requirement) -> HttpResponse:
    if request.method == "POST":
        form = RequirementForm(request.POST, request.FILES, instance=requirement, user=request.user)
        if applied(form, lambda data: form.save()):
            messages.success(request, _("Kravet är sparat."))
            return redirect("deviations:requirement_list")
    else:
        form = RequirementForm(instance=requirement, user=request.user)
    title = (
        _("Ändra %(title)s") % {"title": requirement.title} if requirement.pk else _("Nytt krav")
    )
    return _register_form(request, form, title, "deviations:requirement_list")


@require_GET
def requirement_document(request: HttpRequest, pk: int) -> FileResponse:
    """Requirements are not secret: everyone logged in may read the routine they depart from."""
    requirement = get_object_or_404(Requirement.objects.exclude(document=""), pk=pk)
    try:
        handle = requirement.document.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    return FileResponse(handle, as_attachment=True, filename=requirement.document.name)


@require_GET
@view_registers
def category_list(request: HttpRequest) -> HttpResponse:
    categories = Category.objects.select_related("parent").order_by("parent__name", "name")
    roots = [c for c in categories if c.parent_id is None]
    children: dict[int, list[Category]] = {}
    for category in categories:
        if category.parent_id:
            children.setdefault(category.parent_id, []).append(category)
    tree = [(root, children.get(root.pk, [])) for root in sorted(roots, key=lambda c: c.name)]
    return render(request, "deviations/category_list.html", {"tree": tree})


@require_http_methods(["GET", "POST"])
@change_registers
@submitted_once
def category_create(request: HttpRequest) -> HttpResponse:
    return _category_form(request, Category())


@require_http_methods(["GET", "POST"])
@change_registers
def category_update(request: HttpRequest, pk: int) -> HttpResponse:
    return _category_form(request, get_object_or_404(Category, pk=pk))


def _category_form(request: HttpRequest, category: Category) -> HttpResponse:
    if request.method == "POST":
        form = CategoryForm(request.POST, instance=category)
        if applied(
            form,
            lambda data: services.save_category(
                form.instance, by=request.user, reason=data.get("reason", "")
            ),
        ):
            messages.success(request, _("Kategorin är sparad."))
            return redirect("deviations:category_list")
    else:
        form = CategoryForm(instance=category)
    title = _("Ändra %(title)s") % {"title": category.name} if category.pk else _("Ny kategori")
    return render(
        request,
        "deviations/category_form.html",
        {
            "form": form,
            "title": title,
            "back_url": reverse("deviations:category_list"),
            "decisions": (
                category.sensitivity_decisions.select_related("decided_by") if category.pk else []
            ),
        },
    )


@require_GET
@view_registers
def supplier_list(request: HttpRequest) -> HttpResponse:
    suppliers = list(Supplier.objects.order_by("-is_active", "name"))
    # The cases the viewer may read, not the group's total (which would count confidential
    # cases and other organisations' cases).
    readable = dict(
        Deviation.objects.visible_to(request.user)
        .filter(supplier__isnull=False)
        .values_list("supplier")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for supplier in suppliers:
        supplier.cases = readable.get(supplier.pk, 0)
    return render(request, "deviations/supplier_list.html", {"suppliers": suppliers})


@require_http_methods(["GET", "POST"])
@change_registers
@submitted_once
def supplier_create(request: HttpRequest) -> HttpResponse:
    return _supplier_form(request, Supplier())


@require_http_methods(["GET", "POST"])
@change_registers
def supplier_update(request: HttpRequest, pk: int) -> HttpResponse:
    return _supplier_form(request, get_object_or_404(Supplier, pk=pk))


def _supplier_form(request: HttpRequest, supplier: Supplier) -> HttpResponse:
    if request.method == "POST":
        form = SupplierForm(request.POST, instance=supplier)
        if applied(form, lambda data: form.save()):
            messages.success(request, _("Utföraren är sparad."))
            return redirect("deviations:supplier_list")
    else:
        form = SupplierForm(instance=supplier)
    title = (
        _("Ändra %(title)s") % {"title": supplier.name}
        if supplier.pk
        else _("Ny extern utförare eller leverantör")
    )
    return _register_form(request, form, title, "deviations:supplier_list")


def _register_form(request: HttpRequest, form, title: str, cancel: str) -> HttpResponse:
    return render(
        request,
        "form_page.html",
        {"form": form, "title": title, "back_url": reverse(cancel)},
    )
