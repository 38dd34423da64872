"""Editors add and rename topics (the Issue snippet) in the admin; the topic page shows what they set."""

from django.urls import reverse

from home.models import Issue
from tests.campaigns.factories import NewsIndexPageFactory, NewsPageFactory
from tests.factories import IssueFactory


def topic_form(**overrides) -> dict:
    return {
        "name": "Asylum",
        "slug": "asylum",
        "description": "The right to seek safety.",
        **overrides,
    }


def test_an_editor_adds_a_topic_and_readers_find_its_page(admin_client, client):
    response = admin_client.post(reverse("wagtailsnippets_home_issue:add"), topic_form())

    assert response.status_code == 302
    html = client.get("/topics/asylum/").content.decode()
    assert "<h1>Asylum</h1>" in html
    assert '<p class="lede">The right to seek safety.</p>' in html
    assert "<title>Asylum · " in html


def test_an_editor_renames_a_topic_and_its_stories_follow_it(admin_client, client, home_page):
    topic = IssueFactory(name="Asylum", slug="asylum")
    story = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Clergy march")
    story.topics = [topic]
    story.save_revision().publish()

    response = admin_client.post(
        reverse("wagtailsnippets_home_issue:edit", args=[topic.pk]),
        topic_form(name="Asylum and refuge", slug="refuge", description="Safety for all."),
    )

    assert response.status_code == 302
    assert client.get("/topics/asylum/").status_code == 404
    html = client.get("/topics/refuge/").content.decode()
    assert "<h1>Asylum and refuge</h1>" in html and "Safety for all." in html
    assert "Clergy march" in html
    assert (
        '<a href="/topics/refuge/">Asylum and refuge</a>' in client.get(story.url).content.decode()
    )


def test_two_topics_in_one_language_cannot_share_an_address(admin_client):
    IssueFactory(name="Asylum", slug="asylum")

    response = admin_client.post(
        reverse("wagtailsnippets_home_issue:add"), topic_form(name="Asylum again")
    )

    assert "Another topic in this language already has this address." in response.content.decode()
    assert Issue.objects.count() == 1


def test_a_topic_in_another_language_may_use_the_same_address(admin_client):
    IssueFactory(name="Asylum", slug="asylum")

    response = admin_client.post(
        reverse("wagtailsnippets_home_issue:add") + "?locale=es",
        topic_form(name="Asilo", description="El derecho a buscar refugio."),
    )

    assert response.status_code == 302
    spanish = Issue.objects.get(locale__language_code="es")
    assert (spanish.name, spanish.slug) == ("Asilo", "asylum")
