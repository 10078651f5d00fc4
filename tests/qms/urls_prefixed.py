"""The project's URLs under /qms/, for tests of what follows the URL configuration."""

from django.urls import include, path

urlpatterns = [path("qms/", include("qms.urls"))]
