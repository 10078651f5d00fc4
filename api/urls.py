"""/api/v1/: the REST API. DRF's views authenticate themselves (token or session, 401
otherwise) and are exempt from LoginRequiredMiddleware; the docs page is a page and needs the
log-in."""

from __future__ import annotations

from django.urls import path

from api import views

app_name = "api"

urlpatterns = [
    path("me/", views.me, name="me"),
    path("schema/", views.schema, name="schema"),
    path("docs/", views.docs, name="docs"),
]
