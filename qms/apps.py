from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QmsConfig(AppConfig):
    name = "qms"
    verbose_name = _("Kvalitetsledningssystem")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from qms import menu, permissions, startpage  # noqa: F401  (registers rules, panels, menu)
