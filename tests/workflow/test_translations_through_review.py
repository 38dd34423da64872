"""A new translation is a draft until an editor publishes it or approves it in Newsroom review."""

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import TranslationSource

from home.models import Issue
from home.translating import translate
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories import IssueFactory
from tests.workflow import admin_actions


@pytest.fixture
def english_story(home_page):
    """A live English story in a news index whose Spanish translation is already live."""
    translate(home_page, "es", {})
    news = NewsIndexPageFactory(parent=home_page)
    translate(news, "es", {"News": "Noticias"})
    return NewsPageFactory(parent=news, title="Clergy deliver the letter", slug="clergy-letter")


def translate_in_admin(client, page, locale, django_capture_on_commit_callbacks):
    """Translate this page → Español → Submit, running what wagtail-localize defers to the commit."""
    url = reverse("wagtail_localize:submit_page_translation", args=[page.id])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [locale.id]})
    assert response.status_code == 302
    return page.get_translation(locale)


@pytest.fixture
def spanish_draft(client, editor, english_story, spanish, django_capture_on_commit_callbacks):
    client.force_login(editor)
    draft = translate_in_admin(client, english_story, spanish, django_capture_on_commit_callbacks)
    client.logout()
    return draft


def spanish_path(page) -> str:
    return f"/es/news/{page.slug}/"


def what_readers_are_offered(client, english_story) -> str:
    """The English story (switcher, hreflang), the sitemap and the Spanish news feed, together."""
    return "".join(
        client.get(url).content.decode()
        for url in (english_story.url, "/sitemap.xml", "/es/news/feed/")
    )


def approve_in_review(client, page, editor, django_capture_on_commit_callbacks):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_actions.review(client, page, "approve", comment="Bien.")
    assert response.status_code == 302
    client.logout()


def test_translating_a_live_english_page_leaves_the_spanish_copy_unseen_by_readers(
    client, spanish_draft, english_story
):
    assert spanish_draft.live is False
    assert client.get(spanish_path(spanish_draft)).status_code == 404
    offered = what_readers_are_offered(client, english_story)
    assert spanish_path(spanish_draft) not in offered
    assert 'hreflang="es"' not in client.get(english_story.url).content.decode()


def test_a_translator_submits_the_translation_and_an_editors_approval_puts_it_live(
    client, translator, editor, spanish_draft, english_story, django_capture_on_commit_callbacks
):
    client.force_login(translator)
    admin_actions.translate_title(client, spanish_draft, "El clero entrega la carta")
    submit_url = reverse("translation_submit_for_review", args=[spanish_draft.id])
    assert "Submit to Newsroom review" in client.get(submit_url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(submit_url)

    state = WorkflowState.objects.get(object_id=str(spanish_draft.id))
    assert (state.status, state.requested_by) == (WorkflowState.STATUS_IN_PROGRESS, translator)
    assert client.get(spanish_path(spanish_draft)).status_code == 404
    assert spanish_path(spanish_draft) not in what_readers_are_offered(client, english_story)

    approve_in_review(
        client, Page.objects.get(pk=spanish_draft.pk), editor, django_capture_on_commit_callbacks
    )

    spanish_page = client.get(spanish_path(spanish_draft))
    assert spanish_page.status_code == 200
    assert "El clero entrega la carta" in spanish_page.content.decode()
    offered = what_readers_are_offered(client, english_story)
    assert f'href="{spanish_path(spanish_draft)}" hreflang="es" lang="es">Español</a>' in offered
    assert f"http://localhost{spanish_path(spanish_draft)}" in offered  # sitemap and feed


def test_a_rejected_translation_goes_back_to_the_translator_and_is_submitted_again(
    client, translator, editor, spanish_draft, django_capture_on_commit_callbacks
):
    submit_url = reverse("translation_submit_for_review", args=[spanish_draft.id])
    client.force_login(translator)
    client.post(submit_url)
    client.force_login(editor)
    admin_actions.review(client, Page.objects.get(pk=spanish_draft.pk), "reject", comment="Falta.")

    client.force_login(translator)
    admin_actions.translate_title(client, spanish_draft, "El clero entrega la carta")
    client.post(submit_url)

    state = WorkflowState.objects.get(object_id=str(spanish_draft.id))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    approve_in_review(
        client, Page.objects.get(pk=spanish_draft.pk), editor, django_capture_on_commit_callbacks
    )
    assert "El clero entrega la carta" in client.get(spanish_path(spanish_draft)).content.decode()


def test_a_translator_finds_the_submit_button_in_the_spanish_pages_menu(
    client, translator, spanish_draft
):
    client.force_login(translator)

    listing = client.get(reverse("wagtailadmin_explore", args=[spanish_draft.get_parent().id]))

    submit_url = reverse("translation_submit_for_review", args=[spanish_draft.id])
    assert submit_url in listing.content.decode()
    assert "Submit translation to review" in listing.content.decode()


def test_the_translation_editor_tells_a_translator_where_to_submit(
    client, translator, spanish_draft
):
    client.force_login(translator)

    editor_page = client.get(admin_actions.edit_url(spanish_draft)).content.decode()

    assert 'class="js-translation-editor"' in editor_page
    assert "When your translation is ready, submit it to Newsroom review." in editor_page
    assert reverse("translation_submit_for_review", args=[spanish_draft.id]) in editor_page


def test_a_translator_cannot_publish_from_the_translation_editor(client, translator, spanish_draft):
    client.force_login(translator)
    admin_actions.translate_title(client, spanish_draft, "El clero entrega la carta")

    response = admin_actions.publish_translation(client, spanish_draft)

    assert response.url == reverse("wagtailadmin_home")  # Wagtail's answer to PermissionDenied
    assert Page.objects.get(pk=spanish_draft.pk).live is False
    assert client.get(spanish_path(spanish_draft)).status_code == 404


def test_a_translator_cannot_submit_an_english_page(client, translator, english_story):
    client.force_login(translator)

    response = client.post(reverse("translation_submit_for_review", args=[english_story.id]))

    assert response.status_code == 404
    assert not WorkflowState.objects.filter(object_id=str(english_story.id)).exists()


def test_an_editor_may_publish_a_translation_directly_from_the_translation_editor(
    client, editor, spanish_draft, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    admin_actions.translate_title(client, spanish_draft, "El clero entrega la carta")

    with django_capture_on_commit_callbacks(execute=True):
        admin_actions.publish_translation(client, spanish_draft)

    assert "El clero entrega la carta" in client.get(spanish_path(spanish_draft)).content.decode()


def test_a_writers_sync_with_publish_immediately_leaves_the_live_translation_alone(
    client, writer, editor, spanish_draft, english_story, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        admin_actions.publish_translation(client, spanish_draft)
    english_story.title = "Clergy deliver the letter to the White House"
    english_story.save_revision().publish()
    client.force_login(writer)

    source = TranslationSource.objects.get_for_instance_or_none(english_story)
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"}, follow=True)

    assert "none was published" in response.content.decode()
    spanish_page = client.get(spanish_path(spanish_draft)).content.decode()
    assert "White House" not in spanish_page
    assert "Clergy deliver the letter" in spanish_page


def test_a_section_copied_in_english_for_a_translated_page_is_not_offered_as_spanish(
    client, editor, english_story, spanish, django_capture_on_commit_callbacks
):
    take_action = CampaignIndexPageFactory(parent=english_story.get_parent().get_parent())
    child = NewsPageFactory(parent=take_action, title="Call the White House", slug="call")
    client.force_login(editor)

    translate_in_admin(client, child, spanish, django_capture_on_commit_callbacks)

    spanish_section = take_action.get_translation(spanish)
    assert (spanish_section.alias_of_id, spanish_section.live) == (take_action.id, True)
    english_section = client.get(take_action.url).content.decode()
    assert 'hreflang="es"' not in english_section
    assert "/es/take-action/" not in client.get("/sitemap.xml").content.decode()


def test_an_editors_sync_with_publish_immediately_still_publishes_the_translations(
    client, editor, spanish_draft, english_story, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        admin_actions.publish_translation(client, spanish_draft)
    english_story.title = "Clergy deliver the letter to the White House"
    english_story.save_revision().publish()
    source = TranslationSource.objects.get_for_instance_or_none(english_story)

    url = reverse("wagtail_localize:update_translations", args=[source.id])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"publish_translations": "on"})

    # The new English words stand in until a translator translates them.
    assert "to the White House" in client.get(spanish_path(spanish_draft)).content.decode()


def test_a_writers_sync_with_publish_immediately_leaves_a_translated_topic_alone(
    client, writer, spanish
):
    asylum = IssueFactory(name="Asylum", slug="asylum")
    translate(asylum, "es", {"Asylum": "Asilo"})
    asylum.name = "Asylum and refuge"
    asylum.save()
    client.force_login(writer)

    source = TranslationSource.objects.get_for_instance_or_none(asylum)
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    response = client.post(url, {"publish_translations": "on"}, follow=True)

    assert "none was published" in response.content.decode()
    assert Issue.objects.get(locale=spanish, translation_key=asylum.translation_key).name == "Asilo"
