from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentityConfig(AppConfig):
    name = "identity"
    verbose_name = _("Inloggning och identitet")

    def ready(self) -> None:
        from allauth.account.decorators import secure_admin_login
        from django.contrib import admin

        from identity import adapters, permissions  # noqa: F401  (rules, signal receivers)
        from qms.menu import menu_item
        from qms.settings_pages import settings_page

        menu_item(
            _("Rollregler"),
            "identity:mapping_list",
            order=820,
            visible=lambda user: user.has_perm("identity.view_role_mappings"),
        )
        settings_page(
            _("Rollregler"),
            _("Vilka grupper i katalogen som ger vilken roll på vilken enhet."),
            "identity:mapping_list",
            order=70,
            visible=lambda user: user.has_perm("identity.view_role_mappings"),
        )

        # The technical admin's own log-in form would skip allauth (two-step verification, the
        # break-glass rule): send it to ours.
        admin.site.login = secure_admin_login(admin.site.login)
