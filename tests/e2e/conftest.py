"""Browser tests: Debian's chromium driven by Playwright, one browser for the whole session.

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


@pytest.fixture(scope="session")
def browser(chromium):
    """One chromium for every browser test of the session; each test opens its own pages."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; Django would then refuse the
    # tests' own (synchronous) database calls. They are plain test code, not async views.
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


@pytest.fixture
def home(live_server):
    """The default site's home page, as the live server serves it.

    Browser tests take it from here rather than from the suite's `home_page` fixture: that one
    asks for the `db` fixture, and a test that asks for it next to the live server leaves the
    next browser test with an empty database (no site, no home page) instead of the migrations'
    rows its serialized rollback should bring back.
    """
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific
