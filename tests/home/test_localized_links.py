"""On a translated page, links to other pages lead to their translation in the reader's language."""

import json

from home.translating import translate
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PetitionPageFactory,
)


def test_the_navigation_leads_spanish_readers_to_spanish_pages(client, home_page, site_settings):
    news = NewsIndexPageFactory(parent=home_page)
    site_settings.navigation = json.dumps(
        [{"type": "link", "value": {"label": "Newsroom", "page": news.pk, "url": ""}}]
    )
    site_settings.save()
    translate(home_page, "es", {})
    translate(news, "es", {"News": "Noticias", "news": "noticias"})

    spanish = client.get("/es/").content.decode()
    english = client.get("/").content.decode()

    assert '<a href="/es/noticias/">Noticias</a>' in spanish
    assert '<a href="/news/">Newsroom</a>' in english


def test_a_spanish_story_features_the_spanish_petition(client, home_page):
    petition = PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page),
        title="Letter to the President",
        slug="letter",
    )
    story = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_page), featured_petition=petition
    )
    translate(home_page, "es", {})
    translate(petition, "es", {"Letter to the President": "Carta al Presidente", "letter": "carta"})
    spanish_story = translate(story, "es", {})

    html = client.get(spanish_story.url).content.decode()

    assert "Carta al Presidente" in html
    assert 'href="/es/take-action/carta/#sign"' in html
