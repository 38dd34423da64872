"""Topic names translate: a Spanish page and the Spanish topic page call a topic by its Spanish name."""

from home.translating import translate
from tests.campaigns.factories import NewsIndexPageFactory, NewsPageFactory
from tests.factories import IssueFactory


def test_a_spanish_story_and_its_topic_page_show_the_topics_spanish_name(client, home_page):
    asylum = IssueFactory(name="Asylum", slug="asylum", description="The right to seek safety.")
    news = NewsIndexPageFactory(parent=home_page)
    story = NewsPageFactory(parent=news, title="Clergy deliver letter", slug="clergy")
    story.topics.add(asylum)
    story.save_revision().publish()
    spanish_asylum = translate(
        asylum,
        "es",
        {"Asylum": "Asilo", "The right to seek safety.": "El derecho a buscar protección."},
    )
    translate(home_page, "es", {})
    translate(news, "es", {})
    spanish_story = translate(story, "es", {"Clergy deliver letter": "El clero entrega la carta"})

    story_html = client.get(spanish_story.url).content.decode()
    topic_html = client.get("/es/topics/asylum/").content.decode()
    english_html = client.get("/topics/asylum/").content.decode()

    assert spanish_asylum.slug == "asylum"  # one address for the topic in every language
    assert '<a href="/es/topics/asylum/">Asilo</a>' in story_html
    assert "<h1>Asilo</h1>" in topic_html and "El derecho a buscar protección." in topic_html
    assert "El clero entrega la carta" in topic_html
    assert "<h1>Asylum</h1>" in english_html


def test_an_untranslated_topic_keeps_its_english_name_on_spanish_pages(client, home_page):
    asylum = IssueFactory(name="Asylum", slug="asylum")
    news = NewsIndexPageFactory(parent=home_page)
    story = NewsPageFactory(parent=news, slug="clergy")
    story.topics.add(asylum)
    story.save_revision().publish()
    translate(home_page, "es", {})
    translate(news, "es", {})
    spanish_story = translate(story, "es", {})

    html = client.get(spanish_story.url).content.decode()

    assert '<a href="/es/topics/asylum/">Asylum</a>' in html
