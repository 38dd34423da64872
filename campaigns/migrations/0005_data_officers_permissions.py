"""Give the "Data officers" group the signer-data permissions; no other group gets them."""

from django.db import migrations

SIGNER_DATA_PERMISSIONS = {
    "view_signature": "Can view signature",
    "change_signature": "Can change signature",
    "export_signature": "Can export signatures",
    "erase_signature": "Can erase signatures",
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Permissions are normally created after all migrations; this one needs them now.
    signature_type, _ = ContentType.objects.get_or_create(app_label="campaigns", model="signature")
    for codename, name in SIGNER_DATA_PERMISSIONS.items():
        Permission.objects.get_or_create(
            content_type=signature_type, codename=codename, defaults={"name": name}
        )
    officers, _ = Group.objects.get_or_create(name="Data officers")
    officers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="campaigns", codename__in=SIGNER_DATA_PERMISSIONS
        ),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Data officers"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="campaigns", codename__in=SIGNER_DATA_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0004_signons"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
