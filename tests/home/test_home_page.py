"""The home page renders with the menu and footer editors set in the site chrome."""

import json

from tests.factories import StandardPageFactory


def test_the_home_page_shows_the_menu_and_footer_from_the_site_chrome(
    client, home_page, site_chrome
):
    about = StandardPageFactory(parent=home_page, title="About us", slug="about-us")
    site_chrome.navigation = json.dumps(
        [
            {"type": "link", "value": {"label": "Who we are", "page": about.pk, "url": ""}},
            {
                "type": "link",
                "value": {
                    "label": "Partners abroad",
                    "page": None,
                    "url": "https://partners.example/",
                },
            },
        ]
    )
    site_chrome.footer_text = "<p>Published by the coalition of faith and refugee groups.</p>"
    site_chrome.donate_url = "https://coalition.example/give"
    site_chrome.save()

    html = client.get("/").content.decode()

    assert '<a href="/about-us/">Who we are</a>' in html
    assert '<a href="https://partners.example/">Partners abroad</a>' in html
    assert "Published by the coalition of faith and refugee groups." in html
    assert 'href="https://coalition.example/give"' in html


def test_the_home_page_is_accessible_by_structure(client, home_page):
    html = client.get("/").content.decode()

    assert '<html lang="en" dir="ltr">' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert f"<h1>{home_page.title}</h1>" in html


def test_an_unknown_address_gets_the_friendly_404_page(client, home_page):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
