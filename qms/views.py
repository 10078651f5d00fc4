from __future__ import annotations

import logging
import sys

import psycopg
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError, connection
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from qms import pickers, services
from qms import search as header_search
from qms.celery import app as celery_app
from qms.forms import (
    MembershipForm,
    NewUserForm,
    NotificationPreferenceForm,
    PublicProfileForm,
    SetOwnPasswordForm,
    UnitForm,
    UserForm,
    UserSearchForm,
    applied,
)
from qms.handover import open_work_of
from qms.history import history_for
from qms.models import OrganisationUnit, PublicProfile, User
from qms.permissions import can_grant_role
from qms.settings_pages import pages_for
from qms.startpage import panels_for
from qms.storage import store_unavailable
from qms.submissions import submitted_once

logger = logging.getLogger(__name__)


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "qms/home.html", {"panels": panels_for(request)})


# Organisation ------------------------------------------------------------------------------


@require_GET
def unit_list(request: HttpRequest) -> HttpResponse:
    units = OrganisationUnit.objects.visible_to(request.user).order_by("path")
    show_inactive = request.GET.get("inaktiva") == "1"
    if not show_inactive:
        units = units.active()
    return render(
        request,
        "qms/unit_list.html",
        {"units": units, "show_inactive": show_inactive},
    )


@require_GET
def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(OrganisationUnit.objects.visible_to(request.user), pk=pk)
    memberships = unit.memberships.select_related("user").order_by(
        "role", "user__last_name", "user__first_name"
    )
    return render(
        request,
        "qms/unit_detail.html",
        {
            "unit": unit,
            "ancestors": OrganisationUnit.objects.get_ancestors(unit),
            "children": OrganisationUnit.objects.get_children(unit),
            "memberships": memberships,
            "can_manage": request.user.has_perm("qms.manage_unit", unit),
        },
    )


@require_http_methods(["GET", "POST"])
@submitted_once
def unit_create(request: HttpRequest, parent_pk: int) -> HttpResponse:
    parent = get_object_or_404(OrganisationUnit.objects.visible_to(request.user), pk=parent_pk)
    if not request.user.has_perm("qms.manage_unit", parent):
        raise PermissionDenied
    if request.method == "POST":
        form = UnitForm(request.POST)
        if form.is_valid():
            unit = OrganisationUnit.objects.add_child(parent, form.cleaned_data)
            messages.success(request, _("Enheten %(name)s är skapad.") % {"name": unit.name})
            return redirect(unit)
    else:
        form = UnitForm(initial={"kind": OrganisationUnit.Kind.UNIT})
    return render(request, "qms/unit_form.html", {"form": form, "parent": parent})


@require_http_methods(["GET", "POST"])
def unit_update(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(OrganisationUnit.objects.visible_to(request.user), pk=pk)
    if not request.user.has_perm("qms.manage_unit", unit):
        raise PermissionDenied
    if request.method == "POST":
        form = UnitForm(request.POST, instance=unit)
        if applied(form, lambda data: form.save()):
            messages.success(request, _("Ändringarna är sparade."))
            return redirect(unit)
    else:
        form = UnitForm(instance=unit)
    return render(request, "qms/unit_form.html", {"form": form, "unit": unit})


@require_GET
def unit_history(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(OrganisationUnit.objects.visible_to(request.user), pk=pk)
    return render(
        request,
        "qms/history.html",
        {"object": unit, "entries": history_for(unit), "back_url": unit.get_absolute_url()},
    )


# Users -------------------------------------------------------------------------------------


@require_GET
@permission_required("qms.manage_users", raise_exception=True)
def user_list(request: HttpRequest) -> HttpResponse:
    form = UserSearchForm(request.GET)
    users = User.objects.visible_to(request.user).order_by("last_name", "first_name", "username")
    if form.is_valid() and (q := form.cleaned_data["q"].strip()):
        users = users.filter(
            Q(username__icontains=q)
            | Q(first_name__icontains=q)
            | Q(last_name__icontains=q)
            | Q(email__icontains=q)
        )
    users = users.prefetch_related("memberships__unit")[:200]
    template = "qms/user_list.html#results" if request.htmx else "qms/user_list.html"
    return render(request, template, {"form": form, "users": users})


@require_http_methods(["GET", "POST"])
@permission_required("qms.manage_users", raise_exception=True)
@submitted_once
def user_create(request: HttpRequest) -> HttpResponse:
    """A new local account: name, e-mail, unit and role; the person gets an invitation."""
    if request.method == "POST":
        form = NewUserForm(request.POST, actor=request.user)
        if applied(
            form,
            lambda data: services.invite_user(
                by=request.user,
                fields={f: data[f] for f in NewUserForm.Meta.fields},
                unit=data["unit"],
                role=data["role"],
            ),
        ):
            user = User.objects.get(email__iexact=form.cleaned_data["email"])
            messages.success(
                request,
                _("Kontot är skapat och en inbjudan har skickats till %(email)s.")
                % {"email": user.email},
            )
            return redirect(user)
    else:
        form = NewUserForm(actor=request.user)
    return render(request, "qms/user_form.html", {"form": form})


@require_POST
def user_invite(request: HttpRequest, pk: int) -> HttpResponse:
    """Send a new invitation (the earlier link stops working)."""
    person = _visible_user(request, pk)
    if not request.user.has_perm("qms.manage_user", person):
        raise PermissionDenied
    try:
        services.send_invitation(person, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("En ny inbjudan har skickats till %(email)s.") % {"email": person.email}
        )
    return redirect(person)


@login_not_required
@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
@require_http_methods(["GET", "POST"])
def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    """The invited person chooses their own password through the one-time link."""
    invitation = services.find_invitation(token)
    if invitation is None:
        return render(request, "qms/invitation_invalid.html", {"reason": "unknown"}, status=404)
    if invitation.used_at is not None:
        return render(request, "qms/invitation_invalid.html", {"reason": "used"}, status=410)
    if not invitation.is_usable() or not invitation.user.is_active:
        return render(request, "qms/invitation_invalid.html", {"reason": "expired"}, status=410)
    if request.method == "POST":
        form = SetOwnPasswordForm(invitation.user, request.POST)
        if applied(
            form,
            lambda data: services.accept_invitation(invitation, password=data["new_password1"]),
        ):
            messages.success(
                request, _("Ditt lösenord är sparat. Logga in med din e-postadress och lösenordet.")
            )
            return redirect("account_login")
    else:
        form = SetOwnPasswordForm(invitation.user)
    return render(request, "qms/invitation_accept.html", {"form": form, "invitation": invitation})


def _visible_user(request: HttpRequest, pk: int) -> User:
    return get_object_or_404(User.objects.visible_to(request.user), pk=pk)


@require_http_methods(["GET", "POST"])
@submitted_once
def user_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = _visible_user(request, pk)
    can_manage = request.user.has_perm("qms.manage_user", person)
    # Nobody changes their own roles (qms.services): the page does not offer it either.
    can_change_roles = can_manage and person.pk != request.user.pk
    form = None
    # Nobody changes their own roles (qms.services): the page does not offer it either.
    can_change_roles = can_manage and person.pk != request.user.pk
    if can_manage:
        if request.method == "POST":
            form = MembershipForm(request.POST, actor=request.user, user=person)
            if applied(
                form,
                lambda data: services.add_membership(
                    person,
                    by=request.user,
                    unit=data["unit"],
                    role=data["role"],
                    sensitive_access=data["sensitive_access"],
                ),
            ):
                messages.success(request, _("Rollen är tillagd."))
                return redirect(person)
        elif can_change_roles:
            form = MembershipForm(actor=request.user, user=person)
    elif request.method == "POST":
        raise PermissionDenied
    return render(
        request,
        "qms/user_detail.html",
        {
            "person": person,
            "memberships": person.memberships.select_related("unit").order_by("unit__path"),
            "can_manage": can_manage,
            "can_change_roles": can_change_roles,
            "form": form,
            "invitation": person.invitations.first() if can_manage else None,
            "open_work": open_work_of(person) if can_manage and not person.is_active else None,
        },
    )


@require_http_methods(["GET", "POST"])
def user_update(request: HttpRequest, pk: int) -> HttpResponse:
    person = _visible_user(request, pk)
    if not request.user.has_perm("qms.manage_user", person):
        raise PermissionDenied
    if request.method == "POST":
        form = UserForm(request.POST, instance=User.objects.get(pk=person.pk))
        if applied(form, lambda data: services.update_user(person, by=request.user, fields=data)):
            messages.success(request, _("Ändringarna är sparade."))
            return redirect(person)
    else:
        form = UserForm(instance=person)
    return render(request, "qms/user_form.html", {"form": form, "person": person})


@require_POST
def membership_delete(request: HttpRequest, pk: int, membership_pk: int) -> HttpResponse:
    person = _visible_user(request, pk)
    membership = get_object_or_404(person.memberships.select_related("unit"), pk=membership_pk)
    if not request.user.has_perm("qms.manage_user", person):
        raise PermissionDenied
    if not can_grant_role(request.user, membership.unit, membership.role):
        raise PermissionDenied
    try:
        services.remove_membership(membership, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Rollen är borttagen."))
    return redirect(person)


@require_GET
def user_history(request: HttpRequest, pk: int) -> HttpResponse:
    person = _visible_user(request, pk)
    if not request.user.has_perm("qms.manage_user", person):
        raise PermissionDenied
    return render(
        request,
        "qms/history.html",
        {"object": person, "entries": history_for(person), "back_url": person.get_absolute_url()},
    )


# Notifications -----------------------------------------------------------------------------

NOTIFICATIONS_PER_PAGE = 25


# Longer queries are cut: no number is this long, and a text search needs no more.
SEARCH_MAX_LENGTH = 200


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """The header search: straight to the one case, synpunkt, suggestion, action, audit or
    certificate that has the number asked for; otherwise matches in every module the user may
    see (each from its visible_to() queryset)."""
    query = " ".join(request.GET.get("q", "").split())[:SEARCH_MAX_LENGTH]
    by_number = header_search.find_by_number(request.user, query)
    if len(by_number) == 1:
        return redirect(by_number[0][1].url)
    results = [] if by_number else header_search.search(request.user, query)
    return render(
        request,
        "qms/search.html",
        {"query": query, "by_number": by_number, "results": results},
    )


@require_http_methods(["GET", "POST"])
def notification_list(request: HttpRequest) -> HttpResponse:
    """The user's own notices (newest first) and how they want each kind of notice."""
    if request.method == "POST":
        form = NotificationPreferenceForm(request.POST, user=request.user)
        if form.is_valid():
            form.save()
            messages.success(request, _("Dina val för aviseringar är sparade."))
            return redirect("qms:notification_list")
    else:
        form = NotificationPreferenceForm(user=request.user)
    # Pages of a person's own notices (an index on recipient and time); a bad page number
    # shows the nearest page.
    page = Paginator(request.user.notifications.all(), NOTIFICATIONS_PER_PAGE).get_page(
        request.GET.get("sida")
    )
    return render(request, "qms/notification_list.html", {"page": page, "form": form})


@require_POST
def notification_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one notice read and go to what it is about."""
    notification = get_object_or_404(request.user.notifications, pk=pk)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    target = notification.url
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "qms:notification_list"
    return redirect(target)


@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    request.user.notifications.unread().update(read_at=timezone.now())
    messages.success(request, _("Alla aviseringar är markerade som lästa."))
    return redirect("qms:notification_list")


# Settings ----------------------------------------------------------------------------------


@require_GET
def settings_index(request: HttpRequest) -> HttpResponse:
    """Every setting kept in the app that this person may see, one link each."""
    pages = pages_for(request.user)
    if not pages:
        raise PermissionDenied
    return render(request, "qms/settings_index.html", {"pages": pages})


change_group_register = permission_required("qms.change_group_register", raise_exception=True)


@require_http_methods(["GET", "POST"])
@change_group_register
def public_profile_update(request: HttpRequest) -> HttpResponse:
    """The organisation's name and logo on the public pages."""
    profile = PublicProfile.current() or PublicProfile()
    if request.method == "POST":
        form = PublicProfileForm(request.POST, request.FILES, instance=profile)
        if applied(
            form,
            lambda data: services.save_public_profile(
                by=request.user,
                organisation_name=data["organisation_name"],
                logo=data.get("logo_file"),
                remove_logo=data.get("remove_logo", False),
            ),
        ):
            messages.success(request, _("Namnet och logotypen är sparade."))
            return redirect("qms:public_profile")
    else:
        form = PublicProfileForm(instance=profile)
    return render(request, "qms/public_profile_form.html", {"form": form, "profile": profile})


@require_GET
@change_group_register
def public_profile_history(request: HttpRequest) -> HttpResponse:
    profile = PublicProfile.current()
    if profile is None:
        raise Http404
    return render(
        request,
        "qms/history.html",
        {
            "object": profile,
            "entries": history_for(profile),
            "back_url": reverse("qms:public_profile"),
        },
    )


@login_not_required
@require_GET
def public_logo(request: HttpRequest) -> FileResponse:
    """The logo of the public pages, for anyone. Only a checked raster image is ever stored
    (qms.services.check_logo); it is served with its checked type and a policy that lets
    nothing in it run."""
    profile = PublicProfile.current()
    if profile is None or not profile.logo:
        raise Http404
    try:
        handle = profile.logo.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(handle, content_type=profile.logo_content_type)
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "public, max-age=3600"
    return response


# Operations --------------------------------------------------------------------------------


# How long the health check waits for a database connection. A load balancer's probe must get
# its answer within its own timeout (often 1–5 s) during an outage, not time out.
HEALTHZ_DATABASE_TIMEOUT = 0.5
# How long a browser should wait before trying again during an outage.
RETRY_AFTER_SECONDS = 30


def database_answers(timeout: float = HEALTHZ_DATABASE_TIMEOUT) -> bool:
    """Whether PostgreSQL answers a query within about `timeout` seconds.

    With the connection pool (production) the check waits for a pooled connection at most
    `timeout`, not the pool's own wait for ordinary requests; without it a new connection is
    refused at once when the server is down (and gives up after `connect_timeout`)."""
    pool = getattr(connection, "pool", None)
    if pool is not None:
        pool.open()  # no-op once open; the first request of a process opens it
        with pool.connection(timeout=timeout) as conn:
            conn.execute("SELECT 1")
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return True


@login_not_required
@never_cache
@require_GET
def live(request: HttpRequest) -> JsonResponse:
    """Liveness: this process answers requests. Asks nothing else, so a database or broker
    outage never makes Kubernetes restart healthy web processes (they recover by themselves,
    issue 13 #5); only a hung process fails it."""
    return JsonResponse({"status": "ok"})


def outbox_is_moving(max_age: int) -> tuple[bool, float]:
    """Whether the oldest pending e-mail is younger than `max_age` seconds (its age in seconds,
    0 when none is pending). One query on the partial index of pending rows."""
    from qms.models import OutgoingEmail

    oldest = (
        OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING)
        .order_by("created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    age = (timezone.now() - oldest).total_seconds() if oldest else 0.0
    return age <= max_age, age


@login_not_required
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Readiness (/healthz/ready, and /healthz as before): 200 when the database and the broker
    answer and the outbox moves; 503 otherwise. During a database outage it answers within a
    second (issue 13 #5). An e-mail pending longer than OUTBOX_READY_MAX_AGE seconds means the
    worker or the broker has stopped delivering: monitoring sees a silent e-mail stoppage here
    (0 turns that check off)."""
    status = {"database": "ok", "broker": "ok"}
    try:
        database_answers()
    except Exception as error:
        logger.warning("healthz: database unavailable: %s", error)
        status["database"] = "unavailable"
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=0)  # one attempt: no sleeping between retries
    except Exception as error:
        logger.warning("healthz: broker unavailable: %s", error)
        status["broker"] = "unavailable"
    extra = {}
    max_age = settings.OUTBOX_READY_MAX_AGE
    if max_age and status["database"] == "ok":
        try:
            moving, age = outbox_is_moving(max_age)
        except Exception as error:
            logger.warning("healthz: outbox unreadable: %s", error)
            moving, age = False, -1.0
        status["outbox"] = "ok" if moving else "stalled"
        extra["outbox_oldest_pending_seconds"] = round(age)
        if not moving:
            logger.warning("healthz: the oldest pending e-mail is %.0f s old", age)
    healthy = all(v == "ok" for v in status.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **status, **extra},
        status=200 if healthy else 503,
    )


# Errors --------------------------------------------------------------------------------------

# What PostgreSQL being unreachable (or restarting) looks like from a request: no connection
# within the pool's wait, a connection that broke, a server that is shutting down. (psycopg's
# own class too, for a pool error that reaches us without Django's wrapping.)
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError, psycopg.OperationalError)


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    """Django's handler500, with one exception: while the database is unavailable every request
    gets "tillfälligt ur funktion" (503, Retry-After) instead of a 500 (issue 13 #5); so does a
    request that needed the object store while it did not answer (qms.storage.store_unavailable).

    Django calls the handler from inside its `except` block, whichever layer raised (a view, or
    a middleware such as the session or history middleware before any view runs), so the error
    is still at hand. The pages render without the database: no request context, no user."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_UNAVAILABLE) or store_unavailable(error):
        page = loader.get_template("503.html").render({"retry_after": RETRY_AFTER_SECONDS})
        response = HttpResponse(page, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(loader.get_template("500.html").render(), status=500)


@require_GET
def picker(request: HttpRequest, name: str) -> HttpResponse:
    """The options of a picker (qms.pickers) that match a search, as `<option>` elements."""
    params = request.GET
    field = pickers.field_for(name, request, params)
    selected = params.get(params.get("falt", ""), "")
    choices = field.search_choices(params.get("q", "")[:100], selected)
    return render(
        request,
        "includes/picker_options.html",
        {"choices": choices, "selected": selected, "nothing": _("Inga träffar")},
    )
