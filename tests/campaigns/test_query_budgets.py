"""Listings do constant work: the query count does not grow with the number of items."""

from datetime import timedelta

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail_factories import ImageFactory

from campaigns.signons.counting import set_count
from tests.campaigns.factories import (
    ActionAlertPageFactory,
    NewsPageFactory,
    PetitionPageFactory,
)
from tests.resources.factories import PartnerIndexPageFactory, PartnerPageFactory


def queries_to_render(client, url) -> int:
    client.get(url)  # the first visit makes the card renditions; readers after it only read them
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_stories(news_index, count, days_ago, with_images=False):
    start = timezone.now() - timedelta(days=days_ago)
    for number in range(count):
        NewsPageFactory(
            parent=news_index,
            title=f"Story {days_ago}-{number}",
            published_at=start - timedelta(minutes=number),
            listing_image=ImageFactory() if with_images else None,
        )


def test_the_news_index_costs_the_same_with_200_stories_as_with_20(
    client, news_index, django_assert_max_num_queries
):
    add_stories(news_index, 20, days_ago=0, with_images=True)
    with_20 = queries_to_render(client, news_index.url)
    add_stories(news_index, 180, days_ago=10)

    with_200 = queries_to_render(client, news_index.url)
    with django_assert_max_num_queries(12):
        html = client.get(news_index.url).content.decode()

    assert html.count('class="card__image"') == 20
    assert 'rel="next" href="?page=2"' in html
    assert with_200 == with_20


def test_the_home_page_stays_within_15_queries_whatever_the_volume(
    client, home_page, news_index, take_action, django_assert_max_num_queries, settings
):
    # Petition cards read their counts in one query when the cached counts have expired; keep
    # them cached while the first visits draw the new pictures, so both visits compare alike.
    settings.SIGNON_COUNT_CACHE_SECONDS = 300
    partners = PartnerIndexPageFactory(parent=home_page)
    add_stories(news_index, 10, days_ago=0, with_images=True)
    for _ in range(6):
        ActionAlertPageFactory(parent=take_action, listing_image=ImageFactory())
        PetitionPageFactory(parent=take_action, listing_image=ImageFactory())
        PartnerPageFactory(parent=partners)
    few = queries_to_render(client, "/")
    add_stories(news_index, 30, days_ago=10, with_images=True)
    for _ in range(20):
        ActionAlertPageFactory(parent=take_action)
        PartnerPageFactory(parent=partners)

    many = queries_to_render(client, "/")
    with django_assert_max_num_queries(15):
        html = client.get("/").content.decode()

    assert "Featured story" in html and "Latest news" in html and "Our partners" in html
    assert many == few


def test_the_partner_wall_costs_the_same_with_50_partners_as_with_5(
    client, home_page, django_assert_max_num_queries
):
    partners = PartnerIndexPageFactory(parent=home_page)
    for _ in range(5):
        PartnerPageFactory(parent=partners)
    with_5 = queries_to_render(client, partners.url)
    for _ in range(45):
        PartnerPageFactory(parent=partners)

    with_50 = queries_to_render(client, partners.url)

    assert client.get(partners.url).content.decode().count("logo-wall__item") == 50
    assert with_50 == with_5


def queries_with_nothing_cached(client, url) -> int:
    """Queries to render `url` once its renditions exist but the cache (counts included) is empty."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_petition_cards_show_each_count_and_cost_the_same_for_12_petitions_as_for_3(
    client, take_action
):
    petitions = [
        PetitionPageFactory(parent=take_action, goal=100, listing_image=ImageFactory())
        for _ in range(3)
    ]
    for number, petition in enumerate(petitions):
        set_count(petition.translation_key, 10 * (number + 1))
    with_3 = queries_with_nothing_cached(client, take_action.url)
    for _ in range(9):
        PetitionPageFactory(parent=take_action, listing_image=ImageFactory())

    with_12 = queries_with_nothing_cached(client, take_action.url)

    html = client.get(take_action.url).content.decode()
    assert with_12 == with_3
    assert html.count('class="petition-progress petition-progress--compact"') == 12
    for count in (10, 20, 30):
        assert f'data-count="{count}">{count}</strong> signatures of 100' in html
