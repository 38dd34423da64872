"""Compare every petition's counter with its confirmed signatures, and fix drift with --fix."""

from django.core.management.base import BaseCommand

from campaigns.signons.counting import recount


class Command(BaseCommand):
    help = "Report petitions whose shown count differs from their confirmed signatures."

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Set each drifted counter right.")

    def handle(self, *args, fix=False, **options):
        drift = recount(fix=fix)
        for petition_key, counted, actual in drift:
            self.stdout.write(
                f"{petition_key}: counter {counted}, confirmed signatures {actual}"
                + (" (fixed)" if fix else "")
            )
        if not drift:
            self.stdout.write(self.style.SUCCESS("No drift: every count matches its signatures."))
