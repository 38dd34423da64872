"""A partner pastes the embed script into its page: its visitors sign there, in their language."""

import time

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Site

from campaigns.models import Signature
from tests.e2e.test_signing_in_a_browser import (  # the fixture skips without the browser
    CHROMIUM,
    CHROMIUM_ARGS,
    chromium,  # noqa: F401
)
from tests.factories import SuperuserFactory
from tests.partners.conftest import translate
from tests.partners.servers import partner_site
from tests.resources.factories import PartnerIndexPageFactory, PartnerPageFactory
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory


def thanks_in(language: str) -> str:
    with translation.override(language):
        return gettext("Thank you for signing.")


def partner_page_html(live_server, petition, language: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Refugee Aid Society</title>"
        "</head><body><h1>Act with us</h1>"
        f"<script src='{live_server.url}/static/embed.js' "
        f"data-petition='{petition.translation_key}' data-partner='ras' data-lang='{language}' "
        "data-title='Fair asylum now' async></script>"
        "<p id='after'>More from the Refugee Aid Society.</p></body></html>"
    )


@pytest.fixture
def home(live_server):
    """The migrations' home page, as the live server serves it (not the `home_page` fixture,
    which asks for the non-transactional `db` and would leave the next browser test without it)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def embedded(live_server, home):
    """A petition in three languages, and partner sites (second servers) that embed it."""
    petition = PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home), title="Fair asylum now", slug="fair"
    )
    translate(petition, "es", title="Asilo justo ya")
    translate(petition, "ar", title="لجوء عادل الآن")
    sites = []

    def site(language: str, origin_host: str = "127.0.0.1"):
        server = partner_site(partner_page_html(live_server, petition, language))
        sites.append(server)
        return server.origin.replace("127.0.0.1", origin_host)

    yield petition, site
    for server in sites:
        server.stop()


@pytest.mark.browser
@pytest.mark.usefixtures("chromium")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_a_visitor_signs_in_the_frame_on_a_partners_page_and_the_count_rises(
    embedded, home, settings, language
):
    from playwright.sync_api import sync_playwright

    settings.SIGNON_COUNT_CACHE_SECONDS = 0  # the count is read fresh after the sign-on
    petition, site = embedded
    partner_url = site(language)
    partners = PartnerIndexPageFactory(parent=home)
    PartnerPageFactory(
        parent=partners, title="Refugee Aid Society", partner_code="ras", embed_sites=partner_url
    )

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 800, "height": 700})
            page.goto(partner_url)
            frame = page.frame_locator("iframe")
            frame.locator("input[name=first_name]").wait_for()
            before = frame.locator(".petition-progress__count").inner_text()
            html_lang = frame.locator("html").get_attribute("lang")
            direction = frame.locator("html").get_attribute("dir")
            # The frame grows to its content: the visitor never scrolls inside it.
            page.wait_for_function("document.querySelector('iframe').style.blockSize !== '720px'")
            frame.locator("input[name=first_name]").fill("Ruth")
            frame.locator("input[name=last_name]").fill("Cohen")
            frame.locator("input[name=email]").fill(f"ruth-{language}@example.org")
            time.sleep(2.2)  # the form refuses sign-ons sent within two seconds of rendering
            frame.locator("button[type=submit]").click()
            thanks = frame.locator(".signon-result h2")
            thanks.wait_for()
            message = thanks.inner_text()
            after = frame.locator(".petition-progress__count").inner_text()
            frame_height = page.evaluate("document.querySelector('iframe').offsetHeight")
            content_height = frame.locator("main").evaluate(
                "main => Math.ceil(main.getBoundingClientRect().bottom)"
            )
        finally:
            browser.close()

    assert (html_lang, direction) == (language, "rtl" if language == "ar" else "ltr")
    assert (before, message, after) == ("0", thanks_in(language), "1")
    assert content_height <= frame_height <= content_height + 40
    signature = Signature.objects.get()
    assert (signature.locale, signature.email) == (language, f"ruth-{language}@example.org")
    assert signature.partner == "ras"
    staff = Client()
    staff.force_login(SuperuserFactory())
    report = staff.get(f"/admin/petition-reports/{petition.translation_key}/").content.decode()
    assert "<td>Refugee Aid Society</td><td>1</td>" in report.split("By partner")[1]


@pytest.mark.browser
@pytest.mark.usefixtures("chromium")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_site_the_partner_does_not_list_cannot_show_the_petition(embedded, home):
    from playwright.sync_api import sync_playwright

    petition, site = embedded
    listed = site("en")
    partners = PartnerIndexPageFactory(parent=home)
    PartnerPageFactory(parent=partners, partner_code="ras", embed_sites=listed)
    # The same page from another origin (localhost is not 127.0.0.1 to a browser).
    unlisted = listed.replace("127.0.0.1", "localhost")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(unlisted)
            page.wait_for_timeout(1500)
            frames = [frame.url for frame in page.frames]
            shown = page.frame_locator("iframe").locator("input[name=first_name]").count()
            height = page.evaluate("document.querySelector('iframe').style.blockSize")
        finally:
            browser.close()

    assert shown == 0, frames
    assert height == "720px"  # the blocked frame never answered the greeting
