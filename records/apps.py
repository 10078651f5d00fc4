from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    name = "records"
    verbose_name = _("Arkiv och gallring")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from records import panels, permissions, recordtypes  # noqa: F401  (registers)
