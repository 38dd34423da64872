"""A story featuring a petition shows its live count, a sign button while open, and its delivery."""

import datetime

from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PetitionPageFactory,
)


def test_a_story_shows_that_its_petition_was_delivered_and_has_closed(client, home_page):
    petition = PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page),
        title="Clergy letter",
        closes_at=datetime.datetime(2026, 7, 17, tzinfo=datetime.UTC),
        delivered_on=datetime.date(2026, 7, 18),
        delivered_to="lawmakers on Capitol Hill",
    )
    story = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_page), featured_petition=petition
    )

    html = client.get(story.url).content.decode()

    assert "Delivered to lawmakers on Capitol Hill on July 18, 2026" in html
    assert "This petition has closed." in html
    assert "#sign" not in html
