"""/api/v1/: the REST API. DRF's views authenticate themselves (token or session, 401
otherwise) and are exempt from LoginRequiredMiddleware; the docs page is a page and needs the
log-in."""

from __future__ import annotations

from django.urls import path, re_path
from rest_framework.routers import SimpleRouter

from api import deviations, figures, modules, subscriptions, views

app_name = "api"

router = SimpleRouter(use_regex_path=False)
router.register("deviations", deviations.DeviationViewSet, basename="deviation")
router.register("actions", deviations.ActionViewSet, basename="action")
router.register("units", deviations.UnitViewSet, basename="unit")
router.register("feedback", deviations.FeedbackViewSet, basename="feedback")
router.register("suggestions", deviations.SuggestionViewSet, basename="suggestion")
router.register("legal-tracks", deviations.LegalTrackViewSet, basename="legal-track")
router.register("certificates", modules.CertificateViewSet, basename="certificate")
router.register("audits", modules.AuditViewSet, basename="audit")
router.register("objectives", modules.ObjectiveViewSet, basename="objective")
router.register("reviews", modules.ReviewViewSet, basename="review")
router.register("users", views.UserViewSet, basename="user")
router.register("webhooks", subscriptions.SubscriptionViewSet, basename="webhook")

urlpatterns = [
    *router.urls,
    path("me/", views.me, name="me"),
    path(
        "figures/deviations/",
        figures.deviations_per_unit_and_month,
        name="figures_deviations",
    ),
    path("schema/", views.schema, name="schema"),
    path("docs/", views.docs, name="docs"),
    re_path(r"^(?P<path>.*)$", views.not_found),
]
