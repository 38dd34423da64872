"""A story shows its byline, update notes newest first, its featured petition and NewsArticle JSON-LD."""

import json
import re
from datetime import datetime

from django.utils import timezone
from wagtail_factories import ImageFactory

from campaigns.models import NewsPage
from campaigns.models.news import NewsPageAuthor, NewsUpdateNote
from tests.campaigns.factories import NewsPageFactory, PetitionPageFactory
from tests.factories import PersonFactory


def moment(day, hour):
    return timezone.make_aware(datetime(2025, 7, day, hour, 0))


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_update_notes_show_newest_first_and_set_date_modified(client, news_index):
    story = NewsPageFactory(
        parent=news_index, title="Clergy deliver letter", published_at=moment(18, 9)
    )
    story.update_notes = [
        NewsUpdateNote(time=moment(18, 12), text="Added the number of signers."),
        NewsUpdateNote(time=moment(19, 8), text="Added a response from the senator."),
    ]
    story.save_revision().publish()

    html = client.get(story.url).content.decode()

    assert html.index("Added a response from the senator.") < html.index(
        "Added the number of signers."
    )
    assert "Updated July 19, 2025" in html
    data = json_ld(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Clergy deliver letter"
    assert data["datePublished"] == moment(18, 9).isoformat()
    assert data["dateModified"] == moment(19, 8).isoformat()


def test_the_json_ld_names_the_byline_the_publisher_and_the_image(client, news_index):
    story = NewsPageFactory(parent=news_index, hero_image=ImageFactory())
    story.authors = [NewsPageAuthor(person=PersonFactory(name="Dana Levin"))]
    story.save_revision().publish()

    html = client.get(story.url).content.decode()
    data = json_ld(html)

    assert "By Dana Levin" in html
    assert data["author"] == [{"@type": "Person", "name": "Dana Levin"}]
    assert data["publisher"]["name"] == "Coalition Newsroom"
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert data["dateModified"] == data["datePublished"]


def test_a_story_without_a_date_takes_the_time_it_was_first_published(news_index):
    story = NewsPageFactory(parent=news_index, published_at=None, live=False)
    story.save_revision().publish()

    story = NewsPage.objects.get(pk=story.pk)
    assert story.published_at == story.first_published_at


def test_a_story_features_its_petition_with_count_and_sign_button(client, news_index, take_action):
    petition = PetitionPageFactory(
        parent=take_action, title="Clergy letter for fair asylum", goal=2000
    )
    story = NewsPageFactory(parent=news_index, featured_petition=petition)

    html = client.get(story.url).content.decode()

    assert "Clergy letter for fair asylum" in html
    assert "0 signatures of 2,000" in html
    assert f'href="{petition.url}#sign"' in html


def test_a_story_hides_a_featured_petition_that_is_unpublished(client, news_index, take_action):
    petition = PetitionPageFactory(parent=take_action, title="Withdrawn letter")
    story = NewsPageFactory(parent=news_index, featured_petition=petition)
    petition.unpublish()

    assert "Withdrawn letter" not in client.get(story.url).content.decode()
