"""Shared fixtures: the migrated site's home page, its settings, and logged-in users."""

import shutil

import pytest
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site

from home.models import SiteSettings
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
def superuser(db):
    return SuperuserFactory(username="admin")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client
