"""The site and the Wagtail admin work in a real browser under the Content-Security-Policy."""

import pytest

from campaigns.models import CampaignIndexPage, PetitionPage
from tests.factories import SuperuserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct horse battery"


@pytest.fixture
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        except Exception as error:  # no chromium on this machine
            pytest.skip(f"chromium unavailable: {error}")
        yield browser
        browser.close()


@pytest.fixture
def petition(home_page):
    take_action = home_page.add_child(
        instance=CampaignIndexPage(title="Take action", slug="take-action")
    )
    return take_action.add_child(
        instance=PetitionPage(title="Stop the raids", slug="stop-the-raids")
    )


def visit_collecting_violations(page, url: str) -> list[str]:
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return violations


@pytest.fixture
def editor(db):
    return SuperuserFactory(username="editor", password=PASSWORD)


# Database fixtures come before `browser`: Playwright's event loop makes Django refuse
# synchronous database calls made after it starts.
def test_admin_screens_with_inline_scripts_run_without_policy_violations(
    live_server, petition, editor, browser
):
    page = browser.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    violations = []
    for path in (
        "/admin/",
        f"/admin/pages/{petition.pk}/edit/",
        "/admin/images/add/",
        "/admin/settings/home/sitesettings/",
        "/take-action/stop-the-raids/",
    ):
        violations += visit_collecting_violations(page, f"{live_server.url}{path}")

    # The date picker on the petition editor is one of Wagtail's inline scripts.
    page.goto(f"{live_server.url}/admin/pages/{petition.pk}/edit/")
    assert page.locator("input[name=closes_at]").count() == 1
    assert violations == []


def test_a_public_page_runs_without_policy_violations(live_server, petition, browser):
    page = browser.new_page()

    violations = visit_collecting_violations(page, f"{live_server.url}/take-action/stop-the-raids/")

    assert page.locator("h1").inner_text() == "Stop the raids"
    assert violations == []
