"""Each CRM gets only the signers who agreed to it: a partner's, those who ticked its box (name
and email only); the coalition's, those who agreed to updates (everything they gave)."""

from tests.partners.webhooks import bodies, webhook
from tests.signons.outbox import deliver
from tests.signons.posting import sign


def offer_partners(petition, *partners):
    petition.optin_partners = [("partner", partner) for partner in partners]
    petition.signer_fields = [("field", {"name": "phone", "required": False})]
    petition.save_revision().publish()


def signers(receiver) -> list[str]:
    return [
        body["osdi:signature"]["person"]["email_addresses"][0]["address"]
        for body in bodies(receiver)
    ]


def test_a_partners_crm_gets_only_those_who_agreed_to_share_with_it(
    client, updates_petition, ras, rabbis, receiver
):
    offer_partners(updates_petition, ras, rabbis)
    webhook(receiver.url, partner=ras)
    sign(client, updates_petition, email="ras-only@example.org", share_with_ras="on")
    sign(
        client,
        updates_petition,
        email="both@example.org",
        share_with_ras="on",
        **{"share_with_rabbis": "on"},
    )
    sign(client, updates_petition, email="rabbis-only@example.org", share_with_rabbis="on")
    sign(client, updates_petition, email="updates-only@example.org", updates="on")

    deliver()

    assert sorted(signers(receiver)) == ["both@example.org", "ras-only@example.org"]


def test_a_partner_gets_the_name_and_email_and_nothing_more(
    client, updates_petition, ras, receiver
):
    offer_partners(updates_petition, ras)
    webhook(receiver.url, partner=ras)
    sign(client, updates_petition, share_with_ras="on", phone="+1 202 555 0100", updates="on")

    deliver()

    (person,) = [body["osdi:signature"]["person"] for body in bodies(receiver)]
    assert set(person) == {"given_name", "family_name", "email_addresses", "languages_spoken"}
    assert "+1 202 555 0100" not in receiver.accepted[0][1].decode()


def test_the_coalitions_crm_gets_those_who_agreed_to_updates_with_what_they_gave(
    client, updates_petition, ras, receiver
):
    offer_partners(updates_petition, ras)
    webhook(receiver.url)
    sign(client, updates_petition, email="updates@example.org", updates="on", phone="555-0100")
    sign(client, updates_petition, email="partner-only@example.org", share_with_ras="on")
    sign(client, updates_petition, email="nothing@example.org")

    deliver()

    assert signers(receiver) == ["updates@example.org"]
    person = bodies(receiver)[0]["osdi:signature"]["person"]
    assert person["phone_numbers"] == [{"primary": True, "number": "555-0100"}]


def test_a_webhook_for_some_petitions_gets_only_theirs(client, take_action, receiver):
    from tests.signons.factories import PetitionPageFactory

    chosen, other = (
        PetitionPageFactory(parent=take_action, updates_consent="implied", updates_wording="Yes.")
        for _ in range(2)
    )
    webhook(receiver.url, petitions=[chosen])
    sign(client, chosen, email="chosen@example.org")
    sign(client, other, email="other@example.org")

    deliver()

    assert signers(receiver) == ["chosen@example.org"]


def test_an_inactive_webhook_or_one_without_the_event_gets_nothing(
    client, updates_petition, receiver
):
    webhook(receiver.url, active=False)
    webhook(receiver.url, name="only erasures", sends_confirmed=False)
    sign(client, updates_petition, updates="on")

    deliver()

    assert receiver.requests == []


def test_a_signer_who_unsubscribed_before_is_not_sent_to_the_coalition(
    client, updates_petition, receiver
):
    from campaigns.models import Suppression
    from campaigns.signons.suppression import mailbox_hash

    Suppression.objects.create(email_hash=mailbox_hash("ruth@example.org"))
    webhook(receiver.url)

    sign(client, updates_petition, updates="on")
    deliver()

    assert receiver.requests == []
