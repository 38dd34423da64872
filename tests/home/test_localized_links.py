"""On a translated page, links to other pages lead to their translation in the reader's language."""

import json

from home.translating import translate
from tests.campaigns.factories import (
    ActionAlertPageFactory,
    CampaignIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PetitionPageFactory,
)
from tests.factories import IssueFactory


def test_the_navigation_leads_spanish_readers_to_spanish_pages(client, home_page, site_chrome):
    news = NewsIndexPageFactory(parent=home_page)
    site_chrome.navigation = json.dumps(
        [{"type": "link", "value": {"label": "Newsroom", "page": news.pk, "url": ""}}]
    )
    site_chrome.save()
    translate(site_chrome, "es", {"Newsroom": "Noticias"})
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


def test_the_spanish_home_page_features_the_spanish_translation_of_the_chosen_story(
    client, home_page
):
    news = NewsIndexPageFactory(parent=home_page)
    chosen = NewsPageFactory(parent=news, title="Clergy deliver letter", slug="clergy")
    NewsPageFactory(parent=news, title="A newer story", slug="newer")
    home_page.featured_story = chosen
    home_page.save_revision().publish()
    translate(home_page, "es", {})
    translate(news, "es", {"news": "noticias"})
    translate(
        chosen, "es", {"Clergy deliver letter": "El clero entrega la carta", "clergy": "clero"}
    )

    html = client.get("/es/").content.decode()

    assert "El clero entrega la carta" in html
    assert 'href="/es/noticias/clero/"' in html
    assert 'href="/news/clergy/"' not in html


def test_a_link_action_on_a_spanish_alert_leads_to_the_spanish_petition(client, home_page):
    take_action = CampaignIndexPageFactory(parent=home_page)
    letter = PetitionPageFactory(
        parent=take_action, title="Faith leaders' letter", slug="faith-letter"
    )
    alert = ActionAlertPageFactory(
        parent=take_action,
        actions=[
            (
                "link",
                {
                    "heading": "Faith leaders",
                    "text": "",
                    "page": letter,
                    "url": "",
                    "button_label": "Sign",
                },
            )
        ],
    )
    translate(home_page, "es", {})
    translate(letter, "es", {"faith-letter": "carta-de-fe"})
    spanish_alert = translate(alert, "es", {})

    html = client.get(spanish_alert.url).content.decode()

    assert 'href="/es/take-action/carta-de-fe/"' in html


def test_a_call_to_action_whose_page_was_unpublished_is_left_out_and_the_story_still_renders(
    client, home_page
):
    petition = PetitionPageFactory(parent=CampaignIndexPageFactory(parent=home_page), slug="gone")
    story = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_page),
        body=[("call_to_action", {"text": "Act now.", "page": petition, "button_label": "Go"})],
    )
    petition.unpublish()

    response = client.get(story.url)

    assert response.status_code == 200
    assert "Act now." not in response.content.decode()


def test_a_topic_page_lists_pages_in_the_readers_language_only(client, home_page):
    asylum = IssueFactory(name="Asylum", slug="asylum")
    news = NewsIndexPageFactory(parent=home_page)
    story = NewsPageFactory(parent=news, title="Clergy deliver letter", slug="clergy")
    story.topics.add(asylum)
    story.save_revision().publish()
    translate(home_page, "es", {})
    translate(news, "es", {})
    translate(story, "es", {"Clergy deliver letter": "El clero entrega la carta"})

    spanish = client.get("/es/topics/asylum/").content.decode()
    english = client.get("/topics/asylum/").content.decode()

    assert "El clero entrega la carta" in spanish and "Clergy deliver letter" not in spanish
    assert "Clergy deliver letter" in english and "El clero entrega la carta" not in english
