"""Erase one person's signatures on every petition, and log the erasure without their email."""

from django.core.management.base import BaseCommand

from campaigns.signons.privacy import forget_signer


class Command(BaseCommand):
    help = "Delete every signature made with EMAIL (any case); counts are corrected."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        number = forget_signer(email)
        self.stdout.write(self.style.SUCCESS(f"Erased {number} signatures."))
