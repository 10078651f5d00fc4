from django.urls import path

from identity import views

app_name = "identity"

urlpatterns = [
    path("", views.mapping_list, name="mapping_list"),
    path("<int:pk>/ta-bort/", views.mapping_delete, name="mapping_delete"),
    path("historik/", views.mapping_history, name="mapping_history"),
]
