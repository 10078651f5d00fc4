"""The role-mapping screen: which IdP group gives which role, kept by coordinators."""

from __future__ import annotations

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from identity import services
from identity.forms import RoleMappingForm
from identity.models import RoleMapping
from qms.forms import applied
from qms.models import Role, User, subtree_q
from qms.submissions import submitted_once


@require_http_methods(["GET", "POST"])
@permission_required("identity.view_role_mappings", raise_exception=True)
@submitted_once
def mapping_list(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = RoleMappingForm(request.POST, actor=request.user)
    else:
        form = RoleMappingForm(actor=request.user)
    if request.method == "POST" and applied(
        form,
        lambda data: services.create_role_mapping(
            by=request.user,
            unit=data["unit"],
            role=data["role"],
            value=data["value"],
            claim=data["claim"],
            description=data["description"],
            sensitive_access=data["sensitive_access"],
        ),
    ):
        messages.success(
            request,
            _("Regeln är sparad. Den gäller från varje persons nästa inloggning eller synk."),
        )
        return redirect("identity:mapping_list")
    mappings = (
        RoleMapping.objects.visible_to(request.user)
        .select_related("unit", "created_by")
        .annotate(people=Count("grants"))
        .order_by("claim", "value", "unit__path", "role")
    )
    rows = [
        (mapping, request.user.has_perm("identity.change_role_mapping", mapping))
        for mapping in mappings
    ]
    return render(
        request,
        "identity/mapping_list.html",
        {"rows": rows, "form": form},
        status=400 if form.errors else 200,
    )


@require_POST
@permission_required("identity.view_role_mappings", raise_exception=True)
def mapping_delete(request: HttpRequest, pk: int) -> HttpResponse:
    mapping = get_object_or_404(RoleMapping.objects.visible_to(request.user), pk=pk)
    if not request.user.has_perm("identity.change_role_mapping", mapping):
        raise PermissionDenied
    removed = services.delete_role_mapping(mapping, by=request.user)
    messages.success(
        request,
        _("Regeln är borttagen. %(count)s roller som den gav togs bort.") % {"count": removed},
    )
    return redirect("identity:mapping_list")


@require_GET
@permission_required("identity.view_role_mappings", raise_exception=True)
def mapping_history(request: HttpRequest) -> HttpResponse:
    """Who added and removed which rule, newest first (rules on units the user may see)."""
    events = apps.get_model("identity", "RoleMappingEvent").objects.select_related(
        "unit", "pgh_context"
    )
    if not request.user.is_admin():
        events = events.filter(
            subtree_q(request.user.membership_paths(Role.COORDINATOR), field="unit__path")
        )
    events = list(events.order_by("-pgh_created_at", "-pgh_id")[:200])
    user_ids = {(e.pgh_context.metadata if e.pgh_context else {}).get("user") for e in events}
    users = User.objects.in_bulk([pk for pk in user_ids if pk])
    entries = [
        {
            "event": event,
            "user": users.get(
                (event.pgh_context.metadata if event.pgh_context else {}).get("user")
            ),
            "role": Role(event.role).label if event.role in Role.values else event.role,
        }
        for event in events
    ]
    return render(request, "identity/mapping_history.html", {"entries": entries})
