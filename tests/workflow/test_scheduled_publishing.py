"""Go-live and expiry dates take effect when `manage.py publish_scheduled` runs (cron, see README)."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.factories import StandardPageFactory
from tests.workflow import admin_actions

DATE_FORMAT = "%Y-%m-%d %H:%M"


def run_publish_scheduled_at(moment):
    """Run the cron command as if the clock read `moment`."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


@pytest.fixture
def embargoed_story(client, home_page, editor):
    """An editor publishes a story with a go-live date tomorrow."""
    page = StandardPageFactory(parent=home_page, title="Embargoed", slug="embargoed", live=False)
    go_live = timezone.localtime() + timedelta(days=1)
    client.force_login(editor)
    admin_actions.publish(
        client, page, "Embargoed report", go_live_at=go_live.strftime(DATE_FORMAT)
    )
    client.logout()
    page.refresh_from_db()
    return page


def test_a_scheduled_page_stays_offline_until_its_go_live_date(client, embargoed_story):
    assert not embargoed_story.live
    assert client.get("/embargoed/").status_code == 404


def test_a_scheduled_page_goes_live_when_publish_scheduled_runs_after_its_date(
    client, embargoed_story
):
    run_publish_scheduled_at(timezone.now() + timedelta(days=2))

    response = client.get("/embargoed/")
    assert "Embargoed report" in response.content.decode()


def test_publish_scheduled_before_the_date_publishes_nothing(client, embargoed_story):
    run_publish_scheduled_at(timezone.now() + timedelta(hours=1))

    assert client.get("/embargoed/").status_code == 404


def test_a_page_goes_offline_after_its_expiry_date(client, home_page, editor):
    page = StandardPageFactory(parent=home_page, title="Rally", slug="rally", live=False)
    expiry = timezone.localtime() + timedelta(days=1)
    client.force_login(editor)
    admin_actions.publish(client, page, "Rally on Friday", expire_at=expiry.strftime(DATE_FORMAT))
    client.logout()
    assert "Rally on Friday" in client.get("/rally/").content.decode()

    run_publish_scheduled_at(timezone.now() + timedelta(days=2))

    assert client.get("/rally/").status_code == 404
    page.refresh_from_db()
    assert page.expired
