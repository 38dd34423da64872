"""/sitemap.xml lists live public pages in every language; /robots.txt points crawlers at it."""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

from home.translating import translate
from tests.factories import IssueFactory, StandardPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


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


def test_the_sitemap_lists_every_live_translation_with_hreflang_alternates(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About", slug="about")
    translate(home_page, "es", {})
    translate(about, "es", {"About": "Acerca de"})
    translate(home_page, "ar", {}, publish=False)

    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("s:url", NS)
    }

    assert entries["http://localhost/es/about/"] == {
        "en": "http://localhost/about/",
        "es": "http://localhost/es/about/",
    }
    assert entries["http://localhost/about/"]["es"] == "http://localhost/es/about/"
    assert "http://localhost/ar/" not in entries


def test_the_sitemap_lists_topic_pages(client, home_page):
    IssueFactory(name="Asylum", slug="asylum")

    root = ET.fromstring(client.get("/sitemap.xml").content)

    assert "http://testserver/topics/asylum/" in [
        loc.text for loc in root.findall("s:url/s:loc", NS)
    ]
