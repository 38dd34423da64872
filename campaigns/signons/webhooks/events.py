"""Which events go to which webhooks: the deliveries each change of a signature or signer owes.

One rule decides who a webhook may be sent (may_receive): a partner's webhook, the signers who
agreed to share their name and email with that partner; the coalition's own, the signers who
agreed to updates and have not unsubscribed. A confirmed signature's event comes from the outbox
(Signature.webhooks_due_at, fanned out by the delivery worker); invalidation, unsubscribing and
erasure create theirs as they happen, for every webhook that was ever sent that person.
"""

import uuid

from django.utils import timezone

from ..models import Signature, SignatureStatus
from .models import EVENT_FIELDS, Event, Webhook, WebhookDelivery
from .payload import erased_person

# Names the idempotency key of a signature's confirmation, so fanning it out twice sends it once.
CONFIRMATION_NAMESPACE = uuid.UUID("6f1f6c2e-4a55-4d4f-9a3e-2b8d0c7d1a10")


def webhooks_sending(event: Event) -> list[Webhook]:
    """The active webhooks that want `event`, with their partner's code and petition keys."""
    webhooks = list(
        Webhook.objects.filter(active=True, **{EVENT_FIELDS[event]: True})
        .select_related("partner")
        .prefetch_related("petitions")
    )
    for webhook in webhooks:
        webhook.petition_keys = {page.translation_key for page in webhook.petitions.all()}
    return webhooks


def may_receive(webhook: Webhook, signature: Signature) -> bool:
    if webhook.petition_keys and signature.petition_key not in webhook.petition_keys:
        return False
    if webhook.partner is not None:
        code = webhook.partner.partner_code
        return bool(code) and code in (signature.partner_optins or {})
    return signature.updates_agreed and signature.unsubscribed_at is None


def confirmation_id(signature: Signature) -> uuid.UUID:
    name = f"{Event.SIGNATURE_CONFIRMED}:{signature.petition_key}:{signature.pk}"
    return uuid.uuid5(CONFIRMATION_NAMESPACE, f"{name}:{signature.created_at.isoformat()}")


def _owe(deliveries: list[WebhookDelivery], *, already_owed_is_fine: bool = False) -> int:
    """Store these deliveries, due now. With `already_owed_is_fine`, one whose event this webhook
    already has (same idempotency key) is left as it is."""
    now = timezone.now()
    for delivery in deliveries:
        delivery.created_at = delivery.due_at = now
    WebhookDelivery.objects.bulk_create(deliveries, ignore_conflicts=already_owed_is_fine)
    return len(deliveries)


def confirmed(signatures) -> int:
    """Owe each webhook that may receive them these confirmed signatures; how many deliveries."""
    webhooks = webhooks_sending(Event.SIGNATURE_CONFIRMED)
    deliveries = [
        WebhookDelivery(
            webhook=webhook,
            event=Event.SIGNATURE_CONFIRMED,
            event_id=confirmation_id(signature),
            signature=signature,
            petition_key=signature.petition_key,
        )
        for signature in signatures
        if signature.status == SignatureStatus.CONFIRMED
        for webhook in webhooks
        if may_receive(webhook, signature)
    ]
    return _owe(deliveries, already_owed_is_fine=True)


def sent_confirmations(event: Event, signatures):
    """(webhook, signature, petition key) of each confirmation of `signatures` owed or sent to an
    active webhook that wants `event` too."""
    return (
        WebhookDelivery.objects.filter(
            event=Event.SIGNATURE_CONFIRMED,
            signature__in=signatures,
            webhook__active=True,
            **{f"webhook__{EVENT_FIELDS[event]}": True},
        )
        .order_by("webhook_id", "signature_id")
        .values_list("webhook_id", "signature_id", "petition_key")
    )


def invalidated(signatures) -> int:
    """Each signature's invalidation, to the webhooks that were sent its confirmation."""
    return _owe(
        [
            WebhookDelivery(
                webhook_id=webhook_id,
                event=Event.SIGNATURE_INVALIDATED,
                signature_id=signature_id,
                petition_key=petition_key,
            )
            for webhook_id, signature_id, petition_key in sent_confirmations(
                Event.SIGNATURE_INVALIDATED, signatures
            )
        ]
    )


def _per_person(event: Event, signatures) -> list[WebhookDelivery]:
    """One event about the person whose `signatures` these are, to every webhook that was sent
    any of them (one idempotency key for all)."""
    event_id, deliveries = uuid.uuid4(), {}
    for webhook_id, signature_id, petition_key in sent_confirmations(event, signatures):
        deliveries.setdefault(
            webhook_id,
            WebhookDelivery(
                webhook_id=webhook_id,
                event=event,
                event_id=event_id,
                signature_id=signature_id,
                petition_key=petition_key,
            ),
        )
    return list(deliveries.values())


def unsubscribed(signatures) -> int:
    """The person unsubscribed: every webhook that was sent them is told so."""
    return _owe(_per_person(Event.SIGNER_UNSUBSCRIBED, signatures))


def erased(signatures) -> int:
    """The person whose `signatures` these are is being erased (call before they go): every
    webhook that was sent them is told, with the address it knows them by, kept until then."""
    deliveries = _per_person(Event.SIGNER_ERASED, signatures)
    emails = dict(
        Signature.objects.filter(
            pk__in=[delivery.signature_id for delivery in deliveries]
        ).values_list("pk", "email")
    )
    for delivery in deliveries:
        delivery.body = erased_person(emails[delivery.signature_id])
        delivery.signature_id = None
    return _owe(deliveries)
