"""Browser tests: Debian's chromium driven by Playwright.

The site is served by pytest-django's live_server (set DJANGO_LIVE_TEST_SERVER_ADDRESS, e.g.
127.0.0.1:8421, to pin its port). Tests that use it need the database with
`transaction=True, serialized_rollback=True`, so the live server's thread sees their data and the
migrations' own rows (home page, groups) come back afterwards.
"""

import os
import shutil

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}


@pytest.fixture(scope="session")
def chromium():
    if not shutil.which(CHROMIUM):
        reason = f"{CHROMIUM} is missing: install Debian's browser with `apt-get install chromium`."
        if os.environ.get("CI") == "true":
            pytest.fail(f"Browser tests must run in CI, but {reason}")
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture
def browser(chromium):
    """A chromium for the test, started after the test's database fixtures (ask for it last).

    Not one for the whole session: Playwright's sync API runs in greenlets, each with its own
    context, and Django's database connections are per context; a browser kept across tests left
    the next tests a connection that had missed their serialized rollback (an empty database).
    """
    from playwright.sync_api import sync_playwright

    # Playwright keeps an event loop in this thread; Django would then refuse the test's own
    # (synchronous) database calls made while it runs. They are plain test code, not async views.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """new_page(viewport) → a page in a fresh context (no cookies shared between tests)."""
    contexts = []

    def open_page(viewport=DESKTOP, **options):
        context = browser.new_context(viewport=viewport, **options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def media_served(settings):
    """Pictures load in the browser as they would in production (see tests/e2e/urls.py)."""
    settings.ROOT_URLCONF = "tests.e2e.urls"
