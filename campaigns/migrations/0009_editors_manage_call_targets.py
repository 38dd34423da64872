"""Editors manage the call-target snippet, as they manage people and topics."""

from django.db import migrations

from home.group_permissions import grant, model_permissions, revoke

TARGET_PERMISSIONS = {
    f"{action}_target": f"Can {action} call target" for action in ("add", "change", "delete")
}


def grant_to_editors(apps, schema_editor):
    grant(apps, "Editors", model_permissions(apps, "campaigns", "target", TARGET_PERMISSIONS))


def revoke_from_editors(apps, schema_editor):
    revoke(apps, "Editors", model_permissions(apps, "campaigns", "target", TARGET_PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0008_target_translatable"), ("home", "0004_create_staff_groups")]

    operations = [migrations.RunPython(grant_to_editors, revoke_from_editors)]
