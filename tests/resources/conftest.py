"""Fixtures for resources: the partner index and the resource index under the home page."""

import pytest

from tests.resources.factories import PartnerIndexPageFactory, ResourceIndexPageFactory


@pytest.fixture
def partner_index(home_page):
    return PartnerIndexPageFactory(parent=home_page)


@pytest.fixture
def resource_index(home_page):
    return ResourceIndexPageFactory(parent=home_page)
