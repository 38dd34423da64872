"""The news index serves an RSS 2.0 feed at feed/ with its latest live, public stories."""

import xml.etree.ElementTree as ET
from datetime import timedelta

from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.campaigns.factories import NewsPageFactory


def test_the_feed_is_rss_listing_live_stories_newest_first(client, news_index):
    now = timezone.now()
    NewsPageFactory(parent=news_index, title="Older story", published_at=now - timedelta(days=2))
    NewsPageFactory(parent=news_index, title="Newer story", published_at=now - timedelta(days=1))
    NewsPageFactory(parent=news_index, title="Draft story", live=False)
    private = NewsPageFactory(parent=news_index, title="Members-only story")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    response = client.get(f"{news_index.url}feed/")

    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Newer story", "Older story"]
    assert channel.find("item").findtext("link") == "http://localhost/news/newer-story/"


def test_the_feed_holds_the_latest_twenty_stories(client, news_index):
    for number in range(22):
        NewsPageFactory(parent=news_index, title=f"Story number {number}")

    channel = ET.fromstring(client.get(f"{news_index.url}feed/").content).find("channel")

    assert len(channel.findall("item")) == 20


def test_the_news_index_links_its_feed_for_readers_and_feed_readers(client, news_index):
    html = client.get(news_index.url).content.decode()

    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/news/feed/"' in html
