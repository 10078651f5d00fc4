from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProvisioningConfig(AppConfig):
    name = "provisioning"
    verbose_name = _("Katalogkoppling (SCIM)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from provisioning import permissions  # noqa: F401  (registers the rules)
        from qms.settings_pages import settings_page

        settings_page(
            _("Katalogkoppling (SCIM)"),
            _("Token för organisationens katalog (Entra ID) som skapar och inaktiverar konton."),
            "provisioning:client_list",
            order=80,
            visible=lambda user: user.has_perm("provisioning.manage_scim_clients"),
        )
