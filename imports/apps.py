from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    name = "imports"
    verbose_name = _("Import")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from imports import rules  # noqa: F401  (registers permissions and the menu entry)
