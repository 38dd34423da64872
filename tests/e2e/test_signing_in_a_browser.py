"""A reader signs a petition in a real browser and sees the count rise."""

import time

import pytest
from django.conf import settings

from campaigns.models import Signature
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_reader_signs_a_petition_and_sees_the_count_rise(live_server, home_page, new_page):
    take_action = CampaignIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(parent=take_action, title="Welcome the stranger", slug="welcome")
    url = live_server.url + petition.url

    page = new_page()
    page.goto(url)
    before = page.locator(".petition__panel .petition-progress__count").inner_text()
    page.get_by_label("First name").fill("Ruth")
    page.get_by_label("Last name").fill("Cohen")
    page.get_by_label("Email").fill("ruth@example.org")
    time.sleep(2.2)  # the form refuses sign-ons sent within two seconds of rendering
    page.get_by_role("button", name="Sign", exact=True).click()
    page.wait_for_load_state()
    thanks, thanks_url = page.locator("h1").inner_text(), page.url
    # Counts are cached for a few seconds (SIGNON_COUNT_CACHE_SECONDS), then show it.
    time.sleep(settings.SIGNON_COUNT_CACHE_SECONDS)
    page.goto(url)
    on_petition = page.locator(".petition__panel .petition-progress__count").inner_text()

    assert (before, thanks, on_petition) == ("0", "Thank you for signing.", "1")
    assert thanks_url.split("#")[0] == url + "thanks/"
    assert Signature.objects.get().email_normalized == "ruth@example.org"
