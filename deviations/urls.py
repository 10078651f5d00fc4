from django.urls import path

from deviations.views import cases, feedback, legal, lists, registers, settings, suggestions

app_name = "deviations"

urlpatterns = [
    # Deviations
    path("", lists.deviation_list, name="list"),
    path("rapportera/", cases.create, name="create"),
    path("<int:pk>/", cases.detail, name="detail"),
    path("<int:pk>/kvitto/", cases.receipt, name="receipt"),
    path("<int:pk>/bedomning/", cases.assess, name="assess"),
    path("<int:pk>/utredare/", cases.assign, name="assign"),
    path("<int:pk>/orsaksanalys/", cases.cause_analysis, name="cause_analysis"),
    path("<int:pk>/status/<str:transition>/", cases.transition, name="transition"),
    path("<int:pk>/effekt/", cases.effect_check, name="effect_check"),
    path("<int:pk>/kommentar/", cases.comment, name="comment"),
    path("<int:pk>/bilagor/", cases.upload, name="upload"),
    path("<int:pk>/bilagor/<int:attachment_pk>/", cases.attachment, name="attachment"),
    path(
        "<int:pk>/bilagor/<int:attachment_pk>/miniatyr/",
        cases.attachment_thumbnail,
        name="attachment_thumbnail",
    ),
    path("<int:pk>/atgarder/ny/", cases.action_create, name="action_create"),
    path("<int:pk>/liknande/", cases.similar, name="similar"),
    path("<int:pk>/lasloggen/", cases.read_log, name="read_log"),
    # Lists, exports and statistics
    path("export/", lists.export, name="export"),
    path("export/<int:pk>/", lists.export_detail, name="export_detail"),
    path("export/<int:pk>/fil/", lists.export_download, name="export_download"),
    path("statistik/", lists.dashboard, name="dashboard"),
    # The action register
    path("filter/spara/", lists.saved_filter_create, name="saved_filter_create"),
    path("filter/<int:pk>/ta-bort/", lists.saved_filter_delete, name="saved_filter_delete"),
    path("atgarder/", lists.action_list, name="action_list"),
    path("atgarder/mina/", lists.my_actions, name="my_actions"),
    path("atgarder/export/", lists.action_export, name="action_export"),
    path("atgarder/byt-ansvarig/", lists.action_reassign, name="action_reassign"),
    path("atgarder/flytta-datum/", lists.action_reschedule, name="action_reschedule"),
    path("atgarder/<int:pk>/", cases.action_detail, name="action_detail"),
    path("atgarder/<int:pk>/<str:step>/", cases.action_step, name="action_step"),
    # Registers
    path("krav/", registers.requirement_list, name="requirement_list"),
    path("krav/nytt/", registers.requirement_create, name="requirement_create"),
    path("krav/<int:pk>/", registers.requirement_update, name="requirement_update"),
    path("krav/<int:pk>/dokument/", registers.requirement_document, name="requirement_document"),
    path("leverantorer/", registers.supplier_list, name="supplier_list"),
    path("leverantorer/ny/", registers.supplier_create, name="supplier_create"),
    path("leverantorer/<int:pk>/", registers.supplier_update, name="supplier_update"),
    path("kategorier/", registers.category_list, name="category_list"),
    path("kategorier/ny/", registers.category_create, name="category_create"),
    path("kategorier/<int:pk>/", registers.category_update, name="category_update"),
    # Settings kept in the app
    path(
        "installningar/verksamheter/",
        settings.public_activity_list,
        name="public_activity_list",
    ),
    path(
        "installningar/verksamheter/ny/",
        settings.public_activity_create,
        name="public_activity_create",
    ),
    path(
        "installningar/verksamheter/<int:pk>/",
        settings.public_activity_update,
        name="public_activity_update",
    ),
    path(
        "installningar/verksamheter/<int:pk>/historik/",
        settings.public_activity_history,
        name="public_activity_history",
    ),
    path("installningar/svarstider/", settings.feedback_policy_list, name="feedback_policy_list"),
    path(
        "installningar/svarstider/<int:unit_pk>/",
        settings.feedback_policy_update,
        name="feedback_policy_update",
    ),
    path(
        "installningar/svarstider/<int:unit_pk>/historik/",
        settings.feedback_policy_history,
        name="feedback_policy_history",
    ),
    path("installningar/anmalningsspar/", settings.legal_rule_list, name="legal_rule_list"),
    path(
        "installningar/anmalningsspar/<slug:kind>/",
        settings.legal_rule_update,
        name="legal_rule_update",
    ),
    path(
        "installningar/anmalningsspar/<slug:kind>/historik/",
        settings.legal_rule_history,
        name="legal_rule_history",
    ),
    # Synpunkter from citizens (the public form is in deviations.public_urls)
    path("synpunkter/", feedback.feedback_list, name="feedback_list"),
    path("synpunkter/<int:pk>/", feedback.feedback_detail, name="feedback_detail"),
    path("synpunkter/<int:pk>/<str:step>/", feedback.feedback_step, name="feedback_step"),
    path(
        "tillganglighetsredogorelse/",
        feedback.accessibility_update,
        name="accessibility_update",
    ),
    # Förbättringsförslag from staff
    path("forslag/", suggestions.suggestion_list, name="suggestion_list"),
    path("forslag/nytt/", suggestions.suggestion_create, name="suggestion_create"),
    path("forslag/statistik/", suggestions.suggestion_counts, name="suggestion_counts"),
    path("forslag/<int:pk>/", suggestions.suggestion_detail, name="suggestion_detail"),
    path("forslag/<int:pk>/<str:step>/", suggestions.suggestion_step, name="suggestion_step"),
    # Legal tracks on a deviation (lex Sarah, lex Maria, IMY, Arbetsmiljöverket)
    path("<int:pk>/anmalningsspar/", legal.flag, name="legal_flag"),
    path(
        "<int:pk>/anmalningsspar/<int:track_pk>/underlag.pdf",
        legal.track_package,
        name="legal_track_package",
    ),
    path(
        "<int:pk>/anmalningsspar/<int:track_pk>/<str:step>/",
        legal.track_step,
        name="legal_track_step",
    ),
    path("anmalningsspar/", legal.track_list, name="legal_track_list"),
]
