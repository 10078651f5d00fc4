"""Pages for tokens, webhooks and service accounts (/api-nycklar/)."""

from django.urls import path

from api import pages

app_name = "api_pages"

urlpatterns = [
    path("", pages.token_list, name="tokens"),
    path("<int:pk>/", pages.token_shown, name="token_shown"),
    path("<int:pk>/sparra/", pages.token_revoke, name="token_revoke"),
    path("tjanstekonton/", pages.service_account_list, name="service_accounts"),
    path("tjanstekonton/nytt/", pages.service_account_create, name="service_account_create"),
    path("tjanstekonton/<int:pk>/", pages.service_account_detail, name="service_account"),
    path(
        "tjanstekonton/<int:pk>/webhooks/",
        pages.service_account_webhooks,
        name="service_account_webhooks",
    ),
    path("webhooks/", pages.webhook_list, name="webhooks"),
    path("webhooks/<int:pk>/", pages.webhook_detail, name="webhook"),
    path("webhooks/<int:pk>/ta-bort/", pages.webhook_delete, name="webhook_delete"),
]
