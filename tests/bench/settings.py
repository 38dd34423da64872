"""Benchmark settings: production-like (DEBUG off, database task queue) with limits lifted."""

import os

from newsroom.settings.base import *  # noqa: F403

SECRET_KEY = "bench-only-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "tests.bench.urls"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
if os.environ.get("BENCH_TASKS") == "dummy":  # to see what queueing the email costs
    TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
# The load comes from one address; the limits are tested elsewhere.
SIGNON_RATE_LIMITS = [(10**9, 60)]
# 0 makes every page view read the counter rows: the worst case for benchmark 2.
SIGNON_COUNT_CACHE_SECONDS = int(os.environ.get("BENCH_COUNT_CACHE_SECONDS", "5"))
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
