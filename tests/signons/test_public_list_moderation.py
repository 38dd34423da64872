"""Editors hide an entry from a petition's public signer list, seeing only what readers see."""

import pytest
from wagtail.models import PageLogEntry

from campaigns.models import Signature
from tests.signons.factories import SignatureFactory
from tests.signons.staff import staff_user


def without_isolation(html: str) -> str:
    """The text as read: each signer's value is wrapped in <bdi> (test_bidirectional_names)."""
    return html.replace("<bdi>", "").replace("</bdi>", "")


@pytest.fixture
def listed(petition):
    petition.list_signers = True
    petition.save_revision().publish()
    SignatureFactory(
        page=petition,
        first_name="Ruth",
        last_name="Cohen",
        email="ruth@example.org",
        list_publicly=True,
        city="Albuquerque",
    )
    SignatureFactory(
        page=petition,
        first_name="Mickey",
        last_name="Mouse",
        email="joke@example.org",
        list_publicly=True,
    )
    SignatureFactory(
        page=petition, first_name="Private", last_name="Person", email="quiet@example.org"
    )
    return petition


def moderation_url(petition):
    return f"/admin/petition-reports/{petition.translation_key}/public-list/"


def test_an_editor_hides_an_entry_and_readers_no_longer_see_it(client, listed):
    client.force_login(staff_user("editor", "Editors"))
    joke = Signature.objects.get(first_name="Mickey")

    page = client.get(moderation_url(listed)).content.decode()

    page = without_isolation(page)
    client.post(moderation_url(listed), {"signature": joke.pk, "action": "hide"})

    assert "Ruth Cohen, Albuquerque" in page and "Mickey Mouse" in page
    assert "example.org" not in page
    assert "Private Person" not in page
    public = client.get(listed.url + "signers/").content.decode()
    public = without_isolation(public)
    assert "Ruth Cohen" in public
    assert "Mickey Mouse" not in public
    entry = PageLogEntry.objects.get(action="campaigns.hide_signer")
    assert entry.data == {"hidden": True} and entry.page_id == listed.pk


def test_an_editor_cannot_hide_a_signature_of_another_petition_or_an_unlisted_one(client, listed):
    client.force_login(staff_user("editor", "Editors"))
    unlisted = Signature.objects.get(first_name="Private")

    response = client.post(
        moderation_url(listed), {"signature": unlisted.pk, "action": "hide"}, follow=True
    )

    assert "No such entry on this petition" in response.content.decode()
    assert not Signature.objects.filter(hidden=True).exists()


def test_writers_may_not_moderate_the_public_list(client, listed):
    client.force_login(staff_user("writer", "Writers"))
    joke = Signature.objects.get(first_name="Mickey")

    response = client.post(moderation_url(listed), {"signature": joke.pk, "action": "hide"})

    assert response.status_code in (302, 403)
    assert not Signature.objects.get(pk=joke.pk).hidden
