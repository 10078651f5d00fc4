"""Figures for Power BI and Excel: deviations per unit and month, counted over what the caller
may read (the same visible_to() as the lists), in a fixed number of GROUP BY queries."""

from __future__ import annotations

import datetime

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

from deviations.models import SEVERITY_SCORES, Deviation, Severity
from qms.models import OrganisationUnit

MAX_MONTHS = 36


class MonthRow(serializers.Serializer):
    unit = serializers.IntegerField()
    unit_name = serializers.CharField()
    month = serializers.CharField(help_text="ÅÅÅÅ-MM")
    reported = serializers.IntegerField(help_text="Rapporterade under månaden.")
    high_risk = serializers.IntegerField(help_text="Av dem bedömda som hög eller kritisk risk.")
    closed = serializers.IntegerField(help_text="Avslutade under månaden.")


class Figures(serializers.Serializer):
    months = serializers.ListField(child=serializers.CharField())
    results = MonthRow(many=True)


def _month(value: str, name: str) -> datetime.date:
    try:
        day = datetime.date.fromisoformat(f"{value}-01")
    except ValueError:
        raise exceptions.ValidationError({name: [_("Ange en månad som ÅÅÅÅ-MM.")]}) from None
    if not 1900 <= day.year <= 2200:
        raise exceptions.ValidationError({name: [_("Ange en månad som ÅÅÅÅ-MM.")]})
    return day


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


@extend_schema(
    summary="Avvikelser per enhet och månad",
    description="För Power BI och Excel: rapporterade, varav hög eller kritisk risk, och "
    "avslutade, per enhet och månad, räknat över de avvikelser anroparen får läsa. "
    f"Högst {MAX_MONTHS} månader; standard de senaste tolv.",
    parameters=[
        OpenApiParameter("from", str, description="Första månaden, ÅÅÅÅ-MM."),
        OpenApiParameter("to", str, description="Sista månaden, ÅÅÅÅ-MM."),
        OpenApiParameter("enhet", int, description="Bara denna enhet och enheterna under den."),
    ],
    responses=Figures,
    tags=["nyckeltal"],
)
@api_view(["GET"])
def deviations_per_unit_and_month(request):
    today = timezone.localdate()
    last = _month(request.query_params["to"], "to") if "to" in request.query_params else None
    last = last or today.replace(day=1)
    first = (
        _month(request.query_params["from"], "from")
        if "from" in request.query_params
        else _add_months(last, -11)
    )
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count < 1 or count > MAX_MONTHS:
        raise exceptions.ValidationError(
            {"from": [_("Välj mellan 1 och %(max)s månader.") % {"max": MAX_MONTHS}]}
        )
    months = [_add_months(first, n) for n in range(count)]
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(first, datetime.time.min, zone)
    end = datetime.datetime.combine(_add_months(last, 1), datetime.time.min, zone)

    cases = Deviation.objects.visible_to(request.user)
    if "enhet" in request.query_params:
        try:
            unit_id = int(request.query_params["enhet"])
        except ValueError:
            raise exceptions.ValidationError({"enhet": [_("Ange en enhets id.")]}) from None
        unit = OrganisationUnit.objects.visible_to(request.user).filter(pk=unit_id).first()
        if unit is None:
            raise exceptions.ValidationError({"enhet": [_("Enheten finns inte.")]})
        cases = cases.filter(unit__path__startswith=unit.path)

    low, high = SEVERITY_SCORES[Severity.HIGH][0], SEVERITY_SCORES[Severity.CRITICAL][1]
    rows: dict[tuple[int, datetime.date], dict] = {}
    reported = (
        cases.filter(created_at__gte=start, created_at__lt=end)
        .annotate(month=TruncMonth("created_at", tzinfo=zone))
        .values("unit", "month")
        .annotate(
            reported=Count("pk"), high_risk=Count("pk", filter=Q(risk_score__range=(low, high)))
        )
    )
    for row in reported:
        key = (row["unit"], row["month"].date())
        rows[key] = {"reported": row["reported"], "high_risk": row["high_risk"], "closed": 0}
    closed = (
        cases.filter(closed_at__gte=start, closed_at__lt=end, status=Deviation.Status.CLOSED)
        .annotate(month=TruncMonth("closed_at", tzinfo=zone))
        .values("unit", "month")
        .annotate(closed=Count("pk"))
    )
    for row in closed:
        key = (row["unit"], row["month"].date())
        rows.setdefault(key, {"reported": 0, "high_risk": 0, "closed": 0})["closed"] = row["closed"]
    names = dict(
        OrganisationUnit.objects.filter(pk__in={unit for unit, _day in rows}).values_list(
            "pk", "name"
        )
    )
    results = [
        {"unit": unit, "unit_name": names.get(unit, ""), "month": f"{month:%Y-%m}", **counts}
        for (unit, month), counts in sorted(rows.items(), key=lambda item: (item[0][1], item[0][0]))
    ]
    return Response({"months": [f"{m:%Y-%m}" for m in months], "results": results})
