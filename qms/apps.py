from pathlib import Path

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class QmsConfig(AppConfig):
    name = "qms"
    verbose_name = _("Kvalitetsledningssystem")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from qms import (  # noqa: F401  (registers rules, panels, menu, record types, signals)
            choice_labels,
            core_records,
            languages,
            lookups,
            menu,
            model_choices,
            permissions,
            startpage,
        )

        model_choices.install()  # model choice fields read their options with one query
        choice_labels.install()  # get_FOO_display translates one label, not all of them

        # Django receives large uploads into this folder and expects it to exist.
        Path(settings.FILE_UPLOAD_TEMP_DIR).mkdir(parents=True, exist_ok=True)
