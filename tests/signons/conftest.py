"""Fixtures for sign-on tests: a live petition under /take-action/ and a helper that signs it."""

import pytest
from django.core.cache import cache

from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    # Counts and rate limits live in the cache; each test starts from nothing.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def take_action(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def petition(take_action):
    return PetitionPageFactory(parent=take_action, title="Fair asylum now", slug="fair-asylum")
