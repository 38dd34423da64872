"""Admin wiring for the shared snippets, each language's site chrome and translations' review."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.views import edit_translation

from home import translation_review
from home.models import Issue, Person, SiteChrome
from home.translators import may_change_snippet_in, only_translators_of_its_language


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


class IssueViewSet(SnippetViewSet):
    model = Issue
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class SiteChromeViewSet(SnippetViewSet):
    """One per language: the English one is made by a migration, the others by Translate."""

    model = SiteChrome
    icon = "desktop"
    menu_label = _("Site chrome")
    list_display = ["site_name", "locale"]


register_snippet(PersonViewSet)
register_snippet(IssueViewSet)
register_snippet(SiteChromeViewSet)


# Before wagtail-localize's own hook, which answers with its translation editor.
@hooks.register("before_edit_snippet", order=-1)
def translators_edit_only_their_languages(request, instance):
    """Translators may change the site chrome and topics (model-wide permissions) only in their
    languages; editors, who may also add them, change every language's."""
    if not isinstance(instance, SiteChrome | Issue):
        return
    if not may_change_snippet_in(request.user, type(instance), instance.locale):
        raise PermissionDenied


# Translations go through Newsroom review (home/translation_review.py).
hooks.register("register_page_listing_more_buttons", translation_review.submit_for_review_buttons)
hooks.register("register_page_header_buttons", translation_review.submit_for_review_buttons)
# Before wagtail-localize swaps in its translation editor, which has no submit button of its own.
hooks.register("before_edit_page", translation_review.offer_submit_in_translation_editor, order=-1)


@hooks.register("register_admin_urls", order=-1)
def register_translation_review_urls():
    return [
        path(
            "translations/<int:page_id>/submit-for-review/",
            translation_review.submit_for_review,
            name="translation_submit_for_review",
        ),
        # Ahead of wagtail-localize's own URL (order=-1), so "Sync translated pages" publishes
        # only for those who may publish the translations.
        path(
            "localize/update/<int:translation_source_id>/",
            translation_review.ReviewedUpdateTranslationsView.as_view(),
        ),
    ] + [
        # Ahead of wagtail-localize's own URLs: the translation editor's endpoints that change a
        # translation, kept to the translators of its language (editors: every language).
        path(
            f"localize/translate/<int:translation_id>/{route}",
            only_translators_of_its_language(view),
        )
        for route, view in (
            ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
            ("overrides/<int:overridable_segment_id>/edit/", edit_translation.edit_override),
            ("pofile/upload/", edit_translation.upload_pofile),
            ("machine_translate/", edit_translation.machine_translate),
            ("disable/", edit_translation.stop_translation),
        )
    ]
