"""Editors manage every language's site chrome; translators translate it and the topics (change,
never add or delete; home/wagtail_hooks.py keeps them to their own languages)."""

from django.db import migrations

from home.group_permissions import grant, model_permissions, revoke


def chrome_permissions(apps, *actions):
    return model_permissions(
        apps,
        "home",
        "sitechrome",
        {f"{action}_sitechrome": f"Can {action} site chrome" for action in actions},
    )


def change_topics(apps):
    return model_permissions(apps, "home", "issue", {"change_issue": "Can change issue"})


def grant_permissions(apps, schema_editor):
    grant(apps, "Editors", chrome_permissions(apps, "add", "change", "delete"))
    grant(apps, "Translators", chrome_permissions(apps, "change") + change_topics(apps))


def revoke_permissions(apps, schema_editor):
    revoke(apps, "Editors", chrome_permissions(apps, "add", "change", "delete"))
    revoke(apps, "Translators", chrome_permissions(apps, "change") + change_topics(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_create_staff_groups"),
        ("home", "0008_site_chrome_per_language"),
    ]

    operations = [migrations.RunPython(grant_permissions, revoke_permissions)]
