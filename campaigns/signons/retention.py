"""Retention by default: personal data from sign-ons leaves on a schedule nobody has to remember.

- A pending signature never confirmed is deleted SIGNON_CONFIRMATION_DAYS after its last link
  was sent, as the email promises (one whose link could never be sent goes once the delivery
  worker has given up on it too).
- The signatures of a petition closed longer than its retention period (the petition's own, or
  SIGNON_RETENTION_DAYS) are anonymized: counts, reports by region and consent records stay.
- An erasure request is deleted once its link has expired.

The delivery worker runs this every RETENTION_INTERVAL_SECONDS (`manage.py deliver`), or cron
runs `manage.py apply_retention`. What it did is logged as counts only.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .erasure import ERASURE_LINK_HOURS
from .models import ErasureRequest, Signature, SignatureStatus
from .privacy import anonymize_signatures

logger = logging.getLogger(__name__)

RETENTION_INTERVAL_SECONDS = 60 * 60


@dataclass(frozen=True)
class ClosedPetition:
    petition_key: object
    closed_at: datetime
    retention_days: int | None  # None: SIGNON_RETENTION_DAYS


def purge_unconfirmed(now: datetime) -> int:
    link_lifetime = timedelta(days=settings.SIGNON_CONFIRMATION_DAYS)
    never_sent = link_lifetime + timedelta(hours=settings.SIGNON_EMAIL_RETRY_HOURS)
    expired = Signature.objects.filter(status=SignatureStatus.PENDING).filter(
        Q(confirmation_sent_at__lt=now - link_lifetime)
        | Q(confirmation_sent_at__isnull=True, created_at__lt=now - never_sent)
    )
    return expired.remove()


def anonymize_closed(petitions: list[ClosedPetition], now: datetime) -> int:
    anonymized = 0
    for petition in petitions:
        days = petition.retention_days
        if days is None:
            days = settings.SIGNON_RETENTION_DAYS
        if petition.closed_at + timedelta(days=days) <= now:
            signatures = Signature.objects.for_petition(petition.petition_key)
            anonymized += anonymize_signatures(signatures)
    return anonymized


def purge_erasure_requests(now: datetime) -> int:
    expired = now - timedelta(hours=ERASURE_LINK_HOURS + settings.SIGNON_EMAIL_RETRY_HOURS)
    return ErasureRequest.objects.filter(created_at__lt=expired).delete()[0]


def apply_retention(closed_petitions: list[ClosedPetition]) -> dict[str, int]:
    """Run every retention rule now; how many rows each touched (logged, no personal data)."""
    now = timezone.now()
    done = {
        "unconfirmed signatures deleted": purge_unconfirmed(now),
        "signatures anonymized": anonymize_closed(closed_petitions, now),
        "expired erasure requests deleted": purge_erasure_requests(now),
    }
    logger.info("Retention: %s.", ", ".join(f"{number} {what}" for what, number in done.items()))
    return done
