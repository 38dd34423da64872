"""Build the demo site; running it again changes nothing."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Each module has build(stdout); order matters where content refers to other content.
# The partner issue page leads to a petition, so the petitions come before resources.
DEMO_BUILDERS = [
    "home.demo",
    "campaigns.demo.petitions",
    "resources.demo",
    "campaigns.demo.content",
    "campaigns.demo.translations",
]


class Command(BaseCommand):
    help = "Create the demo pages, settings and images. Idempotent: a second run changes nothing."

    def handle(self, *args, **options):
        for module_name in DEMO_BUILDERS:
            with transaction.atomic():
                import_module(module_name).build(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
