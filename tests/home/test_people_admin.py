"""Editors add the people who write for the newsroom in the admin; stories name them in the byline."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset
from wagtail_factories import ImageFactory

from campaigns.models import NewsPage
from home.models import Person
from tests.campaigns.factories import NewsIndexPageFactory, NewsPageFactory
from tests.campaigns.test_news_page_admin import story_fields
from tests.page_forms import edit_and_publish


def test_an_editor_adds_a_writer_and_renames_them_and_bylines_follow(
    admin_client, client, home_page
):
    story = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), slug="vigil")
    photo = ImageFactory(file__filename="dana.jpg")

    added = admin_client.post(
        reverse("wagtailsnippets_home_person:add"),
        {"name": "Dana Levin", "role": "Communications director, HIAS", "photo": photo.pk},
    )
    person = Person.objects.get()
    edit_and_publish(
        admin_client,
        story,
        story_fields(story.title, "vigil", authors=inline_formset([{"person": person.pk}])),
    )
    renamed = admin_client.post(
        reverse("wagtailsnippets_home_person:edit", args=[person.pk]),
        {"name": "Dana Levin-Ortiz", "role": person.role, "photo": photo.pk},
    )

    assert (added.status_code, renamed.status_code) == (302, 302)
    assert (person.role, person.photo) == ("Communications director, HIAS", photo)
    assert NewsPage.objects.get(pk=story.pk).authors.get().person == person
    assert "By Dana Levin-Ortiz" in client.get("/news/vigil/").content.decode()
