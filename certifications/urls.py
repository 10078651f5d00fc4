from django.urls import path

from certifications import views

app_name = "certifications"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("styrelse/", views.board, name="board"),
    path("nytt/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/andra/", views.update, name="update"),
    path("<int:pk>/status/", views.status, name="status"),
    path("<int:pk>/fornyas-inte/", views.not_renewing, name="not_renewing"),
    path("<int:pk>/fornya/", views.renew, name="renew"),
    path("<int:pk>/historik/", views.history, name="history"),
    path("cykel/<int:pk>/andra/", views.cycle_update, name="cycle_update"),
    path("cykel/<int:pk>/certifikat/", views.cycle_file, name="cycle_file"),
    path("cykel/<int:pk>/underlag/", views.evidence, name="evidence"),
    path("underlag/<int:pk>/", views.evidence_update, name="evidence_update"),
    path("underlag/<int:pk>/klar/", views.evidence_done, name="evidence_done"),
    path("underlag/<int:pk>/dokument/", views.evidence_file, name="evidence_file"),
    path("handelse/<int:pk>/", views.event_update, name="event_update"),
    path("kalender/", views.calendar, name="calendar"),
    path("standarder/", views.standard_list, name="standard_list"),
    path("standarder/<int:pk>/", views.standard_update, name="standard_update"),
    path("standarder/<int:pk>/historik/", views.standard_history, name="standard_history"),
    path("kalender/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
