from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeviationsConfig(AppConfig):
    name = "deviations"
    verbose_name = _("Avvikelser och åtgärder")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from deviations import (  # noqa: F401  (registers panels, menu, calendar, record types)
            panels,
            pickers,
            recordtypes,
            rules,
        )
