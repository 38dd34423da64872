"""An action alert closes by itself at its deadline: the page says so and open listings drop it."""

from datetime import timedelta
from unittest import mock

from django.utils import timezone

from tests.campaigns.factories import ActionAlertPageFactory, PetitionPageFactory

CALL = {
    "heading": "Call your senators",
    "script": "Please protect asylum.",
    "targets": [],
    "phone": "202-224-3121",
    "phone_label": "Capitol switchboard",
}


def later(days):
    return timezone.now() + timedelta(days=days)


def test_an_alert_before_its_deadline_shows_its_actions_and_is_listed(client, take_action):
    alert = ActionAlertPageFactory(
        parent=take_action, title="Protect asylum", deadline=later(3), actions=[("call", CALL)]
    )

    page = client.get(alert.url).content.decode()
    listing = client.get(take_action.url).content.decode()

    assert "Call your senators" in page
    assert "has closed" not in page and "action closed" not in page
    assert "Protect asylum" in listing
    assert "Protect asylum" in client.get("/").content.decode()


def test_an_alert_past_its_deadline_says_it_closed_and_leaves_every_open_listing(
    client, take_action
):
    alert = ActionAlertPageFactory(
        parent=take_action,
        title="Protect asylum",
        deadline=later(3),
        actions=[("call", CALL)],
        outcome="<p>The rule was withdrawn.</p>",
    )

    with mock.patch("django.utils.timezone.now", return_value=later(4)):
        page = client.get(alert.url).content.decode()
        listing = client.get(take_action.url).content.decode()
        home = client.get("/").content.decode()

    assert "This action closed on" in page
    assert "The rule was withdrawn." in page
    assert "Call your senators" not in page
    assert "Protect asylum" not in listing
    assert "No open action alerts right now." in listing
    assert "Protect asylum" not in home


def test_an_alert_without_a_deadline_stays_open(client, take_action):
    ActionAlertPageFactory(parent=take_action, title="Welcome refugees", deadline=None)

    with mock.patch("django.utils.timezone.now", return_value=later(3650)):
        listing = client.get(take_action.url).content.decode()

    assert "Welcome refugees" in listing


def test_the_take_action_page_lists_open_petitions_but_not_closed_ones(client, take_action):
    PetitionPageFactory(parent=take_action, title="Open letter", closes_at=later(5))
    PetitionPageFactory(parent=take_action, title="Old pledge", closes_at=later(-1))
    PetitionPageFactory(parent=take_action, title="Draft letter", live=False)

    listing = client.get(take_action.url).content.decode()

    assert "Open letter" in listing
    assert "Old pledge" not in listing
    assert "Draft letter" not in listing
