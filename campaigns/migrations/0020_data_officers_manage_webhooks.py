"""Data officers manage webhooks (they send signers' data out) and read their delivery log."""

from django.db import migrations

from home.group_permissions import grant, model_permissions, revoke

WEBHOOK_PERMISSIONS = {
    "add_webhook": "Can add webhook",
    "change_webhook": "Can change webhook",
    "delete_webhook": "Can delete webhook",
    "view_webhook": "Can view webhook",
}
DELIVERY_PERMISSIONS = {
    "view_webhookdelivery": "Can view webhook delivery",
    "change_webhookdelivery": "Can change webhook delivery",
}


def webhook_permissions(apps):
    return [
        *model_permissions(apps, "campaigns", "webhook", WEBHOOK_PERMISSIONS),
        *model_permissions(apps, "campaigns", "webhookdelivery", DELIVERY_PERMISSIONS),
    ]


def grant_to_data_officers(apps, schema_editor):
    grant(apps, "Data officers", webhook_permissions(apps))


def revoke_from_data_officers(apps, schema_editor):
    revoke(apps, "Data officers", webhook_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0019_webhooks")]

    operations = [migrations.RunPython(grant_to_data_officers, revoke_from_data_officers)]
