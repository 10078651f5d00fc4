from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = _("Ledningens genomgång")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from qms.menu import menu_item
        from reviews import panels, permissions, recordtypes  # noqa: F401  (registers)
        from reviews.overview import scope_units

        menu_item(_("Översikt"), "overview:page", order=5, visible=lambda u: bool(scope_units(u)))

        menu_item(
            _("Ledningens genomgång"),
            "reviews:list",
            order=600,
            visible=lambda user: user.has_perm("reviews.view_reviews"),
        )
        # Board members (and everyone else) see the approved packs they may read.
        menu_item(
            _("Rapporter"),
            "reviews:reports",
            order=601,
            visible=lambda user: (
                user.has_perm("reviews.view_reports") and not user.has_perm("reviews.view_reviews")
            ),
        )
