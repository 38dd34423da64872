"""Editors (and data officers) may hide entries on a petition's public signer list."""

from django.db import migrations

from home.group_permissions import grant, model_permissions, revoke

HIDE = {"hide_signature": "Can hide signers from the public list"}
GROUPS = ("Editors", "Data officers")


def grant_hide(apps, schema_editor):
    for group in GROUPS:
        grant(apps, group, model_permissions(apps, "campaigns", "signature", HIDE))


def revoke_hide(apps, schema_editor):
    for group in GROUPS:
        revoke(apps, group, model_permissions(apps, "campaigns", "signature", HIDE))


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0010_hide_signature_permission"),
        ("campaigns", "0009_editors_manage_call_targets"),
    ]

    operations = [migrations.RunPython(grant_hide, revoke_hide)]
