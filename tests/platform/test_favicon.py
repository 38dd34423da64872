"""Browsers and feed readers that ask for /favicon.ico get the site's icon."""

from django.contrib.staticfiles import finders


def test_favicon_ico_leads_to_the_static_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.ico"
    with open(finders.find("img/favicon.ico"), "rb") as icon:
        assert icon.read(4) == b"\x00\x00\x01\x00"  # an ICO file


def test_pages_link_the_icon_in_every_size_browsers_use(client, home_page):
    html = client.get("/").content.decode()

    for name in ("favicon.ico", "favicon.svg", "apple-touch-icon.png"):
        assert f'href="/static/img/{name}"' in html
