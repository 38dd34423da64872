"""Fixtures for campaigns: the news index and the take-action index under the home page."""

import pytest

from tests.campaigns.factories import CampaignIndexPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def take_action(home_page):
    return CampaignIndexPageFactory(parent=home_page)
