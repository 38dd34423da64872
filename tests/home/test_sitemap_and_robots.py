"""/sitemap.xml lists live public pages only; /robots.txt points crawlers at it."""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_the_sitemap_lists_live_public_pages_only(client, home_page):
    StandardPageFactory(parent=home_page, title="About", slug="about")
    StandardPageFactory(parent=home_page, title="Draft", slug="draft", live=False)
    private = StandardPageFactory(parent=home_page, title="Members", slug="members")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    root = ET.fromstring(client.get("/sitemap.xml").content)
    urls = [loc.text for loc in root.findall("s:url/s:loc", NS)]

    assert "http://localhost/about/" in urls
    assert "http://localhost/" in urls
    assert not any("draft" in url or "members" in url for url in urls)


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
