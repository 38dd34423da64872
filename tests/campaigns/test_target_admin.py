"""Editors keep the officials that alerts ask readers to call as 'Call targets' snippets; alerts show
what the snippet says."""

from django.urls import reverse

from campaigns.models import Target
from tests.campaigns.factories import ActionAlertPageFactory, TargetFactory


def test_an_editor_adds_a_call_target_and_finds_it_in_the_list(admin_client):
    response = admin_client.post(
        "/admin/snippets/campaigns/target/add/",
        {
            "name": "Sen. Maria Lopez",
            "office": "U.S. Senator for New Mexico",
            "chamber": "senate",
            "state": "NM",
            "phone": "202-224-5521",
            "social_handle": "@SenMariaLopez",
            "contact_url": "https://lopez.senate.example/contact",
        },
    )

    assert response.status_code == 302
    assert Target.objects.get().phone == "202-224-5521"
    listing = admin_client.get("/admin/snippets/campaigns/target/").content.decode()
    assert "Sen. Maria Lopez" in listing


def test_a_call_target_with_a_malformed_contact_address_is_refused(admin_client):
    response = admin_client.post(
        "/admin/snippets/campaigns/target/add/",
        {"name": "Rep. Tom Hale", "chamber": "house", "contact_url": "not a web address"},
    )

    assert "Enter a valid URL." in response.content.decode()
    assert not Target.objects.exists()


def test_an_editor_corrects_a_call_target_and_the_alert_shows_the_new_details(
    admin_client, client, take_action
):
    target = TargetFactory(name="Sen. Maria Lopez", phone="202-224-0000")
    call = {"heading": "Call", "script": "Hello.", "targets": [target], "phone": ""}
    ActionAlertPageFactory(parent=take_action, slug="call-now", actions=[("call", call)])

    response = admin_client.post(
        reverse("wagtailsnippets_campaigns_target:edit", args=[target.pk]),
        {
            "name": "Sen. María López",
            "office": "U.S. Senator for New Mexico",
            "chamber": "senate",
            "state": "NM",
            "phone": "202-224-5521",
            "social_handle": "@SenMariaLopez",
            "contact_url": "https://lopez.senate.example/contact",
        },
    )

    assert response.status_code == 302
    html = client.get("/take-action/call-now/").content.decode()
    assert "<strong>Sen. María López</strong>, U.S. Senator for New Mexico (NM)" in html
    assert 'href="tel:202-224-5521"' in html and "202-224-0000" not in html
    assert '<a href="https://lopez.senate.example/contact">Contact form</a>' in html
    assert '<span class="meta">@SenMariaLopez</span>' in html
