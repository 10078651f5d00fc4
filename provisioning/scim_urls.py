"""The SCIM 2.0 endpoint, mounted at /scim/v2/ (the "tenant URL" in Entra ID)."""

from django.urls import path

from provisioning import views

app_name = "scim"

urlpatterns = [
    path("", views.service_provider_config, name="root"),
    path("ServiceProviderConfig", views.service_provider_config, name="config"),
    path("ResourceTypes", views.resource_types, name="resource_types"),
    path("Users", views.users, name="users"),
    path("Users/<str:pk>", views.user, name="user"),
    path("Groups", views.groups, name="groups"),
    path("Groups/<str:pk>", views.group, name="group"),
    path("Bulk", views.bulk_request, name="bulk"),
]
