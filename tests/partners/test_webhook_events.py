"""Invalidation, unsubscribing and erasure reach every CRM that was sent the person, once."""

import re

from campaigns.models import Signature, WebhookDelivery
from campaigns.signons.privacy import forget_signer
from tests.partners.webhooks import bodies, webhook
from tests.signons.factories import PetitionPageFactory
from tests.signons.outbox import deliver
from tests.signons.posting import sign
from tests.signons.staff import staff_user


def events(receiver) -> list[str]:
    return [body["event"] for body in bodies(receiver)]


def test_an_invalidated_signature_is_withdrawn_from_the_crms_that_have_it(
    client, updates_petition, receiver
):
    webhook(receiver.url)
    sign(client, updates_petition, updates="on", email="bot@spam.example")
    deliver()
    client.force_login(staff_user("officer", "Data officers"))

    client.post(
        f"/admin/petition-reports/{updates_petition.translation_key}/invalidate/",
        {"email_domain": "spam.example", "confirm": "on"},
    )
    deliver()

    assert events(receiver) == ["signature.confirmed", "signature.invalidated"]
    withdrawn = bodies(receiver)[1]["osdi:signature"]
    assert withdrawn["status"] == "invalidated"
    assert withdrawn["identifiers"] == bodies(receiver)[0]["osdi:signature"]["identifiers"]


def test_an_unsubscribe_reaches_every_crm_that_had_the_person_once(
    client, updates_petition, take_action, receiver, mailoutbox
):
    other = PetitionPageFactory(
        parent=take_action, updates_consent="implied", updates_wording="Yes."
    )
    crm = webhook(receiver.url)
    erasures_only = webhook(receiver.url, name="no unsubscribes", sends_unsubscribed=False)
    sign(client, updates_petition, updates="on")
    sign(client, other)
    deliver()
    link = re.search(r"https?://[^/\s]+(/unsubscribe/\S+/)", mailoutbox[0].body)[1]

    client.post(link)
    client.post(link)  # unsubscribing again tells nobody again
    deliver()

    unsubscribes = [body for body in bodies(receiver) if body["event"] == "signer.unsubscribed"]
    assert len(unsubscribes) == 1
    assert unsubscribes[0]["osdi:person"]["email_addresses"][0] == {
        "address": "ruth@example.org",
        "primary": True,
        "status": "unsubscribed",
    }
    assert WebhookDelivery.objects.filter(webhook=crm, event="signer.unsubscribed").count() == 1
    assert not WebhookDelivery.objects.filter(webhook=erasures_only, event="signer.unsubscribed")


def test_an_erasure_reaches_every_crm_that_had_the_person_and_then_forgets_them(
    client, updates_petition, ras, receiver
):
    updates_petition.optin_partners = [("partner", ras)]
    updates_petition.save_revision().publish()
    coalition = webhook(receiver.url)
    partner = webhook(receiver.url, name="RAS", partner=ras)
    never_had_them = webhook(receiver.url, name="others", partner=None, petitions=[])
    never_had_them.sends_confirmed = False
    never_had_them.save()
    sign(client, updates_petition, updates="on", share_with_ras="on")
    deliver()

    forget_signer("Ruth@example.org")
    deliver()

    erasures = WebhookDelivery.objects.filter(event="signer.erased")
    assert {delivery.webhook for delivery in erasures} == {coalition, partner}
    erased = [body for body in bodies(receiver) if body["event"] == "signer.erased"]
    assert [body["osdi:person"] for body in erased] == [
        {"email_addresses": [{"address": "ruth@example.org", "primary": True}]}
    ] * 2
    assert len({body["idempotency_key"] for body in erased}) == 1  # one event, two CRMs
    # Once delivered, nothing of the person is left: no signature, no address in the log.
    assert not Signature.objects.exists()
    assert all(delivery.body is None for delivery in erasures)
    assert WebhookDelivery.objects.filter(event="signature.confirmed").count() == 0


def test_an_erased_signer_whose_confirmation_was_still_waiting_is_never_sent(
    client, updates_petition, receiver
):
    webhook(receiver.url)
    sign(client, updates_petition, updates="on")

    forget_signer("ruth@example.org")
    deliver()

    assert receiver.requests == []
