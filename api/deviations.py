"""Deviations, their comments, attachments (metadata), actions and timeline; the action
register; units. Reads through the same `visible_to()` querysets and filter sets as the pages."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action as route
from rest_framework.response import Response

from api.scoped import ScopedViewSet
from api.writes import checked_data, created_once, through_form
from deviations import feedback_services, services
from deviations.feedback_forms import FeedbackAnswerForm, PublicFeedbackForm
from deviations.filters import ActionFilter, DeviationFilter
from deviations.forms import (
    ActionForm,
    ActionResultForm,
    ActionVerifyForm,
    CommentForm,
    ReasonForm,
    ReportForm,
    UploadForm,
)
from deviations.models import (
    Action,
    Attachment,
    Comment,
    ConfidentialRead,
    Deviation,
    Feedback,
    LegalTrack,
    Suggestion,
)
from deviations.timeline import timeline_for
from qms.models import OrganisationUnit


class PersonSerializer(serializers.Serializer):
    """A person as others see them: id and name only."""

    id = serializers.IntegerField()
    name = serializers.CharField(source="get_full_name")


class UnitSerializer(serializers.ModelSerializer):
    parent = serializers.SerializerMethodField()

    class Meta:
        model = OrganisationUnit
        fields = ["id", "name", "kind", "code", "is_active", "parent", "depth"]

    def get_parent(self, unit) -> int | None:
        parents = self.context.get("parents")
        if parents is not None:
            return parents.get(unit.path[: -unit.steplen])
        parents = OrganisationUnit.objects.filter(path=unit.path[: -unit.steplen])
        return parents.values_list("pk", flat=True).first() if unit.depth > 1 else None


class ActionSerializer(serializers.ModelSerializer):
    owner = PersonSerializer()
    unit_name = serializers.CharField(source="unit.name")
    deviation = serializers.SerializerMethodField()

    class Meta:
        model = Action
        fields = [
            "id",
            "kind",
            "title",
            "description",
            "status",
            "owner",
            "unit",
            "unit_name",
            "due_date",
            "result",
            "effectiveness_check",
            "is_confidential",
            "deviation",
            "created_at",
            "completed_at",
            "verified_at",
        ]

    def get_deviation(self, action) -> int | None:
        deviation_type = self.context.get("deviation_type")
        if deviation_type is not None and action.content_type_id == deviation_type:
            return action.object_id
        return None


class CommentSerializer(serializers.ModelSerializer):
    author = PersonSerializer()

    class Meta:
        model = Comment
        fields = ["id", "author", "text", "created_at"]


class AttachmentSerializer(serializers.ModelSerializer):
    uploaded_by = PersonSerializer()
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ["id", "original_name", "content_type", "size", "uploaded_by", "created_at"]
        fields += ["download_url"]

    def get_download_url(self, attachment) -> str:
        return self.context["request"].build_absolute_uri(attachment.get_absolute_url())


class TimelineEntrySerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    kind = serializers.CharField()
    text = serializers.CharField()
    details = serializers.ListField(child=serializers.CharField())
    who = serializers.SerializerMethodField()

    def get_who(self, entry) -> str | None:
        return entry.who.get_full_name() if entry.who else None


class DeviationSerializer(serializers.ModelSerializer):
    unit_name = serializers.CharField(source="unit.name")
    category_name = serializers.SerializerMethodField()
    severity = serializers.SerializerMethodField()
    reported_by = PersonSerializer()
    investigator = PersonSerializer(allow_null=True)

    class Meta:
        model = Deviation
        fields = [
            "id",
            "number",
            "title",
            "status",
            "unit",
            "unit_name",
            "category",
            "category_name",
            "occurred_at",
            "location",
            "severity",
            "is_confidential",
            "reported_by",
            "investigator",
            "created_at",
            "updated_at",
            "closed_at",
        ]

    def get_category_name(self, deviation) -> str | None:
        return str(deviation.category) if deviation.category else None

    def get_severity(self, deviation) -> str | None:
        severity = deviation.severity
        return severity.value if severity else None


class DeviationDetailSerializer(DeviationSerializer):
    actions = serializers.SerializerMethodField()
    comments = CommentSerializer(many=True)
    attachments = AttachmentSerializer(many=True)
    timeline = serializers.SerializerMethodField()

    class Meta(DeviationSerializer.Meta):
        fields = [
            *DeviationSerializer.Meta.fields,
            "description",
            "immediate_action",
            "requirement",
            "supplier",
            "probability",
            "consequence",
            "cause_groups",
            "cause_analysis",
            "effectiveness_evaluation",
            "dismissal_reason",
            "reopen_reason",
            "previous_number",
            "actions",
            "comments",
            "attachments",
            "timeline",
        ]

    @extend_schema_field(ActionSerializer(many=True))
    def get_actions(self, deviation) -> list[dict]:
        actions = Action.objects.for_object(deviation).select_related("owner", "unit")
        return ActionSerializer(actions.order_by("pk"), many=True, context=self.context).data

    @extend_schema_field(TimelineEntrySerializer(many=True))
    def get_timeline(self, deviation) -> list[dict]:
        return TimelineEntrySerializer(timeline_for(deviation), many=True).data


class ReportRequest(serializers.Serializer):
    """Report a deviation: the fields of the page's form *Rapportera avvikelse*."""

    unit = serializers.IntegerField(help_text="Enheten där det hände (en av anroparens).")
    title = serializers.CharField(max_length=200)
    description = serializers.CharField()
    occurred_at = serializers.DateTimeField()
    location = serializers.CharField(required=False, allow_blank=True, max_length=200)
    immediate_action = serializers.CharField(required=False, allow_blank=True)
    category = serializers.IntegerField(required=False, allow_null=True)
    ia_case_number = serializers.CharField(required=False, allow_blank=True, max_length=40)
    is_confidential = serializers.BooleanField(required=False)
    attachments = serializers.ListField(
        child=serializers.FileField(), required=False, help_text="Bara med multipart/form-data."
    )


class CommentRequest(serializers.Serializer):
    # Blank passes the type check: the form says what is missing, in its own words.
    text = serializers.CharField(allow_blank=True)


class ActionRequest(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Action.Kind.choices)
    title = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True)
    owner = serializers.IntegerField()
    unit = serializers.IntegerField(required=False)
    due_date = serializers.DateField()


class AttachmentsRequest(serializers.Serializer):
    # Not required here: a request without files gets the page's own message (step 3).
    attachments = serializers.ListField(
        child=serializers.FileField(), required=False, help_text="Med multipart/form-data."
    )


class ActionResultRequest(serializers.Serializer):
    result = serializers.CharField(allow_blank=True)


class ActionVerifyRequest(serializers.Serializer):
    effectiveness_check = serializers.CharField(
        allow_blank=True, help_text="Hur kontrollerades att åtgärden fungerar?"
    )


class ReasonRequest(serializers.Serializer):
    reason = serializers.CharField(allow_blank=True)


class NoFieldsRequest(serializers.Serializer):
    """A step that takes no fields (any field is refused)."""


def log_confidential_reads(request, deviations, what: str) -> None:
    """Every API read of a confidential case is in its read log, as on the pages."""
    ConfidentialRead.objects.bulk_create(
        ConfidentialRead(deviation=d, user=request.user, what=what)
        for d in deviations
        if d.is_confidential
    )


@extend_schema_view(
    list=extend_schema(
        summary="Avvikelser",
        description="Avvikelser som anroparen får läsa, nyast först, med listans filter.",
        tags=["avvikelser"],
    ),
    retrieve=extend_schema(
        summary="En avvikelse",
        description="Med åtgärder, kommentarer, bilagor (metadata) och händelser.",
        tags=["avvikelser"],
    ),
)
class DeviationViewSet(ScopedViewSet):
    queryset = Deviation.objects.none()  # the model, for the schema; rows come from scoped()
    filterset_class = DeviationFilter
    ordering = ("-created_at", "-id")

    def scoped(self, user) -> QuerySet:
        return Deviation.objects.visible_to(user).select_related(
            "unit", "category__parent", "reported_by", "investigator"
        )

    def get_serializer_class(self):
        return DeviationDetailSerializer if self.action == "retrieve" else DeviationSerializer

    def get_serializer_context(self) -> dict:
        return {
            **super().get_serializer_context(),
            "deviation_type": ContentType.objects.get_for_model(Deviation).pk,
        }

    def get_queryset(self) -> QuerySet:
        queryset = super().get_queryset()
        if self.action == "retrieve":
            queryset = queryset.prefetch_related(
                "comments__author", "attachments__uploaded_by"
            ).select_related("requirement", "supplier")
        return queryset

    def list(self, request, *args, **kwargs):
        response = super().list(request, *args, **kwargs)
        page = getattr(self.paginator, "page", None) or []
        log_confidential_reads(request, page, "api-list")
        return response

    def retrieve(self, request, *args, **kwargs):
        deviation = self.get_object()
        log_confidential_reads(request, [deviation], "api")
        return super().retrieve(request, *args, **kwargs)

    def _detail(self, deviation: Deviation, code: int = status.HTTP_200_OK) -> Response:
        self.action = "retrieve"
        deviation = self.get_queryset().get(pk=deviation.pk)
        context = self.get_serializer_context()
        return Response(DeviationDetailSerializer(deviation, context=context).data, status=code)

    @extend_schema(
        summary="Rapportera en avvikelse",
        description="Som sidan Rapportera avvikelse: samma fält, samma kontroller, samma "
        "meddelanden. Bilagor skickas med multipart/form-data. Med huvudet Idempotency-Key "
        "(16–64 tecken) skapar ett nytt försök med samma nyckel ingen ny avvikelse: svaret är "
        "200 med den som skapades första gången.",
        parameters=[
            OpenApiParameter("Idempotency-Key", str, OpenApiParameter.HEADER, required=False)
        ],
        request={"application/json": ReportRequest, "multipart/form-data": ReportRequest},
        responses={201: DeviationDetailSerializer, 200: DeviationDetailSerializer},
        tags=["avvikelser"],
    )
    def create(self, request, *args, **kwargs):
        data = checked_data(request, ReportRequest)
        form = ReportForm(data, request.FILES, user=request.user)

        def report(cleaned):
            files = cleaned.pop("attachments")
            return services.report_deviation(by=request.user, files=files, **cleaned)

        pk, repeated = created_once(request, lambda: through_form(form, report))
        deviation = Deviation.objects.get(pk=pk)
        response = self._detail(deviation, status.HTTP_200_OK if repeated else 201)
        if repeated:
            response["Idempotent-Replayed"] = "true"
        return response

    @extend_schema(
        summary="Kommentera en avvikelse",
        request=CommentRequest,
        responses={201: CommentSerializer},
        tags=["avvikelser"],
    )
    @route(detail=True, methods=["post"], url_path="comments")
    def comment(self, request, pk=None):
        deviation = self.get_object()
        data = checked_data(request, CommentRequest)
        comment = through_form(
            CommentForm(data), lambda d: services.add_comment(deviation, by=request.user, **d)
        )
        return Response(CommentSerializer(comment).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Lägg till en åtgärd",
        description="För den som handlägger avvikelsen (kräver en orsaksanalys, som på sidan).",
        request=ActionRequest,
        responses={201: ActionSerializer},
        tags=["avvikelser"],
    )
    @route(detail=True, methods=["post"], url_path="actions")
    def add_action(self, request, pk=None):
        deviation = self.get_object()
        if not services.may_handle(request.user, deviation):
            raise exceptions.PermissionDenied(_("Du får inte handlägga den här avvikelsen."))
        data = checked_data(request, ActionRequest)
        form = ActionForm(data, unit=deviation.unit)
        if "unit" not in data:
            form.data = {**data, "unit": deviation.unit_id}
        action = through_form(
            form, lambda d: services.add_deviation_action(deviation, by=request.user, **d)
        )
        context = self.get_serializer_context()
        return Response(ActionSerializer(action, context=context).data, status=201)

    @extend_schema(
        summary="Lägg till bilagor till en avvikelse",
        description="Som sidans Lägg till bilagor: den som får läsa ärendet får lägga till, "
        "samma kontroller av filtyp och storlek.",
        request={"multipart/form-data": AttachmentsRequest},
        responses={201: AttachmentSerializer(many=True)},
        tags=["avvikelser"],
    )
    @route(detail=True, methods=["post"], url_path="attachments")
    def add_attachments(self, request, pk=None):
        deviation = self.get_object()
        data = checked_data(request, AttachmentsRequest)
        made = through_form(
            UploadForm(data, request.FILES),
            lambda d: services.add_attachments(deviation, by=request.user, files=d["attachments"]),
        )
        context = self.get_serializer_context()
        return Response(AttachmentSerializer(made, many=True, context=context).data, status=201)


@extend_schema_view(
    list=extend_schema(
        summary="Åtgärder",
        description="Åtgärdsregistret: åtgärder som anroparen får se, med registrets filter.",
        tags=["åtgärder"],
    ),
    retrieve=extend_schema(summary="En åtgärd", tags=["åtgärder"]),
)
class ActionViewSet(ScopedViewSet):
    queryset = Action.objects.none()
    serializer_class = ActionSerializer
    filterset_class = ActionFilter
    ordering = ("due_date", "id")

    def scoped(self, user) -> QuerySet:
        return Action.objects.visible_to(user).select_related("owner", "unit")

    @extend_schema(
        summary="Markera en åtgärd som genomförd",
        request=ActionResultRequest,
        responses={200: ActionSerializer},
        tags=["åtgärder"],
    )
    @route(detail=True, methods=["post"], url_path="complete")
    def complete(self, request, pk=None):
        action = self.get_object()
        data = checked_data(request, ActionResultRequest)
        done = through_form(
            ActionResultForm(data),
            lambda d: services.complete_action(action, by=request.user, result=d["result"]),
        )
        done = self.get_queryset().get(pk=done.pk)
        return Response(self.get_serializer(done).data)

    @extend_schema(
        summary="Påbörja en planerad åtgärd",
        request=NoFieldsRequest,
        responses={200: ActionSerializer},
        tags=["åtgärder"],
    )
    @route(detail=True, methods=["post"], url_path="start")
    def start(self, request, pk=None):
        action = self.get_object()
        checked_data(request, NoFieldsRequest)
        try:
            services.start_action(action, by=request.user)
        except DjangoPermissionDenied as error:
            raise exceptions.PermissionDenied(_("Du får inte göra detta.")) from error
        return Response(self.get_serializer(self.get_queryset().get(pk=action.pk)).data)

    @extend_schema(
        summary="Verifiera en genomförd åtgärd",
        description="För chef eller kvalitetssamordnare över enheten, som på sidan.",
        request=ActionVerifyRequest,
        responses={200: ActionSerializer},
        tags=["åtgärder"],
    )
    @route(detail=True, methods=["post"], url_path="verify")
    def verify(self, request, pk=None):
        action = self.get_object()
        data = checked_data(request, ActionVerifyRequest)
        through_form(
            ActionVerifyForm(data),
            lambda d: services.verify_action(
                action, by=request.user, effectiveness_check=d["effectiveness_check"]
            ),
        )
        return Response(self.get_serializer(self.get_queryset().get(pk=action.pk)).data)

    @extend_schema(
        summary="Avbryt en åtgärd",
        description="För chef eller kvalitetssamordnare över enheten, med skäl, som på sidan.",
        request=ReasonRequest,
        responses={200: ActionSerializer},
        tags=["åtgärder"],
    )
    @route(detail=True, methods=["post"], url_path="cancel")
    def cancel(self, request, pk=None):
        action = self.get_object()
        data = checked_data(request, ReasonRequest)
        through_form(
            ReasonForm(data),
            lambda d: services.cancel_action(action, by=request.user, reason=d["reason"]),
        )
        return Response(self.get_serializer(self.get_queryset().get(pk=action.pk)).data)

    def get_serializer_context(self) -> dict:
        return {
            **super().get_serializer_context(),
            "deviation_type": ContentType.objects.get_for_model(Deviation).pk,
        }


@extend_schema_view(
    list=extend_schema(summary="Enheter", tags=["organisation"]),
    retrieve=extend_schema(summary="En enhet", tags=["organisation"]),
)
class UnitViewSet(ScopedViewSet):
    queryset = OrganisationUnit.objects.none()
    serializer_class = UnitSerializer
    ordering = ("path", "id")

    def scoped(self, user) -> QuerySet:
        return OrganisationUnit.objects.visible_to(user)

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        # The parents of the page's units in one query (not one per unit).
        paths = {unit.path[: -unit.steplen] for unit in page if unit.depth > 1}
        parents = dict(OrganisationUnit.objects.filter(path__in=paths).values_list("path", "pk"))
        context = {**self.get_serializer_context(), "parents": parents}
        return self.get_paginated_response(UnitSerializer(page, many=True, context=context).data)


# Synpunkter, improvement suggestions, legal tracks -------------------------------------------


class FeedbackSerializer(serializers.ModelSerializer):
    """A synpunkt without the citizen's contact details (they stay in the app)."""

    class Meta:
        model = Feedback
        fields = [
            "id",
            "number",
            "unit",
            "kind",
            "text",
            "status",
            "due_date",
            "answer",
            "answered_at",
            "deviation",
            "created_at",
            "closed_at",
        ]


class SuggestionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Suggestion
        fields = [
            "id",
            "number",
            "unit",
            "title",
            "description",
            "reason",
            "status",
            "decision_reason",
            "decided_at",
            "created_at",
        ]


class LegalTrackSerializer(serializers.ModelSerializer):
    deviation_number = serializers.CharField(source="deviation.number")

    class Meta:
        model = LegalTrack
        fields = [
            "id",
            "deviation",
            "deviation_number",
            "kind",
            "status",
            "flagged_at",
            "aware_at",
            "is_serious",
            "assessment",
            "assessed_at",
            "clock_started_at",
            "deadline",
            "reported_at",
            "authority_reference",
            "authority_decision",
            "authority_decided_at",
        ]


class FeedbackRequest(serializers.Serializer):
    activity = serializers.IntegerField(help_text="Verksamheten (publik verksamhet).")
    kind = serializers.ChoiceField(choices=Feedback.Kind.choices)
    text = serializers.CharField(max_length=5000)
    contact_name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    contact_email = serializers.CharField(required=False, allow_blank=True, max_length=254)
    contact_phone = serializers.CharField(required=False, allow_blank=True, max_length=40)


class FeedbackAnswerRequest(serializers.Serializer):
    answer = serializers.CharField(
        allow_blank=True, max_length=10000, help_text="Svaret till den som lämnat synpunkten."
    )


class FeedbackReceipt(serializers.Serializer):
    number = serializers.CharField()
    tracking_url = serializers.URLField()


@extend_schema_view(
    list=extend_schema(summary="Synpunkter", tags=["synpunkter"]),
    retrieve=extend_schema(summary="En synpunkt", tags=["synpunkter"]),
)
class FeedbackViewSet(ScopedViewSet):
    queryset = Feedback.objects.none()
    serializer_class = FeedbackSerializer
    ordering = ("-created_at", "-id")

    def scoped(self, user) -> QuerySet:
        return Feedback.objects.visible_to(user)

    @property
    def rate_scope(self) -> str | None:
        return "feedback" if getattr(self, "action", None) == "create" else None

    @property
    def rate_limit(self) -> int:
        return settings.API_FEEDBACK_RATE_LIMIT

    @extend_schema(
        summary="Lämna en synpunkt",
        description="För en e-tjänsteplattform: samma fält och kontroller som det publika "
        "formuläret. Svaret har ärendenumret och uppföljningslänken till den som lämnat "
        "synpunkten (visas bara nu). Egen gräns: API_FEEDBACK_RATE_LIMIT per token och minut.",
        request=FeedbackRequest,
        responses={201: FeedbackReceipt},
        tags=["synpunkter"],
    )
    def create(self, request, *args, **kwargs):
        data = checked_data(request, FeedbackRequest)
        made = through_form(
            PublicFeedbackForm(data),
            lambda d: feedback_services.submit_feedback(
                activity=d["activity"],
                kind=d["kind"],
                text=d["text"],
                contact_name=d["contact_name"],
                contact_email=d["contact_email"],
                contact_phone=d["contact_phone"],
            ),
        )
        feedback, token = made
        receipt = {
            "number": feedback.number,
            "tracking_url": request.build_absolute_uri(feedback_services.tracking_path(token)),
        }
        return Response(receipt, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Besvara en synpunkt",
        description="Som sidan: svaret visas på uppföljningssidan och skickas med e-post om "
        "adress finns. För den som handlägger synpunkten.",
        request=FeedbackAnswerRequest,
        responses={200: FeedbackSerializer},
        tags=["synpunkter"],
    )
    @route(detail=True, methods=["post"], url_path="answer")
    def answer(self, request, pk=None):
        feedback = self.get_object()
        data = checked_data(request, FeedbackAnswerRequest)
        answered = through_form(
            FeedbackAnswerForm(data),
            lambda d: feedback_services.answer_feedback(
                feedback, by=request.user, answer=d["answer"]
            ),
        )
        return Response(FeedbackSerializer(answered).data)


@extend_schema_view(
    list=extend_schema(summary="Förbättringsförslag", tags=["förbättringsförslag"]),
    retrieve=extend_schema(summary="Ett förbättringsförslag", tags=["förbättringsförslag"]),
)
class SuggestionViewSet(ScopedViewSet):
    queryset = Suggestion.objects.none()
    serializer_class = SuggestionSerializer
    ordering = ("-created_at", "-id")

    def scoped(self, user) -> QuerySet:
        return Suggestion.objects.visible_to(user)


@extend_schema_view(
    list=extend_schema(summary="Lex Sarah, lex Maria och andra anmälningsspår", tags=["lex"]),
    retrieve=extend_schema(summary="Ett anmälningsspår", tags=["lex"]),
)
class LegalTrackViewSet(ScopedViewSet):
    """Only for those who decide on the tracks (visible_to); reads of a confidential case's
    track are in the case's read log."""

    queryset = LegalTrack.objects.none()
    serializer_class = LegalTrackSerializer
    ordering = ("-flagged_at", "-id")

    def scoped(self, user) -> QuerySet:
        return LegalTrack.objects.visible_to(user).select_related("deviation")

    def list(self, request, *args, **kwargs):
        response = super().list(request, *args, **kwargs)
        page = getattr(self.paginator, "page", None) or []
        log_confidential_reads(request, [track.deviation for track in page], "api-legal")
        return response

    def retrieve(self, request, *args, **kwargs):
        track = self.get_object()
        log_confidential_reads(request, [track.deviation], "api-legal")
        return super().retrieve(request, *args, **kwargs)
