"""Add or update a staff member in their role's groups and print a password-set link."""

from django.core.management.base import BaseCommand, CommandError

from home.staff import ROLE_GROUPS, StaffError, add_staff


class Command(BaseCommand):
    help = (
        "Create or update a staff user (username = email) in exactly the groups of one role, "
        "and print a one-time link where they choose their password."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--role", required=True, help=f"One of: {', '.join(ROLE_GROUPS)}.")
        parser.add_argument("--locale", help="Translators only: the language code, e.g. es.")

    def handle(self, *args, email, role, locale, **options):
        try:
            member = add_staff(email, role, locale)
        except StaffError as error:
            raise CommandError(str(error)) from error
        verb = "Created" if member.created else "Updated"
        self.stdout.write(f"{verb} {member.user.username}: {', '.join(member.groups)}.")
        self.stdout.write(f"Password-set link (works once): {member.password_link}")
