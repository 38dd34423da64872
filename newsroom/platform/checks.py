"""System check: production needs a cache shared by every app server."""

import logging

from django.conf import settings
from django.core import checks

logger = logging.getLogger("newsroom.platform")

SHARED_CACHE_BACKENDS = ("django_redis.", "django.core.cache.backends.redis.")


@checks.register(checks.Tags.caches, deploy=True)
def shared_cache_configured(app_configs=None, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.startswith(SHARED_CACHE_BACKENDS):
        return []
    return [
        checks.Warning(
            f"The default cache is {backend}, which each process keeps to itself.",
            hint=(
                "Set REDIS_URL. Rate limits and sign-on counters need atomic increments "
                "shared by every app server, and publishing must clear every server's page cache."
            ),
            id="newsroom.W001",
        )
    ]


def warn_at_start_up() -> None:
    """gunicorn runs no system checks, so production also logs the warning when it starts."""
    if getattr(settings, "WARN_AT_START_UP", False):
        for message in shared_cache_configured():
            logger.warning("%s %s (%s)", message.msg, message.hint, message.id)
