"""Signer privacy: anonymize old signatures (counts stay) and erase one person everywhere."""

import logging
import re
from collections import Counter
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from .fields import ANONYMIZED_FIELDS
from .mailboxes import normalize_email
from .models import Signature
from .webhooks import events as webhook_events

logger = logging.getLogger(__name__)

ERASE_ACTION = "campaigns.erase_signer"


def parse_age(text: str) -> timedelta:
    """'180d' → 180 days; also 'h' for hours and 'w' for weeks."""
    match = re.fullmatch(r"\s*(\d+)\s*([hdw])\s*", text or "")
    if not match:
        raise ValueError(f"{text!r} is not an age like 180d, 12w or 48h.")
    number, unit = int(match[1]), match[2]
    return timedelta(**{{"h": "hours", "d": "days", "w": "weeks"}[unit]: number})


def anonymize(older_than: timedelta, petition_key=None) -> int:
    """Blank the personal fields of signatures older than `older_than`; the count is unchanged."""
    signatures = Signature.objects.filter(created_at__lt=timezone.now() - older_than)
    if petition_key:
        signatures = signatures.filter(petition_key=petition_key)
    return anonymize_signatures(signatures)


def anonymize_signatures(signatures) -> int:
    """Blank the personal fields of these signatures (fields.py); counts are unchanged.

    Region, country, category, language, status, consent records and dates stay for reports;
    an email or webhook still owed is no longer sent (there is no address left to send)."""
    return signatures.filter(anonymized_at__isnull=True).update(
        **dict.fromkeys(ANONYMIZED_FIELDS, ""),
        list_publicly=False,
        anonymized_at=timezone.now(),
        email_owed="",
        email_due_at=None,
        webhooks_due_at=None,
    )


def forget_signer(email: str, user=None) -> int:
    """Delete this person's signatures on every petition, fix the counts and log the erasure."""
    signatures = Signature.objects.filter(email_normalized=normalize_email(email))
    with transaction.atomic():
        pages = Counter(signatures.values_list("page", flat=True))
        # CRMs that were sent this person are told to erase them too (before the rows go).
        webhook_events.erased(signatures)
        number = signatures.remove()
        _log_erasures(pages, user)
    return number


def _log_erasures(per_page: Counter, user) -> None:
    # The log names the petition and how many signatures went, never the email.
    pages = Page.objects.in_bulk([page_id for page_id in per_page if page_id])
    for page_id, number in per_page.items():
        if page_id in pages:
            log(
                instance=pages[page_id], action=ERASE_ACTION, user=user, data={"signatures": number}
            )
        else:
            logger.info("Erased %s signatures of a deleted petition page.", number)
