"""Shared fixtures: the migrated site's home page, its settings, and logged-in users."""

import os
import shutil

import pytest
import redis
from django.conf import settings
from django.core.cache import cache, caches
from wagtail.models import Site

from home.models import SiteChrome, SiteSettings
from newsroom.settings.caches import redis_cache as redis_cache_settings
from tests.factories import SuperuserFactory


@pytest.fixture(autouse=True, scope="session")
def _clean_test_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: counters, rate limits and remembered lookups."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    """The HomePage the data migration puts at the root of the default site."""
    return site.root_page.specific


@pytest.fixture
def site_settings(site):
    return SiteSettings.for_site(site)


@pytest.fixture
def site_chrome(db):
    """The source language's site chrome, as the migration makes it: the site's name, nothing else."""
    return SiteChrome.objects.get(locale__language_code=settings.LANGUAGE_CODE)


@pytest.fixture
def superuser(db):
    return SuperuserFactory(username="admin")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")


def redis_reachable() -> bool:
    try:
        return redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


@pytest.fixture
def redis_cache(settings):
    """The default cache on Redis (TEST_REDIS_URL), as production configures it, with keys of
    this test run's own: never flush a database someone else may use."""
    if not redis_reachable():
        pytest.skip(f"needs Redis at {TEST_REDIS_URL} (set TEST_REDIS_URL)")
    settings.CACHES = {"default": redis_cache_settings(TEST_REDIS_URL)}
    settings.CACHES["default"]["KEY_PREFIX"] = f"test-{os.getpid()}"
    caches["default"].delete_pattern("*")
    yield caches["default"]
    caches["default"].delete_pattern("*")


@pytest.fixture
def mail_server(settings):
    """A real SMTP server (aiosmtpd) Django sends to; `mail_server.stop()` is a mail outage."""
    from tests.mail_server import MailServer

    server = MailServer().start()
    server.settings_for(settings)
    yield server
    server.stop()
