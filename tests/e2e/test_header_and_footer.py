"""The header is one row from 1024 px; on a phone its menu opens from a button, or from a plain link
where JavaScript is off; the footer reaches the bottom of a short page."""

import pytest

from home.models import SiteChrome
from tests.e2e.conftest import DESKTOP, PHONE
from tests.factories import StandardPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LINKS = ["About", "News", "Take action", "Our partners", "Resources"]


@pytest.fixture
def site_with_navigation(home_page):
    pages = [StandardPageFactory(parent=home_page, title=title) for title in LINKS]
    chrome = SiteChrome.objects.get(locale__language_code="en")
    chrome.navigation = [("link", {"label": page.title, "page": page, "url": ""}) for page in pages]
    chrome.donate_url = "https://coalition.example/donate"
    chrome.save()
    return home_page


def nav_link_tops(page):
    return page.eval_on_selector_all(
        ".site-nav a, .site-header__search, .site-header__donate",
        "links => links.map(link => Math.round(link.getBoundingClientRect().top))",
    )


@pytest.mark.parametrize("width", [1024, 1280])
def test_from_1024_px_the_header_is_one_row(live_server, site_with_navigation, new_page, width):
    page = new_page({"width": width, "height": 800})
    page.goto(live_server.url + "/")

    tops = nav_link_tops(page)
    header_height = page.eval_on_selector(".site-header", "el => el.offsetHeight")

    assert (
        page.get_by_role("navigation", name="Main").get_by_role("link").all_inner_texts() == LINKS
    )
    assert max(tops) - min(tops) < 12, tops
    assert header_height <= 90
    assert not page.locator(".site-header__toggle").is_visible()


def test_on_a_phone_the_menu_button_opens_and_closes_the_menu(
    live_server, site_with_navigation, new_page
):
    page = new_page(PHONE)
    page.goto(live_server.url + "/")
    menu = page.get_by_role("button", name="Menu")
    header_height = page.eval_on_selector(".site-header", "el => el.offsetHeight")
    hidden_before = not page.get_by_role("link", name="News", exact=True).is_visible()

    menu.click()
    expanded = menu.get_attribute("aria-expanded")
    shown = page.get_by_role("link", name="News", exact=True).is_visible()
    donate = page.get_by_role("link", name="Donate").is_visible()
    page.keyboard.press("Escape")

    assert header_height <= 80
    assert (hidden_before, expanded, shown, donate) == (True, "true", True, True)
    assert menu.get_attribute("aria-expanded") == "false"
    assert not page.get_by_role("link", name="News", exact=True).is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "site-menu"


def test_without_javascript_the_menu_link_still_opens_the_menu(
    live_server, site_with_navigation, new_page
):
    page = new_page(PHONE, java_script_enabled=False)
    page.goto(live_server.url + "/")

    page.get_by_role("link", name="Menu").click()

    assert page.url.endswith("#site-menu")
    assert page.get_by_role("link", name="News", exact=True).is_visible()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_footer_reaches_the_bottom_of_a_short_page(live_server, home_page, new_page, viewport):
    page = new_page(viewport)
    page.goto(live_server.url + "/search/")

    footer_bottom = page.eval_on_selector(".site-footer", "el => el.getBoundingClientRect().bottom")

    assert footer_bottom == pytest.approx(viewport["height"], abs=1)
