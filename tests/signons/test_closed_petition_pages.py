"""A closed petition says so on its form and its list of signers, and asks no one to add their name."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.signons.factories import SignatureFactory


@pytest.fixture
def letter(petition):
    petition.kind = "letter"
    petition.list_signers = True
    petition.save_revision().publish()
    SignatureFactory(page=petition, list_publicly=True, first_name="Ruth", last_name="Cohen")
    return petition


def close(petition):
    petition.closes_at = timezone.now() - timedelta(days=1)
    petition.save_revision().publish()


def test_an_open_letter_asks_readers_to_add_their_name_on_its_form_and_signer_list(client, letter):
    page = client.get(letter.url).content.decode()
    signers = client.get(letter.url + "signers/").content.decode()

    assert '<h2 class="signon__heading" id="sign-heading">Add your name</h2>' in page
    assert f'href="{letter.url}#sign">Add your name</a>' in signers
    assert "This petition has closed." not in signers


def test_a_closed_letter_says_so_on_its_form_heading_and_its_signer_list(client, letter):
    close(letter)

    page = client.get(letter.url).content.decode()
    signers = client.get(letter.url + "signers/").content.decode()

    assert '<h2 class="signon__heading" id="sign-heading">Closed to new signatures</h2>' in page
    assert "Add your name" not in page
    assert "This petition has closed." in signers
    assert "Add your name" not in signers
    assert "Ruth" in signers and "Cohen" in signers  # the list stays


def test_a_letter_not_yet_open_keeps_its_heading_and_says_when_it_is_not_open(client, letter):
    letter.opens_at = timezone.now() + timedelta(days=1)
    letter.save_revision().publish()

    page = client.get(letter.url).content.decode()
    signers = client.get(letter.url + "signers/").content.decode()

    assert "This petition is not open for signatures yet." in page
    assert "Closed to new signatures" not in page
    assert "This petition has closed." not in signers
