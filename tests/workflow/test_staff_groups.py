"""`migrate` on an empty database leaves the newsroom's roles and its review workflow in place."""

from django.contrib.auth.models import Group
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)


def page_rights(name):
    rights = GroupPagePermission.objects.filter(group__name=name)
    assert all(right.page.is_root() for right in rights)
    return set(rights.values_list("permission__codename", flat=True))


def collection_rights(name):
    rights = GroupCollectionPermission.objects.filter(group__name=name)
    assert all(right.collection.is_root() for right in rights)
    return set(rights.values_list("permission__codename", flat=True))


def model_rights(name):
    return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))


def test_the_staff_groups_exist_and_wagtails_sample_moderators_group_is_gone(db):
    names = set(Group.objects.values_list("name", flat=True))

    assert {"Writers", "Editors", "Translators", "Data officers"} <= names
    assert "Moderators" not in names


def test_writers_create_and_edit_pages_and_upload_media_but_cannot_publish(db):
    assert page_rights("Writers") == {"add_page", "change_page", "lock_page"}
    assert collection_rights("Writers") == {
        "add_image",
        "choose_image",
        "add_document",
        "choose_document",
    }
    assert model_rights("Writers") == {"access_admin", "submit_translation"}


def test_editors_also_publish_unlock_and_manage_snippets_and_site_settings(db):
    assert page_rights("Editors") == {
        "add_page",
        "change_page",
        "lock_page",
        "publish_page",
        "unlock_page",
    }
    assert {"change_image", "delete_image", "change_document"} <= collection_rights("Editors")
    assert {
        "access_admin",
        "submit_translation",
        "add_person",
        "change_person",
        "delete_person",
        "add_issue",
        "change_issue",
        "delete_issue",
        "change_sitesettings",
        "add_sitechrome",
        "change_sitechrome",
        "delete_sitechrome",
    } <= model_rights("Editors")


def test_translators_may_translate_the_site_chrome_and_topics_but_not_add_or_delete_them(db):
    rights = model_rights("Translators")

    assert {"change_sitechrome", "change_issue"} <= rights
    assert not {"add_sitechrome", "delete_sitechrome", "add_issue", "delete_issue"} & rights


def test_translators_and_data_officers_reach_the_admin_but_edit_no_pages(db):
    for name in ("Translators", "Data officers"):
        assert "access_admin" in model_rights(name)
        assert page_rights(name) == set()
        assert collection_rights(name) == set()


def test_newsroom_review_is_the_only_workflow_and_covers_the_whole_tree(db):
    workflow = Workflow.objects.get(active=True)
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)

    assert workflow.name == "Newsroom review"
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow == workflow
    assert list(task.groups.values_list("name", flat=True)) == ["Editors"]
