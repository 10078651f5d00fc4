"""Public pages for citizens (no login), mounted under /synpunkter/."""

from django.urls import path

from deviations.views import public

app_name = "feedback_public"

urlpatterns = [
    path("", public.feedback_form, name="form"),
    path("kvitto/", public.receipt, name="receipt"),
    path("folj/<str:token>/", public.track, name="track"),
    path("tillganglighet/", public.accessibility, name="accessibility"),
]
