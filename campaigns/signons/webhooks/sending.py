"""The delivery worker's webhook step: fan confirmed signatures out into deliveries, then send
the deliveries that are due, signed, retrying failures as emails are retried (1, 2, 4, 8, 16
minutes, then every 30) for SIGNON_WEBHOOK_RETRY_HOURS before giving up.

A delivery is claimed with FOR UPDATE SKIP LOCKED (several workers never take the same one) and
leased: its next attempt is moved past the sending, and the claim commits before any request
goes out, so a slow receiver holds no lock. If the worker dies while sending, the lease runs out
and the delivery is sent again, with the same idempotency key, which lets the receiver see it
already has it. Delivered means the receiver answered 2xx; a redirect is not followed.
"""

import json
import logging
from datetime import timedelta

import requests
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..delivery import Outcome, attempts_before_giving_up, retry_delay
from ..emails import PageLinks
from ..models import Signature
from . import events
from .models import DeliveryStatus, WebhookDelivery
from .payload import delivery_body
from .signing import signed_headers

logger = logging.getLogger(__name__)

BATCH_SIZE = 50
LEASE = timedelta(minutes=5)  # longer than the timeouts below allow a whole batch to take
TIMEOUT = (5, 10)  # seconds to connect, and to wait for each part of the answer
USER_AGENT = "Coalition Newsroom webhooks"


def deliver_webhooks(batch_size: int = BATCH_SIZE) -> bool:
    """Fan out and send one batch of each; True if either was full (more may be waiting)."""
    fanned_out = fan_out(batch_size)
    outcome = send_due(batch_size)
    return fanned_out >= batch_size or outcome.handled >= batch_size


def fan_out(batch_size: int = BATCH_SIZE) -> int:
    """Turn confirmed signatures owed to webhooks into one delivery per webhook that may have
    them (events.may_receive); how many signatures were handled."""
    now = timezone.now()
    with transaction.atomic():
        due = list(
            Signature.objects.webhooks_due(now).select_for_update(skip_locked=True)[:batch_size]
        )
        if due:
            events.confirmed(due)
            Signature.objects.filter(pk__in=[signature.pk for signature in due]).update(
                webhooks_due_at=None
            )
    return len(due)


def send_due(batch_size: int = BATCH_SIZE) -> Outcome:
    """Claim up to `batch_size` due deliveries, send them, and record how each went."""
    now = timezone.now()
    with transaction.atomic():
        claimed = list(
            WebhookDelivery.objects.due(now)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("webhook", "signature__page")[:batch_size]
        )
        WebhookDelivery.objects.filter(pk__in=[delivery.pk for delivery in claimed]).update(
            due_at=now + LEASE
        )
    outcome = Outcome()
    links = PageLinks()
    with requests.Session() as session:
        for delivery in claimed:
            result = send(session, delivery, links)
            setattr(outcome, result, getattr(outcome, result) + 1)
    if outcome.retrying or outcome.failed:
        logger.warning(
            "Webhook deliveries: %d delivered, %d to retry, %d failed.",
            outcome.sent,
            outcome.retrying,
            outcome.failed,
        )
    return outcome


def send(session: requests.Session, delivery: WebhookDelivery, links: PageLinks) -> str:
    """POST one delivery; "sent", "retrying" or "failed"."""
    body = delivery_body(delivery, links)
    if body is None:
        return record_failure(
            delivery, "Nothing to send: the signer's details were removed first.", give_up=True
        )
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": USER_AGENT,
        **signed_headers(delivery.webhook.secret, str(delivery.event_id), data),
    }
    try:
        with session.post(
            delivery.webhook.url,
            data=data,
            headers=headers,
            timeout=TIMEOUT,
            allow_redirects=False,
            stream=True,  # read no more of the answer than the log keeps
        ) as response:
            code = response.status_code
            excerpt = response.raw.read(200, decode_content=True).decode(errors="replace")
    except requests.RequestException as error:
        return record_failure(delivery, f"{type(error).__name__}: {error}")
    if 200 <= code < 300:
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.DELIVERED,
            attempts=delivery.attempts + 1,
            response_code=code,
            last_error="",
            due_at=None,
            delivered_at=timezone.now(),
            body=None,  # an erased person's address is kept no longer than needed
        )
        return "sent"
    return record_failure(delivery, f"HTTP {code}: {excerpt}".strip(), code)


def record_failure(
    delivery: WebhookDelivery, error: str, code: int | None = None, *, give_up: bool = False
) -> str:
    now = timezone.now()
    attempts = delivery.attempts + 1
    failed = give_up or attempts >= attempts_before_giving_up(settings.SIGNON_WEBHOOK_RETRY_HOURS)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.FAILED if failed else DeliveryStatus.PENDING,
        attempts=attempts,
        last_error=" ".join(error.split())[:300],
        response_code=code,
        due_at=None if failed else now + retry_delay(attempts),
        failed_at=now if failed else None,
    )
    return "failed" if failed else "retrying"
