"""Fixtures for find-your-representatives tests: an alert that asks readers to call Congress.

The members and ZIP codes are the project's committed data, loaded by the app's migration.
"""

import pytest
from django.utils import translation

from campaigns.representatives.models import Member
from tests.campaigns.factories import ActionAlertPageFactory, CampaignIndexPageFactory

SCRIPT = "Hello {title} {member}, I live in {state}. Please protect the right to seek asylum."


def contact_block(**overrides) -> tuple[str, dict]:
    value = {
        "heading": "Call your members of Congress",
        "intro": "",
        "chambers": "both",
        "script": SCRIPT,
        "social_post": "Protect asylum now.",
        "count_calls": True,
    }
    return ("contact_congress", {**value, **overrides})


@pytest.fixture(autouse=True)
def _in_english():
    """Titles and state names are translated: each test starts in English, whatever language an
    earlier test's request left active in this thread."""
    with translation.override("en"):
        yield


@pytest.fixture
def take_action(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def alert(take_action):
    return ActionAlertPageFactory(
        parent=take_action, title="Protect asylum", slug="protect-asylum", actions=[contact_block()]
    )


def block_id(page) -> str:
    return page.actions[0].id


def member(state: str, chamber: str = "house", district: int | None = None) -> Member:
    members = Member.objects.in_office().filter(state=state, chamber=chamber)
    if district is not None:
        members = members.filter(district=district)
    return members.get()


def senators(state: str) -> list[Member]:
    return list(Member.objects.in_office().filter(state=state, chamber="senate"))
