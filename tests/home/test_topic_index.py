"""/topics/ lists every topic in the reader's language, each linked to its page."""

import xml.etree.ElementTree as ET

from home.translating import translate
from tests.factories import IssueFactory


def test_the_topic_index_lists_every_topic_by_name_with_its_description_and_link(client, home_page):
    IssueFactory(name="Detention", slug="detention", description="Ending immigrant detention.")
    IssueFactory(name="Asylum", slug="asylum", description="The right to seek safety.")

    html = client.get("/topics/").content.decode()

    assert "<h1>Topics</h1>" in html
    assert '<a href="/topics/asylum/">Asylum</a>' in html
    assert '<a href="/topics/detention/">Detention</a>' in html
    assert "The right to seek safety." in html and "Ending immigrant detention." in html
    assert html.index(">Asylum<") < html.index(">Detention<")


def test_the_spanish_topic_index_names_topics_in_spanish_and_links_spanish_topic_pages(
    client, home_page
):
    asylum = IssueFactory(name="Asylum", slug="asylum", description="Seeking safety.")
    translate(asylum, "es", {"Asylum": "Asilo", "Seeking safety.": "Buscar seguridad."})
    IssueFactory(name="Detention", slug="detention")

    html = client.get("/es/topics/").content.decode()

    assert '<html lang="es"' in html
    assert '<a href="/es/topics/asylum/">Asilo</a>' in html and "Buscar seguridad." in html
    assert ">Asylum<" not in html
    # A topic not yet translated is listed in English, marked as English for screen readers.
    assert '<li lang="en">' in html
    assert '<a href="/es/topics/detention/">Detention</a>' in html


def test_a_topic_page_links_the_topic_index(client, home_page):
    IssueFactory(name="Asylum", slug="asylum")

    assert '<a href="/topics/">All topics</a>' in client.get("/topics/asylum/").content.decode()
    assert '<a href="/es/topics/">' in client.get("/es/topics/asylum/").content.decode()


def test_with_no_topics_the_index_says_so(client, home_page):
    assert "No topics yet." in client.get("/topics/").content.decode()


def test_the_sitemap_lists_the_topic_index(client, home_page):
    IssueFactory(name="Asylum", slug="asylum")

    root = ET.fromstring(client.get("/sitemap.xml").content)

    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in root.findall("s:url/s:loc", namespace)]
    assert "http://testserver/topics/" in locations
    assert "http://testserver/topics/asylum/" in locations
