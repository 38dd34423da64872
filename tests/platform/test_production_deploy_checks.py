"""Production settings pass Django's deploy checks with the documented variables, and warn without Redis."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTED = {
    "DJANGO_SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
    "DJANGO_ALLOWED_HOSTS": "newsroom.example.org",
    "WAGTAILADMIN_BASE_URL": "https://newsroom.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/7",
}
PLATFORM_VARIABLES = ("REDIS_URL", "SENTRY_DSN", "AWS_STORAGE_BUCKET_NAME")


def run_under_production(*arguments, **variables):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in PLATFORM_VARIABLES
    }
    environment.update(variables, DJANGO_SETTINGS_MODULE="newsroom.settings.production")
    return subprocess.run(
        [sys.executable, *arguments], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def test_the_deploy_check_passes_with_the_documented_variables():
    result = run_under_production(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", **DOCUMENTED
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_without_redis_production_warns_that_the_cache_is_not_shared():
    variables = {key: value for key, value in DOCUMENTED.items() if key != "REDIS_URL"}

    result = run_under_production(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", **variables
    )

    assert result.returncode != 0
    assert "newsroom.W001" in result.stderr
    assert "Set REDIS_URL" in result.stderr
    # gunicorn runs no checks, so the same warning is logged when Django starts.
    assert "Set REDIS_URL" in result.stdout


def sentry_is_active(**variables):
    result = run_under_production(
        "-c",
        "import django; django.setup(); import sentry_sdk; print(sentry_sdk.get_client().is_active())",
        **DOCUMENTED,
        **variables,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_sentry_starts_only_when_a_dsn_is_set():
    assert sentry_is_active() == "False"
    assert sentry_is_active(SENTRY_DSN="https://public@sentry.example.org/1") == "True"


def test_sentry_never_receives_signer_data_from_stack_frames_or_request_bodies():
    result = run_under_production(
        "-c",
        "import django; django.setup(); import sentry_sdk; o = sentry_sdk.get_client().options; "
        "print(o['send_default_pii'], o['include_local_variables'], o['max_request_body_size'])",
        **DOCUMENTED,
        SENTRY_DSN="https://public@sentry.example.org/1",
    )

    assert result.stdout.strip().splitlines()[-1] == "False False never"
