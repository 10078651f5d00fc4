"""Endpoints that belong to no module: who am I, the OpenAPI description and its docs page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch, QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.decorators import api_view
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from api import serializers
from api.scoped import ScopedViewSet
from qms.models import Membership, User


@extend_schema(responses=serializers.MeSerializer, tags=["konto"])
@api_view(["GET"])
def me(request: Request) -> Response:
    """The caller: the person or service account, and its roles on units."""
    return Response(serializers.MeSerializer(request.user, context={"request": request}).data)


schema = SpectacularAPIView.as_view()
# Swagger UI from our own static files (drf-spectacular-sidecar); its script is a separate
# request (?script), so the page needs no inline script and the CSP stays as it is.
docs = login_required(
    SpectacularSwaggerSplitView.as_view(
        url_name="api:schema", template_name="api/swagger_ui.html", title="QMS API"
    )
)


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
def not_found(request: Request, path: str = "") -> Response:
    """Any other address under /api/v1/: a JSON 404 like the API's own, not the HTML page."""
    raise NotFound()


@extend_schema_view(
    list=extend_schema(summary="Användare", tags=["organisation"]),
    retrieve=extend_schema(summary="En användare", tags=["organisation"]),
)
class UserViewSet(ScopedViewSet):
    """The users the caller sees on the pages (User.objects.visible_to): for a chef or a
    coordinator those with a role in their subtrees, for others themselves."""

    queryset = User.objects.none()
    serializer_class = serializers.UserSerializer
    ordering = ("id",)

    def scoped(self, user) -> QuerySet:
        memberships = (
            Membership.objects.visible_to(user).select_related("unit").order_by("unit__path")
        )
        return User.objects.visible_to(user).prefetch_related(
            Prefetch("memberships", queryset=memberships, to_attr="visible_memberships")
        )
