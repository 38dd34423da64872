"""Search answers in the reader's language: /es/search/ finds Spanish pages, / finds English ones."""

from home.translating import translate
from tests.factories import StandardPageFactory


def test_search_returns_results_in_the_current_language_only(client, home_page):
    about = StandardPageFactory(parent=home_page, title="Sanctuary congregations", slug="sanctuary")
    translate(home_page, "es", {})
    translate(about, "es", {"Sanctuary congregations": "Congregaciones santuario"})

    spanish = client.get("/es/search/?query=congregaciones").content.decode()
    english = client.get("/search/?query=sanctuary").content.decode()

    assert 'href="/es/sanctuary/"' in spanish
    assert 'href="/sanctuary/"' not in spanish
    assert 'href="/sanctuary/"' in english
    assert 'href="/es/sanctuary/"' not in english
