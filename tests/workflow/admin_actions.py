"""What staff do in the admin, done through its real URLs, for the workflow tests to call."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringSegment, Translation


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def page_form(page, title: str, **fields) -> dict:
    """The edit form of a standard page, as the browser posts it."""
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": page.specific.intro,
            "body": streamfield([]),
            **fields,
        }
    )


def save_draft(client, page, title: str):
    return client.post(edit_url(page), page_form(page, title))


def publish(client, page, title: str, **fields):
    return client.post(edit_url(page), page_form(page, title, **fields, **{"action-publish": "1"}))


def submit_for_review(client, page, title: str):
    return client.post(edit_url(page), page_form(page, title, **{"action-submit": "1"}))


def review(client, page, action: str, comment: str = ""):
    """Approve or reject the page's current review task, as the button in the admin does."""
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.id, action, task_state.id])
    return client.post(url, {"comment": comment})


def translate_title(client, translated_page, text: str):
    """Type a translation of the title into wagtail-localize's translation editor."""
    return translate_field(client, translated_page, "title", text)


def translate_field(client, translated, path: str, text: str):
    """Type a translation of one field of a page or snippet into the translation editor."""
    translation = Translation.objects.get(
        source__object_id=translated.translation_key,
        target_locale=translated.locale,
    )
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    return client.put(url, f"value={text}", content_type="application/x-www-form-urlencoded")


def publish_translation(client, translated):
    """The translation editor's Publish button, for a page or a snippet."""
    if not isinstance(translated, Page):
        url = reverse(
            f"wagtailsnippets_{translated._meta.app_label}_{translated._meta.model_name}:edit",
            args=[translated.pk],
        )
        return client.post(url, {"action": "publish"})
    return client.post(edit_url(translated), {"action": "publish"})


def site_settings_url(site) -> str:
    return reverse("wagtailsettings:edit", args=["home", "sitesettings", site.id])
