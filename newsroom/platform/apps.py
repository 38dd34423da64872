"""Connects the platform's signal handlers and system checks when Django starts."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlatformConfig(AppConfig):
    name = "newsroom.platform"
    label = "newsroom_platform"
    verbose_name = _("Platform")

    def ready(self):
        # Importing checks registers them with Django's system check framework.
        from . import checks, invalidation

        invalidation.connect()
        checks.warn_at_start_up()
