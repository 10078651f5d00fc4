"""Legal holds (spärrar): find a case, hold it with a reason and a review date, lift it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from qms import recordtypes
from qms.history import history_for
from qms.submissions import submitted_once
from records import services
from records.forms import HoldFindForm, HoldForm, LiftForm
from records.models import LegalHold

view_holds = permission_required("records.view_holds", raise_exception=True)


@require_GET
@view_holds
def hold_list(request: HttpRequest) -> HttpResponse:
    holds = LegalHold.objects.visible_to(request.user).select_related("placed_by", "unit")
    show = request.GET.get("visa", "aktiva")
    if show != "alla":
        holds = holds.active()
    return render(
        request,
        "records/hold_list.html",
        {"holds": holds[:200], "show": show, "find_form": HoldFindForm()},
    )


@require_http_methods(["GET", "POST"])
@view_holds
@submitted_once
def hold_create(request: HttpRequest) -> HttpResponse:
    """Step 1 (GET ?typ=&nummer=): find the case the user may see; step 2 (POST): hold it."""
    source = request.POST if request.method == "POST" else request.GET
    find = HoldFindForm(
        {"record_type": source.get("record_type", ""), "identifier": source.get("identifier", "")}
    )
    if not find.is_valid():
        return render(
            request,
            "records/hold_list.html",
            {"find_form": find, "holds": [], "show": "aktiva"},
            status=200 if request.method == "GET" else 400,
        )
    key = find.cleaned_data["record_type"]
    record = services.find_record(key, find.cleaned_data["identifier"], user=request.user)
    if record is None:
        find.add_error("identifier", _("Hittade inget sådant ärende som du har tillgång till."))
        return render(
            request, "records/hold_list.html", {"find_form": find, "holds": [], "show": "aktiva"}
        )
    rtype = recordtypes.get(key)
    unit = services.record_unit(rtype, record)
    if not request.user.has_perm("records.hold_in", unit):
        raise PermissionDenied
    form = HoldForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            hold = services.place_hold(record, key=key, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Ärendet är spärrat mot gallring."))
            return redirect(hold)
    return render(
        request,
        "records/hold_form.html",
        {
            "form": form,
            "record": record,
            "type": rtype,
            "key": key,
            "identifier": find.cleaned_data["identifier"],
        },
    )


def _visible(request: HttpRequest, pk: int) -> LegalHold:
    return get_object_or_404(LegalHold.objects.visible_to(request.user), pk=pk)


@require_GET
@view_holds
def hold_detail(request: HttpRequest, pk: int) -> HttpResponse:
    hold = _visible(request, pk)
    rtype = recordtypes.get(hold.record_type)
    return render(
        request,
        "records/hold_detail.html",
        {
            "hold": hold,
            "type": rtype,
            "lift_form": LiftForm(),
            "may_lift": hold.is_active and request.user.has_perm("records.hold_in", hold.unit),
            "history": history_for(hold),
        },
    )


@require_POST
@view_holds
def hold_lift(request: HttpRequest, pk: int) -> HttpResponse:
    hold = _visible(request, pk)
    if not request.user.has_perm("records.hold_in", hold.unit):
        raise PermissionDenied
    form = LiftForm(request.POST)
    if form.is_valid():
        try:
            services.lift_hold(hold, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Spärren är hävd."))
            return redirect(hold)
    return render(
        request,
        "records/hold_detail.html",
        {
            "hold": hold,
            "type": recordtypes.get(hold.record_type),
            "lift_form": form,
            "may_lift": True,
            "history": history_for(hold),
        },
        status=400,
    )
