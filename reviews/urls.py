from django.urls import path

from reviews import views

app_name = "reviews"


def yearly_report_paths(prefix: str, kind: str, pdf_name: str) -> list:
    """The pages of one kind of yearly report (reviews.views.KINDS), named `<kind>_<page>`."""
    pages = [
        ("", views.yearly_report_list, "list"),
        ("ny/", views.yearly_report_create, "create"),
        ("<int:pk>/", views.yearly_report_detail, "detail"),
        ("<int:pk>/texter/", views.yearly_report_texts, "texts"),
        ("<int:pk>/publicera/", views.yearly_report_publish, "publish"),
        (f"<int:pk>/{pdf_name}", views.yearly_report_pdf, "pdf"),
        ("<int:pk>/revidera/", views.yearly_report_revise, "revise"),
    ]
    return [
        path(f"{prefix}/{route}", view, {"kind": kind}, name=f"{kind}_{name}")
        for route, view, name in pages
    ]


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
    *yearly_report_paths("kvalitetsberattelser", "quality_report", "kvalitetsberattelse.pdf"),
    *yearly_report_paths(
        "patientsakerhetsberattelser", "patient_safety_report", "patientsakerhetsberattelse.pdf"
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
