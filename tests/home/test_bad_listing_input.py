"""Odd addresses get a clear 4xx, never a 500: NUL bytes anywhere, page numbers past any listing."""

import pytest
from django.utils import translation

from tests.campaigns.factories import NewsIndexPageFactory


@pytest.mark.parametrize(
    "address",
    ["/search/?query=a%00b", "/topics/asy%00lum/", "/news/?topic=a%00b", "/news/?page=1%00"],
)
def test_a_nul_byte_is_refused_with_400(client, home_page, address):
    NewsIndexPageFactory(parent=home_page)

    response = client.get(address)

    assert response.status_code == 400
    assert "null byte" in response.content.decode()


def test_the_refusal_speaks_the_language_of_the_address_not_of_the_last_request(client, home_page):
    with translation.override("es"):  # what a thread that last served a Spanish page holds
        english = client.get("/search/?query=a%00b").content.decode()
        spanish = client.get("/es/search/?query=a%00b").content.decode()

    assert english == "The address contains a null byte, which is not allowed."
    assert "byte nulo" in spanish


def test_a_page_number_far_past_any_listing_is_404_not_a_database_error(client, home_page):
    NewsIndexPageFactory(parent=home_page)

    response = client.get("/news/?page=99999999999999999999")

    assert response.status_code == 404
