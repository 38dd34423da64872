"""Data officers set up webhooks in the admin and read, and act on, the delivery log."""

import re

import pytest

from campaigns.models import Webhook, WebhookDelivery
from tests.partners.conftest import translate
from tests.partners.webhooks import webhook
from tests.signons.outbox import deliver
from tests.signons.posting import sign
from tests.signons.staff import staff_user

ADD = "/admin/snippets/campaigns/webhook/add/"


@pytest.fixture
def officer(client, db):
    client.force_login(staff_user("officer", "Data officers"))
    return client


def webhook_form(**overrides):
    data = {
        "name": "Refugee Aid Society CRM",
        "url": "https://crm.ras.example/hooks",
        "secret": "whsec_c2VjcmV0LXNoYXJlZC13aXRoLXJhcw==",
        "active": "on",
        "sends_confirmed": "on",
        "sends_erased": "on",
    }
    data.update(overrides)
    return data


def test_a_data_officer_adds_a_partners_webhook_for_one_petition(officer, petition, ras):
    add_form = officer.get(ADD).content.decode()

    response = officer.post(ADD, webhook_form(partner=ras.pk, petitions=[petition.pk]), follow=True)

    assert response.status_code == 200
    listing = officer.get("/admin/snippets/campaigns/webhook/").content.decode()
    assert "Refugee Aid Society CRM" in listing and "https://crm.ras.example/hooks" in listing
    hook = Webhook.objects.get()
    assert (hook.partner, list(hook.petitions.all())) == (ras, [petition])
    assert (hook.sends_confirmed, hook.sends_invalidated, hook.sends_erased) == (True, False, True)
    # A fresh secret is offered in the Standard Webhooks format.
    assert re.search(r'value="whsec_[A-Za-z0-9+/=]{32}"', add_form)


def test_the_petitions_are_offered_once_each_whatever_their_translations(
    officer, petition, take_action
):
    translate(petition, "es", title="Asilo justo ya")

    add_form = officer.get(ADD).content.decode()

    assert "Fair asylum now" in add_form
    assert "Asilo justo ya" not in add_form


def test_an_address_without_tls_is_refused_unless_it_is_this_machine(officer):
    refused = officer.post(ADD, webhook_form(url="http://crm.example/hooks"))
    local = officer.post(ADD, webhook_form(url="http://127.0.0.1:9000/hooks"))

    assert "Use an https:// address" in refused.content.decode()
    assert local.status_code == 302
    assert Webhook.objects.get().url == "http://127.0.0.1:9000/hooks"


def test_editors_without_signer_data_permissions_cannot_see_webhooks(client, db):
    client.force_login(staff_user("editor", "Editors"))

    assert client.get(ADD).status_code in (302, 403)
    assert client.get("/admin/snippets/campaigns/webhook/").status_code in (302, 403)
    assert client.get("/admin/webhook_deliveries/").status_code in (302, 403)


def test_the_delivery_log_shows_each_try_and_a_delivery_can_be_sent_again(
    officer, client, updates_petition, receiver
):
    webhook(receiver.url, name="Coalition CRM")
    receiver.statuses = [503]
    sign(client, updates_petition, updates="on")
    deliver()
    officer.force_login(staff_user("officer2", "Data officers"))

    log = officer.get("/admin/webhook_deliveries/").content.decode()
    delivery = WebhookDelivery.objects.get()
    inspect = officer.get(f"/admin/webhook_deliveries/inspect/{delivery.pk}/").content.decode()
    assert str(delivery.event_id) in inspect
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status="failed", due_at=None)
    confirm = officer.get(f"/admin/webhook-deliveries/{delivery.pk}/send-again/")
    officer.post(f"/admin/webhook-deliveries/{delivery.pk}/send-again/")
    deliver()

    assert "Signature confirmed" in log and "Coalition CRM" in log
    assert "503" in log and "HTTP 503: ok" in log
    assert "It was tried once." in confirm.content.decode()
    assert [status for _headers, _body, status in receiver.requests] == [503, 200]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("delivered", 1, 200)
