"""Odd addresses get a clear 4xx, never a 500: NUL bytes anywhere, page numbers past any listing."""

import pytest

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


def test_a_page_number_far_past_any_listing_is_404_not_a_database_error(client, home_page):
    NewsIndexPageFactory(parent=home_page)

    response = client.get("/news/?page=99999999999999999999")

    assert response.status_code == 404
