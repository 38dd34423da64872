"""A writer's submission goes to the editors, and an editor's approval puts the page live."""

import pytest
from django.core import mail
from wagtail.models import Page, PageLogEntry, WorkflowState

from tests.workflow import admin_actions
from tests.workflow.factories import staff_member


@pytest.fixture
def submitted_story(client, story, writer):
    client.force_login(writer)
    admin_actions.submit_for_review(client, story, "Clergy deliver 1,400 signatures")
    client.logout()
    return Page.objects.get(pk=story.pk).specific


def test_every_page_in_every_locale_goes_through_newsroom_review(spanish_story, story):
    assert story.get_workflow().name == "Newsroom review"
    assert spanish_story.get_workflow().name == "Newsroom review"


def test_a_writers_submission_approved_by_an_editor_goes_live(client, submitted_story, editor):
    assert "1,400 signatures" not in client.get(submitted_story.url).content.decode()

    client.force_login(editor)
    admin_actions.review(client, submitted_story, "approve", comment="Good to go.")
    client.logout()

    assert "Clergy deliver 1,400 signatures" in client.get(submitted_story.url).content.decode()
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=submitted_story.pk)
    assert state.status == WorkflowState.STATUS_APPROVED


def test_a_submission_waits_on_the_editors_dashboard(client, submitted_story, editor):
    client.force_login(editor)

    dashboard = client.get("/admin/").content.decode()

    assert "Awaiting your review" in dashboard
    assert "Clergy deliver 1,400 signatures" in dashboard


def test_a_rejected_page_returns_to_the_writer_with_the_comment_and_stays_unpublished(
    client, submitted_story, editor, writer
):
    client.force_login(editor)
    admin_actions.review(client, submitted_story, "reject", comment="Check the count.")

    submitted_story.refresh_from_db()
    assert submitted_story.title == "Clergy deliver petition"
    client.force_login(writer)
    edit_page = client.get(admin_actions.edit_url(submitted_story)).content.decode()
    assert "Changes requested" in edit_page
    assert "Check the count." in edit_page


def test_editors_are_emailed_when_a_page_is_submitted(client, story, writer, editor, mailoutbox):
    second_editor = staff_member("editor", "second.editor@example.org")
    client.force_login(writer)

    admin_actions.submit_for_review(client, story, "Clergy deliver 1,400 signatures")

    submitted = [m for m in mailoutbox if "submitted" in m.subject]
    recipients = {address for message in submitted for address in message.to}
    assert recipients == {editor.email, second_editor.email}
    assert "Clergy deliver 1,400 signatures" in submitted[0].subject
    assert f"http://testserver/admin/pages/{story.id}/" in submitted[0].body


def test_superusers_are_not_emailed_about_submissions(client, story, writer, editor, superuser):
    client.force_login(writer)

    admin_actions.submit_for_review(client, story, "Clergy deliver 1,400 signatures")

    assert all(superuser.email not in message.to for message in mail.outbox)
    assert mail.outbox, "the editor was emailed, so mail did go out"


def test_the_writer_is_emailed_when_the_page_is_approved(
    client, submitted_story, editor, writer, mailoutbox
):
    client.force_login(editor)

    admin_actions.review(client, submitted_story, "approve")

    to_writer = [m for m in mailoutbox if writer.email in m.to]
    assert len(to_writer) == 1
    assert "approved" in to_writer[0].subject
    assert to_writer[0].from_email == "Coalition Newsroom <newsroom@localhost>"


def test_the_writer_is_emailed_the_comment_when_the_page_is_rejected(
    client, submitted_story, editor, writer, mailoutbox
):
    client.force_login(editor)

    admin_actions.review(client, submitted_story, "reject", comment="Check the count.")

    to_writer = [m for m in mailoutbox if writer.email in m.to]
    assert len(to_writer) == 1
    assert "rejected" in to_writer[0].subject
    assert 'The following comment was left: "Check the count."' in to_writer[0].body


def test_submission_approval_and_publishing_are_in_the_audit_log(client, submitted_story, editor):
    client.force_login(editor)

    admin_actions.review(client, submitted_story, "approve", comment="Good to go.")

    history = client.get(f"/admin/pages/{submitted_story.id}/history/").content.decode()

    entries = list(
        PageLogEntry.objects.filter(page=submitted_story)
        .order_by("timestamp", "id")
        .values_list("action", "user__username")
    )
    assert entries[-4:] == [
        ("wagtail.workflow.start", "writer@example.org"),
        ("wagtail.workflow.approve", "editor@example.org"),
        ("wagtail.rename", "editor@example.org"),
        ("wagtail.publish", "editor@example.org"),
    ]
    assert "Approved" in history and "Published" in history
