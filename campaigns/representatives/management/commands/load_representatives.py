"""Load (or refresh) the members of Congress and the ZIP code → seat table, and say what changed."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from campaigns.representatives import dataset as data
from campaigns.representatives.dataset import DataError, read_compact, read_upstream, write_compact
from campaigns.representatives.loading import load
from newsroom.platform.page_cache import clear_page_cache


class Command(BaseCommand):
    help = (
        "Load the members of Congress and ZIP code districts into the database, from the "
        "project's copy or (--from) a newer download of the upstream files. Safe to repeat."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--from",
            dest="source",
            metavar="DIR",
            help="A folder with legislators-current.yaml, legislators-social-media.yaml, "
            "legislators-district-offices.yaml and zccd.csv (see "
            "campaigns/representatives/data/README.md).",
        )
        parser.add_argument(
            "--save",
            action="store_true",
            help="Also write what was read into the project's copy "
            "(campaigns/representatives/data/), to commit.",
        )

    def handle(self, *args, source=None, save=False, **options):
        try:
            dataset = read_upstream(Path(source)) if source else read_compact()
        except (DataError, OSError) as error:
            raise CommandError(str(error)) from error
        changes = load(dataset)
        if changes:
            # Pages showing members (and remembered lookups) are rebuilt from the new data.
            clear_page_cache()
        for line in changes.lines():
            self.stdout.write(line)
        if save:
            write_compact(dataset)
            self.stdout.write(f"Wrote the project's copy in {data.DATA_DIR}.")
