from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditsConfig(AppConfig):
    name = "audits"
    verbose_name = _("Internrevisioner")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from audits import calendar, panels, permissions, pickers, recordtypes, search  # noqa: F401
        from qms.calendar import calendar_source
        from qms.menu import menu_item

        calendar_source(calendar.audit_events)
        menu_item(
            _("Revisioner"),
            "audits:programme",
            order=400,
            visible=lambda user: user.has_perm("audits.view_audits"),
        )
