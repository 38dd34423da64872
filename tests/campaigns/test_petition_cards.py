"""Petition cards on the home page and /take-action/ show the summary, picture, count and
progress; the counts of every card come in a fixed number of queries."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from campaigns.signons.counting import set_count
from tests.campaigns.factories import PetitionPageFactory


@pytest.fixture
def petition(take_action):
    petition = PetitionPageFactory(
        parent=take_action,
        title="Fair asylum now",
        intro="Tell Congress to keep asylum fair.",
        photo=ImageFactory(),
        goal=100,
    )
    set_count(petition.translation_key, 40)
    return petition


@pytest.mark.parametrize("address", ["/", "/take-action/"])
def test_a_petition_card_shows_its_summary_picture_count_and_progress(client, petition, address):
    html = client.get(address).content.decode()

    card = html[html.index('<li class="card">', html.index("Fair asylum now") - 2000) :]
    card = card[: card.index("</li>")]
    assert f'<a href="{petition.url}">Fair asylum now</a>' in card
    assert '<p class="card__summary">Tell Congress to keep asylum fair.</p>' in card
    assert 'class="card__image"' in card
    assert 'data-count="40">40</strong> signatures of 100' in card
    assert '<progress class="petition-progress__bar" max="100" value="40"' in card


def queries_with_counts_expired(client, address) -> int:
    client.get(address)  # draws the pictures' renditions once
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        client.get(address)
    return len(captured)


@pytest.mark.parametrize("address", ["/", "/take-action/"])
def test_four_petition_cards_cost_as_many_queries_as_one(client, take_action, petition, address):
    one = queries_with_counts_expired(client, address)
    for number in range(3):
        other = PetitionPageFactory(parent=take_action, goal=100, photo=ImageFactory())
        set_count(other.translation_key, number + 1)

    four = queries_with_counts_expired(client, address)

    html = client.get(address).content.decode()
    assert html.count('class="petition-progress petition-progress--compact"') == 4
    assert four == one
