"""Editors set the home page's message, picture, featured story and body in the admin's edit form."""

from datetime import timedelta

from django.utils import timezone
from wagtail.test.utils.form_data import rich_text, streamfield
from wagtail_factories import ImageFactory

from tests.campaigns.factories import NewsIndexPageFactory, NewsPageFactory
from tests.page_forms import assert_promote_tab_shown, edit_and_publish, promote_tab


def home_page_fields(home_page, **overrides) -> dict:
    fields = {
        "title": "Faith Coalition for Immigrant Justice",
        "intro": "Forty congregations standing with immigrants.",
        "hero_image": "",
        "featured_story": "",
        "body": streamfield([]),
        **promote_tab(home_page.slug),
    }
    fields.update(overrides)
    return fields


def test_every_setting_of_the_home_page_reaches_its_readers(admin_client, client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    chosen = NewsPageFactory(
        parent=news, title="Clergy deliver letter", published_at=timezone.now() - timedelta(days=9)
    )
    NewsPageFactory(parent=news, title="Newest story")
    hero = ImageFactory(file__filename="hero.jpg")

    response = edit_and_publish(
        admin_client,
        home_page,
        home_page_fields(
            home_page,
            hero_image=hero.pk,
            featured_story=chosen.pk,
            body=streamfield([("paragraph", rich_text("<p>Sign up to host a vigil.</p>"))]),
        ),
    )

    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert "<h1>Faith Coalition for Immigrant Justice</h1>" in html
    assert '<p class="hero__intro">Forty congregations standing with immigrants.</p>' in html
    assert '<picture class="hero__picture">' in html and "/hero" in html
    featured = html.split('<section class="featured-story', 1)[1].split("</section>", 1)[0]
    assert "Clergy deliver letter" in featured and "Newest story" not in featured
    assert "Sign up to host a vigil." in html
    assert_promote_tab_shown(html, home_page.slug)


def test_without_a_chosen_story_the_home_page_features_the_newest(admin_client, client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Older story", published_at=timezone.now() - timedelta(1))
    NewsPageFactory(parent=news, title="Newest story")

    edit_and_publish(admin_client, home_page, home_page_fields(home_page))

    html = client.get("/").content.decode()
    featured = html.split('<section class="featured-story', 1)[1].split("</section>", 1)[0]
    assert "Newest story" in featured
    assert '<picture class="hero__picture">' not in html
