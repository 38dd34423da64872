"""`manage.py apply_retention`: delete unconfirmed sign-ons and anonymize closed petitions' signers
now (the delivery worker does it every hour; this is for cron, or to run it at once)."""

from django.core.management.base import BaseCommand

from campaigns.models import PetitionPage
from campaigns.signons.retention import apply_retention


class Command(BaseCommand):
    help = "Apply the retention rules: unconfirmed sign-ons deleted, closed petitions anonymized."

    def handle(self, *args, **options):
        done = apply_retention(PetitionPage.objects.closed_for_retention())
        for what, number in done.items():
            self.stdout.write(f"{number} {what}")
