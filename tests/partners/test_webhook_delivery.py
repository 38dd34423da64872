"""Confirmed sign-ons reach a CRM's webhook: signed, OSDI-shaped, exactly once, through outages."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from campaigns.models import Signature, WebhookDelivery
from campaigns.signons.webhooks.models import DeliveryStatus
from campaigns.signons.webhooks.signing import verify
from tests.partners.webhooks import bodies, time_passes, webhook
from tests.signons.outbox import deliver
from tests.signons.posting import sign


def sign_for_updates(client, petition, **fields):
    return sign(client, petition, updates="on", **fields)


def test_a_confirmed_sign_on_reaches_the_coalitions_crm_signed(client, updates_petition, receiver):
    updates_petition.signer_fields = [
        ("field", {"name": name, "required": False}) for name in ("city", "postal_code")
    ]
    updates_petition.save_revision().publish()
    crm = webhook(receiver.url)
    sign_for_updates(client, updates_petition, city="Tucson", postal_code="85701")

    deliver()

    ((headers, body),) = receiver.accepted
    assert verify(crm.secret, headers, body)
    assert headers["Idempotency-Key"] == headers["webhook-id"]
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    event = json.loads(body)
    assert event["event"] == "signature.confirmed"
    assert event["idempotency_key"] == headers["webhook-id"]
    signature = event["osdi:signature"]
    assert signature["person"]["given_name"] == "Ruth"
    assert signature["person"]["family_name"] == "Cohen"
    assert signature["person"]["email_addresses"] == [
        {"address": "ruth@example.org", "primary": True, "status": "subscribed"}
    ]
    assert signature["person"]["postal_addresses"][0]["postal_code"] == "85701"
    assert signature["_embedded"]["osdi:petition"]["identifiers"] == [
        f"newsroom:petition-{updates_petition.translation_key}"
    ]
    assert signature["_embedded"]["osdi:petition"]["title"] == "Fair asylum now"
    assert "petition:fair-asylum" in signature["add_tags"]


def test_a_signature_with_another_secret_does_not_verify(client, updates_petition, receiver):
    webhook(receiver.url)
    sign_for_updates(client, updates_petition)

    deliver()

    ((headers, body),) = receiver.accepted
    assert not verify("whsec_" + "A" * 32, headers, body)
    assert not verify(webhook(receiver.url, name="other").secret, headers, body + b" ")


def test_a_receiver_that_fails_twice_then_accepts_gets_it_exactly_once(
    client, updates_petition, receiver
):
    webhook(receiver.url)
    receiver.statuses = [500, 503]
    sign_for_updates(client, updates_petition)

    deliver()
    first_wait = WebhookDelivery.objects.get().due_at - timezone.now()
    time_passes()
    deliver()
    second_wait = WebhookDelivery.objects.get().due_at - timezone.now()
    time_passes()
    deliver()
    time_passes()
    deliver()

    assert [status for _headers, _body, status in receiver.requests] == [500, 503, 200]
    assert len(receiver.accepted) == 1
    keys = {headers["webhook-id"] for headers, _body, _status in receiver.requests}
    assert len(keys) == 1  # the same idempotency key on every try
    assert timedelta(seconds=50) < first_wait <= timedelta(minutes=1)
    assert timedelta(minutes=1, seconds=50) < second_wait <= timedelta(minutes=2)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("delivered", 3, 200)
    assert delivery.last_error == ""


def test_a_refusal_is_logged_with_its_code_and_reason(client, updates_petition, receiver):
    webhook(receiver.url)
    receiver.statuses = [422]
    sign_for_updates(client, updates_petition)

    deliver()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("pending", 1, 422)
    assert delivery.last_error == "HTTP 422: ok"


def test_a_receiver_that_is_down_is_retried_until_it_is_back(client, updates_petition, receiver):
    webhook(receiver.url)
    receiver.stop()
    sign_for_updates(client, updates_petition)

    deliver()

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.last_error.startswith("ConnectionError")
    assert delivery.response_code is None


def test_a_redirect_is_not_followed(client, updates_petition, receiver):
    webhook(receiver.url)
    receiver.statuses = [301]
    sign_for_updates(client, updates_petition)

    deliver()

    assert len(receiver.requests) == 1
    assert WebhookDelivery.objects.get().status == DeliveryStatus.PENDING


def test_after_every_retry_the_delivery_fails_and_can_be_sent_again(
    client, updates_petition, receiver, settings, admin_client
):
    settings.SIGNON_WEBHOOK_RETRY_HOURS = 0.05  # three minutes: 1 + 2 minutes of backoff
    webhook(receiver.url)
    receiver.statuses = [500, 500]
    sign_for_updates(client, updates_petition)

    for _ in range(4):
        deliver()
        time_passes()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.due_at) == ("failed", 2, None)
    dashboard = admin_client.get("/admin/").content.decode()
    assert "1 webhook delivery was refused or unanswered for two days." in dashboard

    admin_client.post("/admin/webhook-deliveries/send-failed-again/")
    deliver()

    assert len(receiver.accepted) == 1
    assert WebhookDelivery.objects.get().status == "delivered"


def test_signers_who_agreed_to_nothing_owe_no_webhook(client, petition, receiver):
    webhook(receiver.url)

    sign(client, petition)
    deliver()

    assert Signature.objects.get().webhooks_due_at is None
    assert receiver.requests == []


def test_a_double_opt_in_signer_reaches_the_crm_once_they_confirm(
    client, updates_petition, receiver, mailoutbox
):
    updates_petition.double_opt_in = True
    updates_petition.save_revision().publish()
    webhook(receiver.url)
    sign_for_updates(client, updates_petition)

    deliver()  # the confirmation link goes out; nothing for the CRM yet
    assert receiver.requests == []
    link = next(word for word in mailoutbox[0].body.split() if "/sign/confirm/" in word)
    client.get(link)
    deliver()

    assert [body["osdi:signature"]["status"] for body in bodies(receiver)] == ["confirmed"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_never_send_one_delivery_twice(client, updates_petition, receiver):
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection

    from campaigns.signons.webhooks.sending import fan_out, send_due

    if connection.vendor != "postgresql":
        pytest.skip("workers claim with SKIP LOCKED on PostgreSQL, the production database")
    webhook(receiver.url)
    for number in range(30):
        sign_for_updates(
            client, updates_petition, email=f"signer{number}@example.org", ip=f"203.0.113.{number}"
        )
    fan_out(100)

    def worker(_):
        from django.db import connections

        try:
            return send_due(5).sent
        finally:
            connections.close_all()

    with ThreadPoolExecutor(4) as pool:
        sent = sum(pool.map(worker, range(12)))

    received = [json.loads(body)["idempotency_key"] for _headers, body in receiver.accepted]
    assert sent == 30
    assert len(received) == len(set(received)) == 30
