from django.urls import path

from provisioning import views

app_name = "provisioning"

urlpatterns = [
    path("", views.client_list, name="client_list"),
    path("ny/", views.client_create, name="client_create"),
    path("<int:pk>/nytt-token/", views.client_rotate, name="client_rotate"),
    path("<int:pk>/sparra/", views.client_revoke, name="client_revoke"),
]
