"""The test suite: fast hashing, mail kept in memory, tasks run at once."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Each test run has media of its own (removed when it ends), so two runs at once, on SQLite and
# PostgreSQL say, never delete each other's files; processes a run starts inherit its folder.
if "NEWSROOM_TEST_MEDIA_ROOT" not in os.environ:
    os.environ["NEWSROOM_TEST_MEDIA_ROOT"] = tempfile.mkdtemp(prefix="newsroom-media-")
MEDIA_ROOT = Path(os.environ["NEWSROOM_TEST_MEDIA_ROOT"])
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = (
    True  # no collectstatic in tests: serve from the finders, don't scan STATIC_ROOT
)

# The page cache is off unless a test turns it on (tests/platform), so other tests see fresh pages.
PAGE_CACHE_SECONDS = 0

# Tests with serialized_rollback restore the database from a copy made at set-up; the 170,000
# rows of members of Congress and ZIP codes would make each restore take minutes. Browser tests
# that need them load them (campaigns.representatives.loading).
TEST_NON_SERIALIZED_APPS = ["campaigns.representatives"]
