"""The public list shows only confirmed, opted-in, visible signers, with only the chosen fields."""

import json

import pytest

from campaigns.models import SignatureStatus
from tests.signons.factories import SignatureFactory


def without_isolation(html: str) -> str:
    """The text as read: each signer's value is wrapped in <bdi> (test_bidirectional_names)."""
    return html.replace("<bdi>", "").replace("</bdi>", "")


@pytest.fixture
def letter(petition):
    petition.kind = "letter"
    petition.list_signers = True
    petition.list_shows_country = False
    petition.categories = json.dumps(
        [
            {"type": "category", "value": "Clergy", "id": "clergy-id"},
            {"type": "category", "value": "Individual", "id": "individual-id"},
        ]
    )
    petition.save_revision().publish()
    return petition


def listed(letter, **fields):
    return SignatureFactory(page=letter, list_publicly=True, **fields)


def test_the_list_shows_opted_in_confirmed_signers_grouped_by_category(client, letter):
    listed(
        letter,
        title="Rabbi",
        first_name="Ruth",
        last_name="Cohen",
        organisation="Congregation Beth Am",
        city="Albuquerque",
        region="NM",
        country="USA",
        category="clergy-id",
        email="ruth@example.org",
        phone="555-0100",
        postal_code="87101",
    )
    listed(letter, first_name="Ana", last_name="Diaz", category="individual-id")
    SignatureFactory(page=letter, first_name="Private", list_publicly=False)
    listed(letter, first_name="Pending", status=SignatureStatus.PENDING)
    listed(letter, first_name="Invalid", status=SignatureStatus.INVALIDATED)
    listed(letter, first_name="Hidden", hidden=True)

    html = client.get(f"{letter.url}signers/").content.decode()

    html = without_isolation(html)

    assert "Rabbi Ruth Cohen, Congregation Beth Am, Albuquerque NM" in html
    assert (
        html.index("<h2>Clergy</h2>")
        < html.index("Rabbi Ruth")
        < html.index("<h2>Individual</h2>")
        < html.index("Ana Diaz")
    )
    for absent in (
        "Private",
        "Pending",
        "Invalid",
        "Hidden",
        "USA",
        "ruth@example.org",
        "555-0100",
        "87101",
    ):
        assert absent not in html


def test_markup_in_a_signer_name_is_shown_escaped(client, letter):
    listed(letter, first_name="<b>Bold</b>", last_name="Signer")

    html = client.get(f"{letter.url}signers/").content.decode()

    html = without_isolation(html)

    assert "&lt;b&gt;Bold&lt;/b&gt; Signer" in html


def test_the_list_is_paginated(client, letter):
    for number in range(101):
        listed(letter, first_name=f"Person{number:03d}", last_name="Zed")

    first = client.get(f"{letter.url}signers/").content.decode()
    second = client.get(f"{letter.url}signers/?page=2").content.decode()

    assert "Page 1 of 2" in first
    assert first.count("Zed</bdi></li>") == 100
    assert second.count("Zed</bdi></li>") == 1


def test_a_petition_without_a_public_list_has_no_signers_page(client, petition):
    assert client.get(f"{petition.url}signers/").status_code == 404


def test_the_form_asks_the_configured_questions_and_categories(client, letter):
    letter.signer_fields = json.dumps(
        [
            {"type": "field", "value": {"name": "title", "required": False}},
            {"type": "field", "value": {"name": "organisation", "required": True}},
        ]
    )
    letter.save_revision().publish()

    html = client.get(letter.url).content.decode()

    html = without_isolation(html)

    assert 'name="title"' in html
    assert 'name="organisation"' in html and "required" in html
    assert 'name="phone"' not in html
    assert '<option value="clergy-id">Clergy</option>' in html
    assert 'name="list_publicly"' in html


def test_a_signer_who_opts_in_appears_on_the_list_with_their_answers(client, letter):
    from tests.signons.posting import sign

    letter.signer_fields = json.dumps(
        [{"type": "field", "value": {"name": "organisation", "required": True}}]
    )
    letter.save_revision().publish()
    missing = sign(client, letter)
    assert missing.status_code == 400

    sign(client, letter, organisation="Temple Sinai", category="clergy-id", list_publicly="on")

    html = client.get(f"{letter.url}signers/").content.decode()

    html = without_isolation(html)
    assert "Ruth Cohen, Temple Sinai" in html
    assert "<h2>Clergy</h2>" in html
