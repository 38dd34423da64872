"""Every page carries a canonical link and Open Graph and Twitter card tags for sharing."""

from wagtail_factories import ImageFactory

from tests.factories import StandardPageFactory


def test_a_page_has_canonical_open_graph_and_twitter_tags(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="About the coalition",
        slug="about",
        search_description="Who we are.",
        social_image=ImageFactory(),
    )

    html = client.get(page.url).content.decode()

    assert '<link rel="canonical" href="http://localhost/about/">' in html
    assert '<meta property="og:title" content="About the coalition">' in html
    assert '<meta property="og:description" content="Who we are.">' in html
    assert '<meta property="og:image" content="http://testserver/media/images/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta name="twitter:title" content="About the coalition">' in html


def test_pages_outside_the_page_tree_have_a_canonical_link_too(client, home_page):
    html = client.get("/search/?query=asylum").content.decode()

    assert '<link rel="canonical" href="http://testserver/search/">' in html
    assert '<meta property="og:title" content="Search">' in html
