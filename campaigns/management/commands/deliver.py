"""`manage.py deliver`: the delivery worker. Sends what signatures (and erasure requests) are
owed, emails and webhooks, until stopped, and applies the retention rules every hour.

Run one or more beside the web processes (they never send the same email twice). It waits out a
database or mail outage and carries on; it stops after the batch at hand on SIGTERM or SIGINT.
"""

import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from campaigns.models import PetitionPage
from campaigns.signons.delivery import BATCH_SIZE, OUTBOXES, deliver_due
from campaigns.signons.retention import RETENTION_INTERVAL_SECONDS, apply_retention
from campaigns.signons.webhooks.sending import deliver_webhooks

logger = logging.getLogger("campaigns.signons.delivery")

IDLE_SECONDS = 0.5  # how long to wait when nothing is due
LONGEST_OUTAGE_WAIT = 30.0


class Command(BaseCommand):
    help = "Send the emails and webhooks signatures are owed, in batches, retrying with backoff."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Send what is due now, then stop (cron, tests)."
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, *args, once=False, batch_size=BATCH_SIZE, **options):
        self.stopping = False
        if not once:
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
            logger.info("Delivery worker started.")
        outage_wait, retention_due = 1.0, time.monotonic()
        while not self.stopping:
            try:
                busy = False
                for outbox in OUTBOXES:
                    busy |= deliver_due(outbox, batch_size).handled >= batch_size
                busy |= deliver_webhooks()
                if not once and time.monotonic() >= retention_due:
                    apply_retention(PetitionPage.objects.closed_for_retention())
                    retention_due = time.monotonic() + RETENTION_INTERVAL_SECONDS
            except DatabaseError as error:
                if once:
                    raise
                logger.warning(
                    "Database unreachable (%s); trying again in %.0f s.", error, outage_wait
                )
                close_old_connections()
                time.sleep(outage_wait)
                outage_wait = min(outage_wait * 2, LONGEST_OUTAGE_WAIT)
                continue
            outage_wait = 1.0
            if not busy:
                if once:
                    break
                time.sleep(IDLE_SECONDS)

    def stop(self, signum, frame):
        self.stopping = True
