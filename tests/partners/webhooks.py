"""Arrange webhooks and read what receivers got."""

import json

from django.utils import timezone

from campaigns.models import Webhook, WebhookDelivery


def webhook(url: str, **fields) -> Webhook:
    petitions = fields.pop("petitions", [])
    created = Webhook.objects.create(name=fields.pop("name", "CRM"), url=url, **fields)
    created.petitions.set(petitions)
    created.save()  # a cluster's relations are stored when it is saved
    return created


def bodies(receiver) -> list[dict]:
    return [json.loads(body) for _headers, body in receiver.accepted]


def time_passes() -> None:
    """Every delivery waiting to be retried is due now (as if its backoff had run out)."""
    WebhookDelivery.objects.filter(due_at__isnull=False).update(due_at=timezone.now())
