"""An editor turns on the public list in the admin and picks its fields: signers/ lists those who
opted in, with those fields only."""

import pytest

from tests.signons.petition_admin import (
    add_petition,
    as_editor,
    edit_petition,
    question,
    reader,
    saved,
)
from tests.signons.posting import sign

pytestmark = pytest.mark.django_db

QUESTIONS = [question("title"), question("city"), question("phone")]


@pytest.fixture
def listing(client, take_action):
    response = add_petition(
        as_editor(client),
        take_action,
        signer_fields=QUESTIONS,
        list_signers=True,
        list_shows_title=True,
        list_shows_city=True,
    )
    assert response.status_code == 302
    petition = saved()
    sign(
        reader(), petition, title="Rabbi", city="Albuquerque", phone="555-0100", list_publicly="on"
    )
    sign(reader(), petition, first_name="Ana", last_name="Diaz", email="ana@example.org")
    return petition


def the_list(petition) -> str:
    html = reader().get(petition.url + "signers/").content.decode()
    return html.replace("<bdi>", "").replace("</bdi>", "")


def test_the_list_shows_opted_in_signers_with_the_chosen_fields(listing):
    html = the_list(listing)

    assert "Rabbi Ruth Cohen, Albuquerque" in html
    assert "Diaz" not in html  # did not tick the box
    assert "555-0100" not in html
    assert "See who has signed" in reader().get(listing.url).content.decode()
    assert "List my name publicly as a signer" in reader().get(listing.url).content.decode()


def test_an_editor_unticks_a_field_and_the_list_stops_showing_it(client, listing):
    response = edit_petition(
        client, listing, signer_fields=QUESTIONS, list_signers=True, list_shows_title=True
    )

    assert response.status_code == 302
    html = the_list(listing)
    assert "Rabbi Ruth Cohen" in html
    assert "Albuquerque" not in html


def test_with_the_list_off_there_is_no_list(client, listing):
    assert edit_petition(client, listing, signer_fields=QUESTIONS).status_code == 302

    assert reader().get(listing.url + "signers/").status_code == 404
