from django.urls import path

from reviews import views

app_name = "overview"

urlpatterns = [path("", views.overview_page, name="page")]
