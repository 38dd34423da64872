"""Create the "Newsroom review" workflow (Editors approve) and attach it to the tree's root.

The root page sits above every locale's home page, so one workflow covers every page type in
every language. Wagtail's sample "Moderators approval" workflow is removed when nothing has used
it yet, and otherwise only deactivated, so no history is lost.
"""

from django.db import migrations

WORKFLOW_NAME = "Newsroom review"
TASK_NAME = "Editors approve"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Page = apps.get_model("wagtailcore.Page")
    Task = apps.get_model("wagtailcore.Task")
    TaskState = apps.get_model("wagtailcore.TaskState")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore.WorkflowState")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type)
    task.groups.set([Group.objects.get(name="Editors")])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    root = Page.objects.get(depth=1)
    previous = WorkflowPage.objects.filter(page=root).exclude(workflow=workflow).first()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    if previous is not None and previous.workflow.name == "Moderators approval":
        sample = previous.workflow
        sample_tasks = Task.objects.filter(workflow_tasks__workflow=sample)
        if WorkflowState.objects.filter(workflow=sample).exists():
            sample.active = False
            sample.save(update_fields=["active"])
        else:
            unused = sample_tasks.exclude(pk__in=TaskState.objects.values("task"))
            unused_ids = list(unused.values_list("pk", flat=True))
            sample.delete()
            Task.objects.filter(pk__in=unused_ids).delete()


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore.Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("wagtailcore.Task").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0004_create_staff_groups")]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
