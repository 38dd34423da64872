"""The news index lists live public stories newest first, 20 a page, and never drafts or private ones."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.campaigns.factories import NewsPageFactory


def test_the_news_index_lists_stories_newest_first_twenty_a_page(client, news_index):
    now = timezone.now()
    for number in range(25):
        NewsPageFactory(
            parent=news_index,
            title=f"Story {number:02}",
            published_at=now - timedelta(hours=number),
        )

    first = client.get(news_index.url).content.decode()
    second = client.get(f"{news_index.url}?page=2").content.decode()

    assert first.index("Story 00") < first.index("Story 01") < first.index("Story 19")
    assert "Story 20" not in first and 'rel="next" href="?page=2"' in first
    assert "Story 20" in second and "Story 24" in second and "Story 19" not in second
    assert 'rel="prev" href="?page=1"' in second


def test_the_news_index_never_lists_drafts_private_stories_or_unpublished_changes(
    client, news_index
):
    NewsPageFactory(parent=news_index, title="A draft story", live=False)
    private = NewsPageFactory(parent=news_index, title="A members-only story")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    story = NewsPageFactory(parent=news_index, title="The published headline")
    story.title = "An unpublished new headline"
    story.save_revision()

    html = client.get(news_index.url).content.decode()

    assert "The published headline" in html
    assert "A draft story" not in html
    assert "A members-only story" not in html
    assert "An unpublished new headline" not in html


def test_a_nonsense_page_number_shows_the_first_page(client, news_index):
    NewsPageFactory(parent=news_index, title="Only story")

    html = client.get(f"{news_index.url}?page=abc").content.decode()

    assert "Only story" in html
