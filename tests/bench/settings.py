"""Benchmark settings: production settings served over loopback HTTP, limits lifted for the load."""

import os

# Production refuses to start without these; the benchmarks run on loopback with throwaway values.
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-" + "x" * 40)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")

from newsroom.settings.production import *  # noqa: E402, F403

ROOT_URLCONF = "tests.bench.urls"
# Plain HTTP on loopback: no TLS proxy in front, and no collectstatic manifest to build.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
if os.environ.get("BENCH_TASKS") == "dummy":  # to see what queueing the email costs
    TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
# The load comes from one address; the limits are tested elsewhere.
SIGNON_RATE_LIMITS = [(10**9, 60)]
# 0 makes every page view read the counter rows: the worst case for benchmark 2.
SIGNON_COUNT_CACHE_SECONDS = int(os.environ.get("BENCH_COUNT_CACHE_SECONDS", "5"))
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
