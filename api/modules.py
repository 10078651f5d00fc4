"""Certificates with their cycles' events, audits with findings, objectives with indicators and
values, management reviews with decisions: read through each module's `visible_to()`; an
indicator value is recorded through the page's form and service."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action as route
from rest_framework.response import Response

from api.deviations import PersonSerializer
from api.scoped import ScopedViewSet
from api.writes import checked_data, through_form
from audits.models import Audit, Finding
from certifications.models import Certificate, CycleEvent
from reviews import services as review_services
from reviews.forms import ValueForm
from reviews.models import Decision, Indicator, IndicatorValue, Objective, Review

# Certificates ----------------------------------------------------------------------------------


class CycleEventSerializer(serializers.ModelSerializer):
    cycle_number = serializers.CharField(source="cycle.number")

    class Meta:
        model = CycleEvent
        fields = [
            "id",
            "cycle_number",
            "kind",
            "name",
            "planned_date",
            "actual_date",
            "outcome",
            "notes",
        ]


class CertificateSerializer(serializers.ModelSerializer):
    standard_name = serializers.CharField(source="standard.__str__")
    responsible = PersonSerializer()
    units = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    events = serializers.SerializerMethodField()

    class Meta:
        model = Certificate
        fields = [
            "id",
            "standard",
            "standard_name",
            "issuer",
            "status",
            "responsible",
            "units",
            "created_at",
            "events",
        ]

    @extend_schema_field(CycleEventSerializer(many=True))
    def get_events(self, certificate) -> list[dict]:
        events = [event for cycle in certificate.cycles.all() for event in cycle.events.all()]
        return CycleEventSerializer(events, many=True).data


@extend_schema_view(
    list=extend_schema(summary="Certifikat", tags=["certifieringar"]),
    retrieve=extend_schema(
        summary="Ett certifikat med cyklernas händelser", tags=["certifieringar"]
    ),
)
class CertificateViewSet(ScopedViewSet):
    queryset = Certificate.objects.none()
    serializer_class = CertificateSerializer
    ordering = ("-created_at", "-id")

    def scoped(self, user) -> QuerySet:
        events = CycleEvent.objects.select_related("cycle").order_by("planned_date", "pk")
        return (
            Certificate.objects.visible_to(user)
            .select_related("standard", "responsible")
            .prefetch_related("units", Prefetch("cycles__events", queryset=events))
        )


# Audits ----------------------------------------------------------------------------------------


class FindingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Finding
        fields = [
            "id",
            "grade",
            "title",
            "description",
            "deviation",
            "verified_at",
            "verification",
            "created_at",
        ]


class AuditSerializer(serializers.ModelSerializer):
    unit_name = serializers.CharField(source="unit.name")
    findings = FindingSerializer(many=True)

    class Meta:
        model = Audit
        fields = [
            "id",
            "kind",
            "title",
            "unit",
            "unit_name",
            "process",
            "scope",
            "planned_date",
            "status",
            "performed_on",
            "summary",
            "conclusion",
            "reported_at",
            "closed_at",
            "created_at",
            "findings",
        ]


@extend_schema_view(
    list=extend_schema(summary="Revisioner med iakttagelser", tags=["revisioner"]),
    retrieve=extend_schema(summary="En revision med iakttagelser", tags=["revisioner"]),
)
class AuditViewSet(ScopedViewSet):
    queryset = Audit.objects.none()
    serializer_class = AuditSerializer
    ordering = ("-created_at", "-id")

    def scoped(self, user) -> QuerySet:
        findings = Finding.objects.order_by("pk")
        return (
            Audit.objects.visible_to(user)
            .select_related("unit")
            .prefetch_related(Prefetch("findings", queryset=findings))
        )


# Objectives, indicators and values ---------------------------------------------------------------


class IndicatorValueSerializer(serializers.ModelSerializer):
    class Meta:
        model = IndicatorValue
        fields = ["id", "indicator", "period_start", "value", "is_computed", "updated_at"]


class IndicatorSerializer(serializers.ModelSerializer):
    values = IndicatorValueSerializer(many=True)

    class Meta:
        model = Indicator
        fields = [
            "id",
            "name",
            "unit_of_measure",
            "target",
            "direction",
            "period",
            "source",
            "values",
        ]


class ObjectiveSerializer(serializers.ModelSerializer):
    unit_name = serializers.CharField(source="unit.name")
    indicators = IndicatorSerializer(many=True)

    class Meta:
        model = Objective
        fields = [
            "id",
            "unit",
            "unit_name",
            "title",
            "description",
            "is_active",
            "created_at",
            "indicators",
        ]


class ValueRequest(serializers.Serializer):
    indicator = serializers.IntegerField()
    period_start = serializers.DateField(help_text="En dag i perioden.")
    value = serializers.DecimalField(max_digits=12, decimal_places=2)


@extend_schema_view(
    list=extend_schema(summary="Kvalitetsmål med nyckeltal och värden", tags=["mål"]),
    retrieve=extend_schema(summary="Ett kvalitetsmål", tags=["mål"]),
)
class ObjectiveViewSet(ScopedViewSet):
    queryset = Objective.objects.none()
    serializer_class = ObjectiveSerializer
    ordering = ("-created_at", "-id")

    def scoped(self, user) -> QuerySet:
        values = IndicatorValue.objects.order_by("period_start", "pk")
        indicators = Indicator.objects.order_by("pk").prefetch_related(
            Prefetch("values", queryset=values)
        )
        return (
            Objective.objects.visible_to(user)
            .select_related("unit")
            .prefetch_related(Prefetch("indicators", queryset=indicators))
        )

    @extend_schema(
        summary="Registrera ett värde för ett nyckeltal",
        description="Som sidan: för den som får ändra enhetens mål; ett värde per period "
        "(ett nytt värde för samma period ersätter det gamla).",
        request=ValueRequest,
        responses={201: IndicatorValueSerializer},
        tags=["mål"],
    )
    @route(detail=True, methods=["post"], url_path="values")
    def record_value(self, request, pk=None):
        objective = self.get_object()
        if not review_services.may_edit_unit(request.user, objective.unit):
            raise exceptions.PermissionDenied(_("Du får inte ändra den här enhetens mål."))
        data = checked_data(request, ValueRequest)
        row = through_form(
            ValueForm(data, objective=objective),
            lambda d: review_services.record_value(
                d["indicator"], by=request.user, period_start=d["period_start"], value=d["value"]
            ),
        )
        return Response(IndicatorValueSerializer(row).data, status=status.HTTP_201_CREATED)


# Management reviews ------------------------------------------------------------------------------


class DecisionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Decision
        fields = ["id", "kind", "text", "created_at"]


class ReviewSerializer(serializers.ModelSerializer):
    unit_name = serializers.CharField(source="unit.name")
    chair = PersonSerializer(allow_null=True)
    decisions = DecisionSerializer(many=True)

    class Meta:
        model = Review
        fields = [
            "id",
            "unit",
            "unit_name",
            "title",
            "period_start",
            "period_end",
            "held_on",
            "chair",
            "status",
            "approved_at",
            "created_at",
            "decisions",
        ]


@extend_schema_view(
    list=extend_schema(summary="Ledningens genomgångar med beslut", tags=["ledningens genomgång"]),
    retrieve=extend_schema(summary="En ledningens genomgång", tags=["ledningens genomgång"]),
)
class ReviewViewSet(ScopedViewSet):
    queryset = Review.objects.none()
    serializer_class = ReviewSerializer
    ordering = ("-created_at", "-id")

    def scoped(self, user) -> QuerySet:
        decisions = Decision.objects.order_by("pk")
        return (
            Review.objects.visible_to(user)
            .select_related("unit", "chair")
            .prefetch_related(Prefetch("decisions", queryset=decisions))
        )
