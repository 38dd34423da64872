"""Blank the personal fields of old signatures; counts and reports keep their numbers."""

import uuid

from django.core.management.base import BaseCommand, CommandError

from campaigns.models import PetitionPage
from campaigns.signons.privacy import anonymize, parse_age


class Command(BaseCommand):
    help = "Anonymize signatures older than an age, e.g. --older-than 180d [--petition SLUG|KEY]."

    def add_arguments(self, parser):
        parser.add_argument("--older-than", required=True, help="An age: 180d, 26w or 48h.")
        parser.add_argument(
            "--petition", help="The petition's slug or translation key. Default: every petition."
        )

    def handle(self, *args, older_than, petition=None, **options):
        try:
            age = parse_age(older_than)
        except ValueError as error:
            raise CommandError(str(error)) from None
        petition_key = _petition_key(petition) if petition else None
        number = anonymize(age, petition_key=petition_key)
        self.stdout.write(self.style.SUCCESS(f"Anonymized {number} signatures."))


def _petition_key(value: str):
    try:
        return uuid.UUID(value)
    except ValueError:
        page = PetitionPage.objects.filter(slug=value).first()
        if page is None:
            raise CommandError(f"No petition has the slug or key {value!r}.") from None
        return page.translation_key
