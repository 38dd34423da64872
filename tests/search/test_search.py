"""Site search finds live public pages by their body text, filters by type, highlights and promotes."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from tests.campaigns.factories import (
    ActionAlertPageFactory,
    CampaignIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories import StandardPageFactory


def story_saying(parent, title, words):
    return NewsPageFactory(
        parent=parent, title=title, body=[("paragraph", f"<p>Faith leaders {words} today.</p>")]
    )


def test_search_finds_a_word_that_appears_only_in_a_story_body(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    story_saying(news, "Clergy deliver letter", "marched across Albuquerque")
    NewsPageFactory(parent=news, title="Unrelated story")

    html = client.get("/search/?query=albuquerque").content.decode()

    assert "Clergy deliver letter" in html
    assert "Unrelated story" not in html
    assert "<mark>Albuquerque</mark>" in html


def test_search_never_shows_drafts_private_pages_or_unpublished_changes(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    story_saying(news, "Draft about zucchini", "grew zucchini").unpublish()
    private = story_saying(news, "Private about zucchini", "ate zucchini")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    published = story_saying(news, "Published story", "planted seeds")
    published.title = "Draft title about zucchini"
    published.save_revision()

    html = client.get("/search/?query=zucchini").content.decode()

    assert "No results for" in html
    assert "zucchini</a>" not in html


def test_search_filters_results_by_page_type(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    story_saying(news, "Story on asylum", "spoke about asylum")
    ActionAlertPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page),
        title="Alert on asylum",
        summary="Protect asylum now.",
    )

    everything = client.get("/search/?query=asylum").content.decode()
    alerts_only = client.get("/search/?query=asylum&type=action").content.decode()

    assert "Story on asylum" in everything and "Alert on asylum" in everything
    assert "Alert on asylum" in alerts_only and "Story on asylum" not in alerts_only


def test_search_results_come_ten_to_a_page(client, home_page):
    for number in range(12):
        StandardPageFactory(parent=home_page, title=f"Welcome guide {number}")

    first = client.get("/search/?query=welcome").content.decode()
    second = client.get("/search/?query=welcome&page=2").content.decode()

    assert first.count('<li><p class="meta">') == 10
    assert second.count('<li><p class="meta">') == 2
    assert "Page 2 of 2" in second


def test_editors_promoted_results_come_first_for_their_query(client, home_page):
    guide = StandardPageFactory(parent=home_page, title="How to host a refugee family")
    SearchPromotion.objects.create(
        query=Query.get("hosting"), page=guide, description="Our step-by-step guide."
    )

    html = client.get("/search/?query=hosting").content.decode()

    assert "Recommended" in html
    assert "How to host a refugee family" in html
    assert "Our step-by-step guide." in html


def test_an_empty_or_odd_query_shows_the_form_without_error(client, home_page):
    assert client.get("/search/").status_code == 200
    response = client.get("/search/?query=%3Cscript%3E&type=nonsense&page=x")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main")[1]
