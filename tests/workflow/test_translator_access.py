"""Translators edit their language's tree and nothing else; the rights follow the tree's creation."""

from html import unescape

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Locale
from wagtail_localize.operations import TranslationCreator

from tests.workflow import admin_actions
from tests.workflow.factories import staff_member


def test_translating_the_home_page_opens_the_spanish_tree_to_spanish_translators(
    spanish_story, translator
):
    group = Group.objects.get(name="Translators: Spanish (es)")
    spanish_home = spanish_story.get_parent()

    granted = GroupPagePermission.objects.filter(group=group, page=spanish_home)

    assert set(granted.values_list("permission__codename", flat=True)) == {
        "change_page",
        "lock_page",
    }
    assert spanish_story.permissions_for_user(translator).can_edit()
    assert not spanish_story.permissions_for_user(translator).can_publish()


def test_a_translator_added_after_the_tree_exists_gets_the_same_rights(spanish_story):
    late_translator = staff_member("translator", "late@example.org", locale="es")

    assert spanish_story.permissions_for_user(late_translator).can_edit()


def test_a_spanish_translator_cannot_touch_the_arabic_tree(spanish_story, home_page, superuser):
    arabic = Locale.objects.get(language_code="ar")
    TranslationCreator(superuser, [arabic]).create_translations(home_page)
    translator = staff_member("translator", "ana@example.org", locale="es")

    arabic_home = home_page.get_translation(arabic)
    assert not arabic_home.permissions_for_user(translator).can_edit()


def test_a_translator_opens_the_translation_editor_for_a_spanish_page(
    client, translator, spanish_story
):
    client.force_login(translator)

    html = unescape(client.get(admin_actions.edit_url(spanish_story)).content.decode())

    assert 'class="js-translation-editor"' in html
    assert '"canPublish": false' in html
    assert '"canLock": true' in html


def test_a_translator_is_turned_away_from_english_pages(client, translator, story):
    client.force_login(translator)

    response = client.get(admin_actions.edit_url(story), follow=True)

    assert "Sorry, you do not have permission to access this area." in response.content.decode()
