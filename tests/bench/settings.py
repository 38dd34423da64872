"""Bench-only settings: production settings served over loopback HTTP, with the bench's extra URL."""

from newsroom.settings.production import *  # noqa: F403

ROOT_URLCONF = "tests.bench.urls"
# Plain HTTP on loopback: no TLS proxy in front, and no collectstatic manifest to build.
SECURE_SSL_REDIRECT = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
