"""Fixtures for sign-on tests: a live petition under /take-action/ and a helper that signs it."""

import time
from types import SimpleNamespace

import pytest
from django.core.cache import cache

from campaigns.signons import protection
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    # Counts and rate limits live in the cache; each test starts from nothing.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _rate_windows_start_with_the_test(monkeypatch):
    """The sign-on checks' clock runs from one second into an hour, at the real pace.

    Rate limits count in fixed windows (this minute, this hour), so on the wall clock a test's
    requests could straddle a window's end and be counted in two windows, and a limit the test
    reaches would not refuse. Tokens are issued on the same clock (tests.signons.posting).
    """
    started = time.time()
    hour_start = started // 3600 * 3600 + 1
    monkeypatch.setattr(
        protection, "time", SimpleNamespace(time=lambda: hour_start + time.time() - started)
    )


@pytest.fixture
def take_action(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def petition(take_action):
    return PetitionPageFactory(parent=take_action, title="Fair asylum now", slug="fair-asylum")
