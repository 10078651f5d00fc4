from django.urls import path

from reviews import views

app_name = "reviews"

urlpatterns = [
    path("", views.review_list, name="list"),
    path("ny/", views.review_create, name="create"),
    path("rapporter/", views.reports, name="reports"),
    path("<int:pk>/", views.review_detail, name="detail"),
    path("<int:pk>/bedomning/<str:code>/", views.assessment, name="assessment"),
    path("<int:pk>/narvaro/", views.attendance, name="attendance"),
    path("<int:pk>/sammanfattning/", views.summary, name="summary"),
    path("<int:pk>/beslut/", views.decision_create, name="decision_create"),
    path(
        "<int:pk>/beslut/<int:decision_pk>/atgard/", views.decision_action, name="decision_action"
    ),
    path("<int:pk>/godkann/", views.approve, name="approve"),
    path("<int:pk>/revidera/", views.revise, name="revise"),
    path("<int:pk>/pdf/skapa/", views.pdf_generate, name="pdf_generate"),
    path("<int:pk>/pdf/status/", views.pdf_status, name="pdf_status"),
    path("<int:pk>/ledningens-genomgang.pdf", views.pdf, name="pdf"),
    path("kvalitetsberattelser/", views.quality_report_list, name="quality_report_list"),
    path("kvalitetsberattelser/ny/", views.quality_report_create, name="quality_report_create"),
    path(
        "kvalitetsberattelser/<int:pk>/", views.quality_report_detail, name="quality_report_detail"
    ),
    path(
        "kvalitetsberattelser/<int:pk>/texter/",
        views.quality_report_texts,
        name="quality_report_texts",
    ),
    path(
        "kvalitetsberattelser/<int:pk>/publicera/",
        views.quality_report_publish,
        name="quality_report_publish",
    ),
    path(
        "kvalitetsberattelser/<int:pk>/kvalitetsberattelse.pdf",
        views.quality_report_pdf,
        name="quality_report_pdf",
    ),
    path(
        "kvalitetsberattelser/<int:pk>/revidera/",
        views.quality_report_revise,
        name="quality_report_revise",
    ),
    path("mal/", views.objective_list, name="objective_list"),
    path("mal/nytt/", views.objective_create, name="objective_create"),
    path("mal/<int:pk>/", views.objective_detail, name="objective_detail"),
    path("mal/<int:pk>/nyckeltal/", views.indicator_create, name="indicator_create"),
    path("mal/<int:pk>/varden/", views.value_create, name="value_create"),
    path(
        "mal/<int:pk>/nyckeltal/<int:indicator_pk>/berakna/",
        views.indicator_refresh,
        name="indicator_refresh",
    ),
]
