"""Give the "Data officers" group the signer-data permissions; no other group gets them."""

from django.db import migrations

from home.group_permissions import grant, model_permissions, revoke

SIGNER_DATA_PERMISSIONS = {
    "view_signature": "Can view signature",
    "change_signature": "Can change signature",
    "export_signature": "Can export signatures",
    "erase_signature": "Can erase signatures",
}


def signer_data_permissions(apps):
    return model_permissions(apps, "campaigns", "signature", SIGNER_DATA_PERMISSIONS)


def grant_to_data_officers(apps, schema_editor):
    access_admin = model_permissions(
        apps, "wagtailadmin", "admin", {"access_admin": "Can access Wagtail admin"}
    )
    grant(apps, "Data officers", [*signer_data_permissions(apps), *access_admin])


def revoke_from_data_officers(apps, schema_editor):
    revoke(apps, "Data officers", signer_data_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0004_signons"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_to_data_officers, revoke_from_data_officers)]
