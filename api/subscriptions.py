"""/api/v1/webhooks/: an integration subscribes to events with its own account's token; it sees
and removes only its own subscriptions, and reads their delivery log."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action as route
from rest_framework.response import Response

from api import services
from api.models import WebhookAttempt, WebhookDelivery, WebhookEvents, WebhookSubscription
from api.writes import checked_data


class SubscriptionSerializer(serializers.ModelSerializer):
    events = serializers.ListField(
        source="event_types", child=serializers.ChoiceField(choices=WebhookEvents.choices)
    )
    url = serializers.URLField(max_length=500)

    class Meta:
        model = WebhookSubscription
        fields = ["id", "name", "url", "events", "is_active", "created_at"]
        read_only_fields = ["id", "is_active", "created_at"]


class CreatedSubscriptionSerializer(SubscriptionSerializer):
    secret = serializers.CharField(
        read_only=True, help_text="Nyckeln för signaturen X-QMS-Signature. Visas bara nu."
    )

    class Meta(SubscriptionSerializer.Meta):
        fields = [*SubscriptionSerializer.Meta.fields, "secret"]


class SubscriptionRequest(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    url = serializers.URLField(max_length=500)
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=WebhookEvents.choices), allow_empty=False
    )


class AttemptSerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookAttempt
        fields = ["at", "response_status", "error", "duration_ms"]


class DeliverySerializer(serializers.ModelSerializer):
    event_id = serializers.UUIDField(source="event.id")
    event_type = serializers.CharField(source="event.kind")
    log = AttemptSerializer(many=True)

    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "event_id",
            "event_type",
            "status",
            "attempts",
            "next_attempt_at",
            "response_status",
            "delivered_at",
            "log",
        ]


@extend_schema_view(
    list=extend_schema(summary="Mina webhook-prenumerationer", tags=["webhooks"]),
    retrieve=extend_schema(summary="En prenumeration", tags=["webhooks"]),
    destroy=extend_schema(summary="Ta bort en prenumeration", tags=["webhooks"]),
)
class SubscriptionViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    queryset = WebhookSubscription.objects.none()
    serializer_class = SubscriptionSerializer
    lookup_value_converter = "int"
    ordering = ("-created_at", "-id")

    def get_queryset(self) -> QuerySet:
        return WebhookSubscription.objects.filter(owner=self.request.user)

    @extend_schema(
        summary="Prenumerera på händelser",
        description="Händelser om sådant som kontot får läsa skickas som POST till adressen, "
        "signerade med HMAC-SHA256 (X-QMS-Signature: sha256=…, över "
        "'<X-QMS-Timestamp>.<kroppen>'). Samma händelse kan komma igen efter ett fel: "
        "känn igen den på X-QMS-Event-Id.",
        request=SubscriptionRequest,
        responses={201: CreatedSubscriptionSerializer},
        tags=["webhooks"],
    )
    def create(self, request, *args, **kwargs):
        data = checked_data(request, SubscriptionRequest)
        serializer = SubscriptionRequest(data=data)
        serializer.is_valid(raise_exception=True)
        fields = serializer.validated_data
        subscription = services.create_subscription(
            owner=request.user,
            by=request.user,
            name=fields["name"],
            url=fields["url"],
            events=fields["events"],
        )
        body = CreatedSubscriptionSerializer(subscription).data
        return Response(body, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Leveranslogg",
        responses={200: DeliverySerializer(many=True)},
        tags=["webhooks"],
    )
    @route(detail=True, methods=["get"], url_path="deliveries")
    def deliveries(self, request, pk=None):
        subscription = self.get_object()
        rows = (
            subscription.deliveries.select_related("event")
            .prefetch_related("log")
            .order_by("-created_at", "-id")
        )
        page = self.paginate_queryset(rows)
        return self.get_paginated_response(DeliverySerializer(page, many=True).data)
