from django.urls import path, re_path

from records.views import archive, exports, extracts, holds, plan, thinning

app_name = "records"

urlpatterns = [
    path("", plan.plan_index, name="plan"),
    path("historik/", plan.plan_history, name="plan_history"),
    path("regler/ny/<str:key>/", plan.rule_create, name="rule_create"),
    path("regler/<int:pk>/", plan.rule_update, name="rule_update"),
    path("regler/<int:pk>/ta-bort/", plan.rule_delete, name="rule_delete"),
    path("regler/<int:pk>/historik/", plan.rule_history, name="rule_history"),
    path("gallring/", thinning.proposal_list, name="proposal_list"),
    path("gallring/ta-fram/", thinning.proposal_build, name="proposal_build"),
    path("gallring/<int:pk>/", thinning.proposal_detail, name="proposal_detail"),
    path("gallring/<int:pk>/godkann/", thinning.proposal_approve, name="proposal_approve"),
    path("gallring/<int:pk>/avsla/", thinning.proposal_reject, name="proposal_reject"),
    path("gallring/<int:pk>/fortsatt/", thinning.proposal_resume, name="proposal_resume"),
    re_path(
        r"^gallring/(?P<pk>[0-9]+)/protokoll\.(?P<kind>pdf|csv)$",
        thinning.protocol_download,
        name="protocol_download",
    ),
    path("sparrar/", holds.hold_list, name="hold_list"),
    path("sparrar/ny/", holds.hold_create, name="hold_create"),
    path("sparrar/<int:pk>/", holds.hold_detail, name="hold_detail"),
    path("sparrar/<int:pk>/hav/", holds.hold_lift, name="hold_lift"),
    path("e-arkiv/", archive.package_list, name="package_list"),
    path("e-arkiv/<int:pk>/", archive.package_detail, name="package_detail"),
    path("e-arkiv/<int:pk>/paket.zip", archive.package_download, name="package_download"),
    path("e-arkiv/<int:pk>/levererat/", archive.package_deliver, name="package_deliver"),
    path("e-arkiv/<int:pk>/bygg-igen/", archive.package_retry, name="package_retry"),
    path("registerutdrag/", extracts.extract_list, name="extract_list"),
    path("registerutdrag/<int:pk>/", extracts.extract_detail, name="extract_detail"),
    re_path(
        r"^registerutdrag/(?P<pk>[0-9]+)/utdrag\.(?P<kind>pdf|json|csv)$",
        extracts.extract_download,
        name="extract_download",
    ),
    path("registerutdrag/<int:pk>/bygg-igen/", extracts.extract_retry, name="extract_retry"),
    path("export/", exports.full_export_list, name="full_export_list"),
    path("export/<int:pk>/", exports.full_export_detail, name="full_export_detail"),
    path("export/<int:pk>/export.zip", exports.full_export_download, name="full_export_download"),
]
