from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentityConfig(AppConfig):
    name = "identity"
    verbose_name = _("Inloggning och identitet")

    def ready(self) -> None:
        from identity import permissions  # noqa: F401  (registers the rules)
