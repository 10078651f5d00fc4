from django.urls import path

from imports import views

app_name = "imports"

urlpatterns = [
    path("", views.job_list, name="list"),
    path("ny/<slug:kind>/", views.job_create, name="create"),
    path("<int:pk>/", views.job_detail, name="detail"),
    path("<int:pk>/kolumner/", views.job_mapping, name="mapping"),
    path("<int:pk>/fel/", views.job_problems, name="problems"),
    path("<int:pk>/importera/", views.job_apply, name="apply"),
    path("<int:pk>/starta-igen/", views.job_restart, name="restart"),
    path("<int:pk>/avbryt/", views.job_cancel, name="cancel"),
]
