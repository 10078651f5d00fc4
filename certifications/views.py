from __future__ import annotations

import magic
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import OuterRef, Prefetch, Subquery
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from certifications import paging, services
from certifications.calendar import build_feed
from certifications.forms import (
    CertificateCreateForm,
    CertificateForm,
    CycleForm,
    EventForm,
    EvidenceForm,
    NotRenewingForm,
    OverviewFilterForm,
    RenewForm,
    StandardRemindersForm,
    StatusForm,
)
from certifications.models import (
    CalendarFeed,
    Certificate,
    Cycle,
    CycleEvent,
    EvidenceItem,
    Standard,
    hash_token,
)
from certifications.timeline import build_timeline
from qms.forms import applied
from qms.history import history_for
from qms.models import OrganisationUnit
from qms.notifications import absolute_url
from qms.submissions import submitted_once

# The overview's "by unit" table: organisations and förvaltningar, not every enhet.
OVERVIEW_UNIT_KINDS = (*OrganisationUnit.ORGANISATION_KINDS, OrganisationUnit.Kind.DEPARTMENT)


def _visible_certificate(request: HttpRequest, pk: int) -> Certificate:
    return get_object_or_404(Certificate.objects.visible_to(request.user), pk=pk)


def _require(request: HttpRequest, perm: str, certificate: Certificate) -> None:
    if not request.user.has_perm(perm, certificate):
        raise PermissionDenied


def _form_page(
    request: HttpRequest,
    form,
    *,
    title: str,
    certificate: Certificate | None = None,
    intro: str = "",
    submit: str = "",
) -> HttpResponse:
    """One template for every form of the app: a heading, a short text, the fields."""
    return render(
        request,
        "certifications/form.html",
        {
            "form": form,
            "title": title,
            "certificate": certificate,
            "intro": intro,
            "submit": submit or _("Spara"),
            "cancel_url": certificate.get_absolute_url()
            if certificate
            else reverse("certifications:overview"),
        },
    )


def _saved(request: HttpRequest, certificate: Certificate) -> HttpResponse:
    messages.success(request, _("Ändringarna är sparade."))
    return redirect(certificate)


# Overview, board status, detail ---------------------------------------------------------------


def _page_of(request: HttpRequest, certificates) -> dict:
    """One page of the certificates (keyset: `?efter=`/`?fore=` a cursor), its links and a
    count that stops at paging.COUNT_LIMIT: bounded work however many certificates the user
    sees (issue 12). A cursor that this page did not make gives the first page."""
    try:
        page = paging.paginate(certificates.with_current_cycle(), request.GET)
    except paging.InvalidCursor:
        page = paging.paginate(certificates.with_current_cycle(), QueryDict())
    total = paging.bounded_count(certificates)
    return {
        "certificates": page.certificates,
        "links": paging.page_links(request.path, request.GET, page),
        "total": total,
        "total_is_capped": total > paging.COUNT_LIMIT,
        "count_limit": paging.COUNT_LIMIT,
    }


@require_GET
@permission_required("certifications.view_certificates", raise_exception=True)
def overview(request: HttpRequest) -> HttpResponse:
    """The certificates in the user's scope, a page at a time, with the next 36 months of that
    page; and per förvaltning, bolag and förening the certificates in force that cover it."""
    form = OverviewFilterForm(request.GET)
    filtered = Certificate.objects.visible_to(request.user)
    if form.is_valid():
        if form.cleaned_data["standard"]:
            filtered = filtered.filter(standard=form.cleaned_data["standard"])
        if form.cleaned_data["status"]:
            filtered = filtered.filter(status=form.cleaned_data["status"])
    context = _page_of(request, filtered)
    today = timezone.localdate()
    context.update(
        {
            "form": form,
            "timeline": build_timeline(context["certificates"], today),
            "today": today,
            "reminding_statuses": Certificate.EVENT_REMINDERS,
            "can_add": request.user.has_perm("certifications.add_certificate"),
            "can_see_board": request.user.has_perm("certifications.view_board_status"),
        }
    )
    if request.htmx:
        return render(request, "certifications/overview.html#results", context)
    context.update(_coverage(request, filtered))
    return render(request, "certifications/overview.html", context)


def _coverage(request: HttpRequest, certificates) -> dict:
    """Per organisation and förvaltning: the certificates in force that cover it (one per
    standard: the oldest).

    For each unit shown and each of its ancestors, and each standard that has a certificate in
    force, the first link of the unit in certificate order whose certificate is of that
    standard, in force and among `certificates` (so visible): an index walk that stops at the
    first match. The work is bounded by the units shown, the standards and the certificates
    linked to one unit, not by every certificate (issue 12: grouping every link of the shown
    units took 110–190 ms at 100,000 certificates)."""
    units = list(
        OrganisationUnit.objects.visible_to(request.user)
        .active()
        .filter(kind__in=OVERVIEW_UNIT_KINDS)
        .order_by("path")
    )
    above = {path for unit in units for path in unit.ancestor_paths()}
    if not units:  # e.g. a chef of an enhet: no förvaltning or organisation to show
        return {"standards": [], "unit_rows": [], "uncovered": []}
    in_force = certificates.filter(status__in=Certificate.IN_FORCE)
    # The standards with a certificate in force here: one index probe per standard (a part of
    # one query each), not a semi-join of every visible certificate.
    present = [
        in_force.filter(standard_id=pk).order_by("pk").values_list("standard_id", flat=True)[:1]
        for pk in Standard.objects.order_by("pk").values_list("pk", flat=True)
    ]
    standard_ids = sorted(present[0].union(*present[1:], all=True)) if present else []
    links = Certificate.units.through.objects.filter(organisationunit_id=OuterRef("pk"))
    first_of = {
        f"standard_{pk}": Subquery(
            links.filter(certificate__in=in_force.filter(standard_id=pk).values("pk"))
            .order_by("certificate_id")
            .values("certificate_id")[:1]
        )
        for pk in standard_ids
    }
    by_path: dict[str, dict[int, int]] = {}
    if units and standard_ids:
        for path, *firsts in (
            OrganisationUnit.objects.filter(path__in=above)
            .annotate(**first_of)
            .values_list("path", *first_of)
        ):
            by_path[path] = {
                standard_id: pk
                for standard_id, pk in zip(standard_ids, firsts, strict=True)
                if pk is not None
            }
    chosen_ids = {pk for standards in by_path.values() for pk in standards.values()}
    chosen = certificates.select_related("standard").in_bulk(chosen_ids)
    standards = sorted({c.standard for c in chosen.values()}, key=lambda s: s.name)
    rows = []
    for unit in units:
        covering: dict[int, Certificate] = {}
        for path in unit.ancestor_paths():
            for standard_id, pk in by_path.get(path, {}).items():
                if pk in chosen and (standard_id not in covering or pk < covering[standard_id].pk):
                    covering[standard_id] = chosen[pk]
        rows.append((unit, [covering.get(s.pk) for s in standards]))
    return {
        "standards": standards,
        "unit_rows": rows,
        "uncovered": [unit for unit, cells in rows if not any(cells)],
    }


@require_GET
@permission_required("certifications.view_board_status", raise_exception=True)
def board(request: HttpRequest) -> HttpResponse:
    """Read-only status for board members: what is certified, until when, what comes next."""
    context = _page_of(request, Certificate.objects.visible_to(request.user))
    context["today"] = timezone.localdate()
    context["reminding_statuses"] = Certificate.EVENT_REMINDERS
    return render(request, "certifications/board.html", context)


@require_GET
@permission_required("certifications.view_certificates", raise_exception=True)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _visible_certificate(request, pk)
    cycles = certificate.cycles.prefetch_related(
        "events", Prefetch("evidence", queryset=EvidenceItem.objects.order_by("order", "pk"))
    )
    cycles = list(cycles)
    current = certificate.current_cycle
    return render(
        request,
        "certifications/detail.html",
        {
            "certificate": certificate,
            "current": next((c for c in cycles if current and c.pk == current.pk), None),
            "earlier": [c for c in cycles if not current or c.pk != current.pk],
            "units": certificate.units.all(),
            "can_manage": request.user.has_perm("certifications.manage_certificate", certificate),
            "can_work": request.user.has_perm("certifications.work_on_certificate", certificate),
        },
    )


@require_GET
@permission_required("certifications.view_certificates", raise_exception=True)
def history(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _visible_certificate(request, pk)
    return render(
        request,
        "qms/history.html",
        {
            "object": certificate,
            "entries": history_for(certificate),
            "back_url": certificate.get_absolute_url(),
        },
    )


# Changes to a certificate -------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@permission_required("certifications.add_certificate", raise_exception=True)
@submitted_once
def create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = CertificateCreateForm(request.POST, request.FILES, actor=request.user)
        if form.is_valid():
            try:
                certificate = services.create_certificate(by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Certifikatet är registrerat."))
                return redirect(certificate)
    else:
        form = CertificateCreateForm(
            actor=request.user, initial={"responsible": request.user, "status": "active"}
        )
    return _form_page(request, form, title=_("Nytt certifikat"), submit=_("Registrera"))


@require_http_methods(["GET", "POST"])
def update(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _visible_certificate(request, pk)
    _require(request, "certifications.manage_certificate", certificate)
    if request.method == "POST":
        form = CertificateForm(request.POST, instance=certificate, actor=request.user)
        if applied(form, lambda data: form.save()):
            return _saved(request, certificate)
    else:
        form = CertificateForm(instance=certificate, actor=request.user)
    return render(request, "certifications/form.html", {"form": form, "certificate": certificate})


@require_http_methods(["GET", "POST"])
def cycle_update(request: HttpRequest, pk: int) -> HttpResponse:
    cycle = get_object_or_404(
        Cycle.objects.filter(certificate__in=Certificate.objects.visible_to(request.user)), pk=pk
    )
    certificate = cycle.certificate
    _require(request, "certifications.manage_certificate", certificate)
    if request.method == "POST":
        form = CycleForm(request.POST, request.FILES, instance=Cycle.objects.get(pk=cycle.pk))

        def update(data: dict) -> None:
            upload = data["certificate_file"]
            services.update_cycle(
                cycle,
                by=request.user,
                number=data["number"],
                issue_date=data["issue_date"],
                expiry_override=data["expiry_override"],
                expiry_override_reason=data["expiry_override_reason"],
                certificate_file=None if isinstance(upload, FieldFile) else upload,
            )

        if applied(form, update):
            return _saved(request, certificate)
    else:
        form = CycleForm(instance=cycle)
    return _form_page(
        request,
        form,
        title=_("Certifikatets datum och dokument"),
        certificate=certificate,
        intro=_(
            "Utgångsdatumet räknas fram ur utfärdandedatumet och standardens giltighetstid "
            "(%(months)s månader): i dag %(expiry)s. Planerade händelser flyttas med när datumet "
            "ändras, utom de som har planerats om för hand."
        )
        % {"months": certificate.standard.validity_months, "expiry": cycle.derived_expiry()},
    )


@require_http_methods(["GET", "POST"])
def status(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _visible_certificate(request, pk)
    _require(request, "certifications.manage_certificate", certificate)
    if request.method == "POST":
        form = StatusForm(request.POST, certificate=certificate)
        if form.is_valid():
            try:
                services.change_status(
                    certificate, by=request.user, status=form.cleaned_data["status"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return _saved(request, certificate)
    else:
        form = StatusForm(certificate=certificate)
    return _form_page(
        request,
        form,
        title=_("Ändra status för %(name)s") % {"name": certificate},
        certificate=certificate,
        intro=_("Nuvarande status: %(status)s.") % {"status": certificate.get_status_display()},
    )


@require_http_methods(["GET", "POST"])
def not_renewing(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _visible_certificate(request, pk)
    _require(request, "certifications.manage_certificate", certificate)
    if request.method == "POST":
        form = NotRenewingForm(request.POST)
        if form.is_valid():
            try:
                services.decide_not_renewing(certificate, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Beslutet att inte förnya är registrerat."))
                return redirect(certificate)
    else:
        form = NotRenewingForm(initial={"decided_on": timezone.localdate()})
    return _form_page(
        request,
        form,
        title=_("Beslut att inte förnya %(name)s") % {"name": certificate},
        certificate=certificate,
        intro=_(
            "Att avstå från att förnya är ett vanligt och legitimt beslut. När det är registrerat "
            "skickas inga fler påminnelser om certifikatet."
        ),
        submit=_("Registrera beslutet"),
    )


@require_http_methods(["GET", "POST"])
@submitted_once
def renew(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _visible_certificate(request, pk)
    _require(request, "certifications.manage_certificate", certificate)
    current = certificate.current_cycle
    if request.method == "POST":
        form = RenewForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.renew_certificate(certificate, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _(
                        "Det förnyade certifikatet är registrerat. Underlaget för nästa "
                        "förnyelse utgår från det här."
                    ),
                )
                return redirect(certificate)
    else:
        form = RenewForm()
    done, total = current.evidence_progress() if current else (0, 0)
    return _form_page(
        request,
        form,
        title=_("Registrera förnyat certifikat"),
        certificate=certificate,
        intro=_(
            "Underlaget för förnyelsen: %(done)s av %(total)s punkter klara. En ny cykel börjar "
            "med utfärdandedatumet; dess underlag utgår från det här."
        )
        % {"done": done, "total": total},
        submit=_("Registrera förnyelsen"),
    )


# Events and evidence --------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def event_update(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(
        CycleEvent.objects.visible_to(request.user).select_related("cycle__certificate"), pk=pk
    )
    certificate = event.cycle.certificate
    _require(request, "certifications.work_on_certificate", certificate)
    if request.method == "POST":
        form = EventForm(request.POST, instance=CycleEvent.objects.get(pk=event.pk))
        if applied(form, lambda data: services.record_event(event, by=request.user, **data)):
            return _saved(request, certificate)
    else:
        form = EventForm(instance=event)
    return _form_page(
        request,
        form,
        title=event.name,
        certificate=certificate,
        intro=_(
            "%(certificate)s. Fyll i genomfört datum och resultat när revisionen är gjord, eller "
            "ändra det planerade datumet om den bokas om."
        )
        % {"certificate": certificate},
    )


def _visible_evidence(request: HttpRequest, pk: int) -> EvidenceItem:
    visible = Certificate.objects.visible_to(request.user)
    return get_object_or_404(
        EvidenceItem.objects.filter(cycle__certificate__in=visible).select_related(
            "cycle__certificate"
        ),
        pk=pk,
    )


@require_GET
@permission_required("certifications.view_certificates", raise_exception=True)
def evidence(request: HttpRequest, pk: int) -> HttpResponse:
    """A cycle's renewal evidence: one entry per checklist item, with progress."""
    cycle = get_object_or_404(
        Cycle.objects.filter(certificate__in=Certificate.objects.visible_to(request.user)), pk=pk
    )
    return render(request, "certifications/evidence.html", _evidence_context(request, cycle))


def _evidence_context(request: HttpRequest, cycle: Cycle) -> dict:
    items = list(cycle.evidence.select_related("done_by", "copied_from"))
    done = sum(1 for item in items if item.done)
    return {
        "cycle": cycle,
        "certificate": cycle.certificate,
        "items": items,
        "done": done,
        "total": len(items),
        "can_work": request.user.has_perm("certifications.work_on_certificate", cycle.certificate),
        "can_manage": request.user.has_perm("certifications.manage_certificate", cycle.certificate),
        "is_current": not Cycle.objects.filter(previous=cycle).exists(),
    }


@require_http_methods(["GET", "POST"])
def evidence_update(request: HttpRequest, pk: int) -> HttpResponse:
    item = _visible_evidence(request, pk)
    certificate = item.cycle.certificate
    _require(request, "certifications.work_on_certificate", certificate)
    if request.method == "POST":
        form = EvidenceForm(
            request.POST, request.FILES, instance=EvidenceItem.objects.get(pk=item.pk)
        )
        if applied(
            form,
            lambda data: services.update_evidence(
                item,
                by=request.user,
                text=data["text"],
                done=data["done"],
                document=None if isinstance(data["document"], FieldFile) else data["document"],
            ),
        ):
            messages.success(request, _("Ändringarna är sparade."))
            return redirect(
                reverse("certifications:evidence", args=[item.cycle_id]) + f"#item-{item.pk}"
            )
    else:
        form = EvidenceForm(instance=item)
    intro = item.guidance
    if item.copied_from_id:
        intro += " " + _(
            "Texten och dokumentet kommer från förra ansökan: revidera det som ändrats."
        )
    return _form_page(request, form, title=item.title, certificate=certificate, intro=intro)


@require_POST
def evidence_done(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one entry done (or not); htmx gets the entry and the progress back in place."""
    item = _visible_evidence(request, pk)
    _require(request, "certifications.work_on_certificate", item.cycle.certificate)
    services.mark_evidence_done(item, by=request.user, done=request.POST.get("done") == "1")
    if request.htmx:
        context = _evidence_context(request, item.cycle)
        context["item"] = next(i for i in context["items"] if i.pk == item.pk)
        return render(request, "certifications/evidence.html#done_response", context)
    return redirect(reverse("certifications:evidence", args=[item.cycle_id]) + f"#item-{item.pk}")


# Files: served only through these permission-checked views, always as attachments ----------


def _attachment(file: FieldFile, name: str) -> FileResponse:
    if not file:
        raise Http404
    try:
        handle = file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    content_type = magic.from_buffer(handle.read(4096), mime=True)
    handle.seek(0)
    return FileResponse(
        handle, as_attachment=True, filename=name or "dokument", content_type=content_type
    )


@require_GET
@permission_required("certifications.view_certificates", raise_exception=True)
def cycle_file(request: HttpRequest, pk: int) -> FileResponse:
    cycle = get_object_or_404(
        Cycle.objects.filter(certificate__in=Certificate.objects.visible_to(request.user)), pk=pk
    )
    return _attachment(cycle.certificate_file, cycle.certificate_file_name)


@require_GET
@permission_required("certifications.view_certificates", raise_exception=True)
def evidence_file(request: HttpRequest, pk: int) -> FileResponse:
    item = _visible_evidence(request, pk)
    return _attachment(item.document, item.document_name)


# Calendar feed ----------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def calendar(request: HttpRequest) -> HttpResponse:
    """The user's secret calendar address: made or replaced here, shown once."""
    if request.method == "POST":
        token = services.rotate_calendar_token(user=request.user)
        # Only the hash is stored: the address can be shown on the next page and never again.
        request.session["calendar_token"] = token
        return redirect("certifications:calendar")
    token = request.session.pop("calendar_token", None)
    # From BASE_URL, not the request's Host header: the address is copied into Outlook and
    # must point at this installation whatever host the request named.
    feed_url = (
        absolute_url(reverse("certifications:calendar_feed", args=[token])) if token else None
    )
    return render(
        request,
        "certifications/calendar.html",
        {
            "feed_url": feed_url,
            "has_feed": CalendarFeed.objects.filter(user=request.user).exists(),
        },
    )


@login_not_required
@never_cache
@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The iCalendar file for a calendar program: no session, the secret token is the key."""
    feed = CalendarFeed.objects.select_related("user").filter(token_hash=hash_token(token)).first()
    if feed is None or not feed.user.is_active:
        raise Http404
    response = HttpResponse(build_feed(feed.user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="kvalitetsledning.ics"'
    return response


# Settings: reminder lead times of the standards ----------------------------------------------

change_registers = permission_required("qms.change_group_register", raise_exception=True)


@require_GET
@change_registers
def standard_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "certifications/standard_list.html",
        {"standards": Standard.objects.order_by("-is_active", "name")},
    )


@require_http_methods(["GET", "POST"])
@change_registers
def standard_update(request: HttpRequest, pk: int) -> HttpResponse:
    standard = get_object_or_404(Standard, pk=pk)
    if request.method == "POST":
        form = StandardRemindersForm(request.POST, instance=standard)
        if applied(form, lambda data: form.save()):
            messages.success(
                request, _("Påminnelserna för %(name)s är sparade.") % {"name": standard.name}
            )
            return redirect("certifications:standard_list")
    else:
        form = StandardRemindersForm(instance=standard)
    return render(
        request,
        "form_page.html",
        {
            "form": form,
            "title": _("Påminnelser för %(name)s") % {"name": standard.name},
            "back_url": reverse("certifications:standard_list"),
            "back_label": _("Påminnelser för standarder"),
            "history_url": reverse("certifications:standard_history", args=[standard.pk]),
        },
    )


@require_GET
@change_registers
def standard_history(request: HttpRequest, pk: int) -> HttpResponse:
    standard = get_object_or_404(Standard, pk=pk)
    return render(
        request,
        "qms/history.html",
        {
            "object": standard,
            "entries": history_for(standard),
            "back_url": reverse("certifications:standard_update", args=[pk]),
        },
    )
