from django.conf import settings
from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.generic import RedirectView

from qms import languages, observability, views, webapp

qms_patterns = [
    path("organisation/", views.unit_list, name="unit_list"),
    path("organisation/<int:pk>/", views.unit_detail, name="unit_detail"),
    path("organisation/<int:pk>/andra/", views.unit_update, name="unit_update"),
    path("organisation/<int:pk>/historik/", views.unit_history, name="unit_history"),
    path("organisation/<int:parent_pk>/ny-enhet/", views.unit_create, name="unit_create"),
    path("anvandare/", views.user_list, name="user_list"),
    path("anvandare/ny/", views.user_create, name="user_create"),
    path("anvandare/<int:pk>/", views.user_detail, name="user_detail"),
    path("anvandare/<int:pk>/andra/", views.user_update, name="user_update"),
    path("anvandare/<int:pk>/historik/", views.user_history, name="user_history"),
    path("anvandare/<int:pk>/inbjudan/", views.user_invite, name="user_invite"),
    path("inbjudan/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("installningar/", views.settings_index, name="settings"),
    path("installningar/organisation/", views.public_profile_update, name="public_profile"),
    path(
        "installningar/organisation/historik/",
        views.public_profile_history,
        name="public_profile_history",
    ),
    path("logotyp", views.public_logo, name="public_logo"),
    path("val/<slug:name>/", views.picker, name="picker"),
    path("sok/", views.search, name="search"),
    path("aviseringar/", views.notification_list, name="notification_list"),
    path("aviseringar/<int:pk>/oppna/", views.notification_open, name="notification_open"),
    path("aviseringar/las-alla/", views.notification_read_all, name="notification_read_all"),
    path(
        "anvandare/<int:pk>/roller/<int:membership_pk>/ta-bort/",
        views.membership_delete,
        name="membership_delete",
    ),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("", include((qms_patterns, "qms"))),
    path("avvikelser/", include("deviations.urls")),
    path("revisioner/", include("audits.urls")),
    path("certifieringar/", include("certifications.urls")),
    path("ledningens-genomgang/", include("reviews.urls")),
    path("oversikt/", include("reviews.overview_urls")),
    path("import/", include("imports.urls")),
    path("arkiv/", include("records.urls")),
    path("synpunkter/", include("deviations.public_urls")),
    path("katalogkoppling/", include("provisioning.urls")),
    path("scim/v2/", include("provisioning.scim_urls")),
    path("api/v1/", include("api.urls")),
    path("api-nycklar/", include("api.page_urls")),
    path("konto/", include("allauth.urls")),
    path("inloggning/rollregler/", include("identity.urls")),
    path("i18n/setlang/", languages.set_language, name="set_language"),
    path("manifest.webmanifest", webapp.manifest, name="webapp_manifest"),
    path("sw.js", webapp.service_worker, name="service_worker"),
    path("utan-anslutning/", webapp.offline, name="offline"),
    path("healthz", views.healthz, name="healthz"),
    path("healthz/ready", views.healthz, name="healthz_ready"),
    path("healthz/live", views.live, name="healthz_live"),
    path("metrics", observability.metrics, name="metrics"),
    path("admin/", admin.site.urls),
    path(
        "favicon.ico",
        login_not_required(
            RedirectView.as_view(
                url=settings.STATIC_URL + "img/favicon.svg",
                permanent=True,
                http_method_names=["get", "head"],
            )
        ),
    ),
]

# While the database is down: "tillfälligt ur funktion" (503), never a 500 (qms.views).
handler500 = "qms.views.server_error"
