"""Grant and revoke model permissions for the staff groups, from data migrations.

Django creates permissions after all migrations have run; a data migration that hands them to a
group on a fresh database creates them first.
"""


def model_permissions(apps, app_label: str, model: str, codenames: dict[str, str]):
    """The permissions `codenames` ({codename: name}) of app_label.model, created if missing."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in codenames.items()
    ]


def grant(apps, group_name: str, permissions) -> None:
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=group_name)
    group.permissions.add(*permissions)


def revoke(apps, group_name: str, permissions) -> None:
    for group in apps.get_model("auth", "Group").objects.filter(name=group_name):
        group.permissions.remove(*permissions)
