"""A partner pastes the embed script into its page: its visitors sign there, in their language."""

import time

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from campaigns.models import Signature
from tests.factories import SuperuserFactory
from tests.partners.conftest import translate
from tests.partners.servers import partner_site
from tests.resources.factories import PartnerIndexPageFactory, PartnerPageFactory
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


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
def embedded(live_server, home_page):
    """A petition in three languages, and partner sites (second servers) that embed it."""
    petition = PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page), title="Fair asylum now", slug="fair"
    )
    translate(petition, "es", title="Asilo justo ya")
    translate(petition, "ar", title="لجوء عادل الآن")
    sites = []

    def site(language: str) -> str:
        server = partner_site(partner_page_html(live_server, petition, language))
        sites.append(server)
        return server.origin

    yield petition, site
    for server in sites:
        server.stop()


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_a_visitor_signs_in_the_frame_on_a_partners_page_and_the_count_rises(
    embedded, home_page, settings, language, new_page
):
    settings.SIGNON_COUNT_CACHE_SECONDS = 0  # the count is read fresh after the sign-on
    petition, site = embedded
    partner_url = site(language)
    partners = PartnerIndexPageFactory(parent=home_page)
    PartnerPageFactory(
        parent=partners, title="Refugee Aid Society", partner_code="ras", embed_sites=partner_url
    )

    page = new_page({"width": 800, "height": 700})
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
    thanks = frame.locator(".signon-result__title")
    thanks.wait_for()
    message = thanks.inner_text()
    after = frame.locator(".petition-progress__count").inner_text()
    page.wait_for_timeout(300)  # the thank-you page's height arrives
    frame_height = page.evaluate("document.querySelector('iframe').offsetHeight")
    content_height = frame.locator("[data-embed-content]").evaluate(
        "content => Math.ceil(content.getBoundingClientRect().bottom)"
    )

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


def test_a_site_the_partner_does_not_list_cannot_show_the_petition(embedded, home_page, new_page):
    petition, site = embedded
    listed = site("en")
    partners = PartnerIndexPageFactory(parent=home_page)
    PartnerPageFactory(parent=partners, partner_code="ras", embed_sites=listed)
    # The same page from another origin (localhost is not 127.0.0.1 to a browser).
    unlisted = listed.replace("127.0.0.1", "localhost")

    page = new_page()
    page.goto(unlisted)
    page.wait_for_timeout(1500)
    frames = [frame.url for frame in page.frames]
    shown = page.frame_locator("iframe").locator("input[name=first_name]").count()
    height = page.evaluate("document.querySelector('iframe').style.blockSize")

    assert shown == 0, frames
    assert height == "720px"  # the blocked frame never answered the greeting


def test_the_embed_its_errors_and_its_thanks_pass_axe_in_english_and_arabic(
    embedded, live_server, new_page
):
    from tests.e2e.axe_checks import axe_violations

    petition, _site = embedded
    problems = {}
    page = new_page()
    for language in ("en", "ar"):
        url = f"{live_server.url}/embed/petitions/{petition.translation_key}/?lang={language}"
        page.goto(url)
        problems[f"embed ({language})"] = axe_violations(page)
        time.sleep(2.2)
        page.locator("input[name=email]").fill("not an email")
        page.locator("button[type=submit]").click()
        page.wait_for_load_state()
        problems[f"errors ({language})"] = axe_violations(page)
        page.locator("input[name=first_name]").fill("Ruth")
        page.locator("input[name=last_name]").fill("Cohen")
        page.locator("input[name=email]").fill(f"ruth-{language}@example.org")
        page.locator("button[type=submit]").click()
        page.locator(".signon-result__title").wait_for()
        problems[f"thanks ({language})"] = axe_violations(page)

    assert {where: found for where, found in problems.items() if found} == {}
