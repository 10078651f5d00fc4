from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationsConfig(AppConfig):
    name = "certifications"
    verbose_name = _("Certifieringar")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from certifications import calendar, panels, permissions, recordtypes, search  # noqa: F401
        from qms.calendar import calendar_source
        from qms.menu import menu_item
        from qms.settings_pages import settings_page

        calendar_source(calendar.certification_events)
        settings_page(
            _("Påminnelser för standarder"),
            _("Hur långt före revisioner och utgångsdatum påminnelserna skickas, per standard."),
            "certifications:standard_list",
            order=50,
            visible=lambda user: user.has_perm("qms.change_group_register"),
        )
        menu_item(
            _("Certifieringar"),
            "certifications:overview",
            order=500,
            visible=lambda user: user.has_perm("certifications.view_certificates"),
        )
        # Board members who do not see the overview get the read-only status page instead.
        menu_item(
            _("Certifieringar"),
            "certifications:board",
            order=501,
            visible=lambda user: (
                user.has_perm("certifications.view_board_status")
                and not user.has_perm("certifications.view_certificates")
            ),
        )
