"""Editors add the contact action to an alert, and after signing a petition, through the admin's
own forms; readers then see it."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import ActionAlertPage, PetitionPage
from tests.representatives.conftest import SCRIPT, member
from tests.signons.factories import PetitionPageFactory

pytestmark = pytest.mark.django_db

CONTACT = {
    "heading": "Call Congress today",
    "intro": "Lawmakers are counting calls this week.",
    "chambers": "both",
    "script": SCRIPT,
    "social_post": "Protect asylum now.",
    "count_calls": "on",
}


def alert_form(**contact) -> dict:
    return nested_form_data(
        {
            "title": "Protect asylum seekers",
            "slug": "protect-asylum-seekers",
            "summary": "New limits on asylum were announced.",
            "deadline": "",
            "body": streamfield([]),
            "actions": streamfield([("contact_congress", {**CONTACT, **contact})]),
            "thanks": "",
            "outcome": rich_text(""),
            "follow_ups": inline_formset([]),
            "action-publish": "publish",
        }
    )


def test_an_editor_adds_the_contact_action_to_an_alert_and_readers_use_it(
    admin_client, take_action
):
    response = admin_client.post(
        f"/admin/pages/add/campaigns/actionalertpage/{take_action.pk}/", alert_form()
    )

    assert response.status_code == 302
    alert = ActionAlertPage.objects.get(slug="protect-asylum-seekers")
    html = admin_client.__class__().get(alert.url, {"zip": "05401"}).content.decode()
    assert "Call Congress today" in html and "Lawmakers are counting calls this week." in html
    assert f"Hello Representative {member('VT', district=0).full_name}, I live in Vermont." in html
    assert "I called" in html


def test_a_placeholder_the_action_does_not_know_is_refused_with_the_known_ones(
    admin_client, take_action
):
    response = admin_client.post(
        f"/admin/pages/add/campaigns/actionalertpage/{take_action.pk}/",
        alert_form(script="Hello {name}, please act."),
    )

    assert response.status_code == 200
    assert (
        "Unknown placeholder {name}: use {member}, {title}, {state}." in response.content.decode()
    )
    assert not ActionAlertPage.objects.filter(slug="protect-asylum-seekers").exists()


def test_an_editor_adds_the_action_after_signing_and_turns_on_the_map(admin_client, take_action):
    petition = PetitionPageFactory(parent=take_action, title="Welcome the stranger", slug="welcome")
    edit = admin_client.get(f"/admin/pages/{petition.pk}/edit/").content.decode()
    assert 'id="after_signing"' in edit and 'name="show_signers_map"' in edit

    data = nested_form_data(
        {
            "title": petition.title,
            "slug": petition.slug,
            "kind": "petition",
            "target": "",
            "intro": petition.intro,
            "photo_caption": "",
            "photo_credit": "",
            "letter": rich_text(petition.letter),
            "demands": streamfield([]),
            "closing": rich_text(""),
            "goal": 1000,
            "delivered_to": "",
            "delivery_note": "",
            "signer_fields": streamfield([("field", {"name": "postal_code", "required": "on"})]),
            "categories": streamfield([]),
            "consent_text": rich_text(petition.consent_text),
            "updates_consent": "off",
            "optin_partners": streamfield([]),
            "thank_you": rich_text(petition.thank_you),
            "share_text": "",
            "after_signing": streamfield([("contact_congress", {**CONTACT, "chambers": "senate"})]),
            "show_signers_map": "on",
            "list_shows_title": "on",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{petition.pk}/edit/", data)

    assert response.status_code == 302, response.content.decode()[:3000]
    petition = PetitionPage.objects.get(pk=petition.pk)
    assert petition.show_signers_map
    assert petition.after_signing[0].value["chambers"] == "senate"
    thanks = admin_client.__class__().get(petition.thanks_url(), {"zip": "05401"}).content.decode()
    assert "One more thing you can do" in thanks
    assert "Call Congress today" in thanks
    assert f'action="{petition.thanks_url()}#contact-' in thanks
    assert thanks.count('class="member-card"') == 2  # the senators only
