"""Staff users in the shared groups, with the permissions the migrations give those groups."""

from django.contrib.auth.models import Group, Permission

from tests.factories import UserFactory


def staff_user(username: str, group_name: str):
    """A user in `group_name`; "Data officers" gets its permissions from the campaigns migration."""
    group, created = Group.objects.get_or_create(name=group_name)
    if group_name != "Data officers":
        # Writers and editors reach the admin and edit pages, but hold no signer-data permission.
        group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = UserFactory(username=username)
    user.groups.add(group)
    return user
