"""An API listing costs the same number of queries however many pages it holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from tests.campaigns.factories import ActionAlertPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.resources.factories import (
    PartnerPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from tests.signons.factories import PetitionPageFactory

TYPES = {
    "campaigns.PetitionPage": lambda parents, n: PetitionPageFactory(
        parent=parents["take_action"], photo=ImageFactory()
    ),
    "campaigns.ActionAlertPage": lambda parents, n: ActionAlertPageFactory(
        parent=parents["take_action"]
    ),
    "campaigns.NewsPage": lambda parents, n: NewsPageFactory(
        parent=parents["news"], hero_image=ImageFactory()
    ),
    "resources.PartnerPage": lambda parents, n: PartnerPageFactory(
        parent=parents["partners"], partner_code=f"p{n}", embed_sites="https://p.example"
    ),
    "resources.ResourcePage": lambda parents, n: ResourcePageFactory(parent=parents["resources"]),
}


@pytest.fixture
def parents(home_page, take_action, partners_index):
    return {
        "take_action": take_action,
        "partners": partners_index,
        "news": NewsIndexPageFactory(parent=home_page),
        "resources": ResourceIndexPageFactory(parent=home_page),
    }


def queries_for(client, url) -> int:
    client.get(url)  # the first reader makes the pictures' renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("page_type", TYPES)
def test_a_listing_with_every_field_costs_the_same_for_three_pages_or_nine(
    client, parents, page_type
):
    url = f"/api/v2/pages/?type={page_type}&fields=*"
    for n in range(3):
        TYPES[page_type](parents, n)
    three = queries_for(client, url)

    for n in range(3, 9):
        TYPES[page_type](parents, n)
    nine = queries_for(client, url)

    assert nine == three
    assert three <= 8


def test_a_listing_of_every_type_costs_the_same_for_five_pages_or_ten(client, parents):
    for n, make in enumerate(TYPES.values()):
        make(parents, n)
    five = queries_for(client, "/api/v2/pages/")

    for n, make in enumerate(TYPES.values(), start=5):
        make(parents, n)

    assert queries_for(client, "/api/v2/pages/") == five
