"""The body of each delivery, in the shapes of OSDI (opensupporter.github.io/osdi-docs), as
Action Network's webhooks send them, so CRMs that speak OSDI can read them as they are.

A partner's webhook gets what its signers agreed to share: name and email. The coalition's own
gets the postal address, phone and comment too. Identifiers are "newsroom:<kind>-<id>".
"""

from collections.abc import Callable

from django.urls import reverse

from ..models import Signature, SignatureStatus
from .models import Event, WebhookDelivery

SYSTEM = "newsroom"
# page → (its site's root URL, its full URL): emails.PageLinks, which looks each page up once.
PageLinks = Callable


def iso(moment) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def person(signature: Signature, *, full: bool, email_status: str = "subscribed") -> dict:
    found = {
        "given_name": signature.first_name,
        "family_name": signature.last_name,
        "email_addresses": [{"address": signature.email, "primary": True, "status": email_status}],
        "languages_spoken": [signature.locale] if signature.locale else [],
    }
    if full:
        address = {
            "locality": signature.city,
            "region": signature.region,
            "postal_code": signature.postal_code,
            "country": signature.country,
        }
        if any(address.values()):
            found["postal_addresses"] = [{"primary": True, **address}]
        if signature.phone:
            found["phone_numbers"] = [{"primary": True, "number": signature.phone}]
    return found


def petition(signature: Signature, links: PageLinks) -> dict:
    """The petition's identifiers, title and addresses (its page, and the read API's record)."""
    page = signature.page
    found = {"identifiers": [f"{SYSTEM}:petition-{signature.petition_key}"]}
    if page is not None:
        root, page_url = links(page)
        found.update(
            title=page.title,
            browser_url=page_url,
            _links={"self": {"href": root + reverse("wagtailapi:pages:detail", args=[page.pk])}},
        )
    return found


def osdi_signature(signature: Signature, delivery: WebhookDelivery, links: PageLinks) -> dict:
    full = delivery.webhook.partner_id is None
    subscribed = signature.unsubscribed_at is None and (
        signature.updates_agreed or not full  # a partner's list: the signer asked to be on it
    )
    page = signature.page
    category = page.category_labels.get(signature.category, "") if page else ""
    tags = [f"petition:{page.slug}" if page else ""]
    tags += [f"partner:{signature.partner}" if signature.partner else "", category]
    body = {
        "identifiers": [f"{SYSTEM}:signature-{signature.pk}"],
        "created_date": iso(signature.created_at),
        "modified_date": iso(signature.confirmed_at or signature.created_at),
        "status": signature.status,
        "person": person(
            signature, full=full, email_status="subscribed" if subscribed else "unsubscribed"
        ),
        "referrer_data": {
            "source": signature.partner or signature.source or signature.utm_source,
            "referrer": signature.partner,
        },
        "add_tags": [tag for tag in tags if tag],
        "_embedded": {"osdi:petition": petition(signature, links)},
    }
    if full and signature.comment:
        body["comments"] = signature.comment
    return body


def delivery_body(delivery: WebhookDelivery, links: PageLinks) -> dict | None:
    """What this delivery sends, or None when there is nothing left to send (the signer's
    details were anonymized before it went)."""
    envelope = {
        "idempotency_key": str(delivery.event_id),
        "event": delivery.event,
        "created_date": iso(delivery.created_at),
    }
    if delivery.event == Event.SIGNER_ERASED:
        # Kept apart from the signature, which is gone: the address, to erase by.
        if not delivery.body:
            return None
        return {**envelope, "osdi:person": delivery.body}
    signature = delivery.signature
    if signature is None or not signature.email:
        return None
    if delivery.event == Event.SIGNER_UNSUBSCRIBED:
        address = {"address": signature.email, "primary": True, "status": "unsubscribed"}
        return {**envelope, "osdi:person": {"email_addresses": [address]}}
    if delivery.event == Event.SIGNATURE_INVALIDATED:
        return {
            **envelope,
            "osdi:signature": {
                "identifiers": [f"{SYSTEM}:signature-{signature.pk}"],
                "status": SignatureStatus.INVALIDATED.value,
                "person": {"email_addresses": [{"address": signature.email, "primary": True}]},
                "_embedded": {"osdi:petition": petition(signature, links)},
            },
        }
    return {**envelope, "osdi:signature": osdi_signature(signature, delivery, links)}


def erased_person(email: str) -> dict:
    """What an erasure event keeps of the person until it is delivered: the address."""
    return {"email_addresses": [{"address": email, "primary": True}]}
