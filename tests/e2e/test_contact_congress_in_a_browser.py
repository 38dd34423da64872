"""A reader finds their members of Congress on an alert with JavaScript on: the result, the
district pick and "I called" all happen in place, and the address bar keeps the result."""

import pytest

from campaigns.representatives.dataset import read_compact
from campaigns.representatives.loading import load
from campaigns.representatives.models import CallCount, Member
from tests.campaigns.factories import ActionAlertPageFactory
from tests.e2e.conftest import CHROMIUM_ARGS
from tests.representatives.conftest import contact_block
from tests.signons.factories import CampaignIndexPageFactory


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_reader_finds_picks_and_counts_a_call_without_leaving_the_page(
    chromium,
    live_server,
    home_page,
):
    from playwright.sync_api import sync_playwright

    if not Member.objects.exists():  # flushed by an earlier transactional test: not serialized
        load(read_compact())
    take_action = CampaignIndexPageFactory(parent=home_page)
    alert = ActionAlertPageFactory(parent=take_action, slug="call-now", actions=[contact_block()])
    representative = Member.objects.get(state="AL", district=7, in_office=True)
    path, anchor = alert.url, f"contact-{alert.actions[0].id}"  # no database once the browser runs
    errors = []

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            # Script errors and CSP refusals are console errors; failed requests, by address.
            page.on(
                "console",
                lambda m: m.type == "error" and "status of" not in m.text and errors.append(m.text),
            )
            page.on("response", lambda r: r.status >= 400 and errors.append(f"{r.status} {r.url}"))
            page.goto(live_server.url + path)
            page.get_by_label("Your ZIP code").fill("35005")
            page.get_by_role("button", name="Find my members of Congress").click()
            page.get_by_text("Your ZIP code is split between congressional districts").wait_for()
            loads_after_lookup = page.evaluate("performance.getEntriesByType('navigation').length")
            page.get_by_role(
                "link",
                name=f"Alabama, district 7: Representative {representative.full_name}",
                exact=False,
            ).click()
            page.get_by_role(
                "heading", name=f"Representative {representative.full_name}"
            ).wait_for()
            address = page.url
            page.get_by_role("button", name=f"I called {representative.full_name}").click()
            page.get_by_text("Thank you for calling. Your call is counted.").wait_for()
            total = page.locator("[data-call-total]").inner_text()
            focused = page.evaluate("document.activeElement.textContent")
        finally:
            browser.close()

    assert loads_after_lookup == 1  # the result came in place, not by loading a page
    assert address.endswith(f"{path}?zip=35005&seat=AL-7#{anchor}")
    assert total == "One call made"
    assert "Your members of Congress for ZIP code 35005" in focused
    assert CallCount.objects.get(member=representative).count == 1
    assert errors == []
