"""Editors manage every language's site chrome; translators translate it (change, never add or delete)."""

from django.db import migrations

from home.group_permissions import grant, model_permissions, revoke

ACTIONS = {
    "add": "Can add site chrome",
    "change": "Can change site chrome",
    "delete": "Can delete site chrome",
}


def chrome_permissions(apps, *actions):
    return model_permissions(
        apps,
        "home",
        "sitechrome",
        {f"{action}_sitechrome": ACTIONS[action] for action in actions},
    )


def grant_chrome_permissions(apps, schema_editor):
    grant(apps, "Editors", chrome_permissions(apps, "add", "change", "delete"))
    grant(apps, "Translators", chrome_permissions(apps, "change"))


def revoke_chrome_permissions(apps, schema_editor):
    revoke(apps, "Editors", chrome_permissions(apps, "add", "change", "delete"))
    revoke(apps, "Translators", chrome_permissions(apps, "change"))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_create_staff_groups"),
        ("home", "0008_site_chrome_per_language"),
    ]

    operations = [migrations.RunPython(grant_chrome_permissions, revoke_chrome_permissions)]
