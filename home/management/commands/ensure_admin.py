"""Create or refresh the local admin login that `make run` prints (and, if asked, one per role)."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from home.staff import ROLE_GROUPS, add_staff

# The translator login translates into Spanish, the demo's first translation.
DEMO_TRANSLATION_LOCALE = "es"


class Command(BaseCommand):
    help = (
        "Create or refresh a superuser; the password comes from ADMIN_PASSWORD or is generated. "
        "With --with-roles, also one login per staff role, with the same password."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("ADMIN_USERNAME", "admin"))
        parser.add_argument(
            "--with-roles",
            action="store_true",
            help="Also create or refresh <role>@localhost logins (local demo sites only).",
        )

    def handle(self, *args, username, with_roles, **options):
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            f"Admin login ({'created' if created else 'refreshed'}): "
            f"username {username!r}, password {password!r}"
        )
        if with_roles:
            self._role_logins(password)

    def _role_logins(self, password: str) -> None:
        """One login per staff role, in exactly that role's groups (as add_staff makes them)."""
        for role in ROLE_GROUPS:
            locale = DEMO_TRANSLATION_LOCALE if role == "translator" else None
            member = add_staff(f"{role}@localhost", role, locale)
            member.user.set_password(password)
            member.user.save(update_fields=["password"])
            self.stdout.write(
                f"  {role} login: username {member.user.username!r}, same password "
                f"({', '.join(member.groups)})"
            )
