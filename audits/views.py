"""Audit pages: the programme and coverage, one audit, its checklist, findings and report."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, F, Func, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from audits import services
from audits.forms import (
    AnswerForm,
    AuditForm,
    CancelForm,
    CriterionForm,
    FindingActionForm,
    FindingForm,
    FindingTitleForm,
    PerformForm,
    ProgrammeForm,
    QuestionForm,
    ReportForm,
    TeamMemberForm,
    VerifyForm,
)
from audits.models import (
    NONCONFORMITIES,
    Audit,
    Criterion,
    Evidence,
    Finding,
    Programme,
    Question,
    TeamMember,
    actions_by_finding,
)
from audits.reports import render_audit_pdf
from deviations.models import CASE_READER_ROLES, Deviation
from qms.forms import applied
from qms.models import OrganisationUnit
from qms.submissions import submitted_once

# How far back the deviations shown beside a planned audit go.
RECENT_DAYS = 365
RECENT_LIMIT = 1000  # the programme's deviation counts stop here ("1 000+")
FEW_UNITS = 500  # a viewer who reads at most this many units: counted per unit
CYCLE_YEARS = 3


def _visible(request: HttpRequest, pk: int) -> Audit:
    return get_object_or_404(
        Audit.objects.visible_to(request.user).select_related("unit", "programme__unit"), pk=pk
    )


def _worked_on(request: HttpRequest, pk: int) -> Audit:
    audit = _visible(request, pk)
    if not services.may_work_on(request.user, audit):
        raise PermissionDenied
    return audit


def _require(request: HttpRequest, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def _year(request: HttpRequest) -> int:
    try:
        return int(request.GET.get("ar", ""))
    except ValueError:
        return timezone.localdate().year


def _count(queryset) -> Coalesce:
    """A correlated COUNT(*) subquery (one query for the whole list, whatever its length)."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted[:1]), Value(0))


# The programme ------------------------------------------------------------------------------


def _recent_deviations(user, audits: list[Audit]) -> dict[int, int]:
    """Per audit, the deviations of the last RECENT_DAYS under its unit that the viewer may
    read (a staff member is not told how many confidential cases, or colleagues' cases, the
    unit had), counted up to RECENT_LIMIT + 1: "more than 1 000" prioritises as well as an
    exact figure. Two ways, one query each, chosen by the size of what the viewer reads: a
    few units (a chef, staff) are counted per unit and added up per audit; a large scope (a
    kommun's coordinator) per audit, each count stopping at the limit."""
    since = timezone.now() - datetime.timedelta(days=RECENT_DAYS)
    recent = Deviation.objects.visible_to(user).filter(created_at__gte=since)
    if len(user.unit_ids(user.membership_paths(*CASE_READER_ROLES))) <= FEW_UNITS:
        per_unit = list(recent.values_list("unit__path").annotate(n=Count("pk")).order_by())
        return {
            audit.pk: min(
                RECENT_LIMIT + 1,
                sum(n for path, n in per_unit if path.startswith(audit.unit.path)),
            )
            for audit in audits
        }
    first = (
        recent.filter(unit__path__startswith=OuterRef("unit__path"))
        .order_by()
        .values("pk")[: RECENT_LIMIT + 1]
    )
    counted = Func(
        Func(Subquery(first), template="ARRAY%(expressions)s"),
        function="cardinality",
        output_field=IntegerField(),
    )
    return dict(
        Audit.objects.filter(pk__in=[audit.pk for audit in audits])
        .annotate(n=counted)
        .values_list("pk", "n")
    )


@require_GET
def programme(request: HttpRequest) -> HttpResponse:
    """A year's audits with what helps to prioritise them: the unit's recent deviations and
    the nonconformities earlier audits found there."""
    _require(request, "audits.view_audits")
    year = _year(request)
    earlier_findings = Finding.objects.filter(
        audit__unit__path__startswith=OuterRef("unit__path"),
        audit__planned_date__lt=OuterRef("planned_date"),
        grade__in=NONCONFORMITIES,
    )
    audits = list(
        Audit.objects.visible_to(request.user)
        .filter(programme__year=year)
        .select_related("unit", "programme__unit")
        .prefetch_related(Prefetch("team", TeamMember.objects.select_related("user")))
        .annotate(
            earlier_nonconformities=_count(earlier_findings),
            finding_count=Count("findings", distinct=True),
        )
        .order_by("planned_date", "pk")
    )
    recent = _recent_deviations(request.user, audits)
    for audit in audits:
        audit.recent_deviations = recent.get(audit.pk, 0)
    programmes = list(
        Programme.objects.visible_to(request.user).filter(year=year).select_related("unit")
    )
    context = {
        "year": year,
        "years": [year - 1, year + 1],
        "programmes": programmes,
        "audits": audits,
        "recent_limit": RECENT_LIMIT,
        "can_plan": request.user.has_perm("audits.plan_audits"),
        # A coordinator sees the programmes above her too, but plans only in those she is over.
        "plannable": {p.pk for p in programmes if services.may_plan(request.user, p.unit)},
    }
    template = "audits/programme.html"
    return render(request, f"{template}#results" if request.htmx else template, context)


@require_http_methods(["GET", "POST"])
@submitted_once
def programme_create(request: HttpRequest) -> HttpResponse:
    _require(request, "audits.plan_audits")
    if request.method == "POST":
        form = ProgrammeForm(request.POST, user=request.user)
        if applied(form, lambda data: services.create_programme(by=request.user, **data)):
            messages.success(request, _("Programmet är skapat."))
            return redirect(reverse("audits:programme") + f"?ar={form.cleaned_data['year']}")
    else:
        form = ProgrammeForm(user=request.user)
    return _form_page(request, form, _("Nytt revisionsprogram"))


@require_http_methods(["GET", "POST"])
@submitted_once
def audit_create(request: HttpRequest, programme_pk: int) -> HttpResponse:
    programme = get_object_or_404(Programme.objects.visible_to(request.user), pk=programme_pk)
    if not services.may_plan(request.user, programme.unit):
        raise PermissionDenied
    if request.method == "POST":
        form = AuditForm(request.POST, programme=programme)
        planned: list[Audit] = []
        if applied(
            form,
            lambda data: planned.append(services.plan_audit(programme, by=request.user, **data)),
        ):
            messages.success(request, _("Revisionen är planerad."))
            return redirect(planned[0])
    else:
        form = AuditForm(programme=programme)
    return _form_page(request, form, _("Planera revision – %(p)s") % {"p": programme})


@require_GET
def coverage(request: HttpRequest) -> HttpResponse:
    """Units × criteria over the three-year cycle ending with the year: what was audited, what
    is planned, and the gaps. An audit of a unit counts for every row the unit lies in."""
    _require(request, "audits.view_programme")
    year = _year(request)
    years = list(range(year - CYCLE_YEARS + 1, year + 1))
    programmes = list(
        Programme.objects.visible_to(request.user).filter(year__in=years).select_related("unit")
    )
    audits = list(
        Audit.objects.visible_to(request.user)
        .filter(programme__year__in=years)
        .exclude(status=Audit.Status.CANCELLED)
        .select_related("unit")
        .prefetch_related("criteria")
    )
    criteria = list(Criterion.objects.filter(is_active=True))
    row_units = {a.unit.pk: a.unit for a in audits}
    for p in programmes:
        for child in OrganisationUnit.objects.get_children(p.unit).filter(is_active=True):
            row_units.setdefault(child.pk, child)
    rows = []
    for unit in sorted(row_units.values(), key=lambda u: u.path):
        cells = []
        for criterion in criteria:
            hits = [
                a
                for a in audits
                if unit.contains(a.unit) and any(c.pk == criterion.pk for c in a.criteria.all())
            ]
            done = [
                a for a in hits if a.status not in (Audit.Status.PLANNED, Audit.Status.PREPARED)
            ]
            cells.append(
                {
                    "criterion": criterion,
                    "state": "done" if done else "planned" if hits else "gap",
                    "years": sorted({a.planned_date.year for a in hits}),
                }
            )
        rows.append({"unit": unit, "cells": cells, "gaps": sum(c["state"] == "gap" for c in cells)})
    covered = {c.pk for a in audits for c in a.criteria.all()}
    context = {
        "year": year,
        "years": years,
        "criteria": criteria,
        "rows": rows,
        "uncovered": [c for c in criteria if c.pk not in covered],
    }
    return render(request, "audits/coverage.html", context)


# One audit ----------------------------------------------------------------------------------


def _detail_context(request: HttpRequest, audit: Audit, **forms) -> dict:
    user = request.user
    can_work = services.may_work_on(user, audit)
    can_plan = services.may_plan(user, audit.unit)
    findings = list(
        audit.findings.select_related("criterion", "deviation", "verified_by").order_by("pk")
    )
    actions = actions_by_finding(findings)
    failed_form = forms.get("failed_form")
    failed_pk = forms.get("failed_finding")
    for finding in findings:
        finding.actions = actions.get(finding.pk, [])
        finding.action_form = (
            failed_form
            if failed_pk == finding.pk and isinstance(failed_form, FindingActionForm)
            else FindingActionForm(finding=finding, initial={"kind": "corrective"})
        )
        finding.verify_form = (
            failed_form
            if failed_pk == finding.pk and isinstance(failed_form, VerifyForm)
            else VerifyForm(finding=finding)
        )
        title_form = forms.get("title_form")
        finding.title_form = (
            title_form
            if failed_pk == finding.pk and title_form is not None
            else FindingTitleForm(instance=finding, auto_id=f"id_f{finding.pk}_%s")
        )
    team = list(audit.team.select_related("user", "override_by"))
    transitions = services.ALLOWED[audit.status] if can_work else set()
    return {
        "audit": audit,
        "team": team,
        "findings": findings,
        "criteria": list(audit.criteria.all()),
        "can_work": can_work,
        "can_plan": can_plan,
        "is_auditor": any(m.user_id == user.pk and m.role in services.AUDITING_ROLES for m in team)
        or (audit.is_external and can_plan),
        "transitions": transitions,
        "Status": Audit.Status,
        "answered": audit.answers.exclude(grade="").count(),
        "questions": audit.answers.count(),
        "cycle_events": list(services.linked_cycle_events(audit)) if audit.is_external else [],
        "has_report": audit.status
        in (Audit.Status.PERFORMED, Audit.Status.REPORTED, Audit.Status.CLOSED),
        "team_form": forms.get("team_form") or TeamMemberForm(audit=audit),
        "finding_form": forms.get("finding_form") or FindingForm(audit=audit),
        "perform_form": forms.get("perform_form")
        or PerformForm(initial={"performed_on": timezone.localdate()}),
        "report_form": forms.get("report_form")
        or ReportForm(initial={"summary": audit.summary, "conclusion": audit.conclusion}),
        "cancel_form": forms.get("cancel_form") or CancelForm(),
        "error_target": forms.get("error_target", ""),
        "in_fieldwork": audit.status in services.FIELDWORK_STATUSES,
        "in_follow_up": audit.status in services.FOLLOW_UP_STATUSES,
        "team_editable": audit.status in (Audit.Status.PLANNED, Audit.Status.PREPARED),
        "today": timezone.localdate(),
    }


def _render_detail(request: HttpRequest, audit: Audit, status: int = 200, **forms):
    return render(
        request, "audits/detail.html", _detail_context(request, audit, **forms), status=status
    )


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_detail(request, _visible(request, pk))


@require_POST
@submitted_once
def team_add(request: HttpRequest, pk: int) -> HttpResponse:
    audit = _visible(request, pk)
    if not services.may_plan(request.user, audit.unit):
        raise PermissionDenied
    form = TeamMemberForm(request.POST, audit=audit)
    if applied(form, lambda data: services.add_team_member(audit, by=request.user, **data)):
        messages.success(request, _("Personen är tillagd i teamet."))
        return redirect(audit)
    return _render_detail(request, audit, 400, team_form=form, error_target="team")


# transition name in the URL → (service, form class or None, form name, success message)
TRANSITIONS = {
    "forbered": (services.prepare_audit, None, "", _("Revisionen är förberedd.")),
    "genomford": (
        services.perform_audit,
        PerformForm,
        "perform_form",
        _("Revisionen är genomförd."),
    ),
    "rapportera": (services.report_audit, ReportForm, "report_form", _("Rapporten är klar.")),
    "avsluta": (services.close_audit, None, "", _("Revisionen är avslutad.")),
    "stall-in": (services.cancel_audit, CancelForm, "cancel_form", _("Revisionen är inställd.")),
}


@require_POST
def transition(request: HttpRequest, pk: int, transition: str) -> HttpResponse:
    if transition not in TRANSITIONS:
        raise Http404
    audit = _visible(request, pk)
    service, form_class, form_name, success = TRANSITIONS[transition]
    if form_class is None:
        try:
            service(audit, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(audit)
    else:
        form = form_class(request.POST)
        if not applied(form, lambda data: service(audit, by=request.user, **data)):
            return _render_detail(request, audit, 400, error_target=transition, **{form_name: form})
    messages.success(request, success)
    return redirect(audit)


# The checklist ------------------------------------------------------------------------------


def _answers(audit: Audit):
    return audit.answers.select_related("question__criterion").prefetch_related("evidence")


@require_GET
def checklist(request: HttpRequest, pk: int) -> HttpResponse:
    audit = _worked_on(request, pk)
    answers = list(_answers(audit))
    editable = audit.status in services.FIELDWORK_STATUSES
    for answer in answers:
        answer.form = AnswerForm(instance=answer)
    return render(
        request,
        "audits/checklist.html",
        {"audit": audit, "answers": answers, "editable": editable},
    )


@require_POST
def answer(request: HttpRequest, pk: int, answer_pk: int) -> HttpResponse:
    """Save one answer. htmx gets the answer's fragment back (422 with the errors when
    invalid); without JavaScript the page reloads at the question."""
    audit = _worked_on(request, pk)
    saved = get_object_or_404(_answers(audit), pk=answer_pk)
    form = AnswerForm(request.POST, request.FILES, instance=saved)

    def save(data: dict) -> None:
        files = [data["evidence"]] if data.get("evidence") else []
        services.save_answer(
            saved, by=request.user, grade=data["grade"], notes=data["notes"], files=files
        )

    ok = applied(form, save)
    if ok:
        saved = get_object_or_404(_answers(audit), pk=answer_pk)
        form = AnswerForm(instance=saved)
    if request.htmx:
        saved.form = form
        context = {"audit": audit, "answer": saved, "editable": True, "just_saved": ok}
        return render(
            request, "audits/checklist.html#answer_status", context, status=200 if ok else 422
        )
    if ok:
        messages.success(request, _("Svaret är sparat."))
        return redirect(reverse("audits:checklist", args=[audit.pk]) + f"#q-{saved.pk}")
    for other in (answers := list(_answers(audit))):
        other.form = form if other.pk == saved.pk else AnswerForm(instance=other)
    return render(
        request,
        "audits/checklist.html",
        {"audit": audit, "answers": answers, "editable": True},
        status=400,
    )


@require_GET
def evidence(request: HttpRequest, pk: int, evidence_pk: int) -> FileResponse:
    audit = _visible(request, pk)
    item = get_object_or_404(Evidence.objects.filter(answer__audit=audit), pk=evidence_pk)
    try:
        handle = item.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        handle, as_attachment=True, filename=item.original_name, content_type=item.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


# Findings -----------------------------------------------------------------------------------


def _finding(request: HttpRequest, pk: int, finding_pk: int) -> tuple[Audit, Finding]:
    audit = _worked_on(request, pk)
    return audit, get_object_or_404(audit.findings, pk=finding_pk)


@require_POST
@submitted_once
def finding_create(request: HttpRequest, pk: int) -> HttpResponse:
    audit = _worked_on(request, pk)
    form = FindingForm(request.POST, audit=audit)
    if applied(form, lambda data: services.record_finding(audit, by=request.user, **data)):
        messages.success(request, _("Iakttagelsen är registrerad."))
        return redirect(audit)
    return _render_detail(request, audit, 400, finding_form=form, error_target="finding")


@require_POST
@submitted_once
def finding_action(request: HttpRequest, pk: int, finding_pk: int) -> HttpResponse:
    audit, finding = _finding(request, pk, finding_pk)
    form = FindingActionForm(request.POST, finding=finding)
    if applied(form, lambda data: services.add_finding_action(finding, by=request.user, **data)):
        messages.success(request, _("Åtgärden är tillagd i åtgärdsregistret."))
        return redirect(finding)
    return _render_detail(request, audit, 400, failed_form=form, failed_finding=finding.pk)


@require_POST
@submitted_once
def finding_deviation(request: HttpRequest, pk: int, finding_pk: int) -> HttpResponse:
    _audit, finding = _finding(request, pk, finding_pk)
    try:
        deviation = services.report_finding_deviation(finding, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(finding)
    messages.success(
        request, _("Avvikelsen %(number)s är rapporterad.") % {"number": deviation.number}
    )
    return redirect(finding)


@require_POST
def finding_verify(request: HttpRequest, pk: int, finding_pk: int) -> HttpResponse:
    audit, finding = _finding(request, pk, finding_pk)
    form = VerifyForm(request.POST, finding=finding)
    if applied(form, lambda data: services.verify_finding(finding, by=request.user, **data)):
        messages.success(request, _("Iakttagelsen är verifierad."))
        return redirect(finding)
    return _render_detail(request, audit, 400, failed_form=form, failed_finding=finding.pk)


@require_POST
def finding_title(request: HttpRequest, pk: int, finding_pk: int) -> HttpResponse:
    audit, finding = _finding(request, pk, finding_pk)
    form = FindingTitleForm(request.POST, instance=finding, auto_id=f"id_f{finding.pk}_%s")
    if applied(
        form, lambda data: services.retitle_finding(finding, by=request.user, title=data["title"])
    ):
        messages.success(request, _("Rubriken är ändrad."))
        return redirect(finding)
    return _render_detail(request, audit, 400, title_form=form, failed_finding=finding.pk)


# The report ---------------------------------------------------------------------------------


@require_GET
def report_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """A closed audit's frozen report; a draft, rendered now, while the report is worked on."""
    drafts = Audit.objects.visible_to(request.user).filter(
        status__in=[Audit.Status.PERFORMED, Audit.Status.REPORTED]
    )
    audit = get_object_or_404(
        Audit.objects.filter(
            Q(pk__in=Audit.objects.reports_visible_to(request.user).values("pk"))
            | Q(pk__in=drafts.values("pk"))
        ).select_related("unit"),
        pk=pk,
    )
    filename = f"revisionsrapport-{audit.pk}.pdf"
    if audit.status == Audit.Status.CLOSED:
        try:
            handle = audit.report_pdf.open("rb")
        except (FileNotFoundError, ValueError) as missing:
            raise Http404 from missing
        response = FileResponse(
            handle, as_attachment=True, filename=filename, content_type="application/pdf"
        )
    else:
        response = HttpResponse(render_audit_pdf(audit), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


# The question bank --------------------------------------------------------------------------


@require_GET
def question_bank(request: HttpRequest) -> HttpResponse:
    _require(request, "audits.view_question_bank")
    criteria = Criterion.objects.prefetch_related(
        Prefetch("questions", Question.objects.order_by("order", "pk"))
    ).annotate(audit_count=Count("audits"))
    return render(request, "audits/question_bank.html", {"criteria": criteria})


def _bank_form(request: HttpRequest, form_class, title: str, instance=None, initial=None):
    _require(request, "qms.change_group_register")
    if request.method == "POST":
        form = form_class(request.POST, instance=instance)
        if applied(form, lambda data: form.save()):
            messages.success(request, _("Frågebanken är sparad."))
            return redirect("audits:question_bank")
    else:
        form = form_class(instance=instance, initial=initial)
    return _form_page(request, form, title)


@require_http_methods(["GET", "POST"])
@submitted_once
def criterion_create(request: HttpRequest) -> HttpResponse:
    return _bank_form(request, CriterionForm, _("Nytt kriterium"))


@require_http_methods(["GET", "POST"])
@submitted_once
def question_create(request: HttpRequest) -> HttpResponse:
    return _bank_form(
        request,
        QuestionForm,
        _("Ny fråga"),
        initial={"criterion": request.GET.get("kriterium")},
    )


@require_http_methods(["GET", "POST"])
def question_update(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(Question, pk=pk)
    return _bank_form(request, QuestionForm, _("Ändra fråga"), instance=question)


def _form_page(request: HttpRequest, form, title: str) -> HttpResponse:
    return render(
        request,
        "form_page.html",
        {
            "form": form,
            "title": title,
            "back_url": reverse("audits:programme"),
            "back_label": _("Revisioner"),
        },
    )
