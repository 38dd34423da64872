"""Comments, locking, revision comparison and previews work for staff and never for the public."""

import pytest
from django.urls import reverse
from wagtail.admin.panels import CommentPanel
from wagtail.models import Comment, Page, get_page_models
from wagtail.test.utils.form_data import inline_formset

from tests.workflow import admin_actions
from tests.workflow.factories import staff_member

CONTENT_PAGE_TYPES = [model for model in get_page_models() if model is not Page]


def panels_of(edit_handler):
    yield edit_handler
    for child in getattr(edit_handler, "children", []):
        yield from panels_of(child)


@pytest.mark.parametrize("page_type", CONTENT_PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_has_comments_and_a_preview(page_type, db):
    edit_handler = page_type.get_edit_handler()

    assert any(isinstance(panel, CommentPanel) for panel in panels_of(edit_handler))
    assert page_type().preview_modes


def test_a_writer_previews_unsaved_changes_to_a_page(client, writer, story):
    client.force_login(writer)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[story.id])

    stored = client.post(url, admin_actions.page_form(story, "A headline not yet saved"))
    preview = client.get(url)

    assert stored.json()["is_valid"]
    assert "A headline not yet saved" in preview.content.decode()
    story.refresh_from_db()
    assert story.title == "Clergy deliver petition"


def test_anonymous_visitors_never_reach_previews_drafts_or_revisions(client, story):
    revision = story.latest_revision
    urls = [
        reverse("wagtailadmin_pages:preview_on_edit", args=[story.id]),
        reverse("wagtailadmin_pages:view_draft", args=[story.id]),
        reverse("wagtailadmin_pages:revisions_index", args=[story.id]),
        reverse("wagtailadmin_pages:revisions_view", args=[story.id, revision.id]),
        reverse("wagtailadmin_pages:revisions_compare", args=[story.id, "live", revision.id]),
    ]

    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url
    assert "(draft)" not in client.get(story.url).content.decode()


def test_an_editor_compares_the_live_page_with_the_latest_draft(client, editor, story):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:revisions_compare", args=[story.id, "live", "latest"])

    html = client.get(url).content.decode()

    assert 'Clergy deliver petition<span class="addition"> (draft)</span>' in html


def test_a_writer_leaves_a_comment_that_the_editor_then_sees(client, writer, editor, story):
    client.force_login(writer)
    comment = {"contentpath": "title", "text": "Is 1,400 the final count?", "position": ""}
    comment["replies"] = inline_formset([])
    form = admin_actions.page_form(story, story.title, comments=inline_formset([comment]))

    client.post(admin_actions.edit_url(story), form)

    assert Comment.objects.get(page=story).user == writer
    client.force_login(editor)
    assert "Is 1,400 the final count?" in client.get(admin_actions.edit_url(story)).content.decode()


def test_a_page_locked_by_one_writer_cannot_be_edited_by_another(client, writer, story):
    other_writer = staff_member("writer", "other.writer@example.org")
    client.force_login(writer)
    client.post(reverse("wagtailadmin_pages:lock", args=[story.id]))
    client.force_login(other_writer)

    response = admin_actions.save_draft(client, story, "Overwritten headline")

    story.refresh_from_db()
    assert story.locked_by == writer
    assert story.get_latest_revision_as_object().title == "Clergy deliver petition (draft)"
    assert "locked" in response.content.decode()


def test_an_editor_may_unlock_a_writers_lock_and_a_writer_may_not(client, writer, editor, story):
    other_writer = staff_member("writer", "other.writer@example.org")
    client.force_login(writer)
    client.post(reverse("wagtailadmin_pages:lock", args=[story.id]))

    client.force_login(other_writer)
    client.post(reverse("wagtailadmin_pages:unlock", args=[story.id]))
    story.refresh_from_db()
    assert story.locked

    client.force_login(editor)
    client.post(reverse("wagtailadmin_pages:unlock", args=[story.id]))
    story.refresh_from_db()
    assert not story.locked
