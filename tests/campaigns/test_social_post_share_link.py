"""A social-post action with no link of its own shares the address of the page it is on."""

import html
import re
from urllib.parse import parse_qs, urlparse

from tests.campaigns.factories import ActionAlertPageFactory


def share_links(page_html: str) -> dict[str, str]:
    return {
        network: html.unescape(href)
        for href, network in re.findall(
            r'<a class="button" href="([^"]+)"[^>]*>Post on (\w+)', page_html
        )
    }


def alert_with_a_post(parent, url=""):
    return ActionAlertPageFactory(
        parent=parent,
        title="Protect asylum",
        slug="protect-asylum",
        actions=[
            ("social_post", {"heading": "Post it", "text": "Protect asylum now.", "url": url})
        ],
    )


def test_a_post_without_a_link_shares_the_alerts_own_address(client, take_action):
    alert = alert_with_a_post(take_action)

    links = share_links(client.get(alert.url).content.decode())

    address = alert.get_full_url()
    assert address.startswith("http") and address.endswith("/protect-asylum/")
    assert parse_qs(urlparse(links["Facebook"]).query)["u"] == [address]
    assert parse_qs(urlparse(links["X"]).query)["url"] == [address]
    assert parse_qs(urlparse(links["Mastodon"]).query)["url"] == [address]
    assert parse_qs(urlparse(links["Bluesky"]).query)["text"] == [f"Protect asylum now. {address}"]
    assert "sharer.php?u=&" not in str(links) and not links["Facebook"].endswith("u=")


def test_a_post_with_its_own_link_shares_that_link(client, take_action):
    alert = alert_with_a_post(take_action, url="https://coalition.example/act/")

    links = share_links(client.get(alert.url).content.decode())

    assert parse_qs(urlparse(links["Facebook"]).query)["u"] == ["https://coalition.example/act/"]
    assert parse_qs(urlparse(links["X"]).query)["url"] == ["https://coalition.example/act/"]
