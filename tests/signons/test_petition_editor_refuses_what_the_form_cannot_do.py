"""The petition editor refuses settings the public form could not honour, saying beside the
field what to change; nothing is saved."""

import pytest

from campaigns.models import PetitionPage
from tests.signons.petition_admin import (
    add_petition,
    admin_text,
    as_editor,
    category,
    edit_petition,
    question,
    reader,
)

pytestmark = pytest.mark.django_db

MISTAKES = {
    "a required question that asks nothing": (
        {"signer_fields": [("field", {"name": "", "required": "on"})]},
        "Choose the question signers must answer, or untick Signers must answer.",
    ),
    "a question that asks nothing": (
        {"signer_fields": [("field", {"name": "", "required": ""})]},
        "Choose a question, or delete this one.",
    ),
    "a question asked twice": (
        {"signer_fields": [question("city"), question("city", required=True)]},
        "This question is already asked above: ask each question once.",
    ),
    "a listed field the form does not ask": (
        {"signer_fields": [question("title")], "list_signers": True, "list_shows_city": True},
        "The sign-on form does not ask for this (City), so the list would show nothing here",
    ),
    "a map by state without the postal code": (
        {"signer_fields": [question("city")], "show_signers_map": True},
        "The map places signers by their postal code, which the form does not ask",
    ),
    "two categories with one name": (
        {"categories": [category("Clergy"), category("  clergy ")]},
        "Another category above has this name: signers could not tell them apart.",
    ),
    "closing before opening": (
        {"opens_at": "2030-05-01 12:00", "closes_at": "2030-04-01 12:00"},
        "The petition would close before it opens: choose a closing time after the opening time.",
    ),
    "a goal of zero": (
        {"goal": 0},
        "Set a goal above zero: readers see the count measured against it.",
    ),
    "updates asked without wording": (
        {"updates_consent": "optional", "updates_wording": ""},
        "Say what signers agree to: they see these words.",
    ),
}


@pytest.mark.parametrize("settings, message", MISTAKES.values(), ids=MISTAKES.keys())
def test_the_editor_is_told_what_to_change_and_nothing_is_added(
    client, take_action, settings, message
):
    response = add_petition(as_editor(client), take_action, **settings)

    assert response.status_code == 200
    assert message in admin_text(response)
    assert not PetitionPage.objects.filter(slug="welcome-the-stranger").exists()


def test_a_refused_edit_leaves_the_live_petition_as_it_was(client, take_action):
    add_petition(as_editor(client), take_action, goal=300)
    petition = PetitionPage.objects.get(slug="welcome-the-stranger")
    revisions = petition.revisions.count()

    response = edit_petition(
        client, petition, goal=0, intro="A changed introduction nobody should see."
    )

    assert "Set a goal above zero" in admin_text(response)
    petition.refresh_from_db()
    assert (petition.goal, petition.revisions.count()) == (300, revisions)
    assert "A changed introduction" not in reader().get(petition.url).content.decode()


def test_a_list_showing_only_asked_fields_is_accepted(client, take_action):
    response = add_petition(
        as_editor(client),
        take_action,
        signer_fields=[question("title"), question("city")],
        categories=[category("Clergy"), category("Individual")],
        list_signers=True,
        list_shows_title=True,
        list_shows_city=True,
        opens_at="2030-04-01 12:00",
        closes_at="2030-05-01 12:00",
    )

    assert response.status_code == 302
    assert PetitionPage.objects.get(slug="welcome-the-stranger").list_shows_city
