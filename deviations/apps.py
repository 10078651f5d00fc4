from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class DeviationsConfig(AppConfig):
    name = "deviations"
    verbose_name = _("Avvikelser och åtgärder")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from deviations import (  # noqa: F401  (registers panels, menu, calendar, record types, search)
            panels,
            pickers,
            recordtypes,
            rules,
            search,
            statistics,
        )
        from deviations.models import Action, Deviation

        # A changed case or action makes every cached dashboard stale, on every node.
        for model in (Deviation, Action):
            uid = f"dashboard-{model.__name__}"
            post_save.connect(statistics.invalidate_on_commit, model, dispatch_uid=f"{uid}-save")
            post_delete.connect(statistics.invalidate_on_commit, model, dispatch_uid=f"{uid}-del")
