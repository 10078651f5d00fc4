"""Thinning proposals: list, review, approve or reject, progress, the protocol."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Q, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from qms import recordtypes
from records import tasks, thinning
from records.forms import RejectForm
from records.models import Proposal, ProposalItem
from records.views.common import is_fragment, logged_download

ITEMS_PER_PAGE = 100


@require_GET
@permission_required("records.keep_plan", raise_exception=True)
def proposal_list(request: HttpRequest) -> HttpResponse:
    proposals = (
        Proposal.objects.visible_to(request.user)
        .select_related("organisation", "approved_by")
        .annotate(
            records=Count("items", filter=Q(items__object_id__isnull=False)),
        )[:100]
    )
    return render(request, "records/proposal_list.html", {"proposals": proposals})


@require_POST
@permission_required("records.keep_plan", raise_exception=True)
def proposal_build(request: HttpRequest) -> HttpResponse:
    """Make proposals now (as the monthly job does), in the worker."""
    tasks.queue_build(request.user.pk)
    messages.success(
        request,
        _(
            "Förslagen tas fram. Uppdatera sidan om en stund; de som väntar på granskning "
            "visas här."
        ),
    )
    return redirect("records:proposal_list")


def _summary(proposal: Proposal) -> list[dict]:
    rows = (
        ProposalItem.objects.filter(proposal=proposal)
        .values("record_type", "rule__summary", "rule__decision", "rule__cutoff", "status")
        .annotate(items=Count("pk"), rows=Sum("count"), removed=Sum("removed"))
        .order_by("record_type")
    )
    summary: dict[str, dict] = {}
    for row in rows:
        rtype = recordtypes.get(row["record_type"])
        entry = summary.setdefault(
            row["record_type"],
            {
                "key": row["record_type"],
                "label": rtype.label if rtype else row["record_type"],
                "log": rtype is not None and rtype.mode != "case",
                "rule": row["rule__summary"],
                "decision": row["rule__decision"],
                "cutoff": row["rule__cutoff"],
                "statuses": {},
                "total": 0,
            },
        )
        count = row["rows"] if entry["log"] else row["items"]
        entry["statuses"][row["status"]] = (
            row["removed"] if entry["log"] and row["status"] == "deleted" else count
        )
        entry["total"] += count
    return list(summary.values())


@require_GET
@permission_required("records.keep_plan", raise_exception=True)
def proposal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = get_object_or_404(
        Proposal.objects.visible_to(request.user).select_related("organisation", "approved_by"),
        pk=pk,
    )
    context = {"proposal": proposal, "Status": Proposal.Status, "summary": _summary(proposal)}
    if is_fragment(request):
        return render(request, "records/proposal_detail.html#progress", context)
    key = request.GET.get("typ", "")
    items = ProposalItem.objects.filter(proposal=proposal, object_id__isnull=False)
    if key:
        items = items.filter(record_type=key)
    after = request.GET.get("efter", "")
    if after.isdigit():
        items = items.filter(pk__gt=int(after))
    page = list(items.order_by("pk")[: ITEMS_PER_PAGE + 1])
    labels = {t.key: t.label for t in recordtypes.all_types()}
    for item in page:
        item.label = labels.get(item.record_type, item.record_type)
    context.update(
        {
            "items": page[:ITEMS_PER_PAGE],
            "next_after": page[ITEMS_PER_PAGE - 1].pk if len(page) > ITEMS_PER_PAGE else None,
            "type_filter": key,
            "reject_form": RejectForm(),
            "type_filter_label": labels.get(key, ""),
        }
    )
    return render(request, "records/proposal_detail.html", context)


def _visible(request: HttpRequest, pk: int) -> Proposal:
    return get_object_or_404(Proposal.objects.visible_to(request.user), pk=pk)


@require_POST
@permission_required("records.keep_plan", raise_exception=True)
def proposal_approve(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _visible(request, pk)
    try:
        thinning.approve_proposal(proposal, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Förslaget är godkänt. Gallringen körs nu i bakgrunden."))
    return redirect(proposal)


@require_POST
@permission_required("records.keep_plan", raise_exception=True)
def proposal_reject(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _visible(request, pk)
    form = RejectForm(request.POST)
    if form.is_valid():
        try:
            thinning.reject_proposal(proposal, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Förslaget är avslaget. Inget gallrades."))
    else:
        messages.error(request, _("Skriv varför förslaget avslås."))
    return redirect(proposal)


@require_POST
@permission_required("records.keep_plan", raise_exception=True)
def proposal_resume(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _visible(request, pk)
    if proposal.status == Proposal.Status.APPROVED:
        tasks.queue_apply(proposal.pk)
        messages.success(request, _("Gallringen fortsätter där den slutade."))
    return redirect(proposal)


@require_GET
@permission_required("records.keep_plan", raise_exception=True)
def protocol_download(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    proposal = _visible(request, pk)
    if kind == "pdf":
        field, content_type = proposal.protocol_pdf, "application/pdf"
    else:
        field, content_type = proposal.protocol_csv, "text/csv; charset=utf-8"
    return logged_download(
        request,
        field,
        what=f"protocol-{kind}",
        object_id=proposal.pk,
        filename=f"{proposal.protocol_number}.{kind}",
        content_type=content_type,
    )
