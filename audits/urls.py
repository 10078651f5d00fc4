from django.urls import path

from audits import views

app_name = "audits"

urlpatterns = [
    path("", views.programme, name="programme"),
    path("program/nytt/", views.programme_create, name="programme_create"),
    path("program/<int:programme_pk>/ny-revision/", views.audit_create, name="create"),
    path("tackning/", views.coverage, name="coverage"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/team/", views.team_add, name="team_add"),
    path("<int:pk>/status/<str:transition>/", views.transition, name="transition"),
    path("<int:pk>/checklista/", views.checklist, name="checklist"),
    path("<int:pk>/svar/<int:answer_pk>/", views.answer, name="answer"),
    path("<int:pk>/underlag/<int:evidence_pk>/", views.evidence, name="evidence"),
    path("<int:pk>/iakttagelser/", views.finding_create, name="finding_create"),
    path(
        "<int:pk>/iakttagelser/<int:finding_pk>/atgard/",
        views.finding_action,
        name="finding_action",
    ),
    path(
        "<int:pk>/iakttagelser/<int:finding_pk>/avvikelse/",
        views.finding_deviation,
        name="finding_deviation",
    ),
    path(
        "<int:pk>/iakttagelser/<int:finding_pk>/verifiera/",
        views.finding_verify,
        name="finding_verify",
    ),
    path(
        "<int:pk>/iakttagelser/<int:finding_pk>/rubrik/",
        views.finding_title,
        name="finding_title",
    ),
    path("<int:pk>/rapport.pdf", views.report_pdf, name="report_pdf"),
    path("fragebank/", views.question_bank, name="question_bank"),
    path("fragebank/kriterier/nytt/", views.criterion_create, name="criterion_create"),
    path("fragebank/fragor/ny/", views.question_create, name="question_create"),
    path("fragebank/fragor/<int:pk>/", views.question_update, name="question_update"),
]
