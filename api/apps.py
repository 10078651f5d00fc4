from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The REST API at /api/v1/ for the kommun's other systems. Depends on the modules and on
    qms; nothing depends on it."""

    name = "api"
    verbose_name = _("API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from api import (
            menu,  # noqa: F401  (menu entry and settings page)
            schema,  # noqa: F401  (OpenAPI descriptions of our authentication)
            webhooks,  # noqa: F401  (events of the modules into the webhook outbox)
        )
