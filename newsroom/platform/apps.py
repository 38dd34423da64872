"""Connects the platform's signal handlers and system checks when Django starts."""

from django.apps import AppConfig


class PlatformConfig(AppConfig):
    name = "newsroom.platform"
    label = "newsroom_platform"
    verbose_name = "Platform"

    def ready(self):
        # Importing checks registers them with Django's system check framework.
        from . import checks, invalidation

        invalidation.connect()
        checks.warn_at_start_up()
