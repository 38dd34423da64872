"""/topics/<slug>/ lists every live page tagged with that topic, newest first."""

from datetime import timedelta

from django.utils import timezone

from tests.campaigns.factories import (
    ActionAlertPageFactory,
    CampaignIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories import IssueFactory
from tests.resources.factories import ResourceIndexPageFactory, ResourcePageFactory


def tag(page, topic):
    page.topics = [topic]
    page.save_revision().publish()
    return page


def test_a_topic_page_lists_stories_alerts_and_resources_newest_first(client, home_page):
    asylum = IssueFactory(name="Asylum", slug="asylum", description="The right to seek safety.")
    news = NewsIndexPageFactory(parent=home_page)
    old_story = NewsPageFactory(
        parent=news, title="Old story", published_at=timezone.now() - timedelta(days=30)
    )
    tag(old_story, asylum)
    tag(
        ActionAlertPageFactory(
            parent=CampaignIndexPageFactory(parent=home_page), title="New alert"
        ),
        asylum,
    )
    tag(
        ResourcePageFactory(parent=ResourceIndexPageFactory(parent=home_page), title="Fact sheet"),
        asylum,
    )
    NewsPageFactory(parent=news, title="Untagged story")

    html = client.get("/topics/asylum/").content.decode()

    assert "<h1>Asylum</h1>" in html and "The right to seek safety." in html
    assert "New alert" in html and "Fact sheet" in html and "Old story" in html
    assert html.index("Fact sheet") < html.index("Old story")
    assert html.index("New alert") < html.index("Old story")
    assert "Untagged story" not in html


def test_a_topic_page_leaves_out_drafts(client, home_page):
    asylum = IssueFactory(slug="asylum")
    draft = tag(
        NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Draft"), asylum
    )
    draft.unpublish()

    html = client.get("/topics/asylum/").content.decode()

    assert "Nothing has been published on this topic yet." in html


def test_an_unknown_topic_is_not_found(client, home_page):
    assert client.get("/topics/no-such-topic/").status_code == 404


def test_the_news_index_filters_stories_by_topic(client, home_page):
    asylum = IssueFactory(name="Asylum", slug="asylum")
    news = NewsIndexPageFactory(parent=home_page)
    tag(NewsPageFactory(parent=news, title="Asylum hearing story"), asylum)
    NewsPageFactory(parent=news, title="Resettlement story")

    html = client.get("/news/?topic=asylum").content.decode()

    assert "Asylum hearing story" in html and "Resettlement story" not in html
