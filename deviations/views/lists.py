"""Lists, search, exports and statistics (deviation list, action register, dashboard)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Choices
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from deviations import charts, exports, services, statistics, tasks
from deviations.filters import ActionFilter, DashboardFilterForm, DeviationFilter
from deviations.forms import (
    ActionReassignForm,
    ActionRescheduleForm,
    SavedFilterForm,
    ticked_actions,
)
from deviations.models import (
    CASE_HANDLER_ROLES,
    LIST_URLS,
    Action,
    Deviation,
    Export,
    SavedFilter,
    Severity,
)
from deviations.pagination import (
    AFTER,
    BEFORE,
    COUNT_LIMIT,
    InvalidCursor,
    Ordering,
    Page,
    bounded_count,
    page_links,
    paginate,
)
from deviations.services import may_manage_action
from qms.links import url_for_pk
from qms.models import User
from qms.prepared import prepared
from qms.submissions import submitted_once

logger = logging.getLogger(__name__)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"
# What a row of the deviation list shows (and its page cursor: created_at or occurred_at), the
# only columns read for it: reading and building every other column of each row, its unit and
# its category took a third more CPU (3.4 → 2.6 ms for a page of 25).
LIST_FIELDS = (
    "number",
    "title",
    "status",
    "is_confidential",
    "probability",
    "consequence",
    "created_at",
    "occurred_at",
    "unit__name",
    "category__name",
    "category__parent__name",
)
# The columns of an action table's rows (action_rows, includes/action_table.html), with the unit's
# path for may_manage_action and the owner's name: 50 actions with every column of the action, its
# owner and its unit cost a third more to read and build (issue 12).
ACTION_ROW_FIELDS = (
    "title",
    "kind",
    "status",
    "is_confidential",
    "due_date",
    "created_at",
    "content_type",
    "object_id",
    "unit__name",
    "unit__path",
    "owner__username",
    "owner__first_name",
    "owner__last_name",
)

# "My actions" shows every open action (up to this many) and the latest finished ones.
MY_OPEN_SHOWN = 200
MY_FINISHED_SHOWN = 50


def is_fragment(request: HttpRequest) -> bool:
    """An htmx swap gets the partial; a history restore (back button) needs the whole page."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def filter_params(params: QueryDict) -> QueryDict:
    """The filters of a list's query string, without its page cursor (or an export's format)."""
    query = params.copy()
    for key in (AFTER, BEFORE, "format", "query", "csrfmiddlewaretoken"):
        query.pop(key, None)
    return query


def _page(queryset, ordering: Ordering, params: QueryDict) -> tuple[Page, str]:
    try:
        return paginate(queryset, ordering, params), ""
    except InvalidCursor:
        first = paginate(queryset, ordering, filter_params(params))
        return first, _("Sidan i adressen kunde inte läsas. Första sidan visas.")


def filtered_list(request: HttpRequest, filter_class, queryset, *related: str) -> dict:
    """The context of a filtered, keyset-paginated list: filter, page, links, bounded count."""
    filterset = filter_class(request.GET, queryset, user=request.user)
    page, page_error = _page(filterset.qs.select_related(*related), filterset.ordering, request.GET)
    return {
        "filter": filterset,
        "page": page,
        "page_error": page_error,
        "links": page_links(request.path, request.GET, page),
        "total": filterset.bounded_count(),
        "count_limit": COUNT_LIMIT,
    }


def count_heading(total: int, more_than: str, counted: str) -> str:
    """ "25 avvikelser", or "Fler än 1 000 avvikelser" when the bounded count reached its limit."""
    if total > COUNT_LIMIT:
        return more_than % {"limit": number_format(COUNT_LIMIT, force_grouping=True)}
    return counted % {"count": total}


def render_list(request: HttpRequest, template: str, context: dict) -> HttpResponse:
    """The whole page, or only its `results` partial for an htmx swap."""
    return render(request, f"{template}#results" if is_fragment(request) else template, context)


@require_GET
@vary_on_headers("HX-Request")
def deviation_list(request: HttpRequest) -> HttpResponse:
    context = filtered_list(
        request,
        DeviationFilter,
        Deviation.objects.visible_to(request.user).only(*LIST_FIELDS),
        "unit",
        "category__parent",
    )
    list_rows(context["page"].items)
    context["heading"] = count_heading(
        context["total"],
        _("Fler än %(limit)s avvikelser"),
        ngettext("%(count)s avvikelse", "%(count)s avvikelser", context["total"]),
    )
    query = filter_params(request.GET)
    context["export_urls"] = {
        fmt: f"{reverse('deviations:export')}?{_with(query, format=fmt)}" for fmt in ("xlsx", "csv")
    }
    context.update(saved_filters(request, SavedFilter.List.DEVIATIONS))
    return render_list(request, "deviations/list.html", context)


def labels(choices: type[Choices]) -> dict[str, str]:
    """Each value's label, translated once (get_FOO_display() translates every label of the
    field each time it is called)."""
    return {value: str(label) for value, label in choices.choices}


def list_rows(deviations: list[Deviation]) -> list[Deviation]:
    """Set what a row of the deviation list shows beyond its fields, worked out once for the
    page and not per row in the template (deviations/list.html): its link (`url`), its status's
    and its severity's labels and when it was reported, as the `date` filter wrote it."""
    detail_url = url_for_pk("deviations:detail")
    status_labels = labels(Deviation.Status)
    severity_labels = labels(Severity)
    for deviation in deviations:
        deviation.url = detail_url(deviation.pk)
        deviation.status_label = status_labels.get(deviation.status, deviation.status)
        deviation.severity_label = severity_labels.get(deviation.severity, "")
        reported = timezone.localtime(deviation.created_at)
        deviation.reported_at = reported.isoformat()  # |date:"c"
        deviation.reported_on = reported.date().isoformat()  # |date:"Y-m-d"
    return deviations


def _with(query: QueryDict, **values: str) -> str:
    query = query.copy()
    for key, value in values.items():
        query[key] = value
    return query.urlencode()


# Saved filters ------------------------------------------------------------------------------


@prepared(int, str)
def _saved_filters_of(user_id: int, list_key: str):
    """A person's saved filters of one list, by the statement compiled once (qms.prepared)."""
    return SavedFilter.objects.filter(user_id=user_id, list=list_key)


def saved_filters(request: HttpRequest, list_key: str) -> dict:
    """The person's own saved filters of this list (the one in use marked) and what saving the
    current filter would store."""
    query = filter_params(request.GET).urlencode()
    mine = _saved_filters_of(request.user.pk, str(list_key))
    for saved in mine:
        saved.is_current = saved.query == query
    return {
        "saved_filters": mine,
        "saved_filter_form": SavedFilterForm(
            initial={"list": list_key, "query": query}, user=request.user
        )
        if query and not any(saved.is_current for saved in mine)
        else None,
    }


@require_POST
@submitted_once
def saved_filter_create(request: HttpRequest) -> HttpResponse:
    form = SavedFilterForm(request.POST, user=request.user)
    if form.is_valid():
        saved = form.save()
        messages.success(request, _("Filtret ”%(name)s” är sparat.") % {"name": saved.name})
        return redirect(saved.get_absolute_url())
    list_key = form.data.get("list")
    back = reverse(LIST_URLS.get(list_key, "deviations:list"))
    query = form.cleaned_data.get("query", "") if hasattr(form, "cleaned_data") else ""
    return render(
        request,
        "form_page.html",
        {
            "title": _("Spara filtret"),
            "form": form,
            "back_url": f"{back}?{query}" if query else back,
            "back_label": _("Tillbaka till listan"),
        },
    )


@require_POST
def saved_filter_delete(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(request.user.saved_filters, pk=pk)
    saved.delete()
    messages.success(request, _("Filtret ”%(name)s” är borttaget.") % {"name": saved.name})
    return redirect(LIST_URLS[saved.list])


# The action register ------------------------------------------------------------------------


def with_sources(user: User, actions: list[Action]) -> list[Action]:
    """Set `source_deviation` on each action whose source the user may open (one query).

    The link goes only where the user may follow it; other sources show their kind only.
    """
    deviation_type = ContentType.objects.get_for_model(Deviation)
    ids = {a.object_id for a in actions if a.content_type_id == deviation_type.pk}
    visible = Deviation.objects.visible_to(user).filter(pk__in=ids).only("pk", "number")
    by_id = {deviation.pk: deviation for deviation in visible}
    kinds = {  # each kind of source named once (a name is translated)
        pk: ContentType.objects.get_for_id(pk).name
        for pk in {a.content_type_id for a in actions if a.content_type_id}
    }
    for action in actions:
        action.source_deviation = by_id.get(action.object_id)
        action.source_kind = kinds.get(action.content_type_id, "")
    return actions


def action_rows(user: User, actions: list[Action]) -> list[Action]:
    """The actions of an action table (deviations/includes/action_table.html): with their sources
    (with_sources) and what a row shows beyond its fields, worked out once for the table and not
    per row in the template: the links (`url`), the kind's and the status's labels, whether it is
    overdue and its due date as written."""
    with_sources(user, actions)
    action_url = url_for_pk("deviations:action_detail")
    deviation_url = url_for_pk("deviations:detail")
    kind_labels = labels(Action.Kind)
    status_labels = labels(Action.Status)
    today = timezone.localdate()
    for action in actions:
        action.url = action_url(action.pk)
        action.kind_label = kind_labels.get(action.kind, action.kind)
        action.status_label = status_labels.get(action.status, action.status)
        action.overdue = action.is_overdue(today)
        action.due_on = action.due_date.isoformat()  # |date:"Y-m-d"
        if action.source_deviation:
            action.source_deviation.url = deviation_url(action.source_deviation.pk)
    return actions


@require_GET
@vary_on_headers("HX-Request")
def action_list(request: HttpRequest) -> HttpResponse:
    context = filtered_list(
        request,
        ActionFilter,
        Action.objects.visible_to(request.user).only(*ACTION_ROW_FIELDS),
        "owner",
        "unit",
    )
    action_rows(request.user, context["page"].items)
    # They came from Action.objects.visible_to: the viewer may open each (action_table.html).
    context["may_open"] = frozenset(action.pk for action in context["page"].items)
    context["heading"] = count_heading(
        context["total"],
        _("Fler än %(limit)s åtgärder"),
        ngettext("%(count)s åtgärd", "%(count)s åtgärder", context["total"]),
    )
    context.update(saved_filters(request, SavedFilter.List.ACTIONS))
    # Chefs and coordinators tick open actions they manage and give them a new owner.
    if request.user.membership_paths(*CASE_HANDLER_ROLES):
        context["selectable"] = {
            a.pk for a in context["page"].items if a.is_open and may_manage_action(request.user, a)
        }
        if context["selectable"]:
            context["reassign_form"] = reassign = ActionReassignForm(user=request.user)
            # The same people as the owner filter's (forms.possible_owners): read once for both.
            context["filter"].form.fields["ansvarig"].share_options(reassign.fields["owner"])
            context["reschedule_form"] = ActionRescheduleForm()
            context["back_query"] = filter_params(request.GET).urlencode()
    context["export_url"] = (
        f"{reverse('deviations:action_export')}?{filter_params(request.GET).urlencode()}"
    )
    return render_list(request, "deviations/action_list.html", context)


def _bulk_back(request: HttpRequest) -> tuple[str, QueryDict]:
    """The register with the filter it was sent from, and that filter."""
    back = reverse("deviations:action_list")
    query = QueryDict(request.POST.get("tillbaka", ""))
    if query:
        back = f"{back}?{filter_params(query).urlencode()}"
    return back, query


def _skipped_warning(request: HttpRequest, skipped: list[int], message: str) -> None:
    """Warn that the `skipped` actions were left as they were, naming those the person may
    see (a few)."""
    titles = list(
        Action.objects.visible_to(request.user)
        .filter(pk__in=skipped)
        .order_by("due_date", "pk")
        .values_list("title", flat=True)[: SKIPPED_NAMED + 1]
    )
    named = ", ".join(f"”{title}”" for title in titles[:SKIPPED_NAMED])
    if len(titles) > SKIPPED_NAMED:
        named += " …"
    if named:
        message += " " + _("Det gäller %(titles)s.") % {"titles": named}
    messages.warning(request, message)


# How many skipped actions the warning names.
SKIPPED_NAMED = 5


def _bulk_page(request: HttpRequest, back: str, query: QueryDict, **forms) -> HttpResponse:
    """The bulk form again with its error, the ticked actions (as they are now) still ticked."""
    ticked = set(ticked_actions(request.POST))
    actions = action_rows(
        request.user,
        list(
            Action.objects.visible_to(request.user)
            .filter(pk__in=ticked)
            .select_related("owner", "unit")[: exports.BATCH_SIZE]
        ),
    )
    selectable = {a.pk for a in actions if a.is_open and may_manage_action(request.user, a)}
    return render(
        request,
        "deviations/action_bulk.html",
        {
            "reassign_form": forms.get("reassign_form") or ActionReassignForm(user=request.user),
            "reschedule_form": forms.get("reschedule_form") or ActionRescheduleForm(),
            "actions": actions,
            "ticked": ticked,
            "selectable": selectable,
            "back_url": back,
            "back_query": query.urlencode(),
        },
    )


@require_POST
@submitted_once
def action_reassign(request: HttpRequest) -> HttpResponse:
    """Give the ticked actions a new owner; back to the register with the same filter."""
    back, query = _bulk_back(request)
    form = ActionReassignForm(request.POST, user=request.user)
    if form.is_valid():
        try:
            changed, skipped = services.reassign_actions(
                form.cleaned_data["seen_owners"], by=request.user, owner=form.cleaned_data["owner"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)s åtgärd har nu %(owner)s som ansvarig.",
                    "%(count)s åtgärder har nu %(owner)s som ansvarig.",
                    len(changed),
                )
                % {"count": len(changed), "owner": form.cleaned_data["owner"]},
            )
            if skipped:
                _skipped_warning(
                    request,
                    skipped,
                    ngettext(
                        "%(count)s åtgärd ändrades inte: den hade fått en annan ansvarig under "
                        "tiden, är avslutad eller så får du inte ändra den.",
                        "%(count)s åtgärder ändrades inte: de hade fått en annan ansvarig under "
                        "tiden, är avslutade eller så får du inte ändra dem.",
                        len(skipped),
                    )
                    % {"count": len(skipped)},
                )
            return redirect(back)
    return _bulk_page(request, back, query, reassign_form=form)


@require_POST
@submitted_once
def action_reschedule(request: HttpRequest) -> HttpResponse:
    """Move the due date of the ticked actions; back to the register with the same filter."""
    back, query = _bulk_back(request)
    form = ActionRescheduleForm(request.POST)
    if form.is_valid():
        changed, skipped = services.reschedule_actions(
            form.cleaned_data["seen_due_dates"],
            by=request.user,
            days=form.cleaned_data["days"],
            due_date=form.cleaned_data["due_date"],
        )
        messages.success(
            request,
            ngettext(
                "Klart senast är ändrat för %(count)s åtgärd.",
                "Klart senast är ändrat för %(count)s åtgärder.",
                len(changed),
            )
            % {"count": len(changed)},
        )
        if skipped:
            _skipped_warning(
                request,
                skipped,
                ngettext(
                    "%(count)s åtgärd ändrades inte: den hade fått ett annat datum under tiden, "
                    "är avslutad eller så får du inte ändra den.",
                    "%(count)s åtgärder ändrades inte: de hade fått ett annat datum under "
                    "tiden, är avslutade eller så får du inte ändra dem.",
                    len(skipped),
                )
                % {"count": len(skipped)},
            )
        return redirect(back)
    return _bulk_page(request, back, query, reschedule_form=form)


@require_GET
def action_export(request: HttpRequest) -> HttpResponse:
    """The filtered action register as an Excel file, from the same visible_to() queryset."""
    query = filter_params(request.GET)
    filterset = ActionFilter(query, Action.objects.visible_to(request.user), user=request.user)
    list_url = f"{reverse('deviations:action_list')}?{query.urlencode()}"
    if not filterset.is_valid():
        messages.error(request, _("Exporten kunde inte göras med det filtret. Rätta det först."))
        return redirect(list_url)
    rows = filterset.qs.select_related("owner", "unit").order_by(*filterset.ordering.order_by())
    if bounded_count(rows, exports.ACTION_EXPORT_ROWS) > exports.ACTION_EXPORT_ROWS:
        messages.error(
            request,
            _("Filtret ger fler än %(limit)s åtgärder. Avgränsa det (enhet, status, datum) först.")
            % {"limit": number_format(exports.ACTION_EXPORT_ROWS, force_grouping=True)},
        )
        return redirect(list_url)
    buffer = io.BytesIO()
    exports.write_xlsx(
        _action_rows(request.user, rows),
        buffer,
        columns=exports.action_header(),
        sheet_title=_("Åtgärder"),
    )
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, exports.action_filename())
    response["Cache-Control"] = NOT_CACHED
    return response


def _action_rows(user: User, queryset) -> Iterator[list]:
    today = timezone.localdate()
    batch: list[Action] = []
    for action in queryset.iterator(chunk_size=exports.BATCH_SIZE):
        batch.append(action)
        if len(batch) == exports.BATCH_SIZE:
            yield from (exports.action_row(a, today) for a in with_sources(user, batch))
            batch = []
    yield from (exports.action_row(a, today) for a in with_sources(user, batch))


@require_GET
def my_actions(request: HttpRequest) -> HttpResponse:
    mine = Action.objects.visible_to(request.user).filter(owner=request.user)
    mine = mine.select_related("unit", "owner").only(*ACTION_ROW_FIELDS)
    open_actions = list(mine.open().order_by("due_date", "pk")[: MY_OPEN_SHOWN + 1])
    finished = list(
        mine.exclude(status__in=Action.OPEN_STATUSES).order_by("-created_at", "-pk")[
            :MY_FINISHED_SHOWN
        ]
    )
    action_rows(request.user, open_actions + finished)
    register_url = reverse("deviations:action_list") + "?" + _mine_query(request.user)
    return render(
        request,
        "deviations/my_actions.html",
        {
            "open_actions": open_actions[:MY_OPEN_SHOWN],
            "more_open": len(open_actions) > MY_OPEN_SHOWN,
            "finished": finished,
            "register_url": register_url,
            # From Action.objects.visible_to: the viewer may open each (action_table.html).
            "may_open": frozenset(action.pk for action in open_actions + finished),
        },
    )


def _mine_query(user: User) -> str:
    query = QueryDict(mutable=True)
    query["ansvarig"] = str(user.pk)
    query.setlist("status", list(Action.OPEN_STATUSES))
    return query.urlencode()


# Exports ---------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@submitted_once
def export(request: HttpRequest) -> HttpResponse:
    """GET: the filtered list as a file; when it is large, a page that offers a background export.

    POST: start that background export, or start a pending one of the user's again.
    """
    if request.method == "POST" and "retry" in request.POST:
        pk = request.POST["retry"]
        pending = Export.objects.filter(requested_by=request.user, status=Export.Status.PENDING)
        job = get_object_or_404(pending, pk=pk) if pk.isdigit() else None
        if job is None:
            raise Http404
        return _start(request, job)

    params = request.POST if request.method == "POST" else request.GET
    query = filter_params(QueryDict(params["query"]) if "query" in params else params)
    export_format = params.get("format", "")
    list_url = f"{reverse('deviations:list')}?{query.urlencode()}"
    filterset, rows = exports.export_queryset(request.user, query)
    too_long = len(query.urlencode()) > Export._meta.get_field("query").max_length
    if export_format not in Export.Format.values or too_long or not filterset.is_valid():
        messages.error(request, _("Exporten kunde inte göras med det filtret. Rätta det först."))
        return redirect(list_url)

    if request.method == "POST":
        job = Export(requested_by=request.user, query=query.urlencode(), format=export_format)
        return _start(request, job)
    limit = exports.direct_export_rows()
    if bounded_count(rows, limit) > limit:
        return render(
            request,
            "deviations/export_start.html",
            {"query": query.urlencode(), "format": export_format, "limit": limit},
        )
    rows = exports.rows_of(rows, request.user)
    if export_format == Export.Format.CSV:
        response = StreamingHttpResponse(exports.csv_lines(rows), content_type=CSV_TYPE)
    else:
        buffer = io.BytesIO()
        exports.write_xlsx(rows, buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = content_disposition_header(
        True, exports.filename(export_format)
    )
    response["Cache-Control"] = NOT_CACHED
    return response


def _start(request: HttpRequest, job: Export) -> HttpResponse:
    """Save the export and queue its task after commit; if the broker is down the row stays
    pending (nothing is lost) and the user is told to start it again later.

    The commit may be the view's own or, for a new export, the one-time token's transaction
    around the view (qms.submissions): the warning is added when the commit happens."""

    def send_after_commit() -> None:
        if not _send(job.pk):
            messages.warning(
                request,
                _("Exporten är sparad men kunde inte startas just nu. Försök igen om en stund."),
            )

    with transaction.atomic():
        job.save()
        transaction.on_commit(send_after_commit)
    return redirect(job)


def _send(pk: int) -> bool:
    try:
        tasks.run_export.delay(pk)
    except Exception:  # broker unreachable (kombu raises several kinds)
        logger.warning("Kunde inte köa export %s", pk, exc_info=True)
        return False
    return True


def _own_export(request: HttpRequest, pk: int) -> Export:
    """Only the person who asked for an export may see it: 404 for everyone else."""
    return get_object_or_404(Export, pk=pk, requested_by=request.user)


@require_GET
@vary_on_headers("HX-Request")
def export_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = _own_export(request, pk)
    template = (
        "deviations/export_detail.html#progress"
        if is_fragment(request)
        else "deviations/export_detail.html"
    )
    return render(request, template, {"export": job, "Status": Export.Status})


# An export may hold confidential cases: no browser or proxy cache keeps a copy.
NOT_CACHED = "private, no-store"


@require_GET
def export_download(request: HttpRequest, pk: int) -> FileResponse:
    job = _own_export(request, pk)
    if job.status != Export.Status.DONE or not job.file:
        raise Http404
    try:
        handle = job.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=exports.filename(job.format),
        content_type=XLSX_TYPE if job.format == Export.Format.XLSX else CSV_TYPE,
    )
    response["Cache-Control"] = NOT_CACHED
    return response


# Statistics ------------------------------------------------------------------------------------

# Categories beyond these share one "Övriga" segment, so that every colour stays distinct.
CHART_CATEGORIES = 6


@require_GET
@vary_on_headers("HX-Request")
@permission_required("deviations.view_dashboard", raise_exception=True)
def dashboard(request: HttpRequest) -> HttpResponse:
    form = DashboardFilterForm(request.GET, user=request.user)
    context: dict = {"form": form}
    if form.is_valid():
        unit = form.cleaned_data["enhet"]
        figures = statistics.figures_for(request.user, unit)
        context.update(figures=figures, unit=unit, **_charts(figures))
        list_query = QueryDict(mutable=True)
        if unit:
            list_query["enhet"] = str(unit.pk)
        context["list_query"] = list_query.urlencode()
    template = (
        "deviations/dashboard.html#figures" if is_fragment(request) else "deviations/dashboard.html"
    )
    return render(request, template, context)


def _charts(figures: statistics.Figures) -> dict:
    """The three charts, and the rows of the tables that give the same numbers."""
    series = [
        (name or _("Ej kategoriserad"), counts) for name, counts in figures.new_by_category.items()
    ]
    if len(series) > CHART_CATEGORIES + 1:
        others = [counts for _name, counts in series[CHART_CATEGORIES:]]
        series = [
            *series[:CHART_CATEGORIES],
            (_("Övriga kategorier"), [sum(month) for month in zip(*others, strict=True)]),
        ]
    month_labels = [
        date_format(month, "M Y" if month.month == 1 or index == 0 else "M")
        for index, month in enumerate(figures.months)
    ]
    per_month = zip(*(counts for _name, counts in series), strict=True) if series else []
    return {
        "new_series": [name for name, _counts in series],
        "new_rows": [
            (month, counts, sum(counts))
            for month, counts in zip(figures.months, per_month, strict=False)
        ],
        "status_chart": charts.horizontal_bars(
            "chart-status",
            _("Öppna avvikelser per status"),
            [(label, count) for _status, label, count in figures.open_by_status],
        ),
        "new_chart": charts.stacked_columns(
            "chart-new", _("Nya avvikelser per månad och kategori"), month_labels, series
        ),
        "unit_chart": charts.horizontal_bars(
            "chart-units",
            _("Enheter med flest nya avvikelser"),
            [(name, count) for _pk, name, count in figures.top_units],
        ),
    }
