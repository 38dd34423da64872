"""Create the four staff groups with exactly the permissions each role needs (issue 5).

Wagtail's first migration seeds sample "Editors" and "Moderators" groups; Editors is reshaped
here, and Moderators' members move to Editors before that sample group is removed, so a fresh
database has only the newsroom's roles.
"""

from django.db import migrations

from home.group_permissions import model_permissions

ROOT_COLLECTION_DEPTH = 1
ROOT_PAGE_DEPTH = 1

# Group-level permissions, as (app_label, model, codename, name).
ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
SUBMIT_TRANSLATION = (
    "wagtail_localize",
    "translation",
    "submit_translation",
    "Can submit translations",
)
SNIPPETS = [
    ("home", model, f"{action}_{model}", f"Can {action} {label}")
    for model, label in (("person", "person"), ("issue", "issue"))
    for action in ("add", "change", "delete")
]
SITE_SETTINGS = ("home", "sitesettings", "change_sitesettings", "Can change site settings")

GROUP_PERMISSIONS = {
    "Writers": [ADMIN_ACCESS, SUBMIT_TRANSLATION],
    "Editors": [ADMIN_ACCESS, SUBMIT_TRANSLATION, *SNIPPETS, SITE_SETTINGS],
    "Translators": [ADMIN_ACCESS],
    "Data officers": [ADMIN_ACCESS],
}

# Page permissions on the tree's root, so they cover every locale's tree.
PAGE_PERMISSIONS = {
    "Writers": ["add_page", "change_page", "lock_page"],
    "Editors": ["add_page", "change_page", "lock_page", "publish_page", "unlock_page"],
}

# Permissions on the root collection, for images and documents alike.
COLLECTION_PERMISSIONS = {
    "Writers": ["add", "choose"],
    "Editors": ["add", "change", "choose", "delete"],
}


def permission(apps, app_label, model, codename, name):
    """Fetch a permission, creating it if post_migrate has not run yet (a fresh database)."""
    return model_permissions(apps, app_label, model, {codename: name})[0]


def create_staff_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")
    Permission = apps.get_model("auth.Permission")

    root_page = Page.objects.get(depth=ROOT_PAGE_DEPTH)
    root_collection = Collection.objects.get(depth=ROOT_COLLECTION_DEPTH)

    for name, perms in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        # Add rather than set: other apps' migrations grant these groups their own permissions.
        group.permissions.add(*[permission(apps, *perm) for perm in perms])
        # Wagtail's sample Editors group holds image and document rights model-wide; they
        # belong on collections (below), where Wagtail checks them.
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label__in=["wagtailimages", "wagtaildocs"]
            )
        )
        GroupPagePermission.objects.filter(group=group).delete()
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.create(
                group=group,
                page=root_page,
                permission=permission(apps, "wagtailcore", "page", codename, codename),
            )
        GroupCollectionPermission.objects.filter(group=group).delete()
        for action in COLLECTION_PERMISSIONS.get(name, []):
            for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
                GroupCollectionPermission.objects.create(
                    group=group,
                    collection=root_collection,
                    permission=permission(
                        apps, app_label, model, f"{action}_{model}", f"Can {action} {model}"
                    ),
                )

    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None:
        editors = Group.objects.get(name="Editors")
        for user in moderators.user_set.all():
            user.groups.add(editors)
        moderators.delete()


def remove_staff_groups(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(
        name__in=["Writers", "Translators", "Data officers"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_create_locales"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_staff_groups, remove_staff_groups)]
